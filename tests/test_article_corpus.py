"""parse_article on real scraped pages (tests/corpus/articles, each with its URL).

Two batches: ``pages.jsonl`` was read while the article reader was tuned;
``pages2.jsonl`` was first read as it came in (published 21/24, dateline
18/24), then the reader was tuned on it too.  The floors guard what it
reaches, published date and dateline apart.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from conftest import CORPUS

import tarikh

BATCHES = ("pages.jsonl", "pages2.jsonl")


def _rows() -> list[dict[str, Any]]:
    rows = []
    for name in BATCHES:
        text = (CORPUS / "articles" / name).read_text("utf-8")
        rows += [json.loads(line) for line in text.splitlines() if line]
    return rows


def _read(row: dict[str, Any]) -> tarikh.Article:
    ref = dt.date.fromisoformat(row["reference"])
    return tarikh.parse_article(row["text"], reference=ref, url=row["url"])


def _published_right(row: dict[str, Any], article: tarikh.Article) -> bool:
    want = row["expected"]["published"]
    if want is None:
        return article.published is None
    return article.published is not None and article.published.iso().startswith(want)


def _dateline_right(row: dict[str, Any], article: tarikh.Article) -> bool:
    exp, line = row["expected"], article.dateline
    where = line.location.name if line and line.location else None
    # a reporter's own site (STAFF) has no source written: name_ar is empty
    source = line.source.name_ar if line and line.source else None
    written = " ".join(source.split()) if source else None
    want = exp["dateline_source_text"]
    return where == exp["dateline_location"] and written == (
        " ".join(want.split()) if want else None
    )


def test_rows_are_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 50
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert set(row) == {"id", "text", "url", "reference", "expected", "note"}
        assert row["url"].startswith("http")
        assert set(row["expected"]) == {
            "published",
            "dateline_location",
            "dateline_source_text",
        }


@pytest.mark.parametrize(
    ("what", "right", "floor"),
    [("published", _published_right, 0.83), ("dateline", _dateline_right, 0.77)],
)
def test_real_pages(what: str, right: Any, floor: float) -> None:
    rows = _rows()
    hits = [r["id"] for r in rows if right(r, _read(r))]
    assert len(hits) / len(rows) >= floor, f"{what}: {len(hits)}/{len(rows)}"


def test_every_span_points_into_the_page() -> None:
    for row in _rows():
        article = _read(row)
        for m in (article.published, *article.dates):
            if m is not None:
                assert row["text"][m.span[0] : m.span[1]] == m.text, row["id"]
        if article.dateline is not None:
            a, b = article.dateline.span
            assert row["text"][a:b] == article.dateline.text, row["id"]
