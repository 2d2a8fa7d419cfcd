"""Stage 4: candidates to checked dates, against the reference date.

Checks the day against the month's real length (Umm al-Qura for Hijri
months), completes two-digit years and missing years, converts Hijri dates,
and records every assumption and inconsistency as a warning code.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Literal, NamedTuple

from ._calendars import (
    gregorian_month_length,
    hijri_month_length,
    hijri_to_gregorian,
    tabular_year_of,
    to_hijri,
)
from ._codes import Calendar, Precision, WarningCode
from ._grammar import Candidate, DatePart, HijriOrGregorian
from ._times import on_day

__all__ = ["Options", "Rejected", "Resolved", "infer_year", "resolve"]

Prefer = Literal["past", "future", "nearest"]


class Options(NamedTuple):
    """What the caller asked for, passed down unchanged."""

    reference: date  # ignored when `clock` is set
    dayfirst: bool
    prefer: Prefer
    clock: Callable[[], datetime] | None  # reads the time when no reference was given
    instant: datetime | None = None  # the reference, when given as a datetime

    def today(self) -> date:
        """The reference date, reading the clock only now, when it is needed."""
        return self.reference if self.clock is None else self.clock().date()

    def moment(self) -> datetime:
        """The reference moment: midnight of a reference given as a date."""
        if self.clock is not None:
            return self.clock()
        return self.instant or datetime.combine(self.reference, time())


class Resolved(NamedTuple):
    """A checked date, with the span of its candidate in normalised text."""

    start: int
    end: int
    value: date | datetime
    precision: Precision
    calendar: Calendar
    system: str
    hijri: tuple[int, int, int] | None
    warnings: tuple[WarningCode, ...]


class Rejected(NamedTuple):
    """A candidate that names no real date, and why."""

    start: int
    end: int
    why: str


class _PartValue(NamedTuple):
    value: date
    precision: Precision
    calendar: Literal["gregorian", "hijri"]
    hijri: tuple[int, int, int] | None
    warnings: tuple[WarningCode, ...]


def _month_name(calendar: str, month: int) -> str:
    """Name a month in an error message (stdlib English names, Hijri by number)."""
    if calendar == "hijri":
        return f"Hijri month {month} of"
    import calendar as gregorian  # error messages only: keep it off the import path

    return gregorian.month_name[month]


def _month_length(calendar: str, year: int, month: int) -> int:
    if calendar == "hijri":
        return hijri_month_length(year, month)
    return gregorian_month_length(year, month)


def _full_year(two_digits: int, reference_year: int) -> int:
    """The year ending in ``two_digits`` within 80 years before to 20 after."""
    year = reference_year - reference_year % 100 + two_digits
    if year > reference_year + 20:
        year -= 100
    elif year <= reference_year - 80:
        year += 100
    return year


def _to_gregorian(
    calendar: str, year: int, month: int, day: int
) -> tuple[date, bool] | None:
    if calendar == "hijri":
        conv = hijri_to_gregorian(year, month, day)
        return None if conv is None else (conv.value, conv.tabular)
    return date(year, month, day), False


def infer_year(
    calendar: str, month: int, day: int, opts: Options
) -> tuple[int, date, bool] | None:
    """Complete a day and month with no year, as ``opts.prefer`` asks."""
    ref = opts.today()
    base = tabular_year_of(ref) if calendar == "hijri" else ref.year
    found: list[tuple[int, date, bool]] = []
    for year in range(base - 8, base + 9):
        if year < 1 or day > _month_length(calendar, year, month):
            continue
        conv = _to_gregorian(calendar, year, month, day)
        if conv is not None:
            found.append((year, conv[0], conv[1]))
    if opts.prefer == "past":
        past = [f for f in found if f[1] <= ref]
        return max(past, key=lambda f: f[1]) if past else None
    if opts.prefer == "future":
        future = [f for f in found if f[1] >= ref]
        return min(future, key=lambda f: f[1]) if future else None
    return min(found, key=lambda f: abs((f[1] - ref).days)) if found else None


def _numeric_order(part: DatePart, opts: Options) -> tuple[int, int, bool] | str:
    """Day and month of a numeric date, and whether the order was ambiguous."""
    first, second = part.day or 0, part.month  # as written: first field, second
    if not part.swappable:
        return first, second, False
    day, month = (first, second) if opts.dayfirst else (second, first)
    day_ok = 1 <= month <= 12 and 1 <= day <= 31  # noqa: PLR2004
    swap_ok = 1 <= day <= 12 and 1 <= month <= 31  # noqa: PLR2004
    if day_ok:
        return day, month, swap_ok and day != month
    if swap_ok:
        return month, day, False
    return f"neither {first} nor {second} is a month"


def _year(
    part: DatePart, calendar: str, month: int, day: int | None, opts: Options
) -> tuple[int, tuple[WarningCode, ...]] | str:
    """The full year of a part, and the warnings its completion needs."""
    clock: tuple[WarningCode, ...] = () if opts.clock is None else ("relative-to-now",)
    if part.year is None:
        assert day is not None  # day_month and month_day have no year
        found = infer_year(calendar, month, day, opts) if 1 <= day <= 31 else None  # noqa: PLR2004
        if found is None:
            return f"no year has a day {day} of {_month_name(calendar, month)}"
        return found[0], ("year-inferred", *clock)
    if part.year_digits == 2:  # noqa: PLR2004
        ref = opts.today()
        ref_year = tabular_year_of(ref) if calendar == "hijri" else ref.year
        return _full_year(part.year, ref_year), ("two-digit-year", *clock)
    return part.year, ()


def _why_not_a_day(calendar: str, year: int, month: int, day: int | None) -> str | None:
    """Why year, month and day name no real date, or ``None`` when they do."""
    if not 1 <= month <= 12:  # noqa: PLR2004
        return f"there is no month {month}"
    if not 1 <= year <= 9999:  # noqa: PLR2004 - the range of datetime.date
        return f"year {year} is out of range"
    length = _month_length(calendar, year, month)
    if day is not None and not 1 <= day <= length:
        name = _month_name(calendar, month)
        return f"{name} {year} has {length} days, so it has no day {day}"
    return None


def _settle_numeric(
    part: DatePart, opts: Options, warnings: list[WarningCode]
) -> tuple[HijriOrGregorian, int, int] | str:
    """Calendar, day and month of a numeric date; adds the warnings it needs."""
    calendar, inferred = part.calendar()
    if inferred:
        warnings.append("calendar-inferred")
    order = _numeric_order(part, opts)
    if isinstance(order, str):
        return order
    day, month, ambiguous = order
    if ambiguous:
        warnings.append("ambiguous-day-month")
    return calendar, day, month


def _settle(
    part: DatePart, opts: Options, warnings: list[WarningCode]
) -> tuple[HijriOrGregorian, int | None, int] | str:
    """The calendar, day and month a part is written in; adds its warnings."""
    if part.rule == "year":  # عام 2025, 1447 هـ: the calendar from era or year
        calendar, inferred = part.calendar()
        if inferred:
            warnings.append("calendar-inferred")
        return calendar, None, 1
    if part.month_calendar is None and part.day is None:  # 2/2013: month and year
        calendar, inferred = part.calendar()
        if inferred:
            warnings.append("calendar-inferred")
        return calendar, None, part.month
    if part.month_calendar is None:  # numeric: day/month order and calendar
        return _settle_numeric(part, opts, warnings)
    if part.era is not None and part.era != part.month_calendar:
        warnings.append("era-mismatch")
    return part.month_calendar, part.day, part.month


def _resolve_part(part: DatePart, opts: Options) -> _PartValue | str:
    warnings: list[WarningCode] = []
    settled = _settle(part, opts, warnings)
    if isinstance(settled, str):
        return settled
    calendar, day, month = settled
    year = part.year
    if part.other_months and part.other_months[0] != month:
        warnings.append("dual-month-mismatch")
    if year is None or part.year_digits == 2:  # noqa: PLR2004
        year_found = _year(part, calendar, month, day, opts)
        if isinstance(year_found, str):
            return year_found
        year, year_warnings = year_found
        warnings += year_warnings
    wrong = _why_not_a_day(calendar, year, month, day)
    if wrong is not None:
        return wrong
    if calendar == "gregorian":
        value = date(year, month, day or 1)
        hijri = None if day is None else to_hijri(value)
    else:
        conv = hijri_to_gregorian(year, month, day or 1)
        if conv is None:
            return f"{_month_name(calendar, month)} {year} is out of range"
        value, hijri = conv.value, (year, month, day or 1)
        if conv.tabular:
            hijri = None  # the twin is an Umm al-Qura date, which this is not
            warnings.append("hijri-tabular")
    if part.weekday is not None and day is not None and value.weekday() != part.weekday:
        warnings.append("weekday-mismatch")
    precision: Precision = "day"
    if day is None:
        precision = "year" if part.rule == "year" else "month"
    return _PartValue(value, precision, calendar, hijri, tuple(warnings))


def _system(part: DatePart) -> str:
    return "+".join(part.systems)


def resolve(candidate: Candidate, opts: Options) -> Resolved | Rejected:
    """Check a candidate and turn it into a date.

    A dual date takes its value from the Gregorian part; the Hijri part is
    checked against it (``hijri-sighting-offset`` at one day apart,
    ``hijri-gregorian-mismatch`` beyond).
    """
    found = _resolve_date(candidate, opts)
    clock = candidate.time
    if clock is None or isinstance(found, Rejected) or found.precision != "day":
        return found
    precision: Precision = clock.precision  # type: ignore[assignment]
    warnings = found.warnings + (("local-time",) if clock.local else ())
    value = on_day(found.value, clock)
    return found._replace(value=value, precision=precision, warnings=warnings)


def _resolve_date(candidate: Candidate, opts: Options) -> Resolved | Rejected:
    first = _resolve_part(candidate.first, opts)
    if candidate.second is None:
        if isinstance(first, str):
            return Rejected(candidate.start, candidate.end, first)
        return Resolved(
            candidate.start,
            candidate.end,
            first.value,
            first.precision,
            first.calendar,
            _system(candidate.first),
            first.hijri,
            first.warnings,
        )
    second = _resolve_part(candidate.second, opts)
    system = f"{_system(candidate.first)}+{_system(candidate.second)}"
    if isinstance(first, str) or isinstance(second, str):
        # A half that names no real day: keep the other, and say they disagree.
        real = [half for half in (first, second) if not isinstance(half, str)]
        if not real:
            return Rejected(candidate.start, candidate.end, str(first))
        return _dual_with_one_half(candidate, real[0], system)
    greg, hij = (first, second) if first.calendar == "gregorian" else (second, first)
    warnings = list(dict.fromkeys((*first.warnings, *second.warnings)))
    gap = abs((greg.value - hij.value).days)
    if greg.precision == "day" and hij.precision == "day" and gap:
        warnings.append(
            "hijri-sighting-offset" if gap == 1 else "hijri-gregorian-mismatch"
        )
    return Resolved(
        candidate.start,
        candidate.end,
        greg.value,
        greg.precision,
        "both",
        system,
        hij.hijri,
        tuple(warnings),
    )


def _dual_with_one_half(
    candidate: Candidate, half: _PartValue, system: str
) -> Resolved:
    """A dual date whose other half does not exist: the real half, flagged."""
    return Resolved(
        candidate.start,
        candidate.end,
        half.value,
        half.precision,
        "both",
        system,
        half.hijri,
        (*half.warnings, "hijri-gregorian-mismatch"),
    )
