"""locale_format imports Babel on first use only (so any module may import it at its top),
and what its functions then import is what the window warms after its first paint."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import subprocess_env

_FIRST_USE = """
import datetime as dt, importlib, sys
from secondment_desk import i18n, locale_format

def babel():
    return {m for m in sys.modules if m.split(".")[0] == "babel"}

print(sorted(babel()))
for name in locale_format.BABEL_MODULES:
    importlib.import_module(name)
warmed = babel()
i18n.current = lambda: "ru"  # Russian whether or not its catalogue is built
said = [
    locale_format.number(3000),
    locale_format.date(dt.date(2026, 3, 5)),
    locale_format.datetime(dt.datetime(2026, 3, 5, 23, 59, tzinfo=dt.timezone.utc)),
    locale_format.days(5),
    locale_format.duration(dt.timedelta(weeks=3)),
    locale_format.country("KZ", "Kazakhstan"),
    locale_format.language("Russian"),
    locale_format.names(["A", "B", "C"]),
]
print(sorted(babel() - warmed))
print("|".join(said))
"""


def test_babel_loads_on_first_use_and_only_what_the_window_warms() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _FIRST_USE],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=subprocess_env(),
    )
    at_import, beyond_warmed, said = result.stdout.splitlines()
    assert at_import == "[]"  # importing locale_format imports no Babel
    assert beyond_warmed == "[]"  # every function found what BABEL_MODULES loaded
    assert said.split("|")[:4] == [
        "3\xa0000",
        "5 марта 2026\u202fг.",
        "5 марта 2026 г., 23:59",
        "5 дней",
    ]
    assert said.split("|")[5:] == ["Казахстан", "русский", "A, B и C"]
