"""EU CSDP Calls for Contributions: one call, a table of posts, one job description per post."""

from __future__ import annotations

from secondment_desk.models.vacancy import Vacancy
from secondment_desk.vacancy import fields as fx


def parse_cfc(text: str, source_name: str | None, org_hit: fx.Hit | None) -> list[Vacancy]:
    return []
