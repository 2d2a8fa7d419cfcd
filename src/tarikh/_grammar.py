"""Stage 3: date shapes over normalised text, and the rules that read them.

The shapes are one compiled pattern, built once from the lexicon's word
alternations (stage 2), with two branches, each read by one rule function:

- ``named``: a month name, with a day before it (``12 تموز``, ``الثاني عشر
  من تموز``) and perhaps a year, or with a year after it and perhaps a day
  between (``تموز 2025``, ``دجنبر 11, 1987``); the month alternation appears
  once, with a conditional group choosing what may follow it;
- ``numeric``: three numbers with one kind of separator: ``12/07/2025``.

A weekday may stand before or after, an era marker after the year.  Two dates
of different calendars joined by الموافق ("corresponding to"), brackets, a
dash or a slash make one dual-calendar :class:`Candidate`.  Numbers are
bounded (at most four digits) and no quantifier nests, so a search costs a
bounded amount of work per character: linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Literal, NamedTuple

from ._lexicon import Lexicon, Word
from ._scan import LETTER_AFTER as R
from ._scan import LETTER_BEFORE as L
from ._scan import alone_in, word_patterns
from ._times import TimeOfDay, time_after, time_may_follow

__all__ = [
    "Candidate",
    "DatePart",
    "Grammar",
    "candidate_at",
    "candidates",
    "grammar",
]

HijriOrGregorian = Literal["gregorian", "hijri"]
Rule = Literal[
    "day_month_year",
    "month_day_year",
    "numeric",
    "month_year",
    "day_month",
    "month_day",  # تموز 13, the first day of a range: تموز 13 إلى 15
    "year",
]

# Numbers: never part of a longer digit run.
_DAY = r"(?<![0-9])[0-9]{1,2}(?![0-9])"
# A two-digit year ends the date; a dash and a number after it make a range
# of days (يوليو 13-15), not a year.
_YEAR_END = r"(?= ?(?:-(?! ?[0-9])|[/.,()!?:;\"'\n]|${era}))"
_DIGIT_RUN = re.compile(r"[0-9]+")
_CROWD = 4  # that many anchors in a row with no date, and a plain search runs
_SEP = (
    r"(?: ?[-/.,] ?| )?"  # between the parts of a date: "12 تموز", "12-تموز", "12تموز"
)


class DatePart(NamedTuple):
    """One date as written: the fields read from the text, not yet checked."""

    rule: Rule
    start: int  # span in the normalised text
    end: int
    day: int | None
    month: int
    month_calendar: HijriOrGregorian | None  # None for numeric dates
    systems: tuple[str, ...]  # how each month name was written, in order
    other_months: tuple[int, ...]  # months of a dual form (تموز/يوليو)
    year: int | None
    year_digits: int
    era: HijriOrGregorian | None
    weekday: int | None
    swappable: bool = False  # numeric day-month fields, read by `dayfirst`

    def calendar(self) -> tuple[HijriOrGregorian, bool]:
        """The calendar the part is written in, and whether it was inferred.

        Evidence in order: the month name's calendar, the era marker, and for
        numeric dates a four-digit year from 1300 to 1500 (Hijri).
        """
        if self.month_calendar is not None:
            return self.month_calendar, False
        if self.era is not None:
            return self.era, False
        if self.year_digits == 4 and 1300 <= (self.year or 0) <= 1500:  # noqa: PLR2004
            return "hijri", True
        return "gregorian", False


class Candidate(NamedTuple):
    """A date expression: one part, or a Hijri and a Gregorian part joined."""

    start: int
    end: int
    first: DatePart
    second: DatePart | None = None
    time: TimeOfDay | None = None  # a time of day written after the date


class Grammar(NamedTuple):
    """The compiled shapes of one lexicon, and its word meanings."""

    date: re.Pattern[str]
    anchor: re.Pattern[str]  # a digit or a month name: every date holds one
    lead: int  # the most text a date can have before its first anchor
    join: re.Pattern[str]
    close: re.Pattern[str]
    words: dict[str, Word]
    range_start: re.Pattern[str]  # 13 إلى, before the last day of a range
    range_end: re.Pattern[str]  # إلى 15, after the first day: تموز 13 إلى 15
    start: re.Pattern[str]  # where a date may start: a word, a number, a proclitic


@cache
def grammar(lex: Lexicon) -> Grammar:
    """Compile the date shapes of ``lex`` (once per lexicon)."""
    w = word_patterns(lex)
    era = w.era
    weekday_before = (
        rf"(?:{L}(?:{w.weekday_prefix}) )?{L}(?P<wd>{w.weekday}){R}(?: ?[-,/] ?| )"
    )
    weekday_after = rf"(?: ?[-,]? ?(?:{w.weekday_prefix} )?{L}(?P<wd2>{w.weekday}){R})?"
    suffix = rf"(?: ?(?:{w.day_suffix}){R})?"  # 4 th, 1er
    # A day before the month: 12, الثاني عشر من ("the twelfth of").
    lead = (
        rf"(?P<lead>(?:(?P<day>{_DAY}){suffix}|{L}(?P<ordinal>{w.ordinal}){R})"
        rf"(?: (?:{w.ordinal_link}){R})?{_SEP})"
    )
    # Without a day before it, a month may follow a proclitic و ب ل ف ("and,
    # in, to"): بتموز 2025; it then needs a year, and may have a day between.
    edge = rf"(?(lead){L}|(?:{L}|(?<={L}[وبلف])))"
    month = (
        rf"{edge}(?P<month>{w.month}){R}"
        rf"(?: ?[(/-] ?{L}(?P<month2>{w.month}){R}(?: ?\))?)?"  # تموز (يوليو)
    )
    two_digit_end = _YEAR_END.format(era=f"|{era}")
    year = (
        rf"(?:{w.year_prefix} ?)?(?P<year_open>\()?"
        rf"(?P<year>(?<![0-9])(?:[0-9]{{4}}|[0-9]{{2}}{two_digit_end})(?![0-9]))"
        rf"(?(year_open)\))(?: ?(?P<era>{era}){R})?"  # 7 أكتوبر (2023)
    )
    # After the month: with a day before it, an optional year; without one, a
    # year, with perhaps a day first (دجنبر 11, 1987).
    # A dash before a two-digit year is a range of days (يوليو 13-15), not a year.
    day_after = rf"(?P<day2>{_DAY}){suffix} ?(?:,|-(?= ?[0-9]{{4}}))? ?"
    # With neither a day before nor a year, a day after the month only as the
    # first day of a range: تموز 13 إلى 15 "July 13 to 15".
    link = rf"(?: ?[-\u2013] ?| {L}(?:{w.range_link}){R} )"
    not_a_month = rf"(?!{_SEP}{L}(?:{w.month}){R})"  # تموز 13 - 15 آب: two dates
    range_head = rf"{_SEP}(?P<day3>{_DAY})(?={link}[0-9]{{1,2}}(?![0-9:]))"
    after_month = (
        rf"(?:(?(lead){_SEP}|{_SEP}(?:{day_after})?){year}|(?(lead)(?!)|{range_head}))?"
        r"(?(lead)|(?(year)|(?(day3)|(?!))))"
    )
    n = r"[0-9]{1,4}(?![0-9])"  # the lookahead stops backtracking into a number
    numeric = (
        r"(?<![0-9][-/.])(?<![0-9])"
        rf"(?P<num>{n} ?/ ?{n} ?/ ?{n}|{n} ?- ?{n} ?- ?{n}|{n}\.{n}\.{n}"
        r"|(?P<month_year>[0-9]{1,2}/[0-9]{4}))"  # 2/2013, as a whole field
        r"(?![0-9]|[-/.][0-9])"
        rf"(?: ?(?P<num_era>{era}){R})?"
    )
    # A year alone needs a year word or an era marker: عام 2025, 1447 هـ.
    year_only = (
        rf"{L}(?:{w.year_prefix}) ?(?P<yo_year>(?<![0-9])[0-9]{{4}}(?![0-9]))"
        rf"(?: ?(?P<yo_era>{era}){R})?"
        rf"|(?<![0-9])(?P<yo_year2>[0-9]{{3,4}}) ?(?P<yo_era2>{era}){R}"
    )
    # Pages whose day, time, year and month sit in separate boxes come out,
    # once the boxes are read in logical order, as day, time, year, month:
    # 15 08:51 2026 فيفري.  The time is required: it sets the shape apart.
    boxes = (
        rf"(?P<bx_day>{_DAY}) (?P<bx_time>[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?)"
        rf" (?P<bx_year>(?<![0-9])[0-9]{{4}}(?![0-9])) {L}(?P<bx_month>{w.month}){R}"
    )
    # Dates start at a word or a number (or after a proclitic): one cheap test
    # per position before any branch is tried keeps long texts fast.
    start = rf"(?:{L}|(?=[0-9])|(?<={L}[وبلف]))"
    date = re.compile(
        rf"{start}(?:{weekday_before})?"
        rf"(?:(?P<named>{lead}?{month}{after_month})|(?P<numeric>{numeric})"
        rf"|(?P<year_only>{year_only})|(?P<boxes>{boxes}))"
        rf"{weekday_after}"
    )
    join = re.compile(
        rf" ?(?P<sep>[-,/])? ?(?P<open>\( ?)?"
        rf"(?:{L}(?P<concordance>{w.concordance}){R} ?[:,]? ?)?"
    )
    # What can stand before a date's first digit or month name: a weekday with
    # its prefix, then an ordinal day with its link word, each with separators.
    longest = _longest_keys(lex)
    room = (
        longest["weekday_prefix"]
        + longest["weekday"]
        + longest["ordinal"]
        + longest["ordinal_link"]
        + 12  # spaces and separators between them
    )
    anchor = re.compile(rf"[0-9]|{w.month}")
    # The first day of a range, right before the date of its last day.
    range_start = re.compile(
        rf"(?<![0-9/.:-])(?P<day>[0-9]{{1,2}}) ?"
        rf"(?:[-\u2013]|{L}(?:{w.range_link}){R}) ?$"
    )
    # The last day of a range after its month (تموز 13 إلى 15), not a day of
    # the next month (تموز 13 - 15 آب).
    range_end = re.compile(rf"{link}(?P<day>[0-9]{{1,2}})(?![0-9:]){not_a_month}")
    return Grammar(
        date,
        anchor,
        room,
        join,
        re.compile(r" ?\)"),
        dict(lex.words),
        range_start,
        range_end,
        re.compile(start),
    )


def _longest_keys(lex: Lexicon) -> dict[str, int]:
    longest: dict[str, int] = {}
    for key, word in lex.words.items():
        longest[word.kind] = max(longest.get(word.kind, 0), len(key))
    return longest


def _part(
    rule: Rule,
    m: re.Match[str],
    words: dict[str, Word],
    day: int | None,
    names: tuple[
        str | None, str | None, str | None, str | None, str | None, str | None
    ],
) -> DatePart:
    """A date with a month name, from its matched keys.

    ``names``: the month, second month, year, era, and weekday before or after.
    """
    month_key, month2_key, year, era, weekday, weekday_after = names
    first = words[month_key].month  # type: ignore[index]
    assert first is not None  # the month alternation holds month keys only
    systems: tuple[str, ...] = (first.system,)
    others: tuple[int, ...] = ()
    if month2_key is not None:
        second = words[month2_key].month
        assert second is not None
        systems, others = (first.system, second.system), (second.month,)
    weekday = weekday or weekday_after
    return DatePart(
        rule,
        m.start(),
        m.end(),
        day,
        first.month,
        first.calendar,
        systems,
        others,
        None if year is None else int(year),
        0 if year is None else len(year),
        None if era is None else words[era].calendar,
        None if weekday is None else words[weekday].number,
    )


def named(m: re.Match[str], words: dict[str, Word]) -> DatePart | None:
    """A date with a month name, read as one of four rules.

    - ``day_month_year``: ``12 تموز 2025`` "12 July 2025",
      ``الثاني عشر من تموز 2025`` "the twelfth of July 2025";
    - ``day_month``: ``15 شباط`` "15 February", the year left to the reference;
    - ``month_day_year``: ``دجنبر 11, 1987`` "December 11, 1987";
    - ``month_year``: ``تموز 2025`` "July 2025".

    Libyan month names are everyday nouns (الماء "water") and Latin
    abbreviations English words (``mar``), so with a day only they need a year.
    """
    lead, digits, ordinal, digits_after, *names = m.group(
        "lead", "day", "ordinal", "day2", "month", "month2", "year", "era", "wd", "wd2"
    )
    year = names[2]
    rule: Rule = "day_month"
    if lead is None and year is None:  # تموز 13 إلى 15: the range's first day
        digits, rule = m.group("day3"), "month_day"
    elif lead is None:
        if digits_after is None:
            return _part("month_year", m, words, None, tuple(names))  # type: ignore[arg-type]
        return _part("month_day_year", m, words, int(digits_after), tuple(names))  # type: ignore[arg-type]
    day = int(digits) if digits is not None else words[ordinal].number
    if year is not None:
        return _part("day_month_year", m, words, day, tuple(names))  # type: ignore[arg-type]
    month = words[names[0]].month
    if month is None or month.system in ("libyan", "english", "french"):
        return None
    return _part(rule, m, words, day, tuple(names))  # type: ignore[arg-type]


def numeric(m: re.Match[str], words: dict[str, Word]) -> DatePart | None:
    """``12/07/2025``, ``2025-07-12``, ``14-09-1432`` (Hijri, read from the year).

    A month and year alone (``2/2013``) only as the whole text: inside a
    sentence the same shape numbers laws and issues (القانون رقم 5/2013).
    """
    text, era, weekday, weekday_after = m.group("num", "num_era", "wd", "wd2")
    if m.group("month_year") is not None:
        return _month_year(m, words)
    sep = "/" if "/" in text else "-" if "-" in text else "."
    a, b, c = (f.strip() for f in text.split(sep))
    if len(a) == 4:  # noqa: PLR2004 - a four-digit first field is the year
        year, day, month, swappable = a, int(c), int(b), False
    elif len(a) <= 2 and len(b) <= 2:  # noqa: PLR2004
        year, day, month, swappable = c, int(a), int(b), True
    else:
        return None
    if len(year) not in (2, 4) or (sep == "." and len(year) != 4):  # noqa: PLR2004
        return None
    if len(b) > 2 or (not swappable and len(c) > 2):  # noqa: PLR2004
        return None
    weekday = weekday or weekday_after
    return DatePart(
        "numeric",
        m.start(),
        m.end(),
        day,
        month,
        None,
        ("numeric",),
        (),
        int(year),
        len(year),
        None if era is None else words[era].calendar,
        None if weekday is None else words[weekday].number,
        swappable,
    )


def _month_year(m: re.Match[str], words: dict[str, Word]) -> DatePart | None:
    month, year = m.group("num").split("/")
    if not alone_in(m.string, m.start(), m.end()) or not 1 <= int(month) <= 12:  # noqa: PLR2004
        return None
    era = m.group("num_era")
    return DatePart(
        "month_year",
        m.start(),
        m.end(),
        None,
        int(month),
        None,
        ("numeric",),
        (),
        int(year),
        4,
        None if era is None else words[era].calendar,
        None,
    )


def year_only(m: re.Match[str], words: dict[str, Word]) -> DatePart | None:
    """``عام 2025`` "the year 2025", ``1447 هـ`` "1447 AH" (precision: year)."""
    year, era, year2, era2 = m.group("yo_year", "yo_era", "yo_year2", "yo_era2")
    digits = year or year2
    marker = era or era2
    if digits is None:  # pragma: no cover - one of the two alternatives matched
        return None
    weekday = m.group("wd") or m.group("wd2")
    return DatePart(
        "year",
        m.start(),
        m.end(),
        None,
        1,
        None,
        ("numeric",),
        (),
        int(digits),
        len(digits),
        None if marker is None else words[marker].calendar,
        None if weekday is None else words[weekday].number,
    )


def boxes(m: re.Match[str], words: dict[str, Word]) -> DatePart:
    """``15 08:51 2026 فيفري``: day, time, year and month from separate boxes."""
    day, month, year, weekday = m.group("bx_day", "bx_month", "bx_year", "wd")
    return _part(
        "day_month_year",
        m,
        words,
        int(day),
        (month, None, year, None, weekday, m.group("wd2")),
    )


def _read(m: re.Match[str], words: dict[str, Word]) -> DatePart | None:
    if m.group("named") is not None:
        return named(m, words)
    if m.group("numeric") is not None:
        return numeric(m, words)
    if m.group("boxes") is not None:
        return boxes(m, words)
    return year_only(m, words)


def _may_join(join: re.Match[str], first: DatePart) -> bool:
    """Whether what follows a date may join it to its twin in the other calendar.

    A twin follows الموافق "corresponding to", a bracket, a dash or a slash;
    after a bare comma or space only when the first date named its era
    (``1447 هـ، 12 يوليو 2025``).  A date followed by a time (``2024, 08:27``)
    is thus not tried again as the start of a second date.
    """
    sep, opened, concordance = join.group("sep", "open", "concordance")
    if concordance or opened or (sep is not None and sep != ","):
        return True
    return first.era is not None


def _complete(text: str, m: re.Match[str], g: Grammar) -> tuple[Candidate | None, int]:
    """The candidate a date match starts, with its twin if one follows."""
    pos = m.end()
    first = _read(m, g.words)
    if first is None:
        return None, pos
    second = None
    join = g.join.match(text, pos) if len(text) - pos > 4 else None  # noqa: PLR2004
    if join is not None and _may_join(join, first):
        after = g.date.match(text, join.end())
        other = _read(after, g.words) if after is not None else None
        if other and other.calendar()[0] != first.calendar()[0]:
            second = other
            pos = other.end
            if join.group("open"):
                close = g.close.match(text, pos)
                if close is not None:
                    pos = close.end()
    if m.group("boxes") is not None:  # the time is inside: 15 08:51 2026 فيفري
        clock = time_after(text, m.start("bx_time"))
        return Candidate(first.start, pos, first, second, clock), pos
    # A time of day after a date with a day: الساعة 10:30 صباحاً "at 10:30 a.m."
    near = first.day is not None and time_may_follow(text, pos)
    clock = time_after(text, pos) if near else None
    if clock is not None:
        pos = clock.end
    return Candidate(first.start, pos, first, second, clock), pos


def candidate_at(text: str, pos: int, lex: Lexicon) -> Candidate | None:
    """The date candidate that starts exactly at ``pos`` of normalised text."""
    g = grammar(lex)
    m = g.date.match(text, pos)
    return None if m is None else _complete(text, m, g)[0]


def candidates(text: str, lex: Lexicon) -> Iterator[Candidate]:
    """Date candidates of normalised ``text``, in reading order, not overlapping.

    >>> from tarikh._lexicon import lexicon
    >>> from tarikh._normalize import normalize
    >>> text = normalize("السبت 17 محرم 1447 هـ الموافق 12 يوليو 2025 م")
    >>> [(c.first.month, c.second.month) for c in candidates(text, lexicon())]
    [(1, 7)]
    """
    g = grammar(lex)
    match = g.date.match
    find_anchor = g.anchor.search
    search = g.date.search
    starts = g.start.finditer
    lead = g.lead
    tried = 0  # every start before it has been tried
    missed = -lead  # the last anchor that began no date
    crowd = 0  # anchors in a row that began none, each near the one before
    end_of_text = len(text)
    while True:
        if end_of_text - tried <= 2 * lead:  # a short text: one plain search
            m = search(text, tried)
            if m is None:
                return
        else:
            # Every date holds a digit or a month name (an anchor) at most
            # `lead` characters after its start: try the starts of words just
            # before each anchor, in order, each once, so that text between
            # dates is never scanned by the full shapes.
            anchor = find_anchor(text, tried)
            if anchor is None:
                return
            at = anchor.start()
            crowd = crowd + 1 if at - missed < lead else 0
            if crowd > _CROWD:
                # Anchors that crowd and begin no date (1/1/1/...): one plain
                # search runs over them at the speed of the pattern.
                crowd = 0
                m = search(text, tried)
                if m is None:
                    return
            else:
                m = None
                for start in starts(text, max(tried, at - lead), at + 1):
                    m = match(text, start.start())
                    if m is not None:
                        break
                if m is None:
                    # No date starts inside a run of digits: skip past it.
                    missed = at
                    digits = _DIGIT_RUN.match(text, at)
                    tried = at + 1 if digits is None else digits.end()
                    continue
        candidate, end = _complete(text, m, g)
        tried = max(tried, end)
        if candidate is not None:
            yield candidate
