"""The app in a web browser: textual-serve behind a session token and an origin check."""
