"""Two clients updating the same application on one server store lose no update."""

from __future__ import annotations

import threading

from secondment_desk.models.application import Application
from secondment_desk.models.vacancy import Vacancy
from secondment_desk.store.errors import ConflictError
from secondment_desk.store.postgres import create_server_store, open_server_store
from tests.store.profiles import candidate

PASS = "correct horse battery staple"
ROUNDS = 200


def _client(
    url: str,
    key: bytes,
    app_id: str,
    name: str,
    start: threading.Barrier,
    conflicts: list[int],
    errors: list[BaseException],
) -> None:
    try:
        with open_server_store(url, key=key) as store:
            start.wait(timeout=30)
            clashes = 0
            for n in range(ROUNDS):
                while True:
                    app = store.applications.get(app_id)  # (re)load, as "reload" in the window
                    app.cover_letter += f"{name}{n}\n"
                    try:
                        store.applications.save(app)
                        break
                    except ConflictError as err:
                        assert "changed in another window or command" in str(err)
                        clashes += 1
            conflicts.append(clashes)
    except BaseException as err:
        errors.append(err)


def test_two_clients_updating_one_application_lose_no_update(pg_url: str) -> None:
    key = create_server_store(pg_url, "passphrase", PASS)
    with open_server_store(pg_url, key=key) as store:
        store.profiles.save(candidate(1, profile_id="p1"))
        app = Application(
            profile_id="p1",
            vacancy=Vacancy(organization="OSCE", title="Officer", requisition_id="V"),
        )
        store.applications.save(app)
    start = threading.Barrier(2)
    conflicts: list[int] = []
    errors: list[BaseException] = []
    clients = [
        threading.Thread(target=_client, args=(pg_url, key, app.id, name, start, conflicts, errors))
        for name in ("a", "b")
    ]
    for c in clients:
        c.start()
    for c in clients:
        c.join(timeout=280)
    assert errors == []
    with open_server_store(pg_url, key=key) as store:
        final = store.applications.get(app.id)
        lines = final.cover_letter.splitlines()
        assert sorted(lines) == sorted(f"{who}{n}" for who in "ab" for n in range(ROUNDS))
        assert store.applications.version(app.id) == 1 + 2 * ROUNDS
        assert store.damaged() == []
    # The two really raced: some saves met the other's newer version and were refused.
    assert sum(conflicts) > 0, conflicts
