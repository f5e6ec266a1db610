"""Profiles for the store tests (realistic, with every personal field the scan looks for)."""

from __future__ import annotations

from typing import Any

from secondment_desk.models.profile import Profile, profile_from_data

NAME = ("Ljudmila", "Wojciechowska")
EMAIL = "ljudmila.wojciechowska@example.org"
PHONE = "+48 601 234 987"
BIRTH = "1984-02-29"


def candidate(version: int = 0, jobs: int = 3, profile_id: str | None = None) -> Profile:
    data: dict[str, Any] = {
        "personal": {
            "first_name": NAME[0],
            "family_name": NAME[1],
            "date_of_birth": BIRTH,
            "place_of_birth": "Łódź",
            "nationalities": ["Poland"],
            "email": EMAIL,
            "phones": [{"kind": "mobile", "number": PHONE}],
            "addresses": [{"street": "ul. Piotrkowska 101", "city": "Łódź", "country": "Poland"}],
        },
        "summary": f"version {version}",
        "employment": [
            {
                "id": f"job{i}",
                "title": f"Rule of Law Officer {version}-{i}",
                "employer": "OSCE Mission to Serbia",
                "start": f"{2000 + i:04d}-01",
                "end": f"{2000 + i:04d}-12",
                "duties": "Monitoring of war crimes trials. " * 5,
            }
            for i in range(jobs)
        ],
        "languages": [{"language": "Polish", "mother_tongue": True}],
    }
    if profile_id:
        data["id"] = profile_id
    return profile_from_data(data)
