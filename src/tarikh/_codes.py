"""Closed sets of the public results: precisions, calendars, systems, warnings.

Every warning code is explained, with an example, in ``docs/usage.md``.
"""

from __future__ import annotations

from typing import Literal

__all__ = [
    "Calendar",
    "FindingCode",
    "LocationKind",
    "Precision",
    "Severity",
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

# What parse_article flags about a page's metadata; each is explained, with an
# example, in ``docs/articles.md``.
FindingCode = Literal[
    # The header's or body's "اليوم <weekday>", or the published date's own
    # weekday, is not the weekday of the published date (error).
    "weekday-mismatch",
    # A Hijri twin more than a day from the Gregorian date (error).
    "hijri-gregorian-mismatch",
    # A Hijri twin exactly one day off: local moon sighting (info).
    "hijri-sighting-offset",
    # The published date is after the reference (the crawl time) (error).
    "published-in-future",
    # The date in the page's URL is not the published date (warning).
    "url-date-mismatch",
    # The dateline's date is more than a day from the published date (warning).
    "dateline-date-mismatch",
    # The published date is relative ("منذ 3 ساعات"), read against the reference (info).
    "relative-published",
    # No published date in the header (warning).
    "no-published-date",
    # No dateline opens the story (info).
    "no-dateline",
    # The published date is numeric and reads both day/month and month/day (warning).
    "ambiguous-day-month",
]
Severity = Literal["error", "warning", "info"]
