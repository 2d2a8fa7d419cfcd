"""Frozen result types returned by the public API."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from ._codes import (
    Calendar,
    FindingCode,
    LocationKind,
    Precision,
    Severity,
    SourceKind,
    System,
    WarningCode,
)

if TYPE_CHECKING:  # the parse stages need not load to build or read a result
    from ._relative import RelativeFound
    from ._resolve import Resolved
    from ._times import TimeOfDay

__all__ = ["Article", "DateMatch", "Dateline", "Finding", "Location", "Source"]


_CUT = {"year": 4, "month": 7}  # characters of an ISO date a precision keeps


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMatch:
    """One date expression found in a text.

    Attributes:
        value: The date, or the start of the period the text names
            (``تموز 2025`` -> ``date(2025, 7, 1)``); a ``datetime`` when a time
            was given.
        precision: How much of the date the text gives.
        text: The expression exactly as written: ``text == input[span[0]:span[1]]``.
        span: Start and end of the expression in the input string.
        calendar: The calendar the text is written in; ``"both"`` for a Hijri
            and a Gregorian date joined as one expression.
        system: How the month was written (``"levantine"``, ``"egyptian"``,
            ``"maghrebi"``, ``"moroccan"``, ``"mauritanian"``, ``"libyan"``,
            ``"hijri"``, ``"english"``, ``"french"``, ``"numeric"``), joined with
            ``+`` for dual forms, in the order written.
        hijri: The Umm al-Qura date ``(year, month, day)`` of ``value`` when it
            lies in the table's range, else ``None``; for a Hijri or dual date,
            the Hijri date as written.
        relative: Whether the expression is relative to the reference time.
        warnings: Assumptions made and inconsistencies seen.
    """

    value: date | datetime
    precision: Precision
    text: str
    span: tuple[int, int]
    calendar: Calendar
    system: System
    hijri: tuple[int, int, int] | None = None
    relative: bool = False
    warnings: tuple[WarningCode, ...] = ()

    def iso(self) -> str:
        """Return the value in ISO 8601, cut to the precision.

        A Hijri month or year is given by its first day: it does not start on a
        Gregorian month's first (``رمضان 1446`` is ``2025-03-01``).

        >>> import datetime
        >>> m = DateMatch(value=datetime.date(2025, 7, 1), precision="month",
        ...               text="تموز 2025", span=(0, 9), calendar="gregorian",
        ...               system="levantine")
        >>> m.iso()
        '2025-07'
        """
        value = self.value
        if isinstance(value, datetime):
            if self.precision == "hour":
                return value.isoformat(timespec="hours")
            if self.precision == "minute":
                return value.isoformat(timespec="minutes")
            return value.isoformat(timespec="seconds")
        full = value.isoformat()
        if self.calendar == "hijri":  # a Hijri month or year: its first day
            return full
        return full[: _CUT.get(self.precision, len(full))]


@dataclass(frozen=True, slots=True, kw_only=True)
class Location:
    """Where a story was filed, as its dateline names it.

    Attributes:
        name: Canonical English name (GeoNames), e.g. ``"Pyongyang"``; the
            text as written when the place is not in the gazetteer.
        name_ar: The place as written in the dateline.
        country: ISO 3166-1 alpha-2 code, when known.
        geonameid: The GeoNames id, when known.
        kind: ``"city"``, ``"country"``, ``"region"``, or ``"unknown"``.
    """

    name: str
    name_ar: str
    country: str | None = None
    geonameid: int | None = None
    kind: LocationKind = "unknown"


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """Who filed a story: a news agency, a newspaper or a broadcaster.

    Attributes:
        code: The source code (``"SABA"``, ``"AFP"``; ``"AGENCIES"`` for
            وكالات, ``"STAFF"`` for the outlet's own reporters); for an unknown
            source, the text as written.
        name: English name.
        name_ar: The source as written in the dateline.
        kind: ``"agency"``, ``"newspaper"``, ``"broadcaster"`` or ``"unknown"``.
        country: ISO 3166-1 alpha-2 code of the source's home, when known.
    """

    code: str
    name: str
    name_ar: str
    kind: SourceKind = "unknown"
    country: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Dateline:
    """The opening of a news story: place, source and date.

    Attributes:
        location: The place the story was filed from, if named.
        source: The agency or outlet credited, if named.
        date: The date inside the dateline, if any.
        text: The dateline as written: ``text == input[span[0]:span[1]]``.
        span: Start and end in the input; the story begins after ``span[1]``.
        reporter: A reporter's name written in the dateline, if any
            (``مسقط - حمود الطوقي:``); an addition to DESIGN.md's fields.
    """

    location: Location | None
    source: Source | None
    date: DateMatch | None
    text: str
    span: tuple[int, int]
    reporter: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """Something in a page's metadata that does not add up.

    Attributes:
        code: What was found (``"weekday-mismatch"``, ``"url-date-mismatch"``,
            ...; all are listed in ``docs/articles.md``).
        severity: ``"error"`` (the metadata contradicts itself),
            ``"warning"`` (it may be wrong) or ``"info"``.
        message: One sentence that quotes what was seen.
        span: The text in the input the finding is about, if any.
    """

    code: FindingCode
    severity: Severity
    message: str
    span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """A scraped news article read whole.

    Attributes:
        published: The page's published date (its header's date line).
        dateline: The dateline that opens the story, with spans into the article.
        site: The site the page names in its header (``موقع كل يوم``), if any.
        findings: What does not add up, errors first, then in reading order.
        credit: The outlet the site line credits (``-سبأ نت``), if any; an
            addition to DESIGN.md's fields.
        dates: The dates of the story after its dateline, relative ones read
            against the published date; an addition to DESIGN.md's fields.
    """

    published: DateMatch | None
    dateline: Dateline | None
    site: str | None
    findings: tuple[Finding, ...]
    credit: Source | None = None
    dates: tuple[DateMatch, ...] = ()


# The parse path builds one DateMatch per result.  Setting the slots through
# their descriptors costs under half of the frozen ``__init__`` (which goes
# through ``object.__setattr__`` per field) and gives an equal object.
_new = object.__new__
_SETTERS: dict[str, Callable[[DateMatch, object], None]] = {
    name: getattr(DateMatch, name).__set__ for name in DateMatch.__dataclass_fields__
}
_set_value = _SETTERS["value"]
_set_precision = _SETTERS["precision"]
_set_text = _SETTERS["text"]
_set_span = _SETTERS["span"]
_set_calendar = _SETTERS["calendar"]
_set_system = _SETTERS["system"]
_set_hijri = _SETTERS["hijri"]
_set_relative = _SETTERS["relative"]
_set_warnings = _SETTERS["warnings"]


def new_match(  # noqa: PLR0913, PLR0917 - one argument per field of DateMatch
    value: date | datetime,
    precision: Precision,
    text: str,
    span: tuple[int, int],
    calendar: Calendar,
    system: System,
    hijri: tuple[int, int, int] | None,
    relative: bool,  # noqa: FBT001
    warnings: tuple[WarningCode, ...],
) -> DateMatch:
    """Build a :class:`DateMatch` on the parse path (same object as the init)."""
    match: DateMatch = _new(DateMatch)
    _set_value(match, value)
    _set_precision(match, precision)
    _set_text(match, text)
    _set_span(match, span)
    _set_calendar(match, calendar)
    _set_system(match, system)
    _set_hijri(match, hijri)
    _set_relative(match, relative)
    _set_warnings(match, warnings)
    return match


def match_of(raw: str, span: tuple[int, int], found: Resolved) -> DateMatch:
    """The :class:`DateMatch` of a checked date whose input span is ``span``."""
    start, end = span
    return new_match(
        found.value,
        found.precision,
        raw[start:end],
        span,
        found.calendar,
        found.system,
        found.hijri,
        False,  # noqa: FBT003 - `relative`: calendar dates are not relative
        found.warnings,
    )


def relative_match(raw: str, span: tuple[int, int], found: RelativeFound) -> DateMatch:
    """The :class:`DateMatch` of a resolved relative expression."""
    from ._calendars import to_hijri

    value = found.value
    day = value.date() if isinstance(value, datetime) else value
    start, end = span
    return new_match(
        value,
        found.precision,
        raw[start:end],
        span,
        "gregorian",
        "relative",
        to_hijri(day),
        True,  # noqa: FBT003 - `relative`
        found.warnings,
    )


def at_time(
    raw: str, span: tuple[int, int], match: DateMatch, clock: TimeOfDay
) -> DateMatch:
    """``match`` (a day) at the time written just before it, over ``span``."""
    from ._times import on_day

    assert type(match.value) is date  # a time is put on a day only
    start, end = span
    warnings = match.warnings + (("local-time",) if clock.local else ())
    return new_match(
        on_day(match.value, clock),
        clock.precision,  # type: ignore[arg-type]
        raw[start:end],
        span,
        match.calendar,
        match.system,
        match.hijri,
        match.relative,
        warnings,
    )
