"""Lint of every data table in ``src/tarikh/data`` (STYLE.md section 4).

The raw TOML is read here on purpose: the lint checks what reviewers edit, before
the loader folds it.  Rules:

* months: 12 per system; weekdays: 7 (Monday = 0 ... Sunday = 6); ordinals: 1-31.
* Every spelling is a non-empty string with no outer or double spaces, listed
  once in its row, and normalises to non-empty text.
* Characters.  A spelling is either Arabic or Latin, and a month system is all
  one or the other.  Arabic spellings use the Arabic letters U+0621-U+063A and
  U+0641-U+064A, plus veh and gaf with three dots (used for /v/ and /g/ in
  Maghrebi and Levantine loanwords such as نوڤمبر); spaces where the table is
  made of phrases (months, numbers, grammar words, era markers); ASCII digits
  only in month names (the abbreviations ك2 and ت1); ``.`` only in era markers.
  Latin spellings use Latin letters and ``.`` (``sept.``), and era markers also
  ``-`` and spaces (``ap. J.-C.``).  Persian letters (peh, tcheh, jeh, gaf,
  keheh, Farsi yeh, heh with yeh above) are refused everywhere: normalisation
  does not fold all of them into the Arabic letters, so they would create keys
  that Arabic text never matches.
* Tatweel and harakat are deliberate only as a written variant of a spelling:
  since normalisation drops them, a spelling that carries them is allowed only
  when the same row also lists it without them (``تمّوز`` beside ``تموز``, ``مـ``
  beside ``م``).  Tatweel is further allowed only at the end of a spelling (or
  before a final ``.``), after a letter that joins: the abbreviation and
  clitic convention of ``هـ``, ``مـ`` and ``لـ``.  Inside a word it is page
  noise, which the normaliser handles, never data.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import unicodedata
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

import tarikh
from tarikh._lexicon import DATA_DIR as DATA_DIR_STR
from tarikh._lexicon import LexiconError, lexicon, load_lexicon

DATA_DIR = Path(DATA_DIR_STR)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ARABIC_LETTERS = frozenset(
    [chr(c) for c in range(0x0621, 0x063B)]
    + [chr(c) for c in range(0x0641, 0x064B)]
    + ["\u06a4", "\u06a8"]  # veh, gaf with three dots (Maghrebi)
)
TATWEEL = "\u0640"
HARAKAT = frozenset(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670"}
PERSIAN = frozenset("پچژگکیۀ")
# Letters after which a tatweel cannot be written (they never join the next one).
NOT_LEFT_JOINING = frozenset("ءآأؤإاةدذرزو")
DIGITS = frozenset("0123456789")


def _toml(name: str) -> dict[str, Any]:
    with (DATA_DIR / name).open("rb") as f:
        return tomllib.load(f)


def _is_latin(ch: str) -> bool:
    return ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")


def _is_latin_entry(entry: str) -> bool:
    return any(_is_latin(ch) for ch in entry)


# --- the rows of every table ---------------------------------------------------


Row = tuple[str, str, tuple[str, ...]]  # (table kind, where, spellings)


def _rows() -> Iterator[Row]:
    months = _toml("months.toml")
    for name, system in months["systems"].items():
        for month, names in system["months"].items():
            yield "months", f"months.toml systems.{name}.months.{month}", tuple(names)
    for day, names in _toml("weekdays.toml")["weekdays"].items():
        yield "weekdays", f"weekdays.toml weekdays.{day}", tuple(names)
    for calendar, table in _toml("eras.toml").items():
        yield "eras", f"eras.toml {calendar}.markers", tuple(table["markers"])
    for group, table in _toml("numbers.toml").items():
        for n, names in table.items():
            yield "numbers", f"numbers.toml {group}.{n}", tuple(names)
    for group, table in _toml("words.toml").items():
        yield "words", f"words.toml {group}.words", tuple(table["words"])
    for i, entry in enumerate(_toml("ambiguous.toml")["entry"]):
        yield "ambiguous", f"ambiguous.toml entry {i}", (entry["key"],)


ROWS = list(_rows())
ROW_IDS = [where for _, where, _ in ROWS]

# Characters each kind of table may use, beyond letters of the spelling's script.
ARABIC_EXTRA: dict[str, frozenset[str]] = {
    "months": frozenset(" ") | DIGITS,
    "weekdays": frozenset(),
    "eras": frozenset(" ."),
    "numbers": frozenset(" "),
    "words": frozenset(" "),
    "ambiguous": frozenset(),
}
LATIN_EXTRA: dict[str, frozenset[str]] = {
    "months": frozenset("."),
    "weekdays": frozenset("."),
    "eras": frozenset(".- "),
    "words": frozenset(),
}


def _bare(entry: str) -> str:
    return "".join(ch for ch in entry if ch != TATWEEL and ch not in HARAKAT)


def _entry_problems(kind: str, entry: str, row: tuple[str, ...]) -> list[str]:
    problems: list[str] = []
    if not entry or entry != entry.strip() or "  " in entry:
        problems.append("empty, outer or double space")
    if PERSIAN & set(entry):
        problems.append(f"Persian letters {sorted(PERSIAN & set(entry))}")
    if _is_latin_entry(entry):
        allowed = LATIN_EXTRA.get(kind)
        if allowed is None:
            return [*problems, "Latin spelling in an Arabic-only table"]
        bad = [ch for ch in entry if not _is_latin(ch) and ch not in allowed]
    else:
        allowed = ARABIC_EXTRA[kind] | ARABIC_LETTERS | HARAKAT | {TATWEEL}
        bad = [ch for ch in entry if ch not in allowed]
    if bad:
        names = [f"U+{ord(ch):04X} {unicodedata.name(ch, '?')}" for ch in bad]
        problems.append(f"characters not allowed here: {names}")
    if (TATWEEL in entry or HARAKAT & set(entry)) and _bare(entry) not in row:
        problems.append(f"tatweel/harakat, but {_bare(entry)!r} is not in the row")
    for i, ch in enumerate(entry):
        if ch != TATWEEL:
            continue
        rest = entry[i + 1 :]
        before = entry[i - 1] if i else ""
        if rest not in ("", ".") or before in NOT_LEFT_JOINING or not before:
            problems.append(f"tatweel inside a word at {i}")
    if not tarikh.normalize(entry).strip():
        problems.append("normalises to nothing")
    return problems


def _spoiled() -> list[tuple[str, str]]:
    """Broken spellings made from a real one, each with the fault to report."""
    name = next(
        n
        for system in lexicon().systems
        for names in system.months.values()
        for n in names
        if " " not in n and len(n) > 3 and not _is_latin_entry(n)
    )
    joins = next(i for i, ch in enumerate(name[:-1]) if ch not in NOT_LEFT_JOINING)
    return [
        (name + "\u06cc", "Persian"),  # Farsi yeh
        (name[: joins + 1] + TATWEEL + name[joins + 1 :], "tatweel inside"),
        (name + "\u064e", "is not in the row"),  # a fatha, bare form missing
        (name.replace(name[1], "\u00a0", 1), "not allowed"),
        (" " + name, "outer"),
        (name + "2", "not allowed"),  # digits: months only
        (name + "x", "not allowed"),
    ]


SPOILED = _spoiled()


@pytest.mark.parametrize(
    ("entry", "fault"), SPOILED, ids=[f"{i}-{f}" for i, (_, f) in enumerate(SPOILED)]
)
def test_the_lint_catches_spoiled_spellings(entry: str, fault: str) -> None:
    problems = _entry_problems("weekdays", entry, (entry,))
    assert any(fault in p for p in problems), problems


@pytest.mark.parametrize(("kind", "where", "row"), ROWS, ids=ROW_IDS)
def test_every_spelling_is_clean(kind: str, where: str, row: tuple[str, ...]) -> None:
    problems = [
        f"{entry!r}: {p}" for entry in row for p in _entry_problems(kind, entry, row)
    ]
    assert not problems, f"{where}: {problems}"


@pytest.mark.parametrize(("kind", "where", "row"), ROWS, ids=ROW_IDS)
def test_no_spelling_is_listed_twice_in_a_row(
    kind: str, where: str, row: tuple[str, ...]
) -> None:
    assert kind
    assert len(set(row)) == len(row), f"{where}: {row}"
    assert len({s.casefold() for s in row}) == len(row), f"{where}: {row}"


def _all_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _all_strings(item)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _all_strings(v)


@pytest.mark.parametrize(
    "path", sorted(DATA_DIR.glob("*.toml")), ids=lambda p: str(p.name)
)
def test_no_persian_letter_in_any_table(path: Path) -> None:
    with path.open("rb") as f:
        data = tomllib.load(f)
    found = [s for s in _all_strings(data) if PERSIAN & set(s)]
    assert not found, f"{path.name}: Persian letters in {found}"


def test_every_table_is_linted() -> None:
    linted = {"months.toml", "weekdays.toml", "eras.toml", "numbers.toml"}
    linted |= {"words.toml", "ambiguous.toml", "regions.toml", "dateline.toml"}
    linted |= {"relative.toml", "time.toml", "zones.toml", "holidays.toml"}
    linted |= {"article.toml"}
    assert {p.name for p in DATA_DIR.glob("*.toml")} <= linted


def test_dateline_word_lists() -> None:
    table = _toml("dateline.toml")
    assert set(table) == {
        "outlet_words",
        "byline",
        "story_verbs",
        "date_prefix",
        "not_places",
        "page_labels",
        "shared_names",
        "exclusive",
        "source_label",
        "renaming",
        "bureau",
        "place_title",
        "settlement",
        "subjects",
        "function_words",
        "domains",
        "date_labels",
        "editor_label",
        "region_names",
        "kunya",
        "name_links",
    }
    for name, group in table.items():
        words = group["words"]
        assert words, name
        assert all(w == w.strip() and w for w in words), name
        keys = [tarikh.normalize(w) for w in words]
        assert len(keys) == len(set(keys)), f"{name}: two words fold to one key"


def test_article_table() -> None:
    table = _toml("article.toml")
    assert set(table) == {"published", "updated", "site", "noise", "breadcrumb"}
    labels = [
        tarikh.normalize(w)
        for group in ("published", "updated")
        for w in table[group]["labels"]
    ]
    assert len(labels) == len(set(labels)), "a label twice, or both kinds"
    noise = [tarikh.normalize(w) for w in table["noise"]["words"]]
    assert len(noise) == len(set(noise)), "two share buttons fold to one key"
    # no share button is a word a date line or a dateline needs
    assert not set(noise) & set(labels)
    assert all(not tarikh.find_dates(w) for w in table["noise"]["words"])


def test_time_table() -> None:
    table = _toml("time.toml")
    assert set(table) == {"prefix", "periods", "hours", "fractions", "date_link"}
    assert set(table["date_link"]) == {"plain", "am", "pm"}
    links = [tarikh.normalize(w) for ws in table["date_link"].values() for w in ws]
    assert len(links) == len(set(links)), "a date link in two groups, or twice"
    assert sorted(int(n) for n in table["hours"]) == list(range(1, 13))
    assert all(-59 <= int(n) <= 59 for n in table["fractions"])
    for group in ("hours", "fractions"):
        words = [tarikh.normalize(w) for ws in table[group].values() for w in ws]
        assert len(words) == len(set(words)), group
    assert set(table["periods"]) == {"am", "pm", "night"}
    keys = [tarikh.normalize(w) for words in table["periods"].values() for w in words]
    assert len(keys) == len(set(keys)), "a day period in two groups, or twice"


def test_zone_table_names_real_zones() -> None:
    from zoneinfo import ZoneInfo

    table = _toml("zones.toml")
    assert set(table) == {"prefix", "zones", "standalone", "local"}
    for name in [*table["zones"], *table["standalone"]]:
        assert ZoneInfo(name).key == name
    keys = [tarikh.normalize(w) for words in table["zones"].values() for w in words]
    assert len(keys) == len(set(keys)), "one spelling names two zones"


def test_holidays_are_real_days() -> None:
    table = _toml("holidays.toml")
    for name, feast in table.items():
        assert feast["calendar"] in ("hijri", "gregorian"), name
        assert 1 <= feast["month"] <= 12, name
        assert 1 <= feast["day"] <= 29, name  # every month has a day 29
        assert feast["names"], name


def test_relative_table() -> None:
    table = _toml("relative.toml")
    sections = {"days", "today", "directions", "units", "sides", "periods"}
    assert set(table) == sections | {"weekday_alone", "day_parts", "now"}
    assert table["now"]["words"]
    assert set(table["day_parts"]) == {"am", "pm", "night"}
    assert set(table["weekday_alone"]) == {"before"}
    assert set(table["sides"]) == {"past", "future"}
    assert set(table["periods"]) == {"week", "month", "year"}
    assert all(int(n) in range(-7, 8) for n in table["days"])
    assert set(table["directions"]) == {"past", "future"}
    units = {"second", "minute", "hour", "day", "week", "month", "year"}
    assert set(table["units"]) == units
    keys: list[str] = []
    for unit, forms in table["units"].items():
        assert set(forms) == {"singular", "dual", "plural"}, unit
        keys += [tarikh.normalize(w) for words in forms.values() for w in words]
    assert len(keys) == len(set(keys)), "two unit forms fold to one key"


def test_region_lists_are_country_codes() -> None:
    regions = _toml("regions.toml")
    babel = pytest.importorskip("babel")
    territories = babel.Locale.parse("en").territories
    nisba = regions.pop("nisba")
    for name, table in regions.items():
        countries = table["countries"]
        assert countries == sorted(set(countries)), name
        assert all(re.fullmatch("[A-Z]{2}", c) and c in territories for c in countries)
        assert table["source"].startswith("https://"), name
    assert set(nisba) <= set(regions["arab_world"]["countries"])
    keys = [tarikh.normalize(w) for words in nisba.values() for w in words]
    assert len(keys) == len(set(keys)), "one adjective for two countries"


# --- the shape of each table ---------------------------------------------------


def test_month_systems_have_twelve_months() -> None:
    months = _toml("months.toml")
    assert sorted(months["order"]) == sorted(months["systems"])
    for name, system in months["systems"].items():
        assert system["calendar"] in ("gregorian", "hijri"), name
        assert sorted(int(k) for k in system["months"]) == list(range(1, 13)), name


def test_a_month_system_is_written_in_one_script() -> None:
    for name, system in _toml("months.toml")["systems"].items():
        scripts = {
            _is_latin_entry(entry)
            for names in system["months"].values()
            for entry in names
        }
        assert len(scripts) == 1, f"{name} mixes Latin and Arabic spellings"


def test_no_two_months_of_a_calendar_share_a_key() -> None:
    seen: dict[tuple[str, str], tuple[str, int]] = {}
    clashes: list[str] = []
    for name, system in _toml("months.toml")["systems"].items():
        for month, names in system["months"].items():
            for entry in names:
                slot = (system["calendar"], tarikh.normalize(entry).strip())
                first = seen.setdefault(slot, (name, int(month)))
                if first[1] != int(month):
                    clashes.append(f"{entry!r}: {name} {month} and {first}")
    assert not clashes


def test_weekdays_are_seven() -> None:
    weekdays = _toml("weekdays.toml")["weekdays"]
    assert sorted(int(k) for k in weekdays) == list(range(7))
    assert set(lexicon().weekdays) == set(range(7))


def test_ordinals_cover_every_day_of_a_month() -> None:
    ordinals = _toml("numbers.toml")["ordinals"]
    assert sorted(int(k) for k in ordinals) == list(range(1, 32))
    assert set(lexicon().ordinals) == set(range(1, 32))


def test_eras_name_both_calendars() -> None:
    eras = _toml("eras.toml")
    assert set(eras) == {"gregorian", "hijri"}
    assert all(eras[c]["markers"] for c in eras)


def _slug(heading: str) -> str:
    """GitHub's anchor for a Markdown heading."""
    slug = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return slug.replace(" ", "-")


def test_every_source_anchor_exists() -> None:
    sources = (DATA_DIR / "SOURCES.md").read_text("utf-8")
    anchors = {
        _slug(line[3:]) for line in sources.splitlines() if line.startswith("## ")
    }
    for name, system in _toml("months.toml")["systems"].items():
        file, _, anchor = system["source"].partition("#")
        assert file == "SOURCES.md", name
        assert anchor in anchors, f"{name}: #{anchor} is not a heading of SOURCES.md"


def test_ambiguous_entries_match_the_lexicon() -> None:
    lex = lexicon()
    for entry in _toml("ambiguous.toml")["entry"]:
        key = tarikh.normalize(entry["key"]).strip()
        assert key in lex.words, f"{entry['key']!r} is in no table"
        meanings = {w.meaning() for w in lex.meanings[key]}
        assert set(entry["meanings"]) == meanings, entry["key"]
        assert entry["rule"]
        assert entry["why"]


# --- the loader refuses broken copies ------------------------------------------


def _value(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _dump(data: Mapping[str, Any], prefix: str = "") -> str:
    """Write a TOML document of tables, strings and lists of strings."""
    lines: list[str] = []
    tables: list[tuple[str, Mapping[str, Any]]] = []
    for k, v in data.items():
        if isinstance(v, Mapping):
            tables.append((f"{prefix}{_value(k)}", v))
        else:
            lines.append(f"{_value(k)} = {_value(v)}")
    for name, table in tables:
        lines += ["", f"[{name}]", _dump(table, f"{name}.")]
    return "\n".join(lines) + "\n"


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of the data folder, with months and weekdays rewritten by `_dump`."""
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    for name in ("months.toml", "weekdays.toml"):
        (copy / name).write_text(_dump(_toml(name)), "utf-8")
    return copy


def test_a_faithful_copy_loads(data_copy: Path) -> None:
    copy = load_lexicon(data_copy)
    assert dict(copy.words) == dict(lexicon().words)


def test_a_weekday_spelled_like_a_month_is_refused(data_copy: Path) -> None:
    lex = lexicon()
    month = next(
        name
        for system in lex.systems
        for names in system.months.values()
        for name in names
        if tarikh.normalize(name).strip() not in lex.ambiguous
    )
    weekdays = _toml("weekdays.toml")
    weekdays["weekdays"]["0"] = [*weekdays["weekdays"]["0"], month]
    (data_copy / "weekdays.toml").write_text(_dump(weekdays), "utf-8")
    with pytest.raises(LexiconError, match=r"ambiguous\.toml"):
        load_lexicon(data_copy)


def test_a_system_with_eleven_months_is_refused(data_copy: Path) -> None:
    months = _toml("months.toml")
    first = months["order"][0]
    del months["systems"][first]["months"]["12"]
    (data_copy / "months.toml").write_text(_dump(months), "utf-8")
    with pytest.raises(LexiconError, match="12 months"):
        load_lexicon(data_copy)
