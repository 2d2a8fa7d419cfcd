"""How many corpus date strings tarikh and dateparser read right.

    python benchmarks/bench_accuracy.py [--json] [--failures]

For each split (``tests/corpus/heldout/*.jsonl``, then ``dev``), a row counts
as right when the date part of the first result equals ``expected``: the ISO
date, or its first seven characters (``YYYY-MM``) when ``expected`` has month
precision.  The same rule is applied to every parser:

* tarikh: ``tarikh.parse_date(text, reference=reference)``;
* dateparser: ``dateparser.parse(text, languages=['ar'],
  settings={'RELATIVE_BASE': reference})``, which reads a whole string as one
  date and does not search inside it;
* dateparser search: the first result of ``dateparser.search.search_dates(text,
  languages=['ar'], settings={'RELATIVE_BASE': reference})``.

``right`` is recall (right / rows); ``precision`` is right / rows with a result.
tarikh's ``DateMatch.iso()`` cut to the length of ``expected`` (the corpus test)
is printed too.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path

import dateparser
import dateparser.search

import tarikh

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    reference: date
    expected: str


def rows(split: str) -> list[Row]:
    out: list[Row] = []
    for path in sorted((CORPUS / split).glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                raw = json.loads(line)
                out.append(
                    Row(
                        id=str(raw["id"]),
                        text=str(raw["text"]),
                        reference=date.fromisoformat(str(raw["reference"])),
                        expected=str(raw["expected"]),
                    )
                )
    return out


def _date_part(value: date | None) -> str | None:
    return None if value is None else value.isoformat()[:10]


def read_tarikh(row: Row) -> str | None:
    found = tarikh.parse_date(row.text, reference=row.reference)
    return None if found is None else _date_part(found.value)


def _base(row: Row) -> dict[str, datetime]:
    return {"RELATIVE_BASE": datetime.combine(row.reference, datetime.min.time())}


def read_dateparser(row: Row) -> str | None:
    found = dateparser.parse(row.text, languages=["ar"], settings=_base(row))
    return _date_part(found) if isinstance(found, datetime) else None


def read_search(row: Row) -> str | None:
    found = dateparser.search.search_dates(
        row.text, languages=["ar"], settings=_base(row)
    )
    if not found:
        return None
    value = found[0][1]
    return _date_part(value) if isinstance(value, datetime) else None


def tarikh_iso(row: Row) -> bool:
    found = tarikh.parse_date(row.text, reference=row.reference)
    # The date part of iso(): a time read after the date is not scored here.
    return found is not None and found.iso()[: len(row.expected)] == row.expected


READERS: dict[str, Callable[[Row], str | None]] = {
    "tarikh": read_tarikh,
    "dateparser.parse": read_dateparser,
    "dateparser search_dates[0]": read_search,
}


@dataclass
class Score:
    split: str
    parser: str
    rows: int
    right: int = 0
    answered: int = 0
    errors: int = 0
    misses: list[tuple[str, str, str | None]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.right / self.rows if self.rows else 0.0

    @property
    def precision(self) -> float:
        return self.right / self.answered if self.answered else 0.0


def score(split: str, name: str, read: Callable[[Row], str | None]) -> Score:
    data = rows(split)
    result = Score(split, name, len(data))
    for row in data:
        try:
            got = read(row)
        except Exception as exc:  # a crash counts as a wrong answer
            result.errors += 1
            result.misses.append((row.id, row.expected, f"error: {exc!r}"))
            continue
        if got is None:
            result.misses.append((row.id, row.expected, None))
            continue
        result.answered += 1
        if got[: len(row.expected)] == row.expected:
            result.right += 1
        else:
            result.misses.append((row.id, row.expected, got))
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--failures", action="store_true", help="list wrong rows")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")  # dateparser's deprecation chatter
    scores: list[Score] = []
    iso_right: dict[str, int] = {}
    for split in ("heldout", "dev"):
        for name, read in READERS.items():
            scores.append(score(split, name, read))
        iso_right[split] = sum(tarikh_iso(r) for r in rows(split))
    if args.json:
        out = [
            {
                **{k: v for k, v in asdict(s).items() if k != "misses"},
                "recall": s.recall,
                "precision": s.precision,
                **({"misses": s.misses} if args.failures else {}),
            }
            for s in scores
        ]
        print(json.dumps({"scores": out, "tarikh_iso_exact": iso_right}, indent=2))
        return 0
    head = ("split", "parser", "right", "of", "right %", "precision %", "errors")
    table = [head] + [
        (
            s.split,
            s.parser,
            str(s.right),
            str(s.rows),
            f"{100 * s.recall:.1f}",
            f"{100 * s.precision:.1f}",
            str(s.errors),
        )
        for s in scores
    ]
    widths = [max(len(r[i]) for r in table) for i in range(len(head))]
    for r in table:
        print(
            "  ".join(
                [r[0].ljust(widths[0]), r[1].ljust(widths[1])]
                + [r[i].rjust(widths[i]) for i in range(2, len(head))]
            )
        )
    for split, right in iso_right.items():
        n = len(rows(split))
        print(
            f"tarikh iso() == expected, {split}: {right}/{n} ({100 * right / n:.1f}%)"
        )
    if args.failures:
        for s in scores:
            for row_id, expected, got in s.misses:
                print(f"  miss {s.split:7} {s.parser:26} {row_id:24} {expected} {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
