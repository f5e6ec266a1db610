"""The open store: profiles and applications, each record one AES-GCM blob.

Nothing personal is in a plaintext column (names neither): listing profiles decrypts them.
What stays readable: random ids, an application's profile id, update times, record sizes.
Every change is one transaction.
"""

from __future__ import annotations

import builtins
import difflib
import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from pydantic import ValidationError

from secondment_desk.errors import DeskError, NotFoundError, StoreError, ValidationFailed
from secondment_desk.models.application import Application
from secondment_desk.models.profile import Profile
from secondment_desk.models.validation import describe_validation_error
from secondment_desk.store.archive import write_archive
from secondment_desk.store.crypto import RecordCipher


class AmbiguousNameError(DeskError):
    """A name matches several profiles; the user must pick one by id."""


@dataclass(frozen=True)
class ProfileSummary:
    id: str
    name: str
    updated_at: datetime


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _name_of(data: dict[str, Any]) -> str:
    personal = data.get("personal") or {}
    parts = (personal.get("first_name"), personal.get("middle_name"), personal.get("family_name"))
    return " ".join(p for p in parts if p)


def _fold(name: str) -> str:
    """Case, accents and spacing do not matter when a profile is picked by name."""
    decomposed = unicodedata.normalize("NFKD", " ".join(name.split()).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(name: str) -> list[str]:
    """Folded words of a name; hyphens and other punctuation separate words."""
    return re.findall(r"\w+", _fold(name))


def _in_order(wanted: list[str], words: list[str]) -> bool:
    """Every word of ``wanted`` is a whole word of ``words``, in the same order."""
    rest = iter(words)
    return bool(wanted) and all(any(w == x for x in rest) for w in wanted)


def _quoted(names: builtins.list[str]) -> str:
    shown = [f"'{n}'" for n in names]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} or {shown[-1]}"


def _closest(wanted: str, names: builtins.list[str], limit: int = 3) -> builtins.list[str]:
    """The stored names most like ``wanted``: sharing a word, or spelled alike."""
    folded = {_fold(n): n for n in names}
    words = set(_words(wanted))
    sharing = [n for n in names if words & set(_words(n))]
    alike = [folded[f] for f in difflib.get_close_matches(_fold(wanted), folded, limit, 0.6)]
    return builtins.list(dict.fromkeys([*alike, *sharing]))[:limit]


class Store:
    """An unlocked store. Use as a context manager, or call :meth:`close`."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        cipher: RecordCipher,
        path: Path,
        meta: dict[str, str],
        data_key: bytes,
    ) -> None:
        self._conn = conn
        self._cipher = cipher
        self._data_key = data_key
        self.path = path
        self.meta = meta
        self.profiles = ProfileRepository(self)
        self.applications = ApplicationRepository(self)

    @property
    def store_id(self) -> str:
        return self.meta["store_id"]

    @property
    def method(self) -> str:
        return self.meta["key_method"]

    @property
    def home(self) -> Path:
        return self.path.parent

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    @property
    def cipher(self) -> RecordCipher:
        return self._cipher

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it lands, or none of it."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def backup(self, out: Path, passphrase: str | None = None) -> Path:
        """Write an encrypted archive of the whole store (see :mod:`.archive`)."""
        return write_archive(self, out, self._data_key, passphrase)


class ProfileRepository:
    KIND = "profile"

    def __init__(self, store: Store) -> None:
        self._store = store

    def _rows(self) -> builtins.list[tuple[str, str, bytes]]:
        return self._store.conn.execute("SELECT id, updated_at, blob FROM profiles").fetchall()

    def _data(self, profile_id: str, blob: bytes) -> dict[str, Any]:
        raw = self._store.cipher.decrypt(self.KIND, profile_id, blob)
        data: dict[str, Any] = json.loads(raw)
        return data

    def list(self) -> builtins.list[ProfileSummary]:
        out = [
            ProfileSummary(pid, _name_of(self._data(pid, blob)), datetime.fromisoformat(updated))
            for pid, updated, blob in self._rows()
        ]
        return sorted(out, key=lambda s: (_fold(s.name), s.id))

    def resolve(self, name_or_id: str, *, partial: bool = True) -> str:
        """The id of the profile numbered or named ``name_or_id``.

        A name matches whatever its case, accents and spacing. With ``partial``, a name that
        matches no profile exactly is taken for the one profile whose name holds all its
        words in order ("Anna Petrova" for "Anna Ivanova Petrova"). Otherwise
        NotFoundError names the closest profiles.
        """
        row = self._store.conn.execute(
            "SELECT id FROM profiles WHERE id = ?", (name_or_id,)
        ).fetchone()
        if row:
            return str(row[0])
        summaries = self.list()
        wanted = _fold(name_or_id)
        hits = [s for s in summaries if _fold(s.name) == wanted]
        exact = bool(hits)
        if not hits and partial:
            words = _words(name_or_id)
            hits = [s for s in summaries if _in_order(words, _words(s.name))]
        if len(hits) > 1:
            if exact:
                ids = ", ".join(h.id for h in hits)
                raise AmbiguousNameError(
                    f"{len(hits)} profiles are called '{name_or_id}' (ids {ids}); "
                    "name one by its id."
                )
            names = ", ".join(f"{h.name} ({h.id})" for h in hits)
            raise AmbiguousNameError(
                f"{len(hits)} profiles match '{name_or_id}': {names}; give the full name or the id."
            )
        if not hits:
            closest = _closest(name_or_id, [s.name for s in summaries])
            hint = f"; did you mean {_quoted(closest)}?" if closest else "."
            if not partial and closest:
                hint = hint[:-1] + " (give the full name or the id)?"
            raise NotFoundError(f"No profile is called '{name_or_id}'{hint}")
        return hits[0].id

    def get(self, name_or_id: str) -> Profile:
        profile_id = self.resolve(name_or_id)
        row = self._store.conn.execute(
            "SELECT blob FROM profiles WHERE id = ?", (profile_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"No profile is called '{name_or_id}'.")
        raw = self._store.cipher.decrypt(self.KIND, profile_id, row[0])
        try:
            return Profile.model_validate_json(raw)
        except ValidationError as err:
            raise ValidationFailed(
                f"The stored profile '{profile_id}' breaks a rule: "
                f"{describe_validation_error(err)}."
            ) from err

    def exists(self, profile_id: str) -> bool:
        row = self._store.conn.execute(
            "SELECT 1 FROM profiles WHERE id = ?", (profile_id,)
        ).fetchone()
        return row is not None

    def save(self, profile: Profile) -> ProfileSummary:
        blob = self._store.cipher.encrypt(
            self.KIND, profile.id, profile.model_dump_json().encode("utf-8")
        )
        updated = _now()
        with self._store.transaction() as conn:
            conn.execute(
                "INSERT INTO profiles (id, updated_at, blob) VALUES (?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at, "
                "blob = excluded.blob",
                (profile.id, updated, blob),
            )
        return ProfileSummary(profile.id, profile.name, datetime.fromisoformat(updated))

    def delete(self, name_or_id: str) -> str:
        """Delete the profile and its applications; returns the id deleted. The name must be
        exact (or the id): a partial name never deletes."""
        profile_id = self.resolve(name_or_id, partial=False)
        with self._store.transaction() as conn:
            conn.execute("DELETE FROM applications WHERE profile_id = ?", (profile_id,))
            conn.execute("DELETE FROM profiles WHERE id = ?", (profile_id,))
        return profile_id


class ApplicationRepository:
    KIND = "application"

    def __init__(self, store: Store) -> None:
        self._store = store

    def _decode(self, app_id: str, profile_id: str, blob: bytes) -> Application:
        raw = self._store.cipher.decrypt(self.KIND, app_id, blob, owner=profile_id)
        try:
            return Application.model_validate_json(raw)
        except ValidationError as err:
            raise StoreError(
                f"The application '{app_id}' cannot be read: {describe_validation_error(err)}."
            ) from err

    def list(self, profile_id: str | None = None) -> builtins.list[Application]:
        sql = "SELECT id, profile_id, blob FROM applications"
        args: tuple[str, ...] = ()
        if profile_id is not None:
            sql += " WHERE profile_id = ?"
            args = (profile_id,)
        apps = [self._decode(*row) for row in self._store.conn.execute(sql, args).fetchall()]
        return sorted(apps, key=lambda a: a.updated_at, reverse=True)

    def get(self, app_id: str) -> Application:
        row = self._store.conn.execute(
            "SELECT id, profile_id, blob FROM applications WHERE id = ?", (app_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"No application has the id '{app_id}'.")
        return self._decode(*row)

    def save(self, app: Application) -> None:
        if not self._store.profiles.exists(app.profile_id):
            raise NotFoundError(
                f"The application's profile '{app.profile_id}' is not in the store."
            )
        app.updated_at = datetime.now(UTC)
        blob = self._store.cipher.encrypt(
            self.KIND, app.id, app.model_dump_json().encode("utf-8"), owner=app.profile_id
        )
        with self._store.transaction() as conn:
            conn.execute(
                "INSERT INTO applications (id, profile_id, updated_at, blob) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                "profile_id = excluded.profile_id, updated_at = excluded.updated_at, "
                "blob = excluded.blob",
                (app.id, app.profile_id, app.updated_at.isoformat(), blob),
            )

    def delete(self, app_id: str) -> None:
        with self._store.transaction() as conn:
            cur = conn.execute("DELETE FROM applications WHERE id = ?", (app_id,))
            if cur.rowcount == 0:
                raise NotFoundError(f"No application has the id '{app_id}'.")

    def find(self, profile_id: str, vacancy_key: str) -> Application | None:
        return next((a for a in self.list(profile_id) if a.vacancy.key == vacancy_key), None)
