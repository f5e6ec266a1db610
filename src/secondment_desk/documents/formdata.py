"""The data files of resources/forms/, validated on load (one owner for each)."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict

from secondment_desk.models.profile import CEFR
from secondment_desk.resources import load_json_resource


class CefrP11(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    easily_from: CEFR
    easily: str
    not_easily: str


@cache
def cefr_p11() -> CefrP11:
    return CefrP11.model_validate(load_json_resource("forms/cefr_p11.json"))
