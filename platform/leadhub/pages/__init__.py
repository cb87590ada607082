"""What Leadhub serves as pages rather than as the API: the web app's build
(``web_app``), and the plain HTML that the OAuth consent page is made of (``html``),
which loads nothing from elsewhere."""
