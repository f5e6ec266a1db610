"""Whether a State's public holidays are known, without loading every country's module."""

from __future__ import annotations

import subprocess
import sys

import holidays

from secondment_desk.deadlines.workdays import has_holiday_data
from tests.conftest import subprocess_env


def test_known_states_are_those_holidays_lists() -> None:
    supported = set(holidays.list_supported_countries())
    assert all(has_holiday_data(code) for code in supported)
    for code in ("XX", "ZZZ", "", "HolidaysAX", "no"):
        assert not has_holiday_data(code), code
    assert has_holiday_data("NO") and has_holiday_data("NOR")


def test_asking_loads_no_country_module() -> None:
    # Issue #16: list_supported_countries() imported all 250 countries' modules in the
    # dashboard's worker, holding the GIL: the window missed its beats for over a second.
    code = (
        "import sys\n"
        "from secondment_desk.deadlines.workdays import has_holiday_data\n"
        "assert has_holiday_data('DE')\n"
        "loaded = [m for m in sys.modules if m.startswith('holidays.countries.')]\n"
        "print(len(loaded))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=subprocess_env(),
        check=True,
        timeout=60,
    )
    assert done.stdout.strip() == "0"
