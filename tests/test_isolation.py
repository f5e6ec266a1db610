"""The limited child leaves the parent's garbage collector as it was: what the parent froze
stays frozen (the store freezes its decoded records so no collection walks them again) and
its young objects stay young; the child freezes what it inherits, in itself only."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from secondment_desk.errors import InputError
from secondment_desk.isolation import CAN_ISOLATE, Limits, run_limited

pytestmark = pytest.mark.skipif(not CAN_ISOLATE, reason="no fork on this platform")


class _Node:
    me: object = None


@pytest.fixture
def no_automatic_collection() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()


@pytest.mark.usefixtures("no_automatic_collection")
def test_what_the_parent_froze_stays_frozen_and_the_child_freezes_what_it_inherits() -> None:
    kept = [[index] for index in range(1000)]  # decoded records, frozen on purpose
    gc.freeze()
    frozen = gc.get_freeze_count()
    young = [[index] for index in range(5000)]  # made after the freeze: young in the parent
    in_child = run_limited(gc.get_freeze_count, Limits(), "counting", InputError)
    assert gc.get_freeze_count() == frozen  # not thawed by the fork
    # The child froze all it inherited, the young lists too (a few frozen objects may be
    # freed in the child before it counts: objects left by earlier tests, so not exact).
    assert in_child > frozen + 4000
    assert len(kept) == 1000 and len(young) == 5000


@pytest.mark.usefixtures("no_automatic_collection")
def test_young_garbage_is_still_collected_young_after_a_child_ran() -> None:
    node = _Node()
    node.me = node  # a cycle: only the collector frees it
    gone = weakref.ref(node)
    del node
    run_limited(lambda: 0, Limits(), "nothing", InputError)
    gc.collect(1)  # the young generations only
    assert gone() is None  # not aged into the oldest generation by the fork
