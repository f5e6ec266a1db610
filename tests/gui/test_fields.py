"""The GUI's one converter layer: every editor's text<->value rule comes from the model field."""

from __future__ import annotations

from datetime import date

import pytest

from secondment_desk.gui.fields import field_spec
from secondment_desk.gui.qtmodels.sections import Column, SectionModel
from secondment_desk.models import Vacancy
from secondment_desk.models.profile import Availability, Employment, Personal


def test_an_empty_number_means_what_the_field_allows() -> None:
    # Optional in the model: empty is "not stated" (None) ...
    assert field_spec(Vacancy, "number_of_posts").from_text("") is None
    assert field_spec(Availability, "notice_period_weeks").from_text(" ") is None
    # ... required with a default: empty is that default (0 staff supervised).
    assert field_spec(Employment, "staff_supervised").from_text("") == 0
    with pytest.raises(ValueError, match="not a whole number"):
        field_spec(Employment, "staff_supervised").from_text("ten")


def test_dates_and_months_are_typed_from_the_model() -> None:
    born = field_spec(Personal, "date_of_birth")
    assert born.kind == "date" and born.from_text("1984-05-17") == date(1984, 5, 17)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        born.from_text("31/03/2026")
    assert field_spec(Employment, "end").kind == "month"
    assert field_spec(Employment, "end").from_text("") is None
    assert field_spec(Employment, "start").from_text("2019-3") == "2019-03"
    closing = field_spec(Vacancy, "closing_date")
    assert closing.kind == "date"
    assert str(closing.from_date(date(2026, 3, 31))) == "2026-03-31"
    gender = field_spec(Personal, "gender")
    assert gender.kind == "choice" and gender.from_text("") == ""
    with pytest.raises(ValueError, match="choose one of"):
        gender.from_text("robot")


def test_a_table_cell_uses_the_same_converter() -> None:
    model: SectionModel[Employment] = SectionModel(
        Employment, [Column("staff_supervised", lambda: "Staff")]
    )
    model.set_entries([Employment(start="2019-01", title="Officer", staff_supervised=4)])
    edits: list[list[Employment]] = []
    model.edited.connect(edits.append)
    assert model.setData(model.index(0, 0), "")
    assert edits[-1][0].staff_supervised == 0


def test_known_values_read_in_the_window_language_and_come_back() -> None:
    """'open', 'master', 'seconded' show in Russian in a Russian window and are read back."""
    from secondment_desk import i18n
    from secondment_desk.gui.fields import field_spec
    from secondment_desk.models import Vacancy

    status = field_spec(Vacancy, "status")
    contract = field_spec(Vacancy, "contract_type")
    assert i18n.set_language("ru") == "ru"
    try:
        assert status.to_text("open") == "открыта"
        assert status.from_text("Открыта") == "open"
        assert status.from_text("closed") == "closed"  # English still reads
        assert contract.to_text("seconded") == "прикомандирование"
        assert contract.from_text("прикомандирование") == "seconded"
        assert contract.from_text("Seconded") == "Seconded"  # free text kept as typed
    finally:
        i18n.set_language("en")
    assert status.to_text("open") == "open"


def test_a_refused_value_reads_in_the_window_language(qapp: object) -> None:
    """A typed value the field refuses says why in Russian in a Russian window, as the date
    rule (the core's, one owner) does."""
    from PySide6.QtCore import QCoreApplication

    from secondment_desk import i18n as core_i18n
    from secondment_desk.gui import i18n

    app = QCoreApplication.instance()
    assert app is not None
    assert i18n.install(app, "ru") == "ru"
    core_i18n.set_language("ru")
    try:
        with pytest.raises(ValueError, match="не целое число"):
            field_spec(Employment, "staff_supervised").from_text("ten")
        with pytest.raises(ValueError, match="ГГГГ-ММ"):
            field_spec(Employment, "start").from_text("March")
        with pytest.raises(ValueError, match=r"ГГГГ-ММ-ДД|YYYY-MM-DD") as caught:
            field_spec(Personal, "date_of_birth").from_text("31/03/2026")
        assert "is not a date" not in str(caught.value)
    finally:
        i18n.install(app, "en")
        core_i18n.set_language("en")
