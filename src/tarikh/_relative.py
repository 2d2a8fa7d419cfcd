"""Relative expressions: منذ ساعتين "two hours ago", أمس "yesterday".

The vocabulary is ``data/relative.toml``: days by their distance from the
reference (أمس -1), directions (منذ, قبل: past; بعد, خلال: future) and units in
the singular, the dual and the plural.  The grammar is one compiled pattern,
the resolution calendar arithmetic on the reference date or datetime.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache
from typing import Literal, NamedTuple

from ._calendars import gregorian_month_length
from ._codes import Precision, WarningCode
from ._lexicon import DATA_DIR, Lexicon, key, read_toml
from ._resolve import Options, infer_year
from ._scan import LETTER_AFTER as R
from ._scan import LETTER_BEFORE as L
from ._scan import alone_in, trie_pattern
from ._times import (
    TimeOfDay,
    in_period,
    on_day,
    period_stems,
    prefix_words,
    time_after,
    time_may_follow,
)

__all__ = ["RelativeFound", "find_relative"]

Unit = Literal["second", "minute", "hour", "day", "week", "month", "year"]
_UNITS: tuple[Unit, ...] = ("second", "minute", "hour", "day", "week", "month", "year")
_VAGUE_COUNT = 3  # منذ ساعات "hours ago": the least a plural means


class RelativeFound(NamedTuple):
    """A relative expression, resolved; its span is in the normalised text."""

    start: int
    end: int
    value: date | datetime
    precision: Precision
    warnings: tuple[WarningCode, ...]
    clock: TimeOfDay | None = None  # a time alone: الساعة 10:30, 10:30 ص


class _Vocabulary(NamedTuple):
    pattern: re.Pattern[str]
    starts: re.Pattern[str]  # the first words, with no edge test: a cheap scan
    days: dict[str, int]  # key -> distance in days
    past: frozenset[str]
    units: dict[str, tuple[Unit, str]]  # key -> (unit, singular|dual|plural)
    cardinals: dict[str, int]
    weekdays: dict[str, int]
    sides: dict[str, int]  # الماضي -1, المقبل +1
    periods: dict[str, Unit]  # الأسبوع week, الشهر month, العام year
    holidays: dict[str, tuple[str, int, int]]  # key -> (calendar, month, day)
    alone_after: re.Pattern[str]  # what may stand before a weekday with no side
    day_parts: dict[str, str]  # صباح -> am, مساء -> pm, ليلة -> night


@cache
def _vocabulary(lex: Lexicon, data_dir: str = DATA_DIR) -> _Vocabulary:
    table = read_toml(data_dir, "relative.toml")
    days = {key(w): int(n) for n, words in table["days"].items() for w in words}
    past = frozenset(key(w) for w in table["directions"]["past"])
    future = frozenset(key(w) for w in table["directions"]["future"])
    units: dict[str, tuple[Unit, str]] = {}
    for unit in _UNITS:
        for form in ("singular", "dual", "plural"):
            for word in table["units"][unit][form]:
                units[key(word)] = (unit, form)
    cardinals = {k: w.number for k, w in lex.words.items() if w.kind == "cardinal"}
    weekdays = {k: w.number for k, w in lex.words.items() if w.kind == "weekday"}
    today = trie_pattern(key(w) for w in table["today"]["words"])
    day_parts = {
        key(w): period for period, words in table["day_parts"].items() for w in words
    }
    part_words = list(day_parts)
    parts = trie_pattern(part_words)
    weekdays_pattern = trie_pattern(weekdays)
    edge = rf"(?:{L}|(?<={L}[وف]))"
    digits = r"(?P<count>(?<![0-9])[0-9]{1,4}(?![0-9]))"
    count = rf"(?:{digits}|{L}(?P<word>{trie_pattern(cardinals)}){R})"
    weekday = rf"{L}(?P<wd>{weekdays_pattern}){R}"
    # ساعة واحدة "one hour": the number word after a singular unit is its own
    ones = [k for k, n in cardinals.items() if n == 1]
    unit_word = (
        rf"{L}(?P<unit>{trie_pattern(units)}){R}(?! ?[0-9])"
        rf"(?: {L}(?:{trie_pattern(ones)}){R})?"
    )
    sides = {key(w): -1 for w in table["sides"]["past"]}
    sides |= {key(w): 1 for w in table["sides"]["future"]}
    periods: dict[str, Unit] = {}
    for period in ("week", "month", "year"):
        periods |= {key(w): period for w in table["periods"][period]}
    side = trie_pattern(sides)
    clock_words = prefix_words(data_dir)
    clock_trie = trie_pattern(clock_words)
    now_words = [key(w) for w in table["now"]["words"]]
    holidays = {
        key(name): (feast["calendar"], feast["month"], feast["day"])
        for feast in read_toml(data_dir, "holidays.toml").values()
        for name in feast["names"]
    }
    pattern = re.compile(
        # One word start (after و ف "and, so" too), then the first word.
        rf"{edge}(?:(?P<part>{parts}) )?"
        rf"(?:(?P<day>{trie_pattern(days)})|(?P<today>{today})"
        rf"|(?P<dir>{trie_pattern(past | future)})|(?P<period>{trie_pattern(periods)})"
        rf"|(?P<wday>{weekdays_pattern})|(?P<holiday>{trie_pattern(holidays)})"
        rf"|(?P<now>{trie_pattern(now_words)})"
        # الساعة 7 مساءً "at 7 p.m.": a time alone, on the reference date
        rf"|(?P<clock>{clock_trie})){R}"
        # منذ ساعتين, قبل 3 أيام, خلال أسبوع; not منذ عام 2011 ("since 2011")
        rf"(?(dir) (?:{count} )?{unit_word}"
        # الأسبوع الماضي "last week"; الأحد الماضي "last Sunday"
        rf"|(?(period) {L}(?P<side>{side}){R}"
        rf"|(?(wday)(?: {L}(?P<wside>{side}){R})?"
        # أمس, أمس الجمعة "yesterday, Friday"
        rf"|(?: ?,? {weekday})?)))"
        # اليوم needs its weekday: اليوم السبت "today, Saturday"
        # اليوم alone only as the whole text (checked in _day): not فلسطين اليوم
        # or before a time: اليوم الساعة 10 "today at 10"
        rf"(?(today)(?(wd)|(?(part)|(?= ?(?:$|(?P<then>{clock_trie}))))))"
        # صباح الغد "tomorrow morning": a part of the day goes before a day only
        r"(?(part)(?(day)|(?(today)|(?!))))"
    )
    first_words = {
        *days,
        *past,
        *future,
        *periods,
        *weekdays,
        *holidays,
        *clock_words,
        *part_words,
        *now_words,
        *(key(w) for w in table["today"]["words"]),
    }
    starts = re.compile(trie_pattern(first_words))
    before = trie_pattern(key(w) for w in table["weekday_alone"]["before"])
    alone_after = re.compile(rf"(?:{L}(?:{before})|,) ?$")
    return _Vocabulary(
        pattern,
        starts,
        days,
        past,
        units,
        cardinals,
        weekdays,
        sides,
        periods,
        holidays,
        alone_after,
        day_parts,
    )


def _shift_months(day: date, months: int) -> date:
    """Calendar arithmetic: the same day of the month, clamped to its end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return day.replace(
        year=year, month=month, day=min(day.day, gregorian_month_length(year, month))
    )


def _start_of(moment: datetime, unit: Unit) -> datetime:
    """The start of the hour, minute or second: the value names a period."""
    if unit == "hour":
        return moment.replace(minute=0, second=0, microsecond=0)
    if unit == "minute":
        return moment.replace(second=0, microsecond=0)
    return moment.replace(microsecond=0)


def _amount(m: re.Match[str], vocab: _Vocabulary) -> tuple[Unit, int, bool] | None:
    """Unit, count and whether the count is vague (منذ ساعات "hours ago")."""
    unit, form = vocab.units[m.group("unit")]
    digits, word = m.group("count", "word")
    if digits is not None:
        return unit, int(digits), False
    if word is not None:
        return unit, vocab.cardinals[word], False
    if form == "dual":
        return unit, 2, False
    if form == "plural":
        return unit, _VAGUE_COUNT, True
    return unit, 1, False


def _offset(
    m: re.Match[str], vocab: _Vocabulary, opts: Options
) -> RelativeFound | None:
    amount = _amount(m, vocab)
    if amount is None:  # pragma: no cover - every unit key has a form
        return None
    unit, count, vague = amount
    sign = -1 if m.group("dir") in vocab.past else 1
    warnings: list[WarningCode] = ["approximate"] if vague else []
    if opts.clock is not None:
        warnings.append("relative-to-now")
    precision: Precision
    value: date | datetime
    try:
        if unit in ("second", "minute", "hour"):
            moment = opts.moment() + sign * timedelta(**{unit + "s": count})
            value = _start_of(moment, unit)
            precision = unit
        elif unit in ("day", "week"):
            value = opts.today() + sign * timedelta(
                days=count * (7 if unit == "week" else 1)
            )
            precision = "day"
        else:
            months = count * (12 if unit == "year" else 1)
            value = _shift_months(opts.today(), sign * months)
            precision = "day"
    except (OverflowError, ValueError):
        return None  # beyond the years datetime can hold
    return RelativeFound(m.start(), m.end(), value, precision, tuple(warnings))


def _whole(m: re.Match[str]) -> bool:
    """Whether the match is all the text holds: a field reading just "الأحد"."""
    return alone_in(m.string, m.start(), m.end())


def _day(m: re.Match[str], vocab: _Vocabulary, opts: Options) -> RelativeFound | None:
    alone = m.group("today") is not None and m.group("wd") is None
    # اليوم alone inside a text (فلسطين اليوم, اليوم التالي) is no day; a time
    # after it makes it one: اليوم الساعة 10 "today at 10".
    timed = m.group("then") and time_after(m.string, m.end()) is not None
    if alone and m.group("part") is None and not timed and not _whole(m):
        return None
    distance = vocab.days[m.group("day")] if m.group("day") is not None else 0
    warnings: list[WarningCode] = []
    try:
        value = opts.today() + timedelta(days=distance)
    except OverflowError:
        return None
    weekday = m.group("wd")
    if weekday is not None and vocab.weekdays[weekday] != value.weekday():
        warnings.append("weekday-mismatch")
    if opts.clock is not None:
        warnings.append("relative-to-now")
    return RelativeFound(m.start(), m.end(), value, "day", tuple(warnings))


def _side(m: re.Match[str], vocab: _Vocabulary, opts: Options) -> RelativeFound | None:
    """الأسبوع الماضي "last week", الشهر المقبل "next month", الأحد الماضي."""
    today = opts.today()
    warnings: tuple[WarningCode, ...] = (
        () if opts.clock is None else ("relative-to-now",)
    )
    precision: Precision = "day"
    try:
        if m.group("wday") is not None and m.group("wside") is None:
            return _weekday_alone(m, vocab, opts)
        if m.group("wday") is not None:
            weekday = vocab.weekdays[m.group("wday")]
            if vocab.sides[m.group("wside")] < 0:  # the last one before today
                value = today - timedelta(days=(today.weekday() - weekday) % 7 or 7)
            else:  # the next one after today
                value = today + timedelta(days=(weekday - today.weekday()) % 7 or 7)
        else:
            step = vocab.sides[m.group("side")]
            unit = vocab.periods[m.group("period")]
            if unit == "week":  # a week before or after: the day, at its middle
                value = today + timedelta(days=7 * step)
                warnings = ("approximate", *warnings)
            elif unit == "month":
                value = _shift_months(today.replace(day=1), step)
                precision = "month"
            else:
                value = today.replace(year=today.year + step, month=1, day=1)
                precision = "year"
    except (OverflowError, ValueError):
        return None
    return RelativeFound(m.start(), m.end(), value, precision, warnings)


def _weekday_alone(
    m: re.Match[str], vocab: _Vocabulary, opts: Options
) -> RelativeFound | None:
    """يوم الأحد "on Sunday", "، الأحد،": the Sunday ``prefer`` picks.

    "past" takes the last one on or before the reference, "future" the next
    one on or after it, "nearest" whichever is closer (the past on a tie).
    """
    text, start = m.string, m.start()
    commas = text.startswith(",", m.end()) or text.startswith(" ,", m.end())
    head = vocab.alone_after.search(text, max(0, start - 8), start)
    whole = head is None and _whole(m)
    if not whole and (head is None or (head.group().startswith(",") and not commas)):
        return None
    today = opts.today()
    back = (today.weekday() - vocab.weekdays[m.group("wday")]) % 7
    ahead = (7 - back) % 7
    if opts.prefer == "past" or (opts.prefer == "nearest" and back <= ahead):
        value = today - timedelta(days=back)
    else:
        value = today + timedelta(days=ahead)
    warnings: tuple[WarningCode, ...] = (
        () if opts.clock is None else ("relative-to-now",)
    )
    if head is not None and not head.group().startswith(","):
        start = head.start()  # يوم الأحد: the day word belongs to the match
    return RelativeFound(start, m.end(), value, "day", warnings)


def _time_alone(m: re.Match[str], opts: Options) -> RelativeFound | None:
    """الساعة العاشرة صباحاً "at ten in the morning": that time on the reference date."""
    clock = time_after(m.string, m.start())
    if clock is None:
        return None
    return _on_reference_date(m.start(), clock, opts)


def _digits_alone(text: str, start: int, opts: Options) -> RelativeFound | None:
    """``10:30 ص``, ``7 مساءً``: a time in digits with no word before it.

    Without الساعة it needs what makes it a time of day: a period (ص, مساءً),
    a zone, or the whole text to itself (a field holding just ``10:30``).
    """
    clock = time_after(text, start)
    if clock is None:
        return None
    marked = clock.period is not None or clock.zone is not None or clock.local
    if not marked and not alone_in(text, start, clock.end):
        return None
    return _on_reference_date(start, clock, opts)


def _on_reference_date(
    start: int, clock: TimeOfDay, opts: Options
) -> RelativeFound | None:
    warnings: list[WarningCode] = ["local-time"] if clock.local else []
    if opts.clock is not None:
        warnings.append("relative-to-now")
    precision: Precision = clock.precision  # type: ignore[assignment]
    value = on_day(opts.today(), clock)
    return RelativeFound(start, clock.end, value, precision, tuple(warnings), clock)


def _now(m: re.Match[str], opts: Options) -> RelativeFound | None:
    """الآن "now" as the whole text: the reference moment, to the minute.

    A reference given as a date names no moment: the value is that day.
    """
    if not _whole(m):
        return None  # حتى الآن "until now"
    if opts.clock is None and opts.instant is None:
        return RelativeFound(m.start(), m.end(), opts.reference, "day", ())
    warnings: tuple[WarningCode, ...] = (
        () if opts.clock is None else ("relative-to-now",)
    )
    value = _start_of(opts.moment(), "minute")
    return RelativeFound(m.start(), m.end(), value, "minute", warnings)


def _holiday(
    m: re.Match[str], vocab: _Vocabulary, opts: Options
) -> RelativeFound | None:
    """عيد الفطر "Eid al-Fitr": the occurrence ``prefer`` picks (1 Shawwal)."""
    calendar, month, day = vocab.holidays[m.group("holiday")]
    found = infer_year(calendar, month, day, opts)
    if found is None:
        return None
    _, value, tabular = found
    warnings: list[WarningCode] = ["hijri-tabular"] if tabular else []
    if opts.clock is not None:
        warnings.append("relative-to-now")
    return RelativeFound(m.start(), m.end(), value, "day", tuple(warnings))


def find_relative(
    text: str, lex: Lexicon, opts: Options, start: int = 0, end: int | None = None
) -> list[RelativeFound]:
    """The relative expressions of normalised ``text``, resolved, in order.

    Only expressions that begin in ``text[start:end]`` are returned; they may
    run on past ``end``.

    >>> from tarikh._lexicon import lexicon
    >>> opts = Options(date(2025, 7, 12), True, "past", None)
    >>> [f.value for f in find_relative("منذ يومين", lexicon(), opts)]
    [datetime.date(2025, 7, 10)]
    """
    vocab = _vocabulary(lex)
    found = []
    pos = start
    # Every expression starts with a day word, اليوم or a direction: find those
    # with a plain scan (no edge tests), and try the full pattern only there.
    for first in vocab.starts.finditer(text, start, len(text) if end is None else end):
        if first.start() < pos:
            continue
        m = vocab.pattern.match(text, first.start())
        if m is None:
            continue
        pos = m.end()
        if m.group("dir") is not None:
            read = _offset(m, vocab, opts)
        elif m.group("period") is not None or m.group("wday") is not None:
            read = _side(m, vocab, opts)
        elif m.group("holiday") is not None:
            read = _holiday(m, vocab, opts)
        elif m.group("clock") is not None:
            read = _time_alone(m, opts)
        elif m.group("now") is not None:
            read = _now(m, opts)
        else:
            read = _day(m, vocab, opts)
        if read is not None:
            part = m.group("part")
            read = _with_time(
                text, read, None if part is None else vocab.day_parts[part]
            )
            pos = read.end
            found.append(read)
    return _with_digit_times(text, found, opts, start, end)


# A time alone in digits: 10:30 ص (read in _digits_alone).  Looked for from
# each colon and each part of the day, apart from the first words: an
# alternative in their pattern would slow the scan of every text.
_HOUR_MINUTE = re.compile(r"(?<![0-9:/.,-])[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9:])")


def _with_digit_times(
    text: str, found: list[RelativeFound], opts: Options, start: int, end: int | None
) -> list[RelativeFound]:
    """``found`` with the times alone in digits that no expression holds."""
    stop = len(text) if end is None else end
    times: list[RelativeFound] = []
    held = 0  # found[held] is the first expression that may hold a later hour
    for hour in _hours(text, start, stop):
        while held < len(found) and found[held].end <= hour:
            held += 1
        inside = held < len(found) and found[held].start <= hour
        if inside or (times and times[-1].end > hour):
            continue  # الساعة 10:30 ص: read from الساعة
        read = _digits_alone(text, hour, opts)
        if read is not None:
            times.append(read)
    if not times:
        return found
    return sorted([*found, *times], key=lambda f: f.start)


# A bare hour before a part of the day: 7 مساءً "7 p.m." (period_stems).
_BARE_HOUR = re.compile(r"(?<![0-9:/.,-])[0-9]{1,2} ?$")


def _hours(text: str, start: int, stop: int) -> list[int]:
    """Where hours written in digits start: before a colon, or a part of the day."""
    hours = []
    colon = text.find(":", start, stop)
    while colon >= 0:
        hour = (
            colon - 2 if colon - 2 >= start and text[colon - 2].isdigit() else colon - 1
        )
        if hour >= start and _HOUR_MINUTE.match(text, hour):
            hours.append(hour)
        colon = text.find(":", colon + 1, stop)
    for word in period_stems():  # each found with a plain string search
        at = text.find(word, start, stop)
        while at >= 0:
            if at > start and (
                text[at - 1].isdigit() or text[at - 2 : at - 1].isdigit()
            ):
                bare = _BARE_HOUR.search(text, max(start, at - 4), at)
                if bare is not None:
                    hours.append(bare.start())
            at = text.find(word, at + 1, stop)
    return sorted(set(hours))


def _with_time(
    text: str, read: RelativeFound, period: str | None = None
) -> RelativeFound:
    """غداً الساعة 7 مساءً "tomorrow at 7 p.m.": a day, then its time.

    ``period`` is that of a part of the day before the day (مساء الغد).
    """
    if read.precision != "day" or not time_may_follow(text, read.end):
        return read
    clock = time_after(text, read.end)
    if clock is None:
        return read
    if period is not None:
        clock = in_period(clock, period)
    day = read.value.date() if isinstance(read.value, datetime) else read.value
    warnings = read.warnings + (("local-time",) if clock.local else ())
    return read._replace(
        end=clock.end,
        value=on_day(day, clock),
        precision=clock.precision,  # type: ignore[arg-type]
        warnings=warnings,
    )
