"""Duckling's own Arabic time corpus, run as Duckling runs it.

The strings and the values Duckling expects are in
``corpus/duckling/ar_time.jsonl`` (see corpus/SOURCES.md); issue #3 asks for
80 %. The misses: a weekday named on its own day (Duckling takes the next
week's, tarikh the day itself), a weekday with a day number and no month, a
numeric month and year (``2/2013``), and a range written after its month
(``تموز 13 الى 15``).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from conftest import CORPUS

import tarikh

REFERENCE = dt.datetime(2013, 2, 12, 4, 30)  # Duckling's test context
FLOOR = 0.80


def _rows() -> list[dict[str, Any]]:
    path = CORPUS / "duckling" / "ar_time.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def _reads(row: dict[str, Any]) -> bool:
    found = tarikh.parse_date(row["text"], reference=REFERENCE, prefer="future")
    if found is None:
        return False
    expected: str = row["expected"]
    if len(expected) == len("2013-02"):
        return found.precision == "month" and found.iso() == expected
    return found.iso()[: len(expected)] == expected


def test_duckling_corpus() -> None:
    rows = _rows()
    assert len(rows) == 35  # the corpus as Duckling ships it
    right = sum(_reads(r) for r in rows)
    assert right / len(rows) >= FLOOR, f"{right}/{len(rows)}"


def test_a_weekday_or_today_alone_as_the_whole_text() -> None:
    found = tarikh.parse_date(" الجمعه ", reference=REFERENCE, prefer="future")
    assert found is not None
    assert (found.iso(), found.text, found.relative) == ("2013-02-15", "الجمعه", True)
    found = tarikh.parse_date("الجمعة", reference=REFERENCE)  # the last one
    assert found is not None
    assert found.iso() == "2013-02-08"
    found = tarikh.parse_date("اليوم", reference=REFERENCE)
    assert found is not None
    assert found.iso() == "2013-02-12"
    assert tarikh.find_dates("فلسطين اليوم", reference=REFERENCE) == []
    assert tarikh.find_dates("قال الجمعة", reference=REFERENCE) == []


def test_this_weekday_and_mixed_teen_ordinals() -> None:
    assert tarikh.to_iso("هذا الاثنين", reference=REFERENCE, prefer="future") == (
        "2013-02-18"
    )
    found = tarikh.to_iso("الثالث عشرة من شباط", reference=REFERENCE, prefer="future")
    assert found == "2013-02-13"
