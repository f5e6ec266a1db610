"""On the file store a change is its one user's: a stale save says "Changed by you at …", no
name is written in a clear column, and the history names nobody (it is all "you")."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondment_desk.applications import set_status, timeline
from secondment_desk.models import Application, Vacancy
from secondment_desk.models.application import Status
from secondment_desk.store import create_store, open_store
from secondment_desk.store.errors import ConflictError
from tests.store.profiles import candidate

PASS = "correct horse battery staple"


def test_a_stale_save_on_the_file_is_by_you_and_names_nobody(
    desk_home: Path,
) -> None:
    with create_store(desk_home, "passphrase", PASS) as one:
        one.profiles.save(candidate(1, profile_id="p1"))
        post = Vacancy(organization="OSCE", title="Officer", requisition_id="V1")
        one.applications.save(Application(id="a1", profile_id="p1", vacancy=post))
        row = one.conn.execute("SELECT changed_by FROM applications").fetchone()
        assert row == (None,)  # no name in a clear column of the file
        with open_store(desk_home, PASS) as two:
            mine, theirs = one.applications.get("a1"), two.applications.get("a1")
            set_status(theirs, Status.READY)
            two.applications.save(theirs)
            with pytest.raises(ConflictError, match=r"^Changed by you at \d\d:\d\d") as caught:
                one.applications.save(mine)
            assert caught.value.changed_by is None
        lines = [words for _at, words in timeline(one.applications.get("a1"))]
    assert lines[0] == "Application created"
    assert lines[-1] == "Status: ready"
