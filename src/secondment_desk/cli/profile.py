"""``secondment-desk profile ...``: import, list, show, export, delete, back up and restore
candidate profiles in the encrypted store.

Only the standard library at module top; the core is imported inside the handlers.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "profile",
        help="candidate profiles in the encrypted store",
        description="Candidate profiles in the encrypted store. The key is kept in the OS "
        "keyring; where none works, set SECONDMENT_DESK_PASSPHRASE.",
    )
    sub = parser.add_subparsers(dest="profile_command", metavar="ACTION", required=True)

    p = sub.add_parser("import", help="import a JSON Resume, Europass XML/PDF or full export")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--name", help="the candidate's name, 'First Family' (overrides the file)")
    p.add_argument(
        "--on-duplicate",
        choices=("update", "new", "fail"),
        help="when the person is already stored (same name and birth date, or same e-mail): "
        "update that profile, keep both (a new profile), or stop; asked when not given and "
        "the command runs in a terminal, else 'fail'",
    )
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser(
        "confirm-management",
        help="count jobs the import proposed as management experience",
        description="An import proposes jobs whose title or description says the person "
        "managed people or a team (never sets them). Confirm them here, by their number "
        "(as the import listed them); no number confirms every proposal.",
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("numbers", nargs="*", type=int, metavar="N")
    p.set_defaults(handler=cmd_confirm_management)

    p = sub.add_parser("list", help="list the profiles in the store")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="show one profile")
    p.add_argument("name", metavar="NAME", help="the profile's name or id")
    p.add_argument("--json", action="store_true", help="print the full JSON")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("export", help="write a profile to a file (unencrypted)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument("--format", choices=("jsonresume", "full"), default="full")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser(
        "set",
        help="set one field of a profile (e.g. security_clearance.level 'EU SECRET')",
        description="Set one field by its path: personal.marital_status married, "
        "personal.nationalities_at_birth 'Yugoslavia', employment.0.salary_end 52000, "
        "employment.0.salary_currency EUR, employment.0.civil_servant yes, "
        "security_clearance.expiry 2028-05-31, declarations.consent_to_share yes, "
        "availability.earliest_start 2026-03-01, availability.shorter_assignment no, "
        'relatives \'[{"name": "M. Novak", "organization": "UNDP"}]\'. '
        "The profile is checked again before it is saved.",
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("path", metavar="FIELD")
    p.add_argument("value", metavar="VALUE")
    p.set_defaults(handler=cmd_set)

    p = sub.add_parser("delete", help="delete a profile and its applications")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(handler=cmd_delete)

    p = sub.add_parser(
        "verify",
        help="check every record against the store's ledger; list damaged ones",
        description="Unseal every record and compare it with the store's ledger: a record "
        "rolled back to an older copy, added or deleted outside the app, or damaged, is listed "
        "by id. With --accept, take the store as it is now (a new ledger).",
    )
    p.add_argument("--accept", action="store_true", help="accept the store as it is now")
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("backup", help="write an encrypted archive of the whole store")
    p.add_argument("out", type=Path, metavar="OUT")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="replace the store with an archive (after checking it)")
    p.add_argument("archive", type=Path, metavar="IN")
    p.add_argument(
        "--only",
        metavar="ID",
        help="put back just this profile (a damaged one) and its applications; the rest stays",
    )
    p.set_defaults(handler=cmd_restore)


def _ask_duplicate(profile: Any, twins: list[Any]) -> str:
    from secondment_desk.i18n import _

    if not sys.stdin.isatty():
        return "fail"
    for twin in twins:
        print(_("{name} (id {id}) is already stored.").format(name=twin.name, id=twin.id))
    answer = input(_("Update that profile, keep both, or cancel? [u/k/C] ")).strip().casefold()
    return {"u": "update", "k": "new"}.get(answer[:1], "cancel")


def cmd_import(args: argparse.Namespace) -> int:
    from secondment_desk.errors import InputError
    from secondment_desk.i18n import _
    from secondment_desk.profile import import_file
    from secondment_desk.profile.review import (
        find_duplicates,
        management_proposals,
        merge_into,
        missing_facts,
    )
    from secondment_desk.store import open_store

    profile = import_file(args.file, name=args.name)
    with open_store() as store:
        twins = find_duplicates(store, profile)
        choice = args.on_duplicate or (_ask_duplicate(profile, twins) if twins else "new")
        if twins and choice == "fail":
            ids = ", ".join(t.id for t in twins)
            raise InputError(
                _(
                    "{name} is already stored (id {ids}): nothing was imported. Use "
                    "--on-duplicate update (that profile) or new (keep both)."
                ).format(name=profile.name, ids=ids)
            )
        if twins and choice == "cancel":
            print(_("Nothing was imported."))
            return 0
        if twins and choice == "update":
            profile = merge_into(twins[0], profile)
            store.profiles.get(profile.id)  # this handle read the stored one: a checked save
        summary = store.profiles.save(profile)
    verb = _("Updated") if twins and choice == "update" else _("Imported")
    print(_("{verb} {name} (id {id}).").format(verb=verb, name=summary.name, id=summary.id))
    missing = missing_facts(profile)
    if missing:
        print(
            _("Still needed by the forms and the checklist: {facts}.").format(
                facts=", ".join(missing)
            )
        )
    proposals = management_proposals(profile)
    if proposals:
        print(_("Proposed as management experience (not counted until you confirm):"))
        for proposal in proposals:
            print(f"  {proposal.line()}")
        print(
            _("Confirm with: secondment-desk profile confirm-management {id} [N ...]").format(
                id=summary.id
            )
        )
    return 0


def cmd_confirm_management(args: argparse.Namespace) -> int:
    from secondment_desk.errors import InputError
    from secondment_desk.i18n import _
    from secondment_desk.profile.review import confirm_management, management_proposals
    from secondment_desk.store import open_store

    with open_store() as store:
        profile = store.profiles.get(args.name)
        proposals = management_proposals(profile)
        numbers = {p.number: p for p in proposals}
        wrong = [n for n in args.numbers if n not in numbers]
        if wrong or not proposals:
            listed = ", ".join(str(n) for n in numbers) or _("none")
            raise InputError(
                _("No management proposal numbered {n} (proposals: {listed}).").format(
                    n=", ".join(map(str, wrong)) or "—", listed=listed
                )
            )
        chosen = [numbers[n].job_id for n in args.numbers] or [p.job_id for p in proposals]
        changed = confirm_management(profile, chosen)
        store.profiles.save(profile)
    for title in changed:
        print(_("{title}: counted as management experience.").format(title=title))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from secondment_desk.store import open_store

    with open_store() as store:
        profiles = store.profiles.list()
        damaged = store.damaged()
    if not profiles and not damaged:
        print("No profiles yet: add one with 'secondment-desk profile import FILE'.")
        return 0
    for s in profiles:
        print(f"{s.id}  {s.updated_at:%Y-%m-%d %H:%M}  {s.name}")
    for record in damaged:
        print(record.line())
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from secondment_desk.store import open_store

    with open_store(accept=args.accept) as store:
        damaged = store.damaged()
        count = len(store.profiles.list())
    for record in damaged:
        print(record.line())
    if args.accept:
        print(f"Accepted the store as it is now ({count} readable profiles).")
    elif not damaged:
        print(f"Every record matches the store's ledger ({count} profiles).")
    return 2 if damaged and not args.accept else 0


def _describe(profile: Any) -> str:
    p = profile.personal
    lines = [p.full_name]
    if p.date_of_birth:
        lines.append(f"  Born: {p.date_of_birth.isoformat()} {p.place_of_birth}".rstrip())
    if p.nationalities:
        lines.append(f"  Nationality: {', '.join(p.nationalities)}")
    if p.email:
        lines.append(f"  E-mail: {p.email}")
    for phone in p.phones:
        lines.append(f"  Phone ({phone.kind}): {phone.number}")
    lines.append(
        f"  Experience: {profile.experience_years():.1f} years relevant, "
        f"{profile.experience_years(management=True):.1f} at management level"
    )
    if profile.highest_education():
        lines.append(f"  Highest education: {profile.highest_education()}")
    if profile.employment:
        lines.append("  Employment:")
        for job in profile.sorted_employment():
            where = ", ".join(x for x in (job.employer, job.place) if x)
            lines.append(f"    {job.start} - {job.end or 'present'}  {job.title}  ({where})")
    if profile.education:
        lines.append("  Education:")
        for edu in profile.education:
            lines.append(f"    {edu.end or ''}  {edu.degree or edu.field}  ({edu.institution})")
    if profile.languages:
        langs = [
            f"{lang.language} ({'mother tongue' if lang.mother_tongue else lang.overall() or '?'})"
            for lang in profile.languages
        ]
        lines.append(f"  Languages: {', '.join(langs)}")
    if p.nationalities_at_birth:
        lines.append(f"  Nationality at birth: {', '.join(p.nationalities_at_birth)}")
    if p.marital_status:
        lines.append(f"  Marital status: {p.marital_status}")
    if p.dependants:
        lines.append(f"  Dependants: {len(p.dependants)}")
    if profile.relatives:
        names = ", ".join(f"{r.name} ({r.organization})" for r in profile.relatives)
        lines.append(f"  Relatives in international organisations: {names}")
    clearance = profile.security_clearance
    if clearance.level:
        expiry = f", until {clearance.expiry.isoformat()}" if clearance.expiry else ""
        lines.append(f"  Security clearance: {clearance.level} ({clearance.authority}){expiry}")
    if profile.stories:
        lines.append(f"  Evidence: {len(profile.stories)} STAR stories")
    return "\n".join(lines)


def cmd_show(args: argparse.Namespace) -> int:
    from secondment_desk.profile import export_full
    from secondment_desk.store import open_store

    with open_store() as store:
        profile = store.profiles.get(args.name)
    if args.json:
        json.dump(export_full(profile), sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print(_describe(profile))
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    from secondment_desk.profile.edit import set_field
    from secondment_desk.store import open_store

    with open_store() as store:
        profile = store.profiles.get(args.name)
        updated = set_field(profile, args.path, args.value)
        store.profiles.save(updated)
    print(f"{updated.name}: {args.path} set.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from secondment_desk.errors import InputError
    from secondment_desk.profile import export_full, export_jsonresume
    from secondment_desk.store import open_store

    with open_store() as store:
        profile = store.profiles.get(args.name)
    data = export_jsonresume(profile) if args.format == "jsonresume" else export_full(profile)
    try:
        args.out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")
    except OSError as err:
        raise InputError(f"Cannot write {args.out}: {err.strerror or err}.") from err
    print(f"Wrote {profile.name} to {args.out} ({args.format}); the file is not encrypted.")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from secondment_desk.store import open_store

    with open_store() as store:
        profile_id = store.profiles.resolve(args.name, partial=False)
        name = store.profiles.name_of(profile_id)
        store.profiles.delete(profile_id)
    what = f"{name} (id {profile_id})" if name else f"the damaged profile {profile_id}"
    print(f"Deleted {what} and its applications.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from secondment_desk.errors import InputError
    from secondment_desk.store import open_store
    from secondment_desk.store.keys.passphrase import PASSPHRASE_ENV, env_passphrase

    with open_store() as store:
        try:
            out = store.backup(args.out)
        except OSError as err:
            raise InputError(f"Cannot write {args.out}: {err.strerror or err}.") from err
        method = store.method
    print(f"Wrote an encrypted backup to {out}.")
    if method == "keyring" and not env_passphrase():
        print(
            "Note: it opens only with this machine's keyring entry; set "
            f"{PASSPHRASE_ENV} when backing up to make it open anywhere with that passphrase.",
            file=sys.stderr,
        )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from secondment_desk.store import restore_archive

    if args.only:
        from secondment_desk.store import open_store
        from secondment_desk.store.archive import restore_profile

        with open_store(create=False) as store:
            name, apps = restore_profile(args.archive, store, args.only)
        print(f"Restored {name} (id {args.only}) and {apps} applications from {args.archive}.")
        return 0

    result = restore_archive(args.archive)
    print(
        f"Restored {result.profiles} profiles and {result.applications} applications"
        + (
            f"; the previous store is kept at {result.previous_copy}."
            if result.previous_copy
            else "."
        )
    )
    return 0
