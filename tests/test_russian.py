"""Russian throughout the core (issue 17): the catalogue, plural forms, names and formats, and
the demo flow through the CLI with LANG=ru_RU.UTF-8, failing on any English sentence left."""

from __future__ import annotations

import ast
import datetime as dt
import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from secondment_desk import i18n, locale_format
from secondment_desk.checklist import build_checklist
from secondment_desk.checklist.assess import years_text
from secondment_desk.checklist.build import Summary
from secondment_desk.cli import main
from secondment_desk.countries import display_name
from secondment_desk.models.checklist import ChecklistItem
from secondment_desk.profile import jsonresume  # noqa: F401  (the importers register)
from tests.conftest import REPO
from tests.i18n_check import allowed_corpus, english_runs, notice_data

DEMO = REPO / "resources" / "demo"
NOTICES = sorted(DEMO.glob("*.txt"))
PLURAL_NS = (1, 2, 5, 11, 21, 22, 25)


@pytest.fixture
def russian() -> Iterator[None]:
    assert i18n.set_language("ru_RU.UTF-8") == "ru", "the Russian catalogue is not built"
    i18n.forget_untranslated()
    yield
    i18n.set_language("en")


def build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_translations", REPO / "scripts" / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the catalogue ------------------------------------------------------------------------


def test_the_catalogue_has_the_russian_plural_header_and_no_untranslated_entry() -> None:
    script = build_script()
    catalog = script.read_core("ru")
    assert catalog.num_plurals == 3
    assert "n % 10 == 1 && n % 100 != 11 ? 0" in catalog.plural_expr
    assert script.untranslated(catalog) == []


def test_every_wrapped_sentence_of_the_core_is_in_the_catalogue() -> None:
    """A new _() in the core without a Russian line fails here (run --update, translate)."""
    script = build_script()
    template = script.extract_core()
    catalog = script.read_core("ru")
    missing = [m.id for m in template if m.id and catalog.get(m.id, m.context) is None]
    assert missing == [], "run scripts/build_translations.py --update and translate these"
    assert len(template) > 400


def test_update_reports_untranslated_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    script = build_script()
    core = tmp_path / "core"
    core.mkdir()
    po = (REPO / "resources" / "i18n" / "core" / "ru.po").read_text(encoding="utf-8")
    # One entry loses its translation: --update must name it.
    po = po.replace('msgstr "Отменено."', 'msgstr ""', 1)
    (core / "ru.po").write_text(po, encoding="utf-8")
    monkeypatch.setattr(script, "CORE", core)
    monkeypatch.setattr(script, "update", lambda: None)  # the Qt half is not under test
    monkeypatch.setattr(script, "release", lambda out_dir=None: [])
    assert script.main(["--update", "--check"]) == 1
    out = capsys.readouterr().out
    assert "ru.po: 1 untranslated" in out and "'Cancelled.'" in out
    assert (core / "ru.mo").exists() and (core / "messages.pot").exists()


def test_english_needs_no_catalogue_and_an_unknown_language_stays_english() -> None:
    assert i18n.set_language("de_DE.UTF-8") == "en"
    assert i18n._("Cancelled.") == "Cancelled."
    assert i18n._("") == ""


def test_language_from_the_environment() -> None:
    assert i18n.language_from_env({"LANG": "ru_RU.UTF-8"}) == "ru"
    assert i18n.language_from_env({"LANGUAGE": "ru:en", "LANG": "en_GB.UTF-8"}) == "ru"
    assert i18n.language_from_env({"LC_ALL": "C.UTF-8", "LANG": "ru_RU.UTF-8"}) == "ru"
    assert i18n.language_from_env({"LC_ALL": "en_US.UTF-8", "LANG": "ru_RU.UTF-8"}) == "en"
    assert i18n.language_from_env({}) == "en"


# --- plural forms -----------------------------------------------------------------------


def _summary(blockers: int, partly: bool = False) -> Summary:
    status = "partly" if partly else "not_met"
    items = [
        ChecklistItem(id=str(i), text="x", kind="mandatory", category="other", status=status)
        for i in range(blockers)
    ]
    return Summary(blockers=items)


@pytest.mark.usefixtures("russian")
@pytest.mark.parametrize(
    ("n", "word", "verb"),
    [
        (1, "обязательное требование", "выполнено"),
        (2, "обязательных требования", "выполнены"),
        (5, "обязательных требований", "выполнены"),
        (11, "обязательных требований", "выполнены"),
        (21, "обязательное требование", "выполнено"),
        (22, "обязательных требования", "выполнены"),
        (25, "обязательных требований", "выполнены"),
    ],
)
def test_the_headline_takes_the_russian_plural_form(n: int, word: str, verb: str) -> None:
    assert _summary(n, partly=True).headline() == f"{n} {word} {verb} не полностью."
    assert _summary(n).headline() == f"{n} {word} не {verb}."


@pytest.mark.usefixtures("russian")
def test_years_days_and_durations_in_russian() -> None:
    years = {n: years_text(n) for n in PLURAL_NS}
    assert years == {
        1: "1 год",
        2: "2 года",
        5: "5 лет",
        11: "11 лет",
        21: "21 год",
        22: "22 года",
        25: "25 лет",
    }
    days = {n: i18n.ngettext("in {n} day", "in {n} days", n).format(n=n) for n in PLURAL_NS}
    assert [days[n].split()[-1] for n in PLURAL_NS] == [
        "день",
        "дня",
        "дней",
        "дней",
        "день",
        "дня",
        "дней",
    ]
    assert [locale_format.days(n) for n in (1, 2, 5, 11, 21)] == [
        "1 день",
        "2 дня",
        "5 дней",
        "11 дней",
        "21 день",
    ]
    assert locale_format.duration(dt.timedelta(weeks=3)) == "3 недели"


def test_the_english_plurals_are_unchanged() -> None:
    assert _summary(1, partly=True).headline() == "1 mandatory requirement not fully met."
    assert _summary(2).headline() == "2 mandatory requirements not met."
    assert years_text(1) == "1 year" and years_text(6.5) == "6 years 6 months"


@pytest.mark.usefixtures("russian")
def test_numbers_dates_and_names_per_locale() -> None:
    assert locale_format.number(3000) == "3\xa0000"
    assert locale_format.date(dt.date(2026, 3, 5)) == "5 марта 2026\u202fг."
    assert display_name("Kazakhstan") == "Казахстан"
    assert display_name("NO") == "Норвегия"
    assert display_name("Kosovo") == "Косово"
    assert display_name("Atlantis") == "Atlantis"  # not a country: as given
    assert locale_format.language("Russian") == "русский"
    assert locale_format.organisation("OSCE") == "ОБСЕ"
    i18n.set_language("en")
    assert locale_format.date(dt.date(2026, 3, 5)) == "2026-03-05"
    assert display_name("Kazakhstan") == "Kazakhstan"
    assert display_name("Kazakhstan", "ru") == "Казахстан"  # a Russian letter from English
    assert locale_format.organisation("OSCE", "ru") == "ОБСЕ"


# --- the demo flow through the CLI -------------------------------------------------------


def run_cli(
    args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> str:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    assert main(args) == 0, capsys.readouterr().err
    captured = capsys.readouterr()
    return captured.out + captured.err


def test_the_cli_demo_flow_in_russian_leaves_no_english_sentence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    i18n.forget_untranslated()
    profile = str(DEMO / "profile.json")
    shown = []
    for notice in map(str, NOTICES):
        shown.append(run_cli(["vacancy", "parse", notice], monkeypatch, capsys))
        shown.append(run_cli(["checklist", notice, "--profile-file", profile], monkeypatch, capsys))
        shown.append(
            run_cli(
                ["deadline", notice, "--state", "Norway", "--today", "2025-08-01"],
                monkeypatch,
                capsys,
            )
        )
    assert i18n.current() == "ru"
    assert i18n.untranslated() == set()
    text = "\n".join(shown)
    assert "обязательн" in text and "Норвегия" in text and "рабочих дн" in text
    corpus = allowed_corpus(*notice_data(NOTICES))
    assert english_runs(shown, corpus) == []


def test_the_check_catches_an_english_sentence() -> None:
    corpus = allowed_corpus()
    assert english_runs(["Срок: The organisation closes tomorrow."], corpus) == [
        "The organisation closes tomorrow"
    ]
    # The notice's own words and the candidate's are not the application's sentences.
    assert english_runs(["Excellent physical condition; Ingrid Marie Halvorsen"], corpus) == []


def test_lang_option_overrides_the_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    notice = str(NOTICES[0])
    args = ["--lang", "en", "deadline", notice, "--state", "Norway", "--today", "2025-08-01"]
    out = run_cli(args, monkeypatch, capsys)
    assert "working days before closing" in out and "рабоч" not in out
    out = run_cli(["--lang", "ru", *args[2:]], monkeypatch, capsys)
    assert "рабочих дней до окончания" in out


def test_a_cli_error_is_one_russian_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert main(["deadline", "--lead-days", "-1", "--closing-date", "2025-09-01"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["secondment-desk: --lead-days должно быть 0 или больше."]


def test_the_russian_cover_letter_names_the_state_in_russian() -> None:
    from secondment_desk.models import Application, Vacancy
    from secondment_desk.organisations.rules import addressee

    osce = Vacancy(organization="OSCE", contract_type="Seconded")
    app = Application(profile_id="p", vacancy=osce, nominating_state="Kazakhstan")
    assert addressee(osce, app.nominating_state, "ru") == "В делегацию при ОБСЕ: Казахстан"
    assert addressee(osce, "Kazakhstan", "en") == "To the Delegation of Kazakhstan to the OSCE"


@pytest.mark.usefixtures("russian")
def test_the_checklist_report_in_russian(tmp_path: Path) -> None:
    import docx

    from secondment_desk.documents import render_checklist_report
    from secondment_desk.profile import import_file
    from secondment_desk.vacancy import load_vacancies

    profile = import_file(DEMO / "profile.json")
    (vacancy,) = load_vacancies(DEMO / "osce_dushanbe_head_pmd.txt")
    checklist = build_checklist(vacancy, profile, today=dt.date(2025, 8, 1))
    out = render_checklist_report(checklist, profile, vacancy, tmp_path / "report.docx")
    document = docx.Document(str(out))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    text = [p.text for p in document.paragraphs] + cells
    joined = "\n".join(text)
    assert "Контрольный список требований" in joined and "ОБЯЗАТЕЛЬНЫЕ ТРЕБОВАНИЯ" in joined
    assert checklist.summary.headline() in joined
    assert i18n.untranslated() == set()
    assert english_runs(text, allowed_corpus(*notice_data(NOTICES))) == []


def test_the_russian_cover_letter_names_the_organisation_and_country_in_russian(
    tmp_path: Path,
) -> None:
    import docx

    from secondment_desk.documents.package import fill_documents
    from secondment_desk.profile import import_file
    from secondment_desk.vacancy import load_vacancies

    profile = import_file(DEMO / "profile.json")
    (vacancy,) = load_vacancies(DEMO / "osce_dushanbe_head_pmd.txt")
    letter = "Уважаемые дамы и господа!\n\nПрошу рассмотреть мою кандидатуру.\n\nС уважением,\nИ."
    filled = fill_documents(
        profile, vacancy, tmp_path, cover_letter=letter, letter_language="ru", pdf=False
    )
    by_name = {p.name: p for p in filled.files}
    text = "\n".join(p.text for p in docx.Document(str(by_name["cover_letter.docx"])).paragraphs)
    assert "ОБСЕ" in text and "Норвегия" in text
    assert "Norway" not in text and "\nOSCE\n" not in f"\n{text}\n"
    # The form's answers stay in the organisation's language.
    form = docx.Document(str(by_name["application_form.docx"]))
    cells = "\n".join(c.text for t in form.tables for row in t.rows for c in row.cells)
    assert "Norway" in cells and "Норвегия" not in cells


SHORT_NOTICE = """Vacancy notice
Position: Programme Officer
Requirements:
- University degree in law
- Fluency in English
Deadline for applications: 15 September 2025
"""


def test_a_russian_parse_shows_the_parsers_warnings_in_russian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``vacancy parse`` with LANG=ru_RU.UTF-8: the missing-field notes and the other parser
    warnings are Russian (ru.mo is built with ru_extra.json applied, see tests/conftest.py)."""
    notice = tmp_path / "short.txt"
    notice.write_text(SHORT_NOTICE, encoding="utf-8")
    i18n.forget_untranslated()
    out = run_cli(["vacancy", "parse", str(notice)], monkeypatch, capsys)
    for russian in (
        "номер вакансии в этой копии не указан",
        "место службы не найдено",
        "минимальный стаж не найден",
        "тип контракта (прикомандирование или контракт) в этой копии не указан",
    ):
        assert russian in out
    for english in ("not stated in this copy", "not found: check", "read the experience"):
        assert english not in out
    # This branch's sentences all have their Russian (the rest of ru.po is filled elsewhere;
    # the demo-flow test above holds the whole catalogue to it).
    extra = json.loads((REPO / "resources/i18n/core/ru_extra.json").read_text("utf-8"))
    assert i18n.untranslated() & set(extra) == set()


def test_a_russian_read_error_is_russian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    folder = tmp_path / "notices"
    folder.mkdir()
    assert main(["vacancy", "parse", str(folder)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "secondment-desk: notices — папка, а не файл объявления о вакансии."


def test_the_help_is_russian_when_lang_is_given_before_the_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert main(["--lang", "ru", "vacancy", "parse", "--help"]) == 0
    out = capsys.readouterr().out
    assert "вывести JSON (массив для нескольких файлов или должностей)" in out
    assert "использование:" in out and "показать эту справку и выйти" in out
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert main(["--lang", "en", "deadline", "--help"]) == 0
    assert "working days the national body needs" in capsys.readouterr().out
    # form fill's own --lang is the letter's language, not the output's.
    assert main(["--lang", "ru", "form", "fill", "--lang", "en", "--help"]) == 0
    assert "язык сопроводительного письма" in capsys.readouterr().out


def apply_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "apply_translations", REPO / "scripts" / "apply_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_apply_fills_only_what_the_catalogue_lacks(tmp_path: Path) -> None:
    from babel.messages.catalog import Catalog

    script = apply_script()
    catalog = Catalog(locale="ru")
    catalog.add("Cancelled.", "Отменено.")
    catalog.add("Empty here.", "")
    extra = {
        "Cancelled.": "ДРУГОЕ",  # the .po's translation wins
        "Empty here.": "Здесь пусто.",
        "New one.": "Новое.",
        "{n} file": {"plural": "{n} files", "forms": ["{n} файл", "{n} файла", "{n} файлов"]},
    }
    assert script.fill(catalog, extra) == 3

    def string(msgid: str) -> object:
        message = catalog.get(msgid)
        assert message is not None, msgid
        return message.string

    assert string("Cancelled.") == "Отменено."
    assert string("Empty here.") == "Здесь пусто."
    assert string("New one.") == "Новое."
    assert string("{n} file") == ("{n} файл", "{n} файла", "{n} файлов")
    with pytest.raises(SystemExit):
        script.fill(catalog, {"{n} x": {"plural": "{n} xs", "forms": ["один", "два"]}})
    bad = tmp_path / "ru_extra.json"
    bad.write_text('{"A.": ""}', encoding="utf-8")
    with pytest.raises(SystemExit):
        script.load_extra(bad)


def test_every_sentence_of_the_extra_file_is_still_in_the_sources() -> None:
    """ru_extra.json holds only msgids the core wraps, with their {placeholders} kept."""
    import re

    template = build_script().extract_core()
    extra = apply_script().load_extra(REPO / "resources" / "i18n" / "core" / "ru_extra.json")
    ids = {m.id[0] if isinstance(m.id, tuple) else m.id for m in template if m.id}
    assert set(extra) <= ids
    field = re.compile(r"\{[^{}]*\}")
    for msgid, value in extra.items():
        forms = [value] if isinstance(value, str) else value["forms"]
        assert all(set(field.findall(f)) == set(field.findall(msgid)) for f in forms), msgid


def test_the_still_empty_sections_are_named_in_russian(russian: None) -> None:
    """The Documents screen links each section by its title: Russian, not the English key."""
    from secondment_desk.documents.gaps import EmptyGroup

    group = EmptyGroup("Personal data", ["прежние фамилии"], ["profile.personal.former_names"])
    assert group.title == "Личные данные"
    assert group.line().startswith("Личные данные: ")


def test_a_refusal_writes_its_limit_the_russian_way(russian: None) -> None:
    """Numbers in the readers' refusals follow the language (no English "10,000,000")."""
    from secondment_desk.vacancy.readers.limits import MAX_TEXT_CHARS, too_much_text

    message = str(too_much_text("notice.pdf"))
    assert locale_format.number(MAX_TEXT_CHARS) in message
    assert f"{MAX_TEXT_CHARS:,}" not in message and "знаков" in message


# --- the core's errors are sentences in the user's language ------------------------------

CORE = REPO / "src" / "secondment_desk"
#: Owned by other work: not scanned.
NOT_SCANNED = ("vacancy/", "gui/")
#: Errors no user's input can cause (bugs, a missing key in the code's own tables).
PROGRAMMING_ERRORS = {"KeyError", "AssertionError", "TypeError", "RuntimeError"}
#: (module, exception) raising developer-facing f-strings, each with why it stays English.
DEVELOPER_FACING = {
    ("checklist/data.py", "ValueError"): "checks the shipped competency and language files",
    ("deadlines/rules.py", "ValueError"): "checks the shipped deadline rules; the user's "
    "closing time is refused in Russian by deadlines/compute.py",
    ("deadlines/states.py", "ValueError"): "checks the shipped resources/states.json",
    ("documents/registry.py", "ValueError"): "checks the shipped template_titles.json",
    ("organisations/recognition.py", "ValueError"): "checks the shipped recognition files",
    ("organisations/recognition.py", "RecognitionFileError"): "a shipped recognition file",
    ("organisations/rules.py", "ValueError"): "checks the shipped organisation rules",
    ("organisations/rules.py", "RulesFileError"): "a shipped organisation rules file",
    ("resources.py", "ValueError"): "checks a shipped resources/ file",
    ("resources.py", "FileNotFoundError"): "a broken installation: a shipped file is missing",
}


def _says_words(node: ast.JoinedStr) -> bool:
    """An f-string with words in it ("{name}: {err}" joins sentences made elsewhere)."""
    text = "".join(str(v.value) for v in node.values if isinstance(v, ast.Constant))
    return any(ch.isalpha() for ch in text)


def english_raises() -> list[str]:
    found = []
    for path in sorted(CORE.rglob("*.py")):
        rel = path.relative_to(CORE).as_posix()
        if rel.startswith(NOT_SCANNED):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            call = node.exc
            if not (call.args and isinstance(call.args[0], ast.JoinedStr)):
                continue
            func = call.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in PROGRAMMING_ERRORS or (rel, name) in DEVELOPER_FACING:
                continue
            if _says_words(call.args[0]):
                found.append(f"{rel}:{node.lineno}: {name}({ast.unparse(call.args[0])[:70]})")
    return found


def test_no_core_error_is_a_bare_english_f_string() -> None:
    """A user-facing raise must wrap its sentence: _("{path} is empty.").format(path=path)."""
    assert english_raises() == []


def test_the_scan_finds_a_bare_f_string(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    module = tmp_path / "profile" / "example.py"
    module.parent.mkdir()
    module.write_text(
        'def f(path):\n    raise InputError(f"{path} is empty.")\n\n'
        'def g(path, err):\n    raise InputError(f"{path}: {err}")\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(sys.modules[__name__], "CORE", tmp_path)
    assert english_raises() == ["profile/example.py:2: InputError(f'{path} is empty.')"]


def test_a_russian_import_of_an_empty_profile_file_says_so(russian: None, tmp_path: Path) -> None:
    from secondment_desk.errors import InputError
    from secondment_desk.profile import import_file

    empty = tmp_path / "cv.json"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        import_file(empty)
    assert str(err.value) == f"Файл {empty} пуст."


def test_a_russian_package_error_is_russian(russian: None, tmp_path: Path) -> None:
    import zipfile

    from secondment_desk.documents.package import PackageError, import_package

    package = tmp_path / "sent.zip"
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("form.docx", b"not really")
    with pytest.raises(PackageError) as err:
        import_package(package, tmp_path / "in")
    assert str(err.value) == "В sent.zip нет manifest.json: это не пакет Secondment Desk."


def test_a_russian_model_validator_says_what_is_wrong_in_russian(russian: None) -> None:
    from secondment_desk.errors import ValidationFailed
    from secondment_desk.models.profile import profile_from_data

    with pytest.raises(ValidationFailed) as err:
        profile_from_data(
            {"personal": {"first_name": "Anna", "family_name": "Petrova", "email": "anna"}}
        )
    said = str(err.value)
    assert said == "Профиль содержит ошибки: personal.email: «anna» — не адрес электронной почты"
