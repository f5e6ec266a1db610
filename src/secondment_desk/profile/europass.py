"""Europass CV (the SkillsPassport / LearnerInfo XML, schema v3) to a :class:`Profile`.

Also reads a Europass PDF: the Europass editor's "PDF + XML" files carry the XML as an
embedded file, which pypdf lists among the PDF's attachments. The parser is namespace-blind
(``{*}``), refuses DTDs and entities, and never fetches anything.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from lxml import etree

from secondment_desk import countries
from secondment_desk.errors import InputError, ValidationFailed
from secondment_desk.i18n import _
from secondment_desk.models.education import EducationLevel
from secondment_desk.models.profile import Profile, profile_from_data
from secondment_desk.profile.limits import check_entries

ROOTS = ("SkillsPassport", "Europass")
EXTRAS_KEY = "europass"
# The European Qualifications Framework's levels (Europass Level/Code) as degree levels.
_EQF_LEVEL: dict[str, EducationLevel] = {
    "1": EducationLevel.SECONDARY,
    "2": EducationLevel.SECONDARY,
    "3": EducationLevel.SECONDARY,
    "4": EducationLevel.SECONDARY,
    "5": EducationLevel.BACHELOR,
    "6": EducationLevel.BACHELOR,
    "7": EducationLevel.MASTER,
    "8": EducationLevel.DOCTORATE,
}
_SKILLS = {
    "Listening": "listening",
    "Reading": "reading",
    "SpokenInteraction": "spoken_interaction",
    "SpokenProduction": "spoken_production",
    "Writing": "writing",
}
_PHONE_USE = {"mobile": "mobile", "home": "home", "work": "work"}
Json = dict[str, Any]
_El = Any  # lxml elements (lxml-stubs types them loosely)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_xml(data: bytes) -> _El:
    try:
        root = etree.fromstring(data, parser=_parser())
    except etree.XMLSyntaxError as err:
        raise InputError(_("The Europass XML is broken: {err}.").format(err=err)) from err
    if etree.QName(root).localname not in ROOTS or _find(root, "LearnerInfo") is None:
        raise InputError(
            _("This XML is not a Europass CV (no SkillsPassport/LearnerInfo element).")
        )
    return root


def is_europass_xml(data: bytes) -> bool:
    try:
        root = etree.fromstring(data, parser=_parser())
    except etree.XMLSyntaxError:
        return False
    return etree.QName(root).localname in ROOTS


def xml_from_pdf(data: bytes) -> bytes:
    """The Europass XML embedded in a PDF, or InputError."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        attachments = reader.attachments
    except (PdfReadError, ValueError, KeyError, TypeError) as err:
        raise InputError(_("The PDF cannot be read: {err}.").format(err=err)) from err
    for name in sorted(attachments, key=lambda n: not n.lower().endswith(".xml")):
        for content in attachments[name]:
            if is_europass_xml(content):
                return bytes(content)
    raise InputError(
        _(
            "This PDF has no Europass XML attached; save the CV from the Europass editor as "
            "'PDF + XML', or import the XML file."
        )
    )


# --- helpers ---------------------------------------------------------------------------------


def _find(el: _El | None, path: str) -> _El | None:
    if el is None:
        return None
    return el.find("/".join(f"{{*}}{p}" for p in path.split("/")))


def _all(el: _El | None, path: str) -> list[_El]:
    if el is None:
        return []
    return list(el.iterfind("/".join(f"{{*}}{p}" for p in path.split("/"))))


def _text(el: _El | None, path: str = "") -> str:
    node = _find(el, path) if path else el
    if node is None:
        return ""
    return " ".join("".join(node.itertext()).split())


def _html_text(el: _El | None, path: str) -> str:
    """Europass descriptions hold escaped HTML: keep paragraphs and list items as lines."""
    raw = _text(el, path)
    if "<" not in raw:
        return raw
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "html.parser")
    lines = [
        " ".join(n.get_text(" ").split()) for n in soup.find_all(["p", "li", "div", "br"]) if n
    ]
    lines = [line for line in lines if line]
    return "\n".join(lines) if lines else " ".join(soup.get_text(" ").split())


def _items(el: _El | None, path: str) -> list[str]:
    return [line.strip(" -•;") for line in _html_text(el, path).split("\n") if line.strip()]


def _ym(el: _El | None) -> str | None:
    if el is None or not el.get("year"):
        return None
    year, month = str(el.get("year")), (el.get("month") or "").lstrip("-") or "01"
    if not (year.isascii() and year.isdigit() and len(year) == 4) or not (
        month.isascii() and month.isdigit() and 1 <= int(month[:3]) <= 12
    ):
        raise InputError(
            _(
                "The Europass CV has a date that is not a date (year '{year}', month "
                "'{month}'); correct it and import again."
            ).format(year=year[:12], month=month[:12])
        )
    return f"{int(year):04d}-{int(month):02d}"


def _country(el: _El | None, path: str) -> str:
    prefix = f"{path}/" if path else ""
    code = _text(el, f"{prefix}Code")
    label = _text(el, f"{prefix}Label")
    for candidate in (code, label):
        if candidate and (name := countries.normalize(candidate)):
            return name
    return label or code


def _language_name(el: _El | None) -> str:
    label = _text(el, "Description/Label")
    if label:
        return label
    code = _text(el, "Description/Code")
    if code:
        import pycountry

        found = pycountry.languages.get(alpha_2=code.lower()) if len(code) == 2 else None
        return str(found.name) if found else code
    return ""


# --- the mapping -----------------------------------------------------------------------------


def _personal(ident: _El | None) -> Json:
    personal: Json = {
        "first_name": _text(ident, "PersonName/FirstName"),
        "family_name": _text(ident, "PersonName/Surname"),
    }
    contact = _find(ident, "ContactInfo")
    address = _find(contact, "Address/Contact")
    if address is not None:
        personal["addresses"] = [
            {
                "kind": "permanent",
                "street": _text(address, "AddressLine"),
                "postal_code": _text(address, "PostalCode"),
                "city": _text(address, "Municipality"),
                "country": _country(address, "Country"),
            }
        ]
    if email := _text(contact, "Email/Contact"):
        personal["email"] = email
    phones = []
    for phone in _all(contact, "TelephoneList/Telephone"):
        number = _text(phone, "Contact")
        if number:
            kind = _PHONE_USE.get(_text(phone, "Use/Code").lower(), "other")
            phones.append({"kind": kind, "number": number})
    personal["phones"] = phones
    if website := _text(contact, "WebsiteList/Website/Contact"):
        personal["website"] = website
    demo = _find(ident, "Demographics")
    birth = _find(demo, "Birthdate")
    if birth is not None and birth.get("year") and birth.get("month") and birth.get("day"):
        try:
            personal["date_of_birth"] = date(
                int(birth.get("year")),
                int(birth.get("month").lstrip("-")),
                int(birth.get("day").lstrip("-")),
            ).isoformat()
        except ValueError as err:
            raise ValidationFailed(
                _("personal.date_of_birth: there is no such day ({err})").format(err=err)
            ) from err
    gender = _text(demo, "Gender/Code").upper()
    personal["gender"] = {"F": "female", "M": "male"}.get(gender, "")
    personal["nationalities"] = [
        c for n in _all(demo, "NationalityList/Nationality") if (c := _country(n, ""))
    ]
    return personal


def _employment(work: _El) -> Json:
    period = _find(work, "Period")
    current = _text(period, "Current").lower() == "true"
    employer = _find(work, "Employer")
    place = _find(employer, "ContactInfo/Address/Contact")
    return {
        "start": _ym(_find(period, "From")),
        "end": None if current else _ym(_find(period, "To")),
        "title": _text(work, "Position/Label"),
        "employer": _text(employer, "Name"),
        "place": _text(place, "Municipality"),
        "country": _country(place, "Country") if place is not None else "",
        "business_type": _text(employer, "Sector/Label"),
        "duties": _html_text(work, "Activities"),
    }


def _education(edu: _El) -> Json:
    period = _find(edu, "Period")
    org = _find(edu, "Organisation")
    place = _find(org, "ContactInfo/Address/Contact")
    return {
        "institution": _text(org, "Name"),
        "place": _text(place, "Municipality"),
        "country": _country(place, "Country") if place is not None else "",
        "start": _ym(_find(period, "From")),
        "end": _ym(_find(period, "To")),
        "degree": _text(edu, "Title"),
        "field": _text(edu, "Field/Label"),
        "level": _EQF_LEVEL.get(_text(edu, "Level/Code")),
    }


def _languages(linguistic: _El | None) -> list[Json]:
    out: list[Json] = []
    for mother in _all(linguistic, "MotherTongueList/MotherTongue"):
        if name := _language_name(mother):
            out.append({"language": name, "mother_tongue": True})
    for foreign in _all(linguistic, "ForeignLanguageList/ForeignLanguage"):
        entry: Json = {"language": _language_name(foreign)}
        level = _find(foreign, "ProficiencyLevel")
        for tag, skill in _SKILLS.items():
            value = _text(level, tag).upper()
            entry[skill] = value or None
        entry["certificates"] = [
            t for c in _all(foreign, "VerifiedBy/Certificate") if (t := _text(c, "Title"))
        ]
        out.append(entry)
    return out


def profile_from_europass(root: _El, name: str | None = None) -> Profile:
    learner = _find(root, "LearnerInfo")
    ident = _find(learner, "Identification")
    data: Json = {"personal": _personal(ident)}
    if name:
        tokens = name.split()
        if len(tokens) < 2:
            raise ValidationFailed(
                _("--name: '{name}' needs a first and a family name.").format(name=name)
            )
        data["personal"]["first_name"], data["personal"]["family_name"] = (
            " ".join(tokens[:-1]),
            tokens[-1],
        )
    jobs = _all(learner, "WorkExperienceList/WorkExperience")
    studies = _all(learner, "EducationList/Education")
    check_entries(len(jobs), "WorkExperienceList", "The Europass CV")
    check_entries(len(studies), "EducationList", "The Europass CV")
    data["employment"] = [_employment(w) for w in jobs]
    data["education"] = [_education(e) for e in studies]
    skills = _find(learner, "Skills")
    data["languages"] = _languages(_find(skills, "Linguistic"))
    data["computer_skills"] = _items(skills, "Computer/Description")
    licences = [_text(x) for x in _all(skills, "Driving/Description/Licence") if _text(x)]
    if licences:
        data["personal"]["driving_licence"] = True
    other: list[str] = []
    for tag, label in (
        ("Communication", "Communication skills"),
        ("Organisational", "Organisational / managerial skills"),
        ("JobRelated", "Job-related skills"),
        ("Other", "Other skills"),
    ):
        if text := _html_text(skills, f"{tag}/Description"):
            other.append(f"{label}:\n{text}")
    publications: list[Json] = []
    memberships: list[Json] = []
    for ach in _all(learner, "AchievementList/Achievement"):
        code = _text(ach, "Title/Code").lower()
        label = _text(ach, "Title/Label") or code.replace("_", " ").capitalize()
        if code == "publications":
            publications += [{"title": t} for t in _items(ach, "Description")]
        elif code == "memberships":
            memberships += [{"organization": t} for t in _items(ach, "Description")]
        elif text := _html_text(ach, "Description"):
            other.append(f"{label}:\n{text}")
    data["publications"] = publications
    data["memberships"] = memberships
    data["other_information"] = "\n\n".join(other)
    headline = _text(learner, "Headline/Description/Label")
    extras: Json = {}
    if headline:
        extras["headline"] = headline
    if licences:
        extras["driving_licences"] = licences
    if extras:
        data["extras"] = {EXTRAS_KEY: extras}
    return profile_from_data(data)
