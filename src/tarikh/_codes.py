"""Closed sets of the public results: precisions, calendars, systems, warnings.

Every warning code is explained, with an example, in ``docs/usage.md``.
"""

from __future__ import annotations

from typing import Literal

__all__ = [
    "Calendar",
    "LocationKind",
    "Precision",
    "SourceKind",
    "System",
    "WarningCode",
]

Precision = Literal["year", "month", "day", "hour", "minute", "second"]

# "both": a Hijri and a Gregorian date written together (الموافق).
Calendar = Literal["gregorian", "hijri", "both"]

# How the month was written.  Dual forms join two systems with "+" in the order
# written ("levantine+egyptian", "hijri+egyptian"), so the field is a str.
System = str

WarningCode = Literal[
    # A named weekday that is not the weekday of the date (the date is kept).
    "weekday-mismatch",
    # The Hijri and the Gregorian halves of a dual date differ by more than a day.
    "hijri-gregorian-mismatch",
    # They differ by exactly one day: local moon sighting against Umm al-Qura.
    "hijri-sighting-offset",
    # A numeric date that reads as day/month and as month/day.
    "ambiguous-day-month",
    # A numeric date with no era marker read as Hijri from its year (1300-1500).
    "calendar-inferred",
    # A Hijri date outside the Umm al-Qura table, converted arithmetically.
    "hijri-tabular",
    # A two-digit year completed against the reference date.
    "two-digit-year",
    # A day and month with no year, completed from the reference date.
    "year-inferred",
    # No reference was given, so the clock was read.
    "relative-to-now",
    # The two month names of a dual form (تموز/يوليو) name different months.
    "dual-month-mismatch",
    # An era marker that contradicts the month's calendar (the month wins).
    "era-mismatch",
    # A relative expression with a vague count (منذ ساعات "hours ago"): read as 3.
    "approximate",
    # بالتوقيت المحلي "local time": a zone was named but not which; value naive.
    "local-time",
]

LocationKind = Literal["city", "country", "region", "unknown"]
SourceKind = Literal["agency", "newspaper", "broadcaster", "unknown"]
