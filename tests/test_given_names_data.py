"""The reviewed table of given names, ``given_names.tsv``.

Each row cites a page crediting a writer of that name; none of those pages is
a page of the dateline corpus, so the corpus still measures the rule that uses
the table on names it was not built from.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import CORPUS

from tarikh._lexicon import DATA_DIR
from tarikh._places import _rows, key

NAMES = Path(DATA_DIR) / "given_names.tsv"
COLUMNS = ("name_ar", "gender", "common_word", "source")
ARABIC_LETTERS = frozenset(
    [chr(c) for c in range(0x0621, 0x063B)] + [chr(c) for c in range(0x0641, 0x064B)]
)


def _names() -> list[dict[str, str]]:
    return _rows("given_names.tsv", COLUMNS, DATA_DIR)


def _host(url: str) -> str:
    return url.split("/")[2].lower().rstrip(".").removeprefix("www.")


def test_rows_are_well_formed() -> None:
    rows = _names()
    assert len(rows) >= 250
    seen: set[str] = set()
    for row in rows:
        name = row["name_ar"]
        assert name == name.strip(), row
        assert "  " not in name, row
        assert set(name) <= ARABIC_LETTERS | {" "}, row
        assert row["gender"] in ("m", "f"), row
        assert row["common_word"] in ("yes", "no"), row
        assert row["source"].startswith(("https://", "http://")), row
        assert key(name) not in seen, f"listed twice once normalised: {row}"
        seen.add(key(name))


def test_the_header_says_where_the_names_come_from() -> None:
    head = NAMES.read_text("utf-8").split("\nname_ar\t", 1)[0]
    assert "SOURCES.md#given-names" in head


def test_no_name_is_sourced_from_the_dateline_corpus() -> None:
    hosts = set()
    for split in ("dev.jsonl", "heldout.jsonl"):
        text = (CORPUS / "datelines" / split).read_text("utf-8")
        hosts |= {
            _host(json.loads(line)["source"]) for line in text.splitlines() if line
        }
    cited = {_host(row["source"]) for row in _names()}
    assert not cited & hosts, sorted(cited & hosts)
