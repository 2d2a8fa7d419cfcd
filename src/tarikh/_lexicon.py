"""The lexicon: data files in ``tarikh/data`` read into frozen, checked lookups.

No other module reads a data file.  Every key goes through the same
normalisation as the input text, so a table lists each spelling once for all
its hamza, tatweel and diacritic variants.  Loading happens on first use.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any, Literal, NamedTuple

from ._normalize import normalize_with_offsets

__all__ = [
    "DATA_DIR",
    "Lexicon",
    "LexiconError",
    "MonthName",
    "MonthSystem",
    "Word",
    "WordKind",
    "key",
    "lexicon",
    "load_lexicon",
    "read_toml",
]

# A str, not a pathlib.Path: importing pathlib would double the import time.
DATA_DIR = os.path.join(os.path.dirname(__file__), "data")

WordKind = Literal[
    "month",
    "weekday",
    "era",
    "ordinal",
    "cardinal",
    "concordance",
    "weekday_prefix",
    "ordinal_link",
    "year_prefix",
    "day_suffix",
    "range_link",
]
HijriOrGregorian = Literal["gregorian", "hijri"]

# When one key has several meanings (listed in ambiguous.toml), the scanner
# reads it as the first kind here; the grammar settles the rest.
_PRIORITY: tuple[WordKind, ...] = (
    "month",
    "weekday",
    "era",
    "concordance",
    "ordinal",
    "ordinal_link",
    "weekday_prefix",
    "year_prefix",
    "day_suffix",
    "range_link",
    "cardinal",
)


_GRAMMAR_GROUPS: tuple[WordKind, ...] = (
    "concordance",
    "weekday_prefix",
    "ordinal_link",
    "year_prefix",
    "day_suffix",
    "range_link",
)


class LexiconError(ValueError):
    """A data file breaks the lexicon's schema or rules."""


class MonthName(NamedTuple):
    """The meaning of a month name: calendar, month number and systems."""

    calendar: HijriOrGregorian
    month: int
    systems: tuple[str, ...]

    @property
    def system(self) -> str:
        """The first system (in ``months.toml`` order) that spells it so."""
        return self.systems[0]


class Word(NamedTuple):
    """The meaning of one normalised lexicon key."""

    kind: WordKind
    month: MonthName | None = None
    number: int = 0  # weekday (Monday = 0), ordinal or cardinal value
    calendar: HijriOrGregorian | None = None  # for era markers

    def meaning(self) -> str:
        """A short id of the meaning, as ``ambiguous.toml`` writes it."""
        if self.month is not None:
            return f"month:{self.month.calendar}:{self.month.month}"
        if self.kind == "era":
            return f"era:{self.calendar}"
        if self.kind in ("weekday", "ordinal", "cardinal"):
            return f"{self.kind}:{self.number}"
        return self.kind


class MonthSystem(NamedTuple):
    """One month system as written in ``months.toml`` (spellings as listed)."""

    name: str
    calendar: HijriOrGregorian
    regions: tuple[str, ...]
    source: str
    months: Mapping[int, tuple[str, ...]]


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity
class Lexicon:
    """Every table, checked; ``words`` maps normalised keys to their meaning."""

    systems: tuple[MonthSystem, ...]
    weekdays: Mapping[int, tuple[str, ...]]
    eras: Mapping[str, tuple[str, ...]]
    ordinals: Mapping[int, tuple[str, ...]]
    cardinals: Mapping[int, tuple[str, ...]]
    grammar_words: Mapping[WordKind, tuple[str, ...]]
    words: Mapping[str, Word]
    meanings: Mapping[str, tuple[Word, ...]]
    ambiguous: Mapping[str, str]  # key -> the rule that settles it

    def system(self, name: str) -> MonthSystem:
        """Return the month system called ``name``."""
        for system in self.systems:
            if system.name == name:
                return system
        raise KeyError(name)


def key(text: str) -> str:
    """A look-up key: normalised, single-spaced, stripped.

    >>> key("القدس  المحتلّة")
    'القدس المحتله'
    """
    return " ".join(normalize_with_offsets(text).text.split())


def read_toml(data_dir: str | os.PathLike[str], name: str) -> dict[str, Any]:
    """Read one TOML table of the data folder (on first use: tomllib is slow to import).

    Raises:
        LexiconError: If the file cannot be read or parsed.
    """
    if sys.version_info >= (3, 11):  # pragma: no cover - version switch
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        with open(os.path.join(data_dir, name), "rb") as f:
            return tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        msg = f"cannot read {name}: {exc}"
        raise LexiconError(msg) from exc


def _strings(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        msg = f"{where}: expected a non-empty list of strings"
        raise LexiconError(msg)
    out: list[str] = []
    for item in value:
        if not isinstance(item, str) or not item or item != item.strip():
            msg = f"{where}: bad entry {item!r}"
            raise LexiconError(msg)
        out.append(item)
    if len(set(out)) != len(out):
        msg = f"{where}: duplicate entries"
        raise LexiconError(msg)
    return tuple(out)


def _numbered(
    table: object, where: str, lo: int, hi: int
) -> dict[int, tuple[str, ...]]:
    if not isinstance(table, dict):
        msg = f"{where}: expected a table"
        raise LexiconError(msg)
    out: dict[int, tuple[str, ...]] = {}
    for k, v in table.items():
        if not k.isdigit() or not lo <= int(k) <= hi:
            msg = f"{where}: key {k!r} is not a number from {lo} to {hi}"
            raise LexiconError(msg)
        out[int(k)] = _strings(v, f"{where}.{k}")
    return out


def _month_systems(data: dict[str, Any]) -> tuple[MonthSystem, ...]:
    order = _strings(data.get("order"), "months.toml: order")
    tables = data.get("systems")
    if not isinstance(tables, dict) or set(tables) != set(order):
        msg = "months.toml: `order` must name every table of [systems] once"
        raise LexiconError(msg)
    systems: list[MonthSystem] = []
    for name in order:
        t = tables[name]
        where = f"months.toml: systems.{name}"
        calendar = t.get("calendar")
        if calendar not in ("gregorian", "hijri"):
            msg = f"{where}: calendar must be 'gregorian' or 'hijri'"
            raise LexiconError(msg)
        months = _numbered(t.get("months"), f"{where}.months", 1, 12)
        if len(months) != 12:  # noqa: PLR2004 - twelve months
            msg = f"{where}: needs exactly 12 months, has {len(months)}"
            raise LexiconError(msg)
        regions = t.get("regions", [])
        source = t.get("source")
        if not isinstance(source, str) or not isinstance(regions, list):
            msg = f"{where}: needs `source` and `regions`"
            raise LexiconError(msg)
        systems.append(
            MonthSystem(
                name=name,
                calendar=calendar,
                regions=tuple(str(r) for r in regions),
                source=source,
                months=MappingProxyType(dict(sorted(months.items()))),
            )
        )
    return tuple(systems)


def _month_words(systems: tuple[MonthSystem, ...]) -> list[tuple[str, Word]]:
    merged: dict[tuple[str, str, int], list[str]] = {}
    for system in systems:
        for month, names in system.months.items():
            for name in names:
                slot = merged.setdefault((key(name), system.calendar, month), [])
                if system.name not in slot:
                    slot.append(system.name)
    out: list[tuple[str, Word]] = []
    for (name, calendar, month), spelled_by in merged.items():
        cal: HijriOrGregorian = "hijri" if calendar == "hijri" else "gregorian"
        meaning = MonthName(cal, month, tuple(spelled_by))
        out.append((name, Word("month", month=meaning)))
    return out


@cache
def load_lexicon(data_dir: str | os.PathLike[str] = DATA_DIR) -> Lexicon:
    """Read and check every table in ``data_dir`` (cached per directory).

    Raises:
        LexiconError: If a table breaks the schema, or one key has two meanings
            that ``ambiguous.toml`` does not list.
    """
    systems = _month_systems(read_toml(data_dir, "months.toml"))
    weekdays = _numbered(
        read_toml(data_dir, "weekdays.toml").get("weekdays"), "weekdays.toml", 0, 6
    )
    eras_raw = read_toml(data_dir, "eras.toml")
    eras = {
        cal: _strings(eras_raw.get(cal, {}).get("markers"), f"eras.toml: {cal}")
        for cal in ("gregorian", "hijri")
    }
    numbers = read_toml(data_dir, "numbers.toml")
    ordinals = _numbered(numbers.get("ordinals"), "numbers.toml: ordinals", 1, 31)
    cardinals = _numbered(numbers.get("cardinals"), "numbers.toml: cardinals", 0, 1000)
    words_raw = read_toml(data_dir, "words.toml")
    grammar_words = {
        group: _strings(words_raw.get(group, {}).get("words"), f"words.toml: {group}")
        for group in _GRAMMAR_GROUPS
    }
    ambiguous: dict[str, str] = {}
    for i, entry in enumerate(read_toml(data_dir, "ambiguous.toml").get("entry", [])):
        listed, rule = entry.get("key"), entry.get("rule")
        if not isinstance(listed, str) or not isinstance(rule, str):
            msg = f"ambiguous.toml: entry {i} needs `key` and `rule`"
            raise LexiconError(msg)
        ambiguous[key(listed)] = rule

    pairs = _month_words(systems)
    for day, names in weekdays.items():
        pairs += [(key(n), Word("weekday", number=day)) for n in names]
    for cal, markers in eras.items():
        era: HijriOrGregorian = "hijri" if cal == "hijri" else "gregorian"
        pairs += [(key(m), Word("era", calendar=era)) for m in markers]
    for n, names in ordinals.items():
        pairs += [(key(s), Word("ordinal", number=n)) for s in names]
    for n, names in cardinals.items():
        pairs += [(key(s), Word("cardinal", number=n)) for s in names]
    for group in _GRAMMAR_GROUPS:
        pairs += [(key(w), Word(group)) for w in grammar_words[group]]

    meanings: dict[str, list[Word]] = {}
    for name, word in pairs:
        found = meanings.setdefault(name, [])
        if word not in found:
            found.append(word)
    words: dict[str, Word] = {}
    for name, found in meanings.items():
        if len({w.meaning() for w in found}) > 1 and name not in ambiguous:
            listed = ", ".join(sorted(w.meaning() for w in found))
            msg = f"{name!r} means {listed}: list it in ambiguous.toml"
            raise LexiconError(msg)
        words[name] = min(found, key=lambda w: _PRIORITY.index(w.kind))
    return Lexicon(
        systems=systems,
        weekdays=MappingProxyType(weekdays),
        eras=MappingProxyType(eras),
        ordinals=MappingProxyType(ordinals),
        cardinals=MappingProxyType(cardinals),
        grammar_words=MappingProxyType(grammar_words),
        words=MappingProxyType(words),
        meanings=MappingProxyType({k: tuple(v) for k, v in meanings.items()}),
        ambiguous=MappingProxyType(ambiguous),
    )


_production: list[Lexicon] = []


def lexicon() -> Lexicon:
    """Return the production lexicon (loaded once, on first use)."""
    if not _production:
        _production.append(load_lexicon(DATA_DIR))
    return _production[0]
