"""GraphiQL, served with its scripts and styles by the app itself: it works offline."""
