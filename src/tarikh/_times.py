"""Times of day after a date: ``10:30 ص``, ``الساعة 9:30:00 صباحاً``, ``22:15``.

The vocabulary is ``data/time.toml`` (the الساعة prefix and the day periods)
and ``data/zones.toml`` (zones named after the time: بتوقيت مكة المكرمة).
A time is read only right after a date, so that ``م`` after a time is p.m.
while ``م`` right after a year, inside the date, is the Gregorian era:
``12 يوليو 2025 م 3:15 م`` is 15:15 on 12 July 2025.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ._lexicon import DATA_DIR, key, read_toml
from ._scan import LETTER_AFTER as R
from ._scan import LETTER_BEFORE as L
from ._scan import trie_pattern

__all__ = ["TimeOfDay", "time_after"]

_NOON = 12


class TimeOfDay(NamedTuple):
    """A checked time, and where its text ends in the normalised text."""

    hour: int  # 0-23
    minute: int
    second: int | None  # None when not written
    end: int
    zone: str | None = None  # an IANA zone name (UTC too), when one is named
    offset: int | None = None  # minutes east of UTC, for GMT+3 / UTC+03:00
    local: bool = False  # بالتوقيت المحلي "local time": named, but no zone


class _Vocabulary(NamedTuple):
    pattern: re.Pattern[str]
    periods: dict[str, str]  # key -> am | pm | night
    zones: dict[str, str]  # key -> IANA zone name


@cache
def _vocabulary(data_dir: str = DATA_DIR) -> _Vocabulary:
    table = read_toml(data_dir, "time.toml")
    periods = {
        key(word): period
        for period, words in table["periods"].items()
        for word in words
    }
    prefix = trie_pattern(key(w) for w in table["prefix"]["words"])
    zone_table = read_toml(data_dir, "zones.toml")
    zones = {key(w): name for name, words in zone_table["zones"].items() for w in words}
    alone = {key(w): n for n, words in zone_table["standalone"].items() for w in words}
    zone_prefix = trie_pattern(key(w) for w in zone_table["prefix"]["words"])
    local = trie_pattern(key(w) for w in zone_table["local"]["words"])
    offset = r"(?P<off>[-+] ?[0-9]{1,2}(?::?[0-9]{2})?)(?![0-9])"
    pattern = re.compile(
        # After the date: a separator, perhaps الساعة "at", then the time.
        rf" ?[-,|،]? ?(?:{L}(?:{prefix}){R} ?)?"
        r"(?P<h>(?<![0-9])[0-9]{1,2}):(?P<m>[0-9]{2})(?::(?P<s>[0-9]{2}))?(?![0-9:])"
        rf"(?: ?(?P<period>{trie_pattern(periods)}){R})?"
        # Then perhaps a zone: بتوقيت مكة المكرمة "Mecca time", GMT+3.
        rf"(?: ?,? ?(?:{L}(?P<local>{local}){R}"
        rf"|(?:{L}(?:{zone_prefix}){R} ?{L}(?P<zone>{trie_pattern(zones)})"
        rf"|{L}(?P<alone>{trie_pattern(alone)})){R}(?: ?{offset})?))?"
    )
    return _Vocabulary(pattern, periods, {**zones, **alone})


def _hour(hour: int, period: str | None) -> int | None:
    """The hour of the day, or None when it does not exist on that clock."""
    if period is None:
        return hour if hour <= 23 else None  # noqa: PLR2004
    if not 1 <= hour <= _NOON:
        return None
    if period == "night":
        period = "pm" if 6 <= hour < _NOON else "am"  # noqa: PLR2004
    if period == "am":
        return 0 if hour == _NOON else hour
    return hour if hour == _NOON else hour + _NOON


def time_after(text: str, pos: int) -> TimeOfDay | None:
    """The time written right after ``pos`` of normalised text, if any.

    >>> time_after("12 يوليو 2025 - 10:30 ص", 13)[:4]
    (10, 30, None, 23)
    >>> time_after("12 يوليو 2025 م 3:15 م", 15)[:4]
    (15, 15, None, 22)
    >>> from tarikh._normalize import normalize
    >>> time_after(normalize("12 يوليو 2025 10:30 بتوقيت مكة"), 13).zone
    'Asia/Riyadh'
    """
    vocab = _vocabulary()
    m = vocab.pattern.match(text, pos)
    if m is None:
        return None
    period = m.group("period")
    hour = _hour(int(m.group("h")), None if period is None else vocab.periods[period])
    minute = int(m.group("m"))
    second = None if m.group("s") is None else int(m.group("s"))
    if hour is None or minute > 59 or (second is not None and second > 59):  # noqa: PLR2004
        return None
    zone_key, offset = m.group("zone") or m.group("alone"), m.group("off")
    zone = None if zone_key is None else vocab.zones[zone_key]
    return TimeOfDay(
        hour,
        minute,
        second,
        m.end(),
        zone,
        None if offset is None else _minutes(offset),
        m.group("local") is not None,
    )


def _minutes(offset: str) -> int | None:
    """``+3``, ``+03:00``, ``-0530`` in minutes east of UTC (None past 14 h)."""
    sign = -1 if offset.startswith("-") else 1
    digits = offset[1:].replace(" ", "").replace(":", "")
    hours, minutes = (digits, "0") if len(digits) <= 2 else (digits[:-2], digits[-2:])  # noqa: PLR2004
    total = int(hours) * 60 + int(minutes)
    return None if total > 14 * 60 or int(minutes) > 59 else sign * total  # noqa: PLR2004
