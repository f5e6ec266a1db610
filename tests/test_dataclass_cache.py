"""Dataclasses' generated methods kept compiled between runs (issue 16): the same classes
whether their code was compiled now or read from the file, and a damaged file is no harm."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import subprocess_env

# A process that installs the cache, makes dataclasses and reports what they are.
_PROBE = """
import dataclasses, json, sys
from secondment_desk import dataclass_cache
dataclass_cache.install()

@dataclasses.dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 2
    tags: tuple[str, ...] = ()

@dataclasses.dataclass
class Box:
    items: list[int] = dataclasses.field(default_factory=list)

p = Point(1)
try:
    p.x = 3
    frozen = False
except dataclasses.FrozenInstanceError:
    frozen = True
box = Box()
box.items.append(1)
print(json.dumps({
    "repr": repr(p), "eq": p == Point(1, 2), "lt": Point(0) < p, "frozen": frozen,
    "hash": hash(p) == hash(Point(1, 2)), "fresh": Box().items, "box": repr(box),
    "init_annotations": {k: repr(v) for k, v in Point.__init__.__annotations__.items()},
    "kept": len(dataclass_cache._table.loaded or {}), "new": len(dataclass_cache._table.new),
}))
"""


def _run(cache: Path) -> dict[str, object]:
    env = subprocess_env(SECONDMENT_DESK_CACHE=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_classes_are_the_same_from_the_kept_code(tmp_path: Path) -> None:
    first = _run(tmp_path)
    assert first["new"] != 0  # compiled, and written at exit
    files = list(tmp_path.glob("dataclasses-*.marshal"))
    assert len(files) == 1
    second = _run(tmp_path)
    assert second["new"] == 0 and second["kept"] != 0  # all read from the file
    for report in (first, second):
        assert report["repr"] == "Point(x=1, y=2, tags=())"
        assert report["eq"] and report["lt"] and report["frozen"] and report["hash"]
        assert report["fresh"] == [] and report["box"] == "Box(items=[1])"
    # dataclasses' own flags, not the cache module's `from __future__ import annotations`
    assert first["init_annotations"] == second["init_annotations"]
    assert first["init_annotations"] == {"x": "<class 'int'>", "y": "<class 'int'>",
                                         "tags": "tuple[str, ...]", "return": "None"}  # fmt: skip


def test_a_damaged_file_is_compiled_again(tmp_path: Path) -> None:
    _run(tmp_path)
    (file,) = tmp_path.glob("dataclasses-*.marshal")
    file.write_bytes(b"\x00garbage")
    report = _run(tmp_path)
    assert report["repr"] == "Point(x=1, y=2, tags=())" and report["new"] != 0
