"""Where the application keeps the user's data.

One place decides it: ``SECONDMENT_DESK_HOME`` when set (tests, portable use), else the
per-user data folder of the OS (platformdirs). Nothing is created at import time.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "secondment-desk"
HOME_ENV = "SECONDMENT_DESK_HOME"
CACHE_ENV = "SECONDMENT_DESK_CACHE"


def data_home(create: bool = True) -> Path:
    """The folder holding the store, user templates and settings."""
    override = os.environ.get(HOME_ENV)
    if override:
        path = Path(override).expanduser()
    else:
        import platformdirs  # only when needed: the window's cold start skips it

        path = Path(platformdirs.user_data_dir(APP_NAME))
    if create:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def cache_home() -> Path:
    """The folder for derived data that can be rebuilt at any time (compiled patterns): never
    the user's data. ``SECONDMENT_DESK_CACHE`` when set; else ``cache`` inside
    ``SECONDMENT_DESK_HOME`` when that is set (tests, a portable folder keep everything in one
    place); else the per-user cache folder of the OS. Not created here."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home).expanduser() / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME))


def user_templates_dir(create: bool = True) -> Path:
    """Templates the user added (delegation forms, own cover letters)."""
    path = data_home(create) / "templates"
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path
