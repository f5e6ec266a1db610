"""Where filled documents go by default: the application's folder in the data folder.

``<data folder>/applications/<candidate>/<post>/``: the user chooses where to save, and this
is where the dialog starts. The files are what the user exports (a filled form for the
delegation), so they are plain .docx and PDF, in a folder readable by the user only.
"""

from __future__ import annotations

from pathlib import Path

from secondment_desk.documents.package import slug
from secondment_desk.models import Application, Profile
from secondment_desk.paths import data_home


def application_folder(profile: Profile, application: Application | None) -> Path:
    post = "documents"
    if application is not None:
        vac = application.vacancy
        post = slug(vac.requisition_id or vac.title or "", "post")
    folder = data_home() / "applications" / slug(profile.name, "candidate") / post
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder
