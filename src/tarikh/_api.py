"""The public functions of DESIGN.md; the only module that reads the clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Literal

from ._errors import DateNotFoundError, InvalidDateError
from ._grammar import Candidate, candidates, grammar
from ._lexicon import lexicon
from ._normalize import Normalized, normalize_with_offsets
from ._relative import find_relative
from ._resolve import Options, Rejected, Resolved, resolve
from ._results import Dateline, DateMatch, at_time, match_of, relative_match
from ._times import bare_time_before, time_before

__all__ = ["find_dates", "parse_date", "parse_dateline", "to_iso"]

Prefer = Literal["past", "future", "nearest"]
_PREFER = ("past", "future", "nearest")


def _now() -> datetime:
    """The clock, read here and nowhere else."""
    return datetime.now()


_KNOWN_OPTIONS: dict[tuple[object, bool, str], Options] = {}


def _options(
    reference: date | datetime | None, *, dayfirst: bool, prefer: str
) -> Options:
    """Check the options and bundle them (remembered: callers repeat them)."""
    try:
        known = _KNOWN_OPTIONS.get((reference, dayfirst, prefer))
    except TypeError:  # unhashable: not a date; _new_options says so
        known = None
    if known is not None:
        return known
    opts = _new_options(reference, dayfirst=dayfirst, prefer=prefer)
    # Aware datetimes equal as instants may fall on different dates: not kept.
    if type(reference) in (date, type(None)) and len(_KNOWN_OPTIONS) < 256:  # noqa: PLR2004
        _KNOWN_OPTIONS[reference, dayfirst, prefer] = opts
    return opts


def _new_options(
    reference: date | datetime | None, *, dayfirst: bool, prefer: str
) -> Options:
    if prefer not in _PREFER:
        msg = f"prefer must be one of {', '.join(_PREFER)}; got {prefer!r}"
        raise ValueError(msg)
    if reference is None:
        return Options(date.min, bool(dayfirst), prefer, clock=_now)  # type: ignore[arg-type]
    if isinstance(reference, datetime):
        return Options(reference.date(), bool(dayfirst), prefer, None, reference)  # type: ignore[arg-type]
    if isinstance(reference, date):
        return Options(reference, bool(dayfirst), prefer, clock=None)  # type: ignore[arg-type]
    msg = f"reference must be a date or datetime, got {type(reference).__name__}"
    raise TypeError(msg)


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        msg = f"expected str, got {type(text).__name__}"
        raise TypeError(msg)
    return text


def _calendar_dates(
    text: str, norm: Normalized, opts: Options, rejected: list[tuple[str, str]] | None
) -> Iterator[tuple[int, int, DateMatch]]:
    """Calendar dates with their span in the normalised text."""
    floor = 0  # where the last candidate ended: a range starts after it
    for candidate in candidates(norm.text, lexicon()):
        floor, after = candidate.end, floor
        found = resolve(candidate, opts)
        if isinstance(found, Rejected):
            if rejected is not None:
                start, end = norm.raw_span(found.start, found.end)
                rejected.append((text[start:end], found.why))
            continue
        first = _range_start(norm.text, candidate, opts, after)
        if first is not None:
            span = norm.raw_span(first.start, first.end)
            yield first.start, first.end, match_of(text, span, first)
        span = norm.raw_span(found.start, found.end)
        yield found.start, found.end, match_of(text, span, found)
        last = _range_end(norm.text, candidate, found, opts)
        if last is not None:
            span = norm.raw_span(last.start, last.end)
            yield last.start, last.end, match_of(text, span, last)


def _range_start(
    text: str, candidate: Candidate, opts: Options, after: int
) -> Resolved | None:
    """The first day of a range of days: 13 in "من 13 إلى 15 تموز".

    It shares the month and year written after the last day, and is a match of
    its own (its span is its number), so a range gives both its days.
    """
    part = candidate.first
    if candidate.second is not None or part.day is None or part.month_calendar is None:
        return None
    window = max(after, candidate.start - 24)
    m = grammar(lexicon()).range_start.search(text, window, candidate.start)
    if m is None or not 1 <= int(m.group("day")) < part.day:
        return None
    start, end = m.span("day")
    first = part._replace(start=start, end=end, day=int(m.group("day")), weekday=None)
    found = resolve(Candidate(start, end, first), opts)
    return None if isinstance(found, Rejected) else found


def _range_end(
    text: str, candidate: Candidate, found: Resolved, opts: Options
) -> Resolved | None:
    """The last day of a range after its month: 15 in "تموز 13 إلى 15".

    Its span is its number; it takes the month and year of the first day.
    """
    part = candidate.first
    if part.rule != "month_day" or part.day is None:
        return None
    m = grammar(lexicon()).range_end.match(text, candidate.end)
    if m is None or not part.day < int(m.group("day")) <= 31:  # noqa: PLR2004
        return None
    if part.month_calendar == "hijri":  # the year as written, not its twin's
        if found.hijri is None:
            return None
        year = found.hijri[0]
    else:
        year = found.value.year
    start, end = m.span("day")
    last = part._replace(
        start=start, end=end, day=int(m.group("day")), year=year, year_digits=4
    )
    result = resolve(Candidate(start, end, last._replace(weekday=None)), opts)
    if isinstance(result, Rejected):
        return None
    inferred = tuple(w for w in found.warnings if w != "weekday-mismatch")
    return result._replace(warnings=inferred)


def _joins(text: str, end: int, start: int) -> bool:
    """Whether only a joiner (a bracket, a dash, الموافق) stands in text[end:start]."""
    join = grammar(lexicon()).join.match(text, end, start)
    return join is not None and join.end() == start


def _results(
    text: str, opts: Options, rejected: list[tuple[str, str]] | None = None
) -> Iterator[DateMatch]:
    """Calendar dates and relative expressions, in reading order.

    Where a relative expression and a calendar date overlap (اليوم السبت 12
    يوليو 2025, "today, Saturday 12 July 2025"), the calendar date is kept.
    """
    norm = normalize_with_offsets(text)
    lex = lexicon()
    pos = 0
    for start, end, dated in _calendar_dates(text, norm, opts, rejected):
        match = dated
        # Relative expressions in the gap before this date: looked for lazily,
        # so parse_date reads only the text up to its first date.
        if start - pos > 2:  # noqa: PLR2004 - room for a word: أمس "yesterday"
            for rel in find_relative(norm.text, lex, opts, pos, start):
                if rel.end > start:
                    continue  # one that runs into the date gives way to it
                # 10:30 ص السبت 12 يوليو 2025: the time of the date after it.
                joins = _joins(norm.text, rel.end, start)
                clock = None
                if rel.clock is not None and match.precision == "day":
                    clock = (
                        rel.clock if joins else time_before(norm.text, rel.clock, start)
                    )
                if clock is not None:
                    span = norm.raw_span(rel.start, end)
                    match = at_time(text, span, match, clock)
                elif not joins:
                    yield relative_match(text, norm.raw_span(rel.start, rel.end), rel)
                # Else it names the day the date then writes out (اليوم
                # السبت الموافق 12 يوليو 2025): the date stands for both.
        if type(match.value) is date and ":" in norm.text[max(pos, start - 8) : start]:
            bare = bare_time_before(norm.text, start, pos)
            if bare is not None:  # 11:42 2024-09-18: the date's time
                match = at_time(text, norm.raw_span(bare[0], end), match, bare[1])
        yield match
        pos = end
    for rel in find_relative(norm.text, lex, opts, pos, len(norm.text)):
        yield relative_match(text, norm.raw_span(rel.start, rel.end), rel)


def parse_date(
    text: str,
    *,
    reference: date | datetime | None = None,
    dayfirst: bool = True,
    prefer: Prefer = "past",
    strict: bool = False,
) -> DateMatch | None:
    """Return the first date expression of ``text``, or ``None``.

    A dual Hijri/Gregorian date is one expression.  ``reference`` completes
    two-digit years and dates written without a year; without it, today's date
    is used and such results carry the warning ``relative-to-now``.

    >>> m = parse_date("نشر بتاريخ: ١٢ تموز ٢٠٢٥")
    >>> m.iso(), m.text, m.system
    ('2025-07-12', '١٢ تموز ٢٠٢٥', 'levantine')
    >>> parse_date("السبت 17 محرم 1447 هـ الموافق 12 يوليو 2025 م").calendar
    'both'

    Args:
        text: Any string.
        reference: The date that "now" means (the page's crawl date).
        dayfirst: Read numeric dates as day/month (the default) or month/day.
        prefer: For dates with no year: "past" (news), "future" or "nearest".
        strict: Raise instead of returning ``None``.

    Raises:
        TypeError: If ``text`` is not a ``str``.
        DateNotFoundError: With ``strict=True``, when no date is written.
        InvalidDateError: With ``strict=True``, when the only dates written do
            not exist (``31 شباط 2025``).
    """
    opts = _options(reference, dayfirst=dayfirst, prefer=prefer)
    rejected: list[tuple[str, str]] | None = [] if strict else None
    for found in _results(_check_text(text), opts, rejected):
        return found
    if rejected:
        seen, why = rejected[0]
        raise InvalidDateError(seen, why)
    if strict:
        raise DateNotFoundError(text, "no date found")
    return None


def find_dates(
    text: str,
    *,
    reference: date | datetime | None = None,
    dayfirst: bool = True,
    prefer: Prefer = "past",
) -> list[DateMatch]:
    """Return every date expression of ``text``, in reading order.

    >>> [m.iso() for m in find_dates("من 3 آذار 2024 إلى 2024/04/30")]
    ['2024-03-03', '2024-04-30']
    """
    opts = _options(reference, dayfirst=dayfirst, prefer=prefer)
    return list(_results(_check_text(text), opts))


def to_iso(
    text: str,
    *,
    reference: date | datetime | None = None,
    dayfirst: bool = True,
    prefer: Prefer = "past",
    strict: bool = False,
) -> str | None:
    """The ISO 8601 form of the first date of ``text``, or ``None``.

    >>> to_iso("الإثنين ٠٤ دجنبر ٢٠٢٣")
    '2023-12-04'
    """
    found = parse_date(
        text, reference=reference, dayfirst=dayfirst, prefer=prefer, strict=strict
    )
    return None if found is None else found.iso()


def parse_dateline(
    text: str, *, reference: date | datetime | None = None
) -> Dateline | None:
    """Read the dateline that opens a news story: place, source and date.

    The story begins after ``span[1]``.  A day and month without a year are
    completed from ``reference`` (or today's date, with ``relative-to-now``).
    Any string gives a :class:`Dateline` or ``None``.

    >>> d = parse_dateline("بيونغ يانغ-سبأ: صرح وزير الخارجية الروسي")
    >>> d.location.name, d.location.country, d.source.code, d.text
    ('Pyongyang', 'KP', 'SABA', 'بيونغ يانغ-سبأ:')

    Raises:
        TypeError: If ``text`` is not a ``str``.
    """
    from ._dateline import read_dateline

    opts = _options(reference, dayfirst=True, prefer="past")
    return read_dateline(_check_text(text), opts)
