"""Small Qt item models over the domain models, tested without a window."""
