"""Shared fixtures: an isolated data folder for every test, and paths to recorded inputs."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# The two notices of the vacancy contract (docs/contracts/vacancy.md), kept in the repository
# so a fresh clone tests on its own; nothing here reads outside the checkout.
CONTRACT_FIXTURES = FIXTURES / "contract"
SHARED_FIXTURES = CONTRACT_FIXTURES  # the old name, for tests written before the move
# Derived data (the parser's compiled patterns, see secondment_desk.regex_cache) goes to a
# temporary folder, shared by the runs, never to the developer's own cache folder.
os.environ.setdefault(
    "SECONDMENT_DESK_CACHE", str(Path(tempfile.gettempdir()) / "secondment-desk-test-cache")
)


@pytest.fixture(autouse=True)
def desk_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own SECONDMENT_DESK_HOME; nothing touches the real user folder."""
    home = tmp_path_factory.mktemp("desk-home")
    monkeypatch.setenv("SECONDMENT_DESK_HOME", str(home))
    # No test may read or write the developer's real keyring: by default there is none
    # (keyring's fail backend); store tests pick a real backend in a temporary HOME.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("SECONDMENT_DESK_PASSPHRASE", raising=False)
    yield home


@pytest.fixture(autouse=True)
def english_core(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The core's language is process-wide: a test that switches it (a Russian window, a CLI
    run with --lang ru) must not leave it switched for the next one. A developer's Russian
    LANG does not turn the English tests Russian either (the CLI follows LANG)."""
    from secondment_desk import i18n

    if i18n.language_from_env() != "en":
        for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    i18n.set_language("en")


@pytest.fixture(scope="session", autouse=True)
def core_catalogues() -> None:
    """The core's .mo files are build products (./desk set-up compiles them): compile them
    here when missing or older than their .po, so a fresh checkout tests the Russian too."""
    po_dir = REPO / "resources" / "i18n" / "core"

    def newest(po: Path) -> float:  # the .po, or the translations not yet applied to it
        extra = po.with_name(f"{po.stem}_extra.json")
        return max(po.stat().st_mtime, extra.stat().st_mtime if extra.exists() else 0.0)

    stale = [
        po
        for po in po_dir.glob("*.po")
        if not po.with_suffix(".mo").exists() or po.with_suffix(".mo").stat().st_mtime < newest(po)
    ]
    if stale:
        import importlib.util

        # ru.mo with resources/i18n/core/ru_extra.json applied in memory (the .po untouched).
        spec = importlib.util.spec_from_file_location(
            "apply_translations", REPO / "scripts" / "apply_translations.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for po in stale:
            module.compile_with_extra(po.stem)


def subprocess_env(**extra: str) -> dict[str, str]:
    """Environment for running this checkout's code in a child process."""
    env = dict(os.environ)
    src = str(REPO / "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.update(extra)
    return env
