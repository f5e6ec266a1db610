"""Other clients' changes arrive within moments (LISTEN/NOTIFY), with no personal data."""

from __future__ import annotations

import time

from secondment_desk.store.postgres import Change, ChangeListener, open_server_store
from tests.store.profiles import NAME, candidate

PASS = "correct horse battery staple"


def test_a_window_hears_another_clients_change(pg_url: str) -> None:
    with open_server_store(pg_url, PASS) as one:
        listener = ChangeListener(pg_url)
        try:
            assert listener.poll(0.1) == []
            with open_server_store(pg_url, PASS) as two:
                started = time.monotonic()
                two.profiles.save(candidate(1, profile_id="p1"))
                heard = listener.poll(5.0)
                assert time.monotonic() - started < 3.0
                assert heard == [Change("profile", "p1", 1)]
                edited = two.profiles.get("p1")
                two.profiles.save(edited)
                two.profiles.delete("p1")
                heard = listener.poll(5.0)
                while len(heard) < 2:
                    more = listener.poll(2.0)
                    assert more, heard
                    heard += more
                assert heard == [Change("profile", "p1", 2), Change("profile", "p1", None)]
                assert all(NAME[1] not in repr(h) for h in heard)
            assert one.profiles.list() == []  # what it heard about is there to reload
        finally:
            listener.close()


def test_the_windows_data_version_moves_when_another_client_commits(pg_url: str) -> None:
    """What the window's watcher polls (SQLite's ``PRAGMA data_version``) works here too."""
    with open_server_store(pg_url, PASS) as one, open_server_store(pg_url, PASS) as two:

        def version() -> int:
            return int(one.conn.execute("PRAGMA data_version").fetchall()[0][0])

        before = version()
        assert version() == before  # nothing written: it stays
        two.profiles.save(candidate(1, profile_id="p1"))
        after = version()
        assert after != before
        two.profiles.delete("p1")
        assert version() != after
