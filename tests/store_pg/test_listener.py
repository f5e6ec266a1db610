"""The core's listener (LISTEN/NOTIFY on a worker thread): one client's change reaches the
other's subscriber within 3 s; a lost server is reported, retried with backoff and resumed."""

from __future__ import annotations

import threading
import time

import psycopg

from secondment_desk.store.postgres import create_server_store, open_server_store
from secondment_desk.store.watch import Changes, ServerListener
from tests.store.profiles import candidate

PASS = "correct horse battery staple"


def test_a_change_by_one_client_reaches_the_others_listener_within_3_s(pg_url: str) -> None:
    key = create_server_store(pg_url, "passphrase", PASS)
    listener = ServerListener(pg_url)
    got: list[Changes] = []
    arrived = threading.Event()

    def heard(found: Changes) -> None:
        got.append(found)
        arrived.set()

    listener.subscribe(heard)
    listener.start()
    try:
        assert listener.ready.wait(10)
        with open_server_store(pg_url, key=key) as other:  # the other client
            started = time.monotonic()
            other.profiles.save(candidate(1, profile_id="p1"))
            assert arrived.wait(3), "no change heard within 3 s"
            assert time.monotonic() - started < 3
        assert any("p1" in c.profiles for c in got)
    finally:
        listener.stop()


def test_a_lost_server_is_reported_retried_and_resumed(pg_url: str) -> None:
    key = create_server_store(pg_url, "passphrase", PASS)
    dbname = pg_url.rsplit("/", 1)[1]
    admin_url = pg_url.rsplit("/", 1)[0] + "/postgres"
    listener = ServerListener(pg_url, backoff=(0.2, 0.4))
    states: list[tuple[bool, str]] = []
    lost, back, all_changed = threading.Event(), threading.Event(), threading.Event()

    def state(reachable: bool, why: str) -> None:
        states.append((reachable, why))
        (back if reachable else lost).set()

    again = threading.Event()

    def heard(found: Changes) -> None:
        if "*" in found.profiles:
            all_changed.set()
        if "p2" in found.profiles:
            again.set()

    listener.on_state(state)
    listener.subscribe(heard)
    listener.start()
    try:
        assert listener.ready.wait(10)
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'ALTER DATABASE "{dbname}" ALLOW_CONNECTIONS false')
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (dbname,),
            )
            assert lost.wait(5) and not listener.reachable
            time.sleep(1.0)  # a few attempts fail meanwhile; it keeps trying
            assert not back.is_set()
            admin.execute(f'ALTER DATABASE "{dbname}" ALLOW_CONNECTIONS true')
        assert back.wait(5) and listener.reachable
        assert all_changed.wait(2)  # what changed while away was announced to nobody
        assert [r for r, _why in states] == [False, True]
        with open_server_store(pg_url, key=key) as other:
            other.profiles.save(candidate(2, profile_id="p2"))
        assert again.wait(3)  # it listens again
    finally:
        listener.stop()
