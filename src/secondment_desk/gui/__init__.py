"""The only Qt code of the application. The core never imports from here."""
