"""A data folder with many candidates and applications, to walk the window at scale.

    python scripts/many_candidates.py DIR [--count 100] [--apps 2] [--keyring]
    SECONDMENT_DESK_HOME=DIR secondment-desk gui      (passphrase: many-candidates)

Each candidate is the demo profile under another (fictional) name; each gets ``--apps``
applications (the two demo notices, then renumbered copies of them), with their closing dates
spread over the coming weeks and months. ``--keyring`` keeps the key in the OS keyring (whatever
``PYTHON_KEYRING_BACKEND`` picks) instead of the passphrase.
"""

from __future__ import annotations

import argparse
import os
from datetime import date, timedelta
from pathlib import Path

PASSPHRASE = "many-candidates"
FIRST = ("Anna", "Jon", "Maria", "Timur", "Leila", "Pavel", "Sofia", "Arman", "Nino", "Erik")
FAMILY = ("Berg", "Ivanova", "Haas", "Nazarov", "Kovač", "Dahl", "Rossi", "Alieva", "Weber")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("home", type=Path)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--apps", type=int, default=2, help="applications per candidate")
    parser.add_argument("--keyring", action="store_true", help="key in the OS keyring")
    args = parser.parse_args()
    os.environ["SECONDMENT_DESK_HOME"] = str(args.home)
    from secondment_desk import store as api
    from secondment_desk.gui.demo import DEMO_NOTICES, DEMO_PROFILE
    from secondment_desk.models import Application
    from secondment_desk.models.profile import new_id
    from secondment_desk.profile import import_file
    from secondment_desk.resources import resource_file
    from secondment_desk.vacancy import load_vacancies

    if args.keyring:
        key = api.new_store(method="keyring")
    else:
        key = api.new_store(method="passphrase", passphrase=PASSPHRASE)
    store = api.open_store(key=key)
    base = import_file(resource_file(DEMO_PROFILE))
    notices = [v for n in DEMO_NOTICES for v in load_vacancies(resource_file(f"demo/{n}"))]
    today = date.today()
    for i in range(args.count):
        profile = base.model_copy(deep=True, update={"id": new_id()})
        profile.personal.first_name = FIRST[i % len(FIRST)]
        profile.personal.family_name = f"{FAMILY[i % len(FAMILY)]}-{i + 1:03d}"
        store.profiles.save(profile)
        for j in range(args.apps):
            vacancy = notices[j % len(notices)].model_copy(deep=True)
            if j >= len(notices):  # another post of the same kind: its own reference
                vacancy.requisition_id = f"{vacancy.requisition_id or 'POST'}-{j}"
            vacancy.closing_date = today + timedelta(days=(i * 3 + j * 11) % 120 - 10)
            store.applications.save(
                Application(profile_id=profile.id, vacancy=vacancy, nominating_state="Norway")
            )
    store.close()
    print(f"{args.count} candidates in {args.home} (passphrase: {PASSPHRASE})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
