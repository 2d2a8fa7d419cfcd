"""Real datelines and held-out place names: tuned on dev, measured on held-out."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from conftest import CORPUS

import tarikh
from tarikh._places import key, places

DATELINES = CORPUS / "datelines"

# The four dateline shapes the held-out places are read in.
SHAPES = [
    "{place}-أ ف ب: قال مسؤول",
    "{place} - (رويترز) - أعلنت الحكومة",
    "{place}/ الأناضول",
    "{place} 12 سبتمبر 2025 (شينخوا) -- قال",
]


def _rows(name: str) -> list[dict[str, Any]]:
    path = DATELINES / name
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]


CODES = {row.code for row in places().sources.values()}


def _right(row: dict[str, Any]) -> bool:
    """Place and source both right.

    A source the table does not know is right when it comes back as written,
    with kind "unknown", as DESIGN.md asks.
    """
    expected = row["expected"]
    ref = dt.date.fromisoformat(row["reference"])
    found = tarikh.parse_dateline(row["text"], reference=ref)
    if found is None:
        return expected["location"] is None and expected["source_code"] is None
    where = found.location
    # A dateline naming only a country (قطر/ نبأ-) has no city: the corpus
    # gives the country alone; a Location of kind "country" says the same.
    country_only = (
        where is not None
        and where.kind == "country"
        and where.country == expected["country"]
    )
    place_ok = (
        where is None or country_only
        if expected["location"] is None
        else where is not None
        and where.name == expected["location"]
        and (expected["country"] is None or where.country == expected["country"])
    )
    code, source = expected["source_code"], found.source
    if code is None:
        source_ok = source is None
    elif code in CODES:
        source_ok = source is not None and source.code == code
    else:
        source_ok = (
            source is not None
            and source.kind == "unknown"
            and key(source.name_ar) == key(expected["source_text"] or "")
        )
    return place_ok and source_ok


@pytest.mark.parametrize("split", ["dev.jsonl", "heldout.jsonl"])
def test_rows_are_well_formed(split: str) -> None:
    rows = _rows(split)
    assert len(rows) >= 40
    for row in rows:
        assert set(row) == {"id", "text", "reference", "expected", "source", "note"}
        assert row["source"].startswith("http")


def test_splits_share_no_site() -> None:
    def sites(split: str) -> set[str]:
        return {r["source"].split("/")[2] for r in _rows(split)}

    assert not sites("dev.jsonl") & sites("heldout.jsonl")


# The target DESIGN.md sets: 90 % (issue #4), reached (110 of 122).
HELD_OUT_FLOOR = 0.90


def test_held_out_datelines_place_and_source_right() -> None:
    rows = _rows("heldout.jsonl")
    right = [r["id"] for r in rows if _right(r)]
    assert len(right) / len(rows) >= HELD_OUT_FLOOR, f"{len(right)}/{len(rows)}"


def test_held_out_places_resolve_in_four_shapes_for_97_percent() -> None:
    places = _rows("places_heldout.jsonl")
    assert len(places) >= 172
    total = right = 0
    for row in places:
        for shape in SHAPES:
            found = tarikh.parse_dateline(
                shape.format(place=row["name_ar"]), reference=dt.date(2026, 1, 1)
            )
            total += 1
            where = found.location if found else None
            if where is None:
                continue
            if "geonameid" in row:
                right += where.geonameid == row["geonameid"]
            else:
                right += (where.name, where.country) == (row["name"], row["country"])
    assert right / total >= 0.97, f"{right}/{total}"
