"""Real keyring backends for the store tests: keyrings.alt's file backend in a temporary HOME,
and the Secret Service of a private gnome-keyring-daemon on the session bus."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from secondment_desk.store.keys import passphrase as passphrase_module


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests derive keys at a small cost (Argon2id's least memory the bounds allow, and scrypt
    n=2**12 for the older stores tests make); stores record their cost, so this is honest."""
    monkeypatch.setattr(passphrase_module, "ARGON2_M", passphrase_module.M_MIN)
    monkeypatch.setattr(passphrase_module, "SCRYPT_N", 2**12)


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """keyrings.alt's plaintext file backend, chosen explicitly, in a temporary HOME."""
    home = tmp_path / "user-home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    return home


@pytest.fixture(scope="session")
def gnome_keyring(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A gnome-keyring-daemon serving the Secret Service on this session bus.

    ``./desk test`` runs pytest inside ``dbus-run-session``. Without a session bus the test is
    skipped locally, but fails in CI (env ``CI`` set), where it must run.
    """
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        if os.environ.get("CI"):
            pytest.fail("CI must run the Secret Service test: run pytest under dbus-run-session")
        pytest.skip("no D-Bus session bus (run under dbus-run-session)")
    daemon = shutil.which("gnome-keyring-daemon")
    if daemon is None:
        if os.environ.get("CI"):
            pytest.fail("gnome-keyring-daemon is not installed")
        pytest.skip("gnome-keyring-daemon is not installed")
    home = tmp_path_factory.mktemp("gnome-keyring-home")
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_RUNTIME_DIR=str(home / "run"),
    )
    (home / "run").mkdir(mode=0o700)
    proc = subprocess.Popen(
        [daemon, "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert proc.stdin is not None
    proc.stdin.write(b"test-keyring-password")
    proc.stdin.close()
    try:
        # Wait for the daemon to own the Secret Service name before anything calls it: a call
        # to an unowned name would make the bus start another daemon in the real HOME.
        deadline = time.monotonic() + 10
        while not _bus_name_has_owner("org.freedesktop.secrets"):
            if time.monotonic() > deadline or proc.poll() is not None:
                pytest.fail("gnome-keyring-daemon did not start the Secret Service")
            time.sleep(0.05)
        yield {"HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def secret_service(
    gnome_keyring: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
    return gnome_keyring


def _bus_name_has_owner(name: str) -> bool:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    bus = DBusAddress(
        "/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus"
    )
    with open_dbus_connection(bus="SESSION") as conn:
        reply = conn.send_and_get_reply(new_method_call(bus, "NameHasOwner", "s", (name,)))
    return bool(reply.body[0])


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder``: its bytes and modification time."""
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
