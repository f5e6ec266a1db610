"""``checklist --profile NAME`` and ``checklist decide`` through the encrypted store.

A passphrase store in the test's own
data folder: no OS keyring is touched.
"""

from __future__ import annotations

import json

import pytest

from secondment_desk import profile as profile_pkg
from secondment_desk import store as store_pkg
from secondment_desk.cli import main
from tests.conftest import FIXTURES

VACANCY = str(FIXTURES / "checklist" / "dushanbe.vacancy.json")
PROFILE = FIXTURES / "checklist" / "candidate.profile.json"
NAME = "Maja Lindqvist"


@pytest.fixture(autouse=True)
def passphrase_store(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECONDMENT_DESK_PASSPHRASE", "correct horse battery staple")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    with store_pkg.open_store() as store:
        store.profiles.save(profile_pkg.import_file(PROFILE))


def _json(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["checklist", VACANCY, "--profile", NAME, "--json", "--today", "2025-08-01"]) == 0
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


def test_decision_is_saved_with_the_application_and_applied_next_time(
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = _json(capsys)
    blocker = before["summary"]["blockers"][0]  # type: ignore[index]
    code = main(
        ["checklist", "decide", VACANCY, "--profile", NAME, blocker, "--status", "met",
         "--note", "Equivalence confirmed"]
    )  # fmt: skip
    assert code == 0
    assert f"{blocker}: met" in capsys.readouterr().out
    after = _json(capsys)
    item = next(i for i in after["items"] if i["id"] == blocker)  # type: ignore[attr-defined]
    assert item["status"] == "met" and item["decided_by"] == "candidate"
    assert item["note"] == "Equivalence confirmed"
    assert blocker not in after["summary"]["blockers"]  # type: ignore[index]
    with store_pkg.open_store() as store:
        apps = store.applications.get_many([a.id for a in store.applications.list()])
        assert len(apps) == 1 and blocker in apps[0].decisions


def test_unknown_item_id_is_refused_with_a_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["checklist", "decide", VACANCY, "--profile", NAME, "osce:comunication", "--status", "met"]
    )
    assert code == 2
    assert "Did you mean osce:communication" in capsys.readouterr().err
