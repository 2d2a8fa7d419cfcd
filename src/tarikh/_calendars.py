"""Gregorian and Hijri arithmetic and checks; the only user of ``hijridate``.

Hijri dates convert through the Umm al-Qura table that ``hijridate`` ships
(1343-1500 AH, 1924-08-01 to 2077-11-16), read once into a tuple of month
starts and searched by bisection.  Outside it, the arithmetic (tabular) Islamic
calendar is used: 30-year cycle, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24,
26 and 29, epoch 16 July 622 (Julian), the civil epoch of most tables.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from functools import cache
from typing import NamedTuple

__all__ = [
    "HijriConversion",
    "gregorian_month_length",
    "hijri_month_length",
    "hijri_to_gregorian",
    "tabular_year_of",
    "to_hijri",
]

_UMM_AL_QURA_YEARS = (1343, 1500)
_UMM_AL_QURA_DAYS = (date(1924, 8, 1), date(2077, 11, 16))
# date(622, 7, 19).toordinal(): 1 Muharram 1 AH (Friday) in the proleptic
# Gregorian calendar that Python's date uses.
_TABULAR_EPOCH = 227015
_TABULAR_LEAP = frozenset({2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29})


class HijriConversion(NamedTuple):
    """A Hijri date converted to the Gregorian calendar."""

    value: date
    tabular: bool  # True when outside Umm al-Qura: arithmetic calendar used


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def gregorian_month_length(year: int, month: int) -> int:
    """Days in a Gregorian month.

    >>> gregorian_month_length(2024, 2), gregorian_month_length(1900, 2)
    (29, 28)
    """
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):  # noqa: PLR2004
        return 29
    return _DAYS_IN_MONTH[month - 1]


def _tabular_month_length(year: int, month: int) -> int:
    if month == 12:  # noqa: PLR2004 - Dhu al-Hijja
        return 30 if (year % 30 or 30) in _TABULAR_LEAP else 29
    return 30 if month % 2 else 29


def _tabular_to_ordinal(year: int, month: int, day: int) -> int:
    y = year - 1
    days = y * 354 + (3 + 11 * year) // 30
    days += 29 * (month - 1) + month // 2
    return _TABULAR_EPOCH + days + day - 1


def _in_umm_al_qura(year: int) -> bool:
    return _UMM_AL_QURA_YEARS[0] <= year <= _UMM_AL_QURA_YEARS[1]


@cache
def _month_starts() -> tuple[tuple[int, ...], int]:
    """Umm al-Qura month starts (as date ordinals) and the first month's index.

    ``hijridate`` keeps the table as reduced Julian days; ordinal = rjd + 678575.
    """
    from hijridate import ummalqura

    starts = tuple(rjd + _RJD_TO_ORDINAL for rjd in ummalqura.MONTH_STARTS)
    return starts, _UMM_AL_QURA_YEARS[0] * 12


_RJD_TO_ORDINAL = 2400000 - 1721425


def hijri_month_length(year: int, month: int) -> int:
    """Days (29 or 30) in a Hijri month: Umm al-Qura where known, else tabular.

    >>> hijri_month_length(1447, 1), hijri_month_length(1447, 2)
    (30, 29)
    """
    if _in_umm_al_qura(year):
        starts, first = _month_starts()
        i = year * 12 + month - 1 - first
        return starts[i + 1] - starts[i]
    return _tabular_month_length(year, month)


def hijri_to_gregorian(year: int, month: int, day: int) -> HijriConversion | None:
    """Convert a Hijri date; ``None`` when the date does not exist.

    >>> hijri_to_gregorian(1447, 1, 17)
    HijriConversion(value=datetime.date(2025, 7, 12), tabular=False)
    """
    if not (1 <= month <= 12 and day >= 1 and year >= 1):  # noqa: PLR2004
        return None
    if day > hijri_month_length(year, month):
        return None
    if _in_umm_al_qura(year):
        starts, first = _month_starts()
        ordinal = starts[year * 12 + month - 1 - first] + day - 1
        return HijriConversion(date.fromordinal(ordinal), tabular=False)
    ordinal = _tabular_to_ordinal(year, month, day)
    if not 1 <= ordinal <= date.max.toordinal():
        return None
    return HijriConversion(date.fromordinal(ordinal), tabular=True)


def to_hijri(value: date) -> tuple[int, int, int] | None:
    """The Umm al-Qura date of ``value``, or ``None`` outside the table.

    >>> to_hijri(date(2025, 7, 12))
    (1447, 1, 17)
    """
    if not _UMM_AL_QURA_DAYS[0] <= value <= _UMM_AL_QURA_DAYS[1]:
        return None
    starts, first = _month_starts()
    ordinal = value.toordinal()
    i = bisect_right(starts, ordinal) - 1
    year, month = divmod(first + i, 12)
    return (year, month + 1, ordinal - starts[i] + 1)


def tabular_year_of(value: date) -> int:
    """The Hijri year (tabular reckoning) in which ``value`` falls.

    >>> tabular_year_of(date(2025, 7, 12))
    1447
    """
    days = value.toordinal() - _TABULAR_EPOCH
    return (30 * days + 10646) // 10631
