"""Stage 3: token shapes to date candidates.

The scanner gives each token a one-character shape; the rules below are small
patterns over the shape string (``dmy`` is "day, month name, year"), and each
has a function that reads the matched tokens into a :class:`DatePart`.  Two
parts of different calendars joined by الموافق ("corresponding to"), a dash,
a slash or brackets make one dual-calendar :class:`Candidate`.

Shapes: ``d`` 1-2 digit number, ``t`` 3 digits, ``y`` 4 digits, ``z`` longer;
``m`` month, ``w`` weekday, ``p`` يوم before a weekday, ``e`` era marker,
``o`` ordinal day word, ``l`` من between an ordinal and its month, ``c``
الموافق, ``a`` عام "year" before a year, ``s`` an ordinal suffix (``4 th``);
``/ - . , ( )`` themselves; ``!`` other punctuation; ``x`` other text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal, NamedTuple

from ._scan import Scan, Token

__all__ = ["Candidate", "DatePart", "candidates"]

HijriOrGregorian = Literal["gregorian", "hijri"]
Rule = Literal["day_month_year", "month_day_year", "numeric", "month_year", "day_month"]

_WEEKDAY = r"(?:p?w[-,/]?)"
_MONTH = r"m(?:\(m\)|[-/]m)?"  # a month, or two: تموز (يوليو), أيلول/سبتمبر
_SEP = r"[-/.,]?"
_YEAR2 = r"d(?=[-/.,()!e]|$)"  # a two-digit year must end the expression
_YEAR = rf"(?:l?a?y|\(y\)|{_YEAR2})e?"  # 2025, من عام 2025, (2025), 25
_DAY = r"(?:ds?|o)l?"
_CORES: dict[Rule, str] = {
    "day_month_year": rf"{_DAY}{_SEP}{_MONTH}{_SEP}{_YEAR}",
    "month_day_year": rf"{_MONTH}{_SEP}ds?[-,]?ye?",
    "numeric": (
        r"(?<![dyt][-/.])"
        r"(?:d/d/(?:y|d)|d-d-(?:y|d)|d\.d\.y|y/d/d|y-d-d|y\.d\.d)"
        r"(?![-/.][dyt])e?"
    ),
    "month_year": rf"{_MONTH}{_SEP}a?ye?",
    "day_month": rf"{_DAY}{_SEP}{_MONTH}",
}
_SINGLE = re.compile(
    rf"{_WEEKDAY}?(?:"
    + "|".join(f"(?P<{name}>{core})" for name, core in _CORES.items())
    + r")(?:[-,]?p?w)?"
)
_JOIN = re.compile(r"[-,/]?\(?c?[-,]?")


@dataclass(frozen=True, slots=True)
class DatePart:
    """One date as written: the fields read from its tokens, not yet checked."""

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


@dataclass(frozen=True, slots=True)
class Candidate:
    """A date expression: one part, or a Hijri and a Gregorian part joined."""

    start: int
    end: int
    first: DatePart
    second: DatePart | None = None


class _Fields(NamedTuple):
    numbers: list[Token]  # digit runs and ordinal day words, in order
    months: list[Token]
    weekday: int | None


def _fields(tokens: tuple[Token, ...]) -> _Fields:
    """Numbers/ordinals, month tokens and weekday of a matched token run."""
    numbers: list[Token] = []
    months: list[Token] = []
    weekday: int | None = None
    for tok in tokens:
        s = tok.shape
        if s in "dyto":
            numbers.append(tok)
        elif s == "m":
            months.append(tok)
        elif s == "w" and weekday is None and tok.word is not None:
            weekday = tok.word.number
    return _Fields(numbers, months, weekday)


def _era(tokens: tuple[Token, ...]) -> HijriOrGregorian | None:
    for tok in tokens:
        if tok.shape == "e" and tok.word is not None:
            return tok.word.calendar
    return None


def _named(
    rule: Rule,
    tokens: tuple[Token, ...],
    fields: _Fields,
    day: Token | None,
    year: Token | None,
) -> DatePart | None:
    names = [t.word.month for t in fields.months if t.word and t.word.month]
    if not names:
        return None
    if year is not None and year.digits not in (2, 4):
        return None
    day_value = None
    if day is not None:
        day_value = day.word.number if day.word is not None else day.number
    return DatePart(
        rule=rule,
        start=tokens[0].start,
        end=tokens[-1].end,
        day=day_value,
        month=names[0].month,
        month_calendar=names[0].calendar,
        systems=tuple(n.system for n in names),
        other_months=tuple(n.month for n in names[1:]),
        year=None if year is None else year.number,
        year_digits=0 if year is None else year.digits,
        era=_era(tokens),
        weekday=fields.weekday,
    )


def day_month_year(tokens: tuple[Token, ...]) -> DatePart | None:
    """``12 تموز 2025`` "12 July 2025"; also ``الثاني عشر من تموز 2025``."""
    fields = _fields(tokens)
    return _named(
        "day_month_year", tokens, fields, fields.numbers[0], fields.numbers[-1]
    )


def month_day_year(tokens: tuple[Token, ...]) -> DatePart | None:
    """``دجنبر 11, 1987`` "December 11, 1987"."""
    fields = _fields(tokens)
    return _named(
        "month_day_year", tokens, fields, fields.numbers[0], fields.numbers[-1]
    )


def month_year(tokens: tuple[Token, ...]) -> DatePart | None:
    """``تموز 2025`` "July 2025" (precision: month)."""
    fields = _fields(tokens)
    return _named("month_year", tokens, fields, None, fields.numbers[-1])


def day_month(tokens: tuple[Token, ...]) -> DatePart | None:
    """``15 شباط`` "15 February", the year left to the reference date."""
    fields = _fields(tokens)
    word = fields.months[0].word
    # Libyan months are everyday nouns (الماء "water"), and Latin abbreviations
    # (mar, sat) English words: read them only with a year.
    if word and word.month and word.month.system in ("libyan", "english", "french"):
        return None
    return _named("day_month", tokens, fields, fields.numbers[0], None)


def numeric(tokens: tuple[Token, ...]) -> DatePart | None:
    """``12/07/2025``, ``2025-07-12``, ``14-09-1432`` (Hijri, from the year)."""
    fields = _fields(tokens)
    a, b, c = fields.numbers[0], fields.numbers[1], fields.numbers[2]
    if a.digits == 4:  # noqa: PLR2004 - a four-digit first field is the year
        year, first, second, swappable = a, b.number, c.number, False
        month, day = first, second
    else:
        year, swappable = c, True
        day, month = a.number, b.number
    if year.digits not in (2, 4):
        return None
    return DatePart(
        rule="numeric",
        start=tokens[0].start,
        end=tokens[-1].end,
        day=day,
        month=month,
        month_calendar=None,
        systems=("numeric",),
        other_months=(),
        year=year.number,
        year_digits=year.digits,
        era=_era(tokens),
        weekday=fields.weekday,
        swappable=swappable,
    )


_RULES: dict[str, Callable[[tuple[Token, ...]], DatePart | None]] = {
    "day_month_year": day_month_year,
    "month_day_year": month_day_year,
    "numeric": numeric,
    "month_year": month_year,
    "day_month": day_month,
}


def _part_at(scan: Scan, match: re.Match[str]) -> DatePart | None:
    rule = match.lastgroup
    tokens = scan.tokens[match.start() : match.end()]
    if rule is None:  # pragma: no cover - every branch is a named group
        return None
    return _RULES[rule](tokens)


def candidates(scan: Scan, start: int = 0) -> Iterator[Candidate]:
    """Date candidates of a scanned text, in reading order, not overlapping.

    >>> from tarikh._lexicon import lexicon
    >>> from tarikh._normalize import normalize
    >>> from tarikh._scan import scan
    >>> text = normalize("السبت 17 محرم 1447 هـ الموافق 12 يوليو 2025 م")
    >>> [c.first.month for c in candidates(scan(text, lexicon()))]
    [1]
    """
    shape = scan.shape
    pos = start
    while True:
        match = _SINGLE.search(shape, pos)
        if match is None:
            return
        pos = match.end()
        first = _part_at(scan, match)
        if first is None:
            continue
        second = None
        join = _JOIN.match(shape, pos)
        after = _SINGLE.match(shape, join.end()) if join else None
        if join is not None and after is not None:
            other = _part_at(scan, after)
            if other is not None and other.calendar()[0] != first.calendar()[0]:
                second = other
                pos = after.end()
                if "(" in join.group() and shape.startswith(")", pos):
                    pos += 1
        end = scan.tokens[pos - 1].end
        yield Candidate(first.start, end, first, second)
