"""How well the parser reads the shapes real copies of a notice come in (issue 10).

    PYTHONPATH=src python bench/notice_robustness.py [--details]

Every development notice of the corpus is turned into each variant of
``tests/vacancy/variants.py`` (first 25% / 50% of the text, whitespace flattened, line breaks
doubled, labels in capitals, HTML table and definition list, site boilerplate above it,
mojibake). Printed per variant: copies, copies with a vacancy signal that were refused, and
fields still read right / fields the copy holds (of those read right on the whole notice),
and the mean of each copy's share (a call's dozens of posts would outweigh every other notice).
``--details`` lists every miss. Always exits 0.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.vacancy.variants import VARIANTS, Outcome, baselines, measure  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    bases = baselines()
    total = Outcome()
    for kind in VARIANTS:
        out = measure(kind, bases)
        total.copies += out.copies
        total.present += out.present
        total.right += out.right
        total.refused_with_signal += out.refused_with_signal
        total.per_notice += out.per_notice
        print(
            f"{kind:<15} copies {out.copies:>3}  refused with a signal "
            f"{len(out.refused_with_signal):>2}  fields {out.right:>4}/{out.present:<4} "
            f"{100 * out.share:5.1f}%  per notice {100 * out.notice_share:5.1f}%"
        )
        if args.details:
            for line in out.refused_with_signal + out.misses:
                print("   ", line)
    print(
        f"{'all':<15} copies {total.copies:>3}  refused with a signal "
        f"{len(total.refused_with_signal):>2}  fields {total.right:>4}/{total.present:<4} "
        f"{100 * total.share:5.1f}%  per notice {100 * total.notice_share:5.1f}%"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
