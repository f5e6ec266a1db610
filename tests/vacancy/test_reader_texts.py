"""Text files as real tools save them: UTF-16 with no byte-order mark, PDF bullets."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondment_desk.errors import InputError
from secondment_desk.vacancy import load_vacancies
from secondment_desk.vacancy.readers import read_source
from tests.conftest import CONTRACT_FIXTURES

DUSHANBE = (CONTRACT_FIXTURES / "vacancies" / "osce_dushanbe_head_pmd.txt").read_text("utf-8")
RUSSIAN = (
    "Вакансия: сотрудник по политическим вопросам (P-3). Требования: высшее образование, "
    "опыт работы не менее пяти лет, знание английского и русского языков.\n"
    "Крайний срок подачи заявлений: 12 мая 2025 года.\n"
) * 3


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [DUSHANBE, RUSSIAN], ids=["english", "russian"])
def test_utf16_without_a_byte_order_mark(tmp_path: Path, encoding: str, text: str) -> None:
    """Windows tools (PowerShell's Out-File, Notepad's "Unicode") save UTF-16 with no BOM."""
    path = tmp_path / "notice.txt"
    path.write_bytes(text.encode(encoding))
    assert read_source(path).text == text


def test_utf16_notice_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes(DUSHANBE.encode("utf-16-le"))
    (vacancy,) = load_vacancies(path)
    assert vacancy.requisition_id == "TAJ000394"


@pytest.mark.parametrize(
    "content",
    [
        bytes(range(256)) * 20,
        b"\x00\x00\x00\x01" * 500,
        "Vacancy".encode("utf-16-le") + b"\x00\x00\xff\xfe\x00\xd8" * 300,
    ],
)
def test_binary_with_nul_bytes_is_still_binary(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=r"^data\.txt holds binary data"):
        read_source(path)


def test_pdf_symbol_bullets_in_copied_text_are_text(tmp_path: Path) -> None:
    """Text copied out of a PDF keeps its Symbol-font bullets as private-use characters."""
    notice = (
        "Vacancy: Project Officer\nMain tasks:\n"
        + "\n".join(f"\uf0b7 Task {i}" for i in range(30))
        + "\nDeadline for applications: 12 May 2026\n"
    )
    path = tmp_path / "copied.txt"
    path.write_bytes(notice.encode("utf-8"))
    assert read_source(path).text == notice


def test_utf8_once_read_as_latin1_is_read_and_repaired(tmp_path: Path) -> None:
    """An aggregator that decoded UTF-8 as Latin-1 and saved it again as UTF-8 leaves the
    C1 controls of "’" and "–" ("â\\x80\\x99") in the text: text, not binary, and repaired."""
    notice = DUSHANBE.replace("'", "’").replace(" - ", " – ")
    assert "’" in notice
    twice = notice.encode("utf-8").decode("latin-1").encode("utf-8")
    path = tmp_path / "aggregator.txt"
    path.write_bytes(twice)
    (vacancy,) = load_vacancies(path)
    assert vacancy.text.count("’") == notice.count("’")
    assert "\x80" not in vacancy.text
    short = ("Vacancy notice: Officer’s post – “Deadline” 12 May 2026. " * 20).encode()
    path.write_bytes(short.decode("latin-1").encode("utf-8"))
    assert "\x80" in read_source(path).text  # read, not refused as binary
