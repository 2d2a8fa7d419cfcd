"""CLDR (through babel) against the lexicon and the parser, for every Arabic locale.

(a) Every Gregorian month name (format and stand-alone, wide and abbreviated)
and weekday name of every ``ar*`` locale is a lexicon key with the right
meaning.  (b) Every date that babel formats in every ``ar*`` locale, in every
date format (full, long, medium, short), as babel writes it and with its digits
in Arabic-Indic, parses back to the date it was made from.  Both must hold for
100 % of the cases; a failure lists every case that broke.
"""

from __future__ import annotations

import datetime as dt
import re

import babel
import babel.dates
import babel.localedata
import pytest
from conftest import REF

import tarikh
from tarikh._lexicon import lexicon

LOCALES = sorted(
    loc for loc in babel.localedata.locale_identifiers() if loc.split("_")[0] == "ar"
)
CONTEXTS = ("format", "stand-alone")
WIDTHS = ("wide", "abbreviated")
FORMATS = ("full", "long", "medium", "short")
YEARS = (1930, 1948, 1967, 1999, 2000, 2024, 2038, 2070)
DAYS = (1, 9, 12, 28)
DATES = tuple(dt.date(y, m, d) for y in YEARS for m in range(1, 13) for d in DAYS)
TO_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def test_there_are_arabic_locales() -> None:
    assert "ar" in LOCALES
    assert len(LOCALES) > 20


def _month_problems(loc: str) -> list[str]:
    words = lexicon().words
    locale = babel.Locale.parse(loc)
    problems: list[str] = []
    for context in CONTEXTS:
        for width in WIDTHS:
            for number, name in locale.months[context][width].items():
                word = words.get(tarikh.normalize(name))
                month = None if word is None else word.month
                if month is None:
                    problems.append(
                        f"{context}/{width} month {number} {name!r}: unknown"
                    )
                elif (month.calendar, month.month) != ("gregorian", number):
                    problems.append(
                        f"{context}/{width} month {number} {name!r}: "
                        f"read as {month.calendar} month {month.month}"
                    )
    return problems


def _weekday_problems(loc: str) -> list[str]:
    words = lexicon().words
    locale = babel.Locale.parse(loc)
    problems: list[str] = []
    for context in CONTEXTS:
        for width in WIDTHS:
            # babel numbers weekdays as Python does: Monday = 0.
            for number, name in locale.days[context][width].items():
                word = words.get(tarikh.normalize(name))
                if word is None or word.kind != "weekday":
                    problems.append(f"{context}/{width} day {number} {name!r}: unknown")
                elif word.number != number:
                    read = f"read as {word.number}"
                    problems.append(f"{context}/{width} day {number} {name!r}: {read}")
    return problems


@pytest.mark.parametrize("loc", LOCALES, ids=LOCALES)
def test_every_cldr_month_name_is_in_the_lexicon(loc: str) -> None:
    problems = _month_problems(loc)
    assert not problems, f"{loc}: {len(problems)} month names: {problems}"


@pytest.mark.parametrize("loc", LOCALES, ids=LOCALES)
def test_every_cldr_weekday_name_is_in_the_lexicon(loc: str) -> None:
    problems = _weekday_problems(loc)
    assert not problems, f"{loc}: {len(problems)} weekday names: {problems}"


def _two_digit_year(pattern: str) -> bool:
    """Whether a CLDR date pattern writes the year with exactly two digits."""
    unquoted = re.sub(r"'[^']*'", "", pattern)
    return re.search(r"(?<![yY])[yY]{2}(?![yY])", unquoted) is not None


def _window(year: int) -> int:
    """The year tarikh reads for ``year % 100``: 80 years before REF to 20 after."""
    full = REF.year - REF.year % 100 + year % 100
    if full > REF.year + 20:
        full -= 100
    elif full <= REF.year - 80:
        full += 100
    return full


def test_window_helper() -> None:
    assert _window(2025) == 2025
    assert _window(1967) == 1967
    assert _window(1930) == 2030
    assert _window(2070) == 1970
    assert _two_digit_year("d/M/yy")
    assert not _two_digit_year("d/M/y")
    assert not _two_digit_year("d MMMM yyyy")


CASES = [(loc, fmt) for loc in LOCALES for fmt in FORMATS]


@pytest.mark.parametrize(("loc", "fmt"), CASES, ids=[f"{loc}-{f}" for loc, f in CASES])
def test_every_cldr_date_format_parses_back(loc: str, fmt: str) -> None:
    pattern = babel.Locale.parse(loc).date_formats[fmt].pattern
    short_year = _two_digit_year(pattern)
    numeric = "M" in pattern and "MMM" not in pattern
    failures: list[str] = []
    for date in DATES:
        expected = date.replace(year=_window(date.year)) if short_year else date
        written = babel.dates.format_date(date, fmt, locale=loc)
        warnings = {"two-digit-year"} if short_year else set()
        if numeric and date.day <= 12 and date.month != date.day:
            warnings.add("ambiguous-day-month")
        for text in (written, written.translate(TO_ARABIC_INDIC)):
            got = tarikh.parse_date(text, reference=REF)
            if got is None:
                failures.append(f"{text!r}: None, expected {expected}")
                continue
            problems = []
            if (got.value, got.precision) != (expected, "day"):
                problems.append(f"{got.value} ({got.precision})")
            if set(got.warnings) != warnings:
                problems.append(f"warnings {got.warnings}, expected {sorted(warnings)}")
            if got.text != text.strip():
                problems.append(f"text {got.text!r}")
            if problems:
                failures.append(f"{text!r}: {', '.join(problems)}; expected {expected}")
    assert not failures, (
        f"{loc} {fmt} {pattern!r}: {len(failures)} of {2 * len(DATES)} fail: "
        + "; ".join(failures[:30])
    )
