"""The repository stands alone: its documents link inside it and nothing reads a sibling folder."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import CONTRACT_FIXTURES, REPO

# [text](target) and ![alt](target); an optional "title" after the target is dropped.
LINK = re.compile(r"!?\[[^\]]*\]\(\s*(?:<([^>]+)>|([^)\s]+))(?:\s+\"[^\"]*\")?\s*\)")
# The documents a reader of the checkout opens: the README and everything under docs/.
DOCUMENTS = [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]


def relative_links(text: str) -> list[str]:
    """The link targets in Markdown ``text`` that point into the file tree (no URL, no anchor)."""
    out = []
    for bracketed, bare in LINK.findall(text):
        target = bracketed or bare
        parts = urlsplit(target)
        if parts.scheme or parts.netloc or not parts.path:
            continue  # https://..., mailto:..., or "#section" within the same page
        out.append(unquote(parts.path))
    return out


def test_link_finder_sees_relative_links_and_skips_urls_and_anchors() -> None:
    text = (
        "See [the contract](docs/contracts/vacancy.md#keys), ![shot](docs/a%20b.png), "
        '[site](https://example.org/x.md), [top](#top) and [t](<docs/x y.md> "Title").'
    )
    assert relative_links(text) == ["docs/contracts/vacancy.md", "docs/a b.png", "docs/x y.md"]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: str(p.relative_to(REPO)))
def test_every_relative_link_resolves_inside_the_repository(document: Path) -> None:
    links = relative_links(document.read_text("utf-8"))
    broken = []
    for link in links:
        target = (document.parent / link).resolve()
        if not target.is_relative_to(REPO) or not target.exists():
            broken.append(link)
    assert not broken, f"{document.relative_to(REPO)}: links that do not resolve: {broken}"


def test_the_readme_links_to_the_vacancy_contract_in_the_repository() -> None:
    assert "docs/contracts/vacancy.md" in relative_links((REPO / "README.md").read_text("utf-8"))
    assert (REPO / "docs" / "contracts" / "vacancy.md").is_file()


def test_the_contract_fixtures_are_in_the_repository() -> None:
    notices = sorted(p.name for p in (CONTRACT_FIXTURES / "vacancies").glob("*.txt"))
    assert notices == ["osce_astana_pmo_aggregator.txt", "osce_dushanbe_head_pmd.txt"]
    for name in notices:
        assert (CONTRACT_FIXTURES / "vacancies" / name.replace(".txt", ".expected.json")).is_file()


# Code that would reach a folder beside the checkout: the parent-relative "shared" folder,
# or a path built from the repository's parent ("ROOT.parent / ...", "REPO.parent / ...").
OUTSIDE = re.compile(r"\.\./shared|\b(?:ROOT|REPO)\.parent\s*/")
CODE_FOLDERS = ("src", "tests", "bench", "scripts", ".ci")


def test_nothing_in_the_repository_reads_a_sibling_folder() -> None:
    offenders = []
    for folder in CODE_FOLDERS:
        for path in sorted((REPO / folder).rglob("*")):
            if (
                not path.is_file()
                or path.suffix not in {".py", ".sh", ""}
                or path == Path(__file__).resolve()
            ):
                continue
            text = path.read_text("utf-8", errors="replace")
            offenders += [
                f"{path.relative_to(REPO)}:{n}"
                for n, line in enumerate(text.splitlines(), 1)
                if OUTSIDE.search(line)
            ]
    for path in (REPO / "desk", REPO / "pyproject.toml"):
        if OUTSIDE.search(path.read_text("utf-8")):
            offenders.append(str(path.relative_to(REPO)))
    assert not offenders, f"these lines reach outside the checkout: {offenders}"
