"""The API of lead list imports."""
