"""Times of day after a date: ``10:30 ص``, ``الساعة 9:30:00 صباحاً``, ``22:15``.

The vocabulary is ``data/time.toml`` (the الساعة prefix and the day periods)
and ``data/zones.toml`` (zones named after the time: بتوقيت مكة المكرمة).
A time is read only right after a date, so that ``م`` after a time is p.m.
while ``م`` right after a year, inside the date, is the Gregorian era:
``12 يوليو 2025 م 3:15 م`` is 15:15 on 12 July 2025.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import cache
from typing import NamedTuple

from ._lexicon import DATA_DIR, key, read_toml
from ._scan import LETTER_AFTER as R
from ._scan import LETTER_BEFORE as L
from ._scan import trie_pattern

__all__ = [
    "TimeOfDay",
    "in_period",
    "on_day",
    "period_stems",
    "prefix_words",
    "time_after",
    "time_before",
    "time_may_follow",
]

_NOON = 12


class TimeOfDay(NamedTuple):
    """A checked time, and where its text ends in the normalised text."""

    hour: int  # 0-23
    minute: int
    second: int | None  # None when not written
    end: int
    precision: str = "minute"  # hour (الساعة 7 مساءً), minute or second
    zone: str | None = None  # an IANA zone name (UTC too), when one is named
    offset: int | None = None  # minutes east of UTC, for GMT+3 / UTC+03:00
    local: bool = False  # بالتوقيت المحلي "local time": named, but no zone
    period: str | None = None  # am | pm | night, when written after the time


class _Vocabulary(NamedTuple):
    pattern: re.Pattern[str]
    periods: dict[str, str]  # key -> am | pm | night
    zones: dict[str, str]  # key -> IANA zone name
    hours: dict[str, int]  # العاشرة -> 10
    fractions: dict[str, int]  # والنصف -> 30, إلا ربع -> -15
    prefix: re.Pattern[str]  # الساعة "at": the word before a time, anywhere
    date_link: re.Pattern[str]  # من صباح يوم: between a time and its date
    link_periods: dict[str, str]  # key -> am | pm | "" (no period)


def prefix_words(data_dir: str = DATA_DIR) -> list[str]:
    """The keys of the words before a time (الساعة "at"), from time.toml."""
    return [key(w) for w in read_toml(data_dir, "time.toml")["prefix"]["words"]]


@cache
def period_stems(data_dir: str = DATA_DIR) -> tuple[str, ...]:
    """The Arabic parts of the day of time.toml as one word, without their alef.

    صباحاً and صباح give صباح: a bare hour before one is a time (7 مساءً).
    The one-letter ص and م are left out: "7 م" is as often "7 metres".
    """
    periods = read_toml(data_dir, "time.toml")["periods"].values()
    alef = "\u0627"  # the alef of the adverb's ending: صباحاً, مساءا
    stems = {key(w).removesuffix(alef) for words in periods for w in words}
    return tuple(
        sorted(s for s in stems if len(s) >= 3 and " " not in s and not s.isascii())  # noqa: PLR2004
    )


@cache
def _vocabulary(data_dir: str = DATA_DIR) -> _Vocabulary:
    table = read_toml(data_dir, "time.toml")
    periods = {
        key(word): period
        for period, words in table["periods"].items()
        for word in words
    }
    prefix = trie_pattern(prefix_words(data_dir))
    zone_table = read_toml(data_dir, "zones.toml")
    zones = {key(w): name for name, words in zone_table["zones"].items() for w in words}
    alone = {key(w): n for n, words in zone_table["standalone"].items() for w in words}
    zone_prefix = trie_pattern(key(w) for w in zone_table["prefix"]["words"])
    local = trie_pattern(key(w) for w in zone_table["local"]["words"])
    offset = r"(?P<off>[-+] ?[0-9]{1,2}(?::?[0-9]{2})?)(?![0-9])"
    hours = {key(w): int(n) for n, words in table["hours"].items() for w in words}
    fractions = {
        key(w): int(n) for n, words in table["fractions"].items() for w in words
    }
    any_period = rf"{L}(?:{trie_pattern(periods)}){R}"
    period = rf"{L}(?P<period>{trie_pattern(periods)}){R}"
    pattern = re.compile(
        # After the date: a separator, perhaps الساعة "at", then the time:
        # 10:30, or after الساعة a bare hour (7) or one in words (العاشرة
        # والنصف "half past ten"), or a bare hour with its period (7 مساءً).
        # ISO 8601 glues the time with T (t once folded), some pages with @.
        rf"(?:(?P<iso>t)|@| ?[-,|،]? ?)(?:{L}(?P<pre>{prefix}){R} ?)?"
        r"(?:(?P<h>(?<![0-9])[0-9]{1,2}):(?P<m>[0-9]{2})(?::(?P<s>[0-9]{2}))?(?![0-9:])"
        r"|(?(pre)(?:(?P<h2>(?<![0-9])[0-9]{1,2})(?![0-9:])"
        rf"|{L}(?P<hw>{trie_pattern(hours)}){R}"
        rf"(?: {L}(?P<fr>{trie_pattern(fractions)}){R})?)"
        rf"|(?P<h3>(?<![0-9])[0-9]{{1,2}})(?![0-9:])(?= ?{any_period})))"
        rf"(?: ?{period})?"
        # An ISO time's own offset: Z (z once folded), +03:00, -0500.
        r"(?(iso)(?P<isooff>z(?![a-z])|[-+][0-9]{2}:?[0-9]{2}(?![0-9]))?)"
        # Then perhaps a zone: بتوقيت مكة المكرمة "Mecca time", GMT+3.
        rf"(?: ?,? ?(?:{L}(?P<local>{local}){R}"
        rf"|(?:{L}(?:{zone_prefix}){R} ?{L}(?P<zone>{trie_pattern(zones)})"
        rf"|{L}(?P<alone>{trie_pattern(alone)})){R}(?: ?{offset})?))?"
    )
    link_periods = {
        key(w): "" if period == "plain" else period
        for period, words in table["date_link"].items()
        for w in words
    }
    date_link = re.compile(
        rf" ?[-,|،]? ?(?:{L}(?P<link>{trie_pattern(link_periods)}){R} ?)?"
    )
    return _Vocabulary(
        pattern,
        periods,
        {**zones, **alone},
        hours,
        fractions,
        re.compile(prefix),
        date_link,
        link_periods,
    )


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


def _clock(
    m: re.Match[str], vocab: _Vocabulary
) -> tuple[int, int, int | None, str] | None:
    """Hour, minute, second and precision of a matched time, if it exists."""
    digits, minutes, seconds, word, fraction = m.group("h", "m", "s", "hw", "fr")
    period = m.group("period")
    if digits is None:
        digits = m.group("h2") or m.group("h3")
    written = vocab.hours[word] if word is not None else int(digits)
    hour = _hour(written, None if period is None else vocab.periods[period])
    if hour is None:
        return None
    if minutes is not None:
        minute = int(minutes)
        second = None if seconds is None else int(seconds)
        if minute > 59 or (second is not None and second > 59):  # noqa: PLR2004
            return None
        return hour, minute, second, "minute" if second is None else "second"
    if fraction is None:
        return hour, 0, None, "hour"
    shift = vocab.fractions[fraction]  # والنصف +30; إلا ربع -15: from the hour before
    if shift < 0:
        hour, shift = (hour - 1) % 24, 60 + shift
    return hour, shift, None, "minute"


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
    clock = _clock(m, vocab)
    if clock is None:
        return None
    hour, minute, second, precision = clock
    zone_key, offset = m.group("zone") or m.group("alone"), m.group("off")
    zone = None if zone_key is None else vocab.zones[zone_key]
    iso_offset = m.group("isooff")
    if iso_offset == "z" and zone is None:
        zone = "UTC"
    elif iso_offset is not None and zone is None and _minutes(iso_offset) is not None:
        zone, offset = "UTC", iso_offset  # +15:00 is no offset: left naive
    return TimeOfDay(
        hour,
        minute,
        second,
        m.end(),
        precision,
        zone,
        None if offset is None else _minutes(offset),
        m.group("local") is not None,
        None if m.group("period") is None else vocab.periods[m.group("period")],
    )


# A bare clock right before a date, with at most a bar or a dash between:
# "11:42 2024-09-18" as news sites print their metadata.
_BARE_BEFORE = re.compile(
    r"(?<![\d:.,/-])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?[ |-]{1,3}\Z"
)
_BARE_LOOK = 14  # characters before a date where such a clock may start


def bare_time_before(
    text: str, date_start: int, floor: int
) -> tuple[int, TimeOfDay] | None:
    """A clock in digits alone right before the date at ``date_start``.

    Its start in ``text`` and the time, or ``None``; nothing before ``floor``
    (the end of the previous match) is looked at.

    >>> start, clock = bare_time_before("11:42 2024-09-18", 6, 0)
    >>> start, clock.hour, clock.minute, clock.end
    (0, 11, 42, 5)
    >>> print(bare_time_before("فاز 3:1 2024-09-18", 8, 0))
    None
    """
    window = max(floor, date_start - _BARE_LOOK)
    m = _BARE_BEFORE.search(text[window:date_start])
    if m is None:
        return None
    start = window + m.start()
    if start > 0 and not text[start - 1].isspace() and text[start - 1] != "|":
        return None
    hour, minute = int(m.group(1)), int(m.group(2))
    second = None if m.group(3) is None else int(m.group(3))
    precision = "minute" if second is None else "second"
    end = window + m.end(2 if second is None else 3)
    return start, TimeOfDay(hour, minute, second, end, precision)


def time_before(text: str, clock: TimeOfDay, date_start: int) -> TimeOfDay | None:
    """``clock`` as the time of the date at ``date_start``, if only a link is between.

    The link is a separator or words such as من صباح يوم "on the morning of",
    whose part of the day reads the hour (العاشرة من مساء: 22:00).
    """
    vocab = _vocabulary()
    m = vocab.date_link.fullmatch(text, clock.end, date_start)
    if m is None:
        return None
    period = None if m.group("link") is None else vocab.link_periods[m.group("link")]
    return in_period(clock, period) if period else clock


def in_period(clock: TimeOfDay, period: str) -> TimeOfDay:
    """The time read in a part of the day named before it: مساء الغد الساعة 8.

    A period written after the time wins, and so does a 24-hour time (20:00).
    """
    if clock.period is not None or not 1 <= clock.hour <= _NOON:
        return clock
    hour = _hour(clock.hour, period)
    return clock if hour is None else clock._replace(hour=hour)


def _minutes(offset: str) -> int | None:
    """``+3``, ``+03:00``, ``-0530`` in minutes east of UTC (None past 14 h)."""
    sign = -1 if offset.startswith("-") else 1
    digits = offset[1:].replace(" ", "").replace(":", "")
    hours, minutes = (digits, "0") if len(digits) <= 2 else (digits[:-2], digits[-2:])  # noqa: PLR2004
    total = int(hours) * 60 + int(minutes)
    return None if total > 14 * 60 or int(minutes) > 59 else sign * total  # noqa: PLR2004


def on_day(day: date, clock: TimeOfDay) -> datetime:
    """The moment of ``clock`` on ``day``, aware when a zone was named."""
    return datetime.combine(
        day, time(clock.hour, clock.minute, clock.second or 0, tzinfo=_zone(clock))
    )


def _zone(clock: TimeOfDay) -> tzinfo | None:
    """The time zone a time names: an IANA zone, or UTC with an offset."""
    if clock.offset is not None and clock.zone == "UTC":
        return timezone(timedelta(minutes=clock.offset))
    if clock.zone is None:
        return None
    from zoneinfo import ZoneInfo  # on first use: importing zoneinfo costs ~6 ms

    return timezone.utc if clock.zone == "UTC" else ZoneInfo(clock.zone)


def time_may_follow(text: str, pos: int) -> bool:
    """A cheap test before the time pattern runs.

    A time has a colon or a word for "at" (الساعة, time.toml) near, or a digit
    right after (7 مساءً).
    """
    return (
        text.find(":", pos, pos + 24) >= 0
        or _DIGIT_NEAR.match(text, pos) is not None
        or _vocabulary().prefix.search(text, pos, pos + 16) is not None
    )


_DIGIT_NEAR = re.compile(r"[^0-9\n]{0,3}[0-9]")
