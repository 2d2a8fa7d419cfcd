"""Throughput of ``parse_dateline`` on real story openings, against dateparser.

    python benchmarks/bench_dateline.py [--quick] [--json]

Strings: the ``text`` of every row of the dev dateline corpus
(``tests/corpus/datelines/dev.jsonl``): real openings of Arabic news stories
(the dateline and the story's first sentence) and end credits, each distinct.

No other library reads datelines, so the peer is what a pipeline would call
without tarikh to get at least the date out of an opening:
``dateparser.search.search_dates(text, languages=['ar'])``.  tarikh reads the
place, the source, the reporter and the date in one call.  The two take turns
over the same blocks of strings (as in ``bench_parse.py``), so a drift in the
machine's load favours neither; the ratio compares the two means.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import dateparser.search
from bench_parse import interleaved, timed

import tarikh

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "corpus" / "datelines" / "dev.jsonl"


def openings() -> list[str]:
    """The dev corpus's texts, in file order, without repeats."""
    texts: dict[str, None] = {}
    for line in DEV.read_text("utf-8").splitlines():
        if line.strip():
            texts.setdefault(json.loads(line)["text"], None)
    return list(texts)


def _tarikh(s: str) -> int:
    return int(tarikh.parse_dateline(s) is not None)


def _dateparser(s: str) -> int:
    return int(bool(dateparser.search.search_dates(s, languages=["ar"])))


@dataclass
class Results:
    strings: int
    mean_chars: float
    tarikh_us: float  # parse_dateline, µs a string
    dateparser_us: float  # search_dates, µs a string
    ratio: float  # dateparser / tarikh
    tarikh_found: int  # strings with a dateline read
    dateparser_found: int  # strings with any date found
    tarikh_per_second: float


def run(n: int | None, chunk: int) -> Results:
    texts = openings()
    warm, texts = texts[:20], texts[20:]
    if n is not None:
        texts = texts[:n]
    for s in warm:  # loads the tables, the lexicon and dateparser's Arabic data
        _tarikh(s)
        _dateparser(s)
    (t_tk, found_tk), (t_dp, found_dp) = interleaved(texts, chunk, _tarikh, _dateparser)
    # A second pass of tarikh alone, to report its own rate without the
    # interleaving's cache churn; the ratio above is the like-for-like figure.
    t_alone, _ = timed(_tarikh, texts)
    us = 1e6
    return Results(
        strings=len(texts),
        mean_chars=sum(len(s) for s in texts) / len(texts),
        tarikh_us=t_tk / len(texts) * us,
        dateparser_us=t_dp / len(texts) * us,
        ratio=t_dp / t_tk,
        tarikh_found=found_tk,
        dateparser_found=found_dp,
        tarikh_per_second=len(texts) / t_alone,
    )


def table(r: Results) -> str:
    rows = [
        ("measure", "tarikh", "dateparser", "ratio"),
        (
            f"{r.strings} openings, mean {r.mean_chars:.0f} chars (µs/string)",
            f"{r.tarikh_us:.1f}",
            f"{r.dateparser_us:.1f}",
            f"{r.ratio:.1f}x",
        ),
        (
            "  strings read (a dateline / any date)",
            str(r.tarikh_found),
            str(r.dateparser_found),
            "",
        ),
        ("  tarikh alone, strings a second", f"{r.tarikh_per_second:,.0f}", "", ""),
    ]
    widths = [max(len(row[k]) for row in rows) for k in range(4)]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if k == 0 else cell.rjust(w)
            for k, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 openings")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--chunk", type=int, default=100, help="block size")
    args = parser.parse_args(argv)
    results = run(200 if args.quick else None, args.chunk)
    print(json.dumps(asdict(results), indent=2) if args.json else table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
