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

from secondment_desk.i18n import _, ngettext


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "profile",
        help=_("candidate profiles in the encrypted store"),
        description=_(
            "Candidate profiles in the encrypted store. The key is kept in the OS keyring; where "
            "none works, set SECONDMENT_DESK_PASSPHRASE."
        ),
    )
    sub = parser.add_subparsers(dest="profile_command", metavar="ACTION", required=True)

    p = sub.add_parser("import", help=_("import a JSON Resume, Europass XML/PDF or full export"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--name", help=_("the candidate's name, 'First Family' (overrides the file)"))
    p.add_argument(
        "--on-duplicate",
        choices=("update", "new", "fail"),
        help=_(
            "when the person is already stored (same name and birth date, or same e-mail): "
            "update that profile, keep both (a new profile), or stop; asked when not given and "
            "the command runs in a terminal, else 'fail'"
        ),
    )
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser(
        "confirm-management",
        help=_("count jobs the import proposed as management experience"),
        description=_(
            "An import proposes jobs whose title or description says the person managed people "
            "or a team (never sets them). Confirm them here, by their number (as the import "
            "listed them); no number confirms every proposal."
        ),
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("numbers", nargs="*", type=int, metavar="N")
    p.set_defaults(handler=cmd_confirm_management)

    p = sub.add_parser("list", help=_("list the profiles in the store"))
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help=_("show one profile"))
    p.add_argument("name", metavar="NAME", help=_("the profile's name or id"))
    p.add_argument("--json", action="store_true", help=_("print the full JSON"))
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("export", help=_("write a profile to a file (unencrypted)"))
    p.add_argument("name", metavar="NAME")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument("--format", choices=("jsonresume", "full"), default="full")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser(
        "set",
        help=_("set one field of a profile (e.g. security_clearance.level 'EU SECRET')"),
        description=_(
            "Set one field by its path: personal.marital_status married, "
            "personal.nationalities_at_birth 'Yugoslavia', employment.0.salary_end 52000, "
            "employment.0.salary_currency EUR, employment.0.civil_servant yes, "
            "security_clearance.expiry 2028-05-31, declarations.consent_to_share yes, "
            "availability.earliest_start 2026-03-01, availability.shorter_assignment no, "
            'relatives \'[{"name": "M. Novak", "organization": "UNDP"}]\'. '
            "The profile is checked again before it is saved."
        ),
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("path", metavar="FIELD")
    p.add_argument("value", metavar="VALUE")
    p.set_defaults(handler=cmd_set)

    p = sub.add_parser("delete", help=_("delete a profile and its applications"))
    p.add_argument("name", metavar="NAME")
    p.set_defaults(handler=cmd_delete)

    p = sub.add_parser(
        "verify",
        help=_("check every record against the store's ledger; list damaged ones"),
        description=_(
            "Unseal every record and compare it with the store's ledger: a record rolled back to "
            "an older copy, added or deleted outside the app, or damaged, is listed by id. With "
            "--accept, take the store as it is now (a new ledger)."
        ),
    )
    p.add_argument("--accept", action="store_true", help=_("accept the store as it is now"))
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("backup", help=_("write an encrypted archive of the whole store"))
    p.add_argument("out", type=Path, metavar="OUT")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help=_("replace the store with an archive (after checking it)"))
    p.add_argument("archive", type=Path, metavar="IN")
    p.add_argument(
        "--only",
        metavar="ID",
        help=_("put back just this profile (a damaged one) and its applications; the rest stays"),
    )
    p.set_defaults(handler=cmd_restore)


def _ask_duplicate(profile: Any, twins: list[Any]) -> str:

    if not sys.stdin.isatty():
        return "fail"
    for twin in twins:
        print(_("{name} (id {id}) is already stored.").format(name=twin.name, id=twin.id))
    answer = input(_("Update that profile, keep both, or cancel? [u/k/C] ")).strip().casefold()
    return {"u": "update", "k": "new"}.get(answer[:1], "cancel")


def cmd_import(args: argparse.Namespace) -> int:
    from secondment_desk.errors import InputError
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
        print(_("No profiles yet: add one with 'secondment-desk profile import FILE'."))
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
        print(
            ngettext(
                "Accepted the store as it is now ({count} readable profile).",
                "Accepted the store as it is now ({count} readable profiles).",
                count,
            ).format(count=count)
        )
    elif not damaged:
        print(
            ngettext(
                "Every record matches the store's ledger ({count} profile).",
                "Every record matches the store's ledger ({count} profiles).",
                count,
            ).format(count=count)
        )
    return 2 if damaged and not args.accept else 0


def _describe(profile: Any) -> str:
    p = profile.personal
    lines = [p.full_name]
    if p.date_of_birth:
        lines.append(
            _("  Born: {date} {place}")
            .format(date=p.date_of_birth.isoformat(), place=p.place_of_birth)
            .rstrip()
        )
    if p.nationalities:
        lines.append(_("  Nationality: {names}").format(names=", ".join(p.nationalities)))
    if p.email:
        lines.append(_("  E-mail: {email}").format(email=p.email))
    for phone in p.phones:
        lines.append(_("  Phone ({kind}): {number}").format(kind=phone.kind, number=phone.number))
    lines.append(
        _("  Experience: {years:.1f} years relevant, {management:.1f} at management level").format(
            years=profile.experience_years(), management=profile.experience_years(management=True)
        )
    )
    if profile.highest_education():
        lines.append(_("  Highest education: {level}").format(level=profile.highest_education()))
    if profile.employment:
        lines.append(_("  Employment:"))
        for job in profile.sorted_employment():
            where = ", ".join(x for x in (job.employer, job.place) if x)
            end = job.end or _("present")
            lines.append(f"    {job.start} - {end}  {job.title}  ({where})")
    if profile.education:
        lines.append(_("  Education:"))
        for edu in profile.education:
            lines.append(f"    {edu.end or ''}  {edu.degree or edu.field}  ({edu.institution})")
    if profile.languages:
        mother = _("mother tongue")
        langs = [
            f"{lang.language} ({mother if lang.mother_tongue else lang.overall() or '?'})"
            for lang in profile.languages
        ]
        lines.append(_("  Languages: {languages}").format(languages=", ".join(langs)))
    if p.nationalities_at_birth:
        lines.append(
            _("  Nationality at birth: {names}").format(names=", ".join(p.nationalities_at_birth))
        )
    if p.marital_status:
        lines.append(_("  Marital status: {status}").format(status=p.marital_status))
    if p.dependants:
        lines.append(_("  Dependants: {count}").format(count=len(p.dependants)))
    if profile.relatives:
        names = ", ".join(f"{r.name} ({r.organization})" for r in profile.relatives)
        lines.append(_("  Relatives in international organisations: {names}").format(names=names))
    clearance = profile.security_clearance
    if clearance.level:
        expiry = (
            _(", until {date}").format(date=clearance.expiry.isoformat())
            if clearance.expiry
            else ""
        )
        lines.append(
            _("  Security clearance: {level} ({authority}){expiry}").format(
                level=clearance.level, authority=clearance.authority, expiry=expiry
            )
        )
    if profile.stories:
        lines.append(
            ngettext(
                "  Evidence: {count} STAR story",
                "  Evidence: {count} STAR stories",
                len(profile.stories),
            ).format(count=len(profile.stories))
        )
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
    print(_("{name}: {path} set.").format(name=updated.name, path=args.path))
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
        raise InputError(
            _("Cannot write {name}: {reason}.").format(name=args.out, reason=err.strerror or err)
        ) from err
    print(
        _("Wrote {name} to {out} ({format}); the file is not encrypted.").format(
            name=profile.name, out=args.out, format=args.format
        )
    )
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from secondment_desk.store import open_store

    with open_store() as store:
        profile_id = store.profiles.resolve(args.name, partial=False)
        name = store.profiles.name_of(profile_id)
        store.profiles.delete(profile_id)
    what = (
        f"{name} (id {profile_id})"
        if name
        else _("the damaged profile {profile_id}").format(profile_id=profile_id)
    )
    print(_("Deleted {what} and its applications.").format(what=what))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from secondment_desk.errors import InputError
    from secondment_desk.store import open_store
    from secondment_desk.store.keys.passphrase import PASSPHRASE_ENV, env_passphrase

    with open_store() as store:
        try:
            out = store.backup(args.out)
        except OSError as err:
            raise InputError(
                _("Cannot write {name}: {reason}.").format(
                    name=args.out, reason=err.strerror or err
                )
            ) from err
        method = store.method
    print(_("Wrote an encrypted backup to {out}.").format(out=out))
    if method == "keyring" and not env_passphrase():
        print(
            _(
                "Note: it opens only with this machine's keyring entry; set {PASSPHRASE_ENV} "
                "when backing up to make it open anywhere with that passphrase."
            ).format(PASSPHRASE_ENV=PASSPHRASE_ENV),
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
        print(
            _("Restored {name} (id {only}) and {apps} applications from {archive}.").format(
                name=name, only=args.only, apps=apps, archive=args.archive
            )
        )
        return 0

    result = restore_archive(args.archive)
    print(
        _("Restored {profiles} profiles and {applications} applications").format(
            profiles=result.profiles, applications=result.applications
        )
        + (
            _("; the previous store is kept at {previous_copy}.").format(
                previous_copy=result.previous_copy
            )
            if result.previous_copy
            else "."
        )
    )
    return 0
