"""Properties of the public API, on inputs generated from the loaded lexicon.

Every month system x digit system x separator x noise x weekday x era x label
round-trips; the digit style never changes a result; ``normalize`` is
idempotent with monotone offsets; Hijri -> Gregorian -> Hijri round-trips over
the whole Umm al-Qura table; no input raises; impossible dates stay None.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Literal

import pytest
from conftest import CORPUS, REF
from hypothesis import example, given, settings
from hypothesis import strategies as st
from strategies import (
    ARABIC_INDIC,
    ASCII,
    DIGIT_ENDING_NAMES,
    DIGIT_SETS,
    EXTENDED,
    GREGORIAN_SYSTEMS,
    HIJRI_SYSTEMS,
    LEX,
    Case,
    arabic_heavy_text,
    date_cases,
    day_month_year_dates,
    digit_ending_stems,
    dual_calendar_dates,
    dual_month_dates,
    hijri_dates,
    hijri_numeric_dates,
    impossible_dates,
    impossible_day_months,
    lexicon_soup,
    month_day_year_dates,
    month_names,
    month_year_dates,
    numeric_dates,
    ordinal_dates,
    to_digits,
    uq_hijri,
    uq_to_gregorian,
)

import tarikh
from tarikh import DateMatch
from tarikh._normalize import normalize_with_offsets

Prefer = Literal["past", "future", "nearest"]


# The first spelling of a month of the first Gregorian system: pins failures
# found with it without writing a month name here.
def _month(month: int) -> str:
    return GREGORIAN_SYSTEMS[0].months[month][0]


# The first parse compiles the lexicon's pattern; no test asserts a time.
SETTINGS = settings(deadline=None)


def check(case: Case) -> DateMatch:
    """Parse ``case.text`` and check every field ``case`` fixes."""
    s = case.text
    m = tarikh.parse_date(s, reference=REF, dayfirst=case.dayfirst)
    assert m is not None, f"None for {s!r}"
    got = (m.value, m.precision, m.calendar)
    assert got == (case.value, case.precision, case.calendar), f"{s!r}: {m}"
    if case.system is not None:
        assert m.system == case.system, f"{s!r}: {m}"
    if case.check_hijri:
        assert m.hijri == case.hijri, f"{s!r}: {m}"
    assert set(m.warnings) == case.warnings, f"{s!r}: {m}"
    assert len(set(m.warnings)) == len(m.warnings), f"{s!r}: {m}"
    assert m.text == s[m.span[0] : m.span[1]], f"{s!r}: {m}"
    for start, end in case.cover:
        missed = f"{s!r}: span {m.span} misses {s[start:end]!r} at {(start, end)}"
        assert m.span[0] <= start, missed
        assert end <= m.span[1], missed
    lo, hi = case.within
    left = f"{s!r}: span {m.span} leaves the expression {s[lo:hi]!r} at {(lo, hi)}"
    assert lo <= m.span[0], left
    assert m.span[1] <= hi, left
    assert m.iso() == tarikh.to_iso(s, reference=REF, dayfirst=case.dayfirst)
    return m


# --- written dates round-trip -------------------------------------------------


@SETTINGS
@given(day_month_year_dates())
def test_day_month_year_round_trips(case: Case) -> None:
    check(case)


@SETTINGS
@given(month_day_year_dates())
def test_month_day_year_round_trips(case: Case) -> None:
    check(case)


@SETTINGS
@given(month_year_dates())
def test_month_year_is_the_first_of_the_month(case: Case) -> None:
    check(case)


@SETTINGS
@given(ordinal_dates())
def test_ordinal_day_words_round_trip(case: Case) -> None:
    check(case)


@SETTINGS
@given(dual_month_dates())
def test_dual_month_forms_round_trip(case: Case) -> None:
    check(case)


@SETTINGS
@given(dual_calendar_dates())
def test_dual_calendar_dates_check_the_hijri_twin(case: Case) -> None:
    check(case)


@SETTINGS
@given(numeric_dates())
def test_numeric_dates_round_trip(case: Case) -> None:
    check(case)


@SETTINGS
@given(hijri_numeric_dates())
def test_hijri_numeric_dates_infer_the_calendar(case: Case) -> None:
    check(case)


@SETTINGS
@given(
    st.sampled_from(["/", "-", "."]),
    st.integers(1, 12),
    st.integers(1, 12),
    st.integers(1900, 2077),
)
def test_dayfirst_flips_exactly_the_ambiguous_dates(
    sep: str, a: int, b: int, year: int
) -> None:
    s = f"{a}{sep}{b}{sep}{year}"
    first = tarikh.parse_date(s, reference=REF, dayfirst=True)
    second = tarikh.parse_date(s, reference=REF, dayfirst=False)
    assert first is not None
    assert second is not None
    assert first.value == dt.date(year, b, a)
    assert second.value == dt.date(year, a, b)
    ambiguous = ("ambiguous-day-month",) if a != b else ()
    assert first.warnings == ambiguous
    assert second.warnings == ambiguous


@SETTINGS
@given(
    year=st.integers(1300, 1342),
    month=st.integers(1, 12),
    day=st.integers(1, 29),
    sep=st.sampled_from(["/", "-", "."]),
    year_first=st.booleans(),
)
def test_hijri_numeric_before_umm_al_qura_is_tabular(
    *, year: int, month: int, day: int, sep: str, year_first: bool
) -> None:
    """``14/09/1330``: Hijri from the year, converted arithmetically."""
    fields = (year, month, day) if year_first else (day, month, year)
    s = sep.join(str(f) for f in fields)
    m = tarikh.parse_date(s, reference=REF)
    assert m is not None, s
    assert m.calendar == "hijri", s
    assert {"calendar-inferred", "hijri-tabular"} <= set(m.warnings), s
    # 1 Muharram 1300 AH is 12 November 1882; 1 Muharram 1343 AH, 1 August 1924
    # in Umm al-Qura, where the arithmetic calendar before it ends: its 29 Dhu
    # al-Hijja 1342 falls on that day too, the calendars a day apart at the seam.
    assert dt.date(1882, 11, 1) <= m.value <= dt.date(1924, 8, 1), s


@SETTINGS
@given(
    sep=st.sampled_from(["/", "-", "."]),
    day=st.integers(13, 31),
    month=st.integers(1, 12),
    year=st.integers(1900, 2077),
    dayfirst=st.booleans(),
)
def test_a_day_above_12_settles_the_order(
    *, sep: str, day: int, month: int, year: int, dayfirst: bool
) -> None:
    try:
        expected: dt.date | None = dt.date(year, month, day)
    except ValueError:
        expected = None
    for s in (f"{day}{sep}{month}{sep}{year}", f"{month}{sep}{day}{sep}{year}"):
        m = tarikh.parse_date(s, reference=REF, dayfirst=dayfirst)
        assert (m and (m.value, m.warnings)) == (expected and (expected, ())), s


# --- the digit style never changes a result -----------------------------------


def _fields(m: DateMatch | None) -> object:
    if m is None:
        return None
    return (m.value, m.precision, m.span, m.calendar, m.system, m.hijri, m.warnings)


@SETTINGS
@given(date_cases())
def test_digit_style_never_changes_a_written_date(case: Case) -> None:
    results = [
        _fields(
            tarikh.parse_date(
                to_digits(case.text, digits), reference=REF, dayfirst=case.dayfirst
            )
        )
        for digits in DIGIT_SETS
    ]
    assert results[0] == results[1] == results[2], case.text


@SETTINGS
@given(st.one_of(st.text(), lexicon_soup()))
def test_digit_style_never_changes_any_result(text: str) -> None:
    ascii_text = to_digits(text, ASCII)
    base = [_fields(m) for m in tarikh.find_dates(ascii_text, reference=REF)]
    for digits in (ARABIC_INDIC, EXTENDED):
        other = to_digits(text, digits)
        assert [_fields(m) for m in tarikh.find_dates(other, reference=REF)] == base


# --- normalize ----------------------------------------------------------------


def _check_normalize(s: str) -> None:
    norm = normalize_with_offsets(s)
    text = tarikh.normalize(s)
    assert norm.text == text
    assert tarikh.normalize(text) == text
    offsets = norm.offsets
    if offsets is None:
        assert len(text) == len(s)
    else:
        assert len(offsets) == len(text)
        assert all(0 <= o < len(s) for o in offsets)
        assert all(a <= b for a, b in itertools.pairwise(offsets))
    again = normalize_with_offsets(text).offsets
    assert again is None or again == tuple(range(len(text)))


@SETTINGS
@given(st.text())
def test_normalize_is_idempotent_with_monotone_offsets(s: str) -> None:
    _check_normalize(s)


@SETTINGS
@given(st.one_of(arabic_heavy_text(), lexicon_soup()))
@example("ﻻ\u0640\u064e  ١٢\u200f/")
def test_normalize_arabic_text(s: str) -> None:
    _check_normalize(s)


# --- Hijri -> Gregorian -> Hijri ----------------------------------------------


def test_hijri_round_trips_over_the_whole_umm_al_qura_table() -> None:
    """Every day of 1343-1500 AH, written Hijri and then Gregorian."""
    hijri_names = [n for s in HIJRI_SYSTEMS for m in range(1, 13) for n in s.months[m]]
    assert hijri_names
    eras = LEX.eras["hijri"]
    failures: list[str] = []
    day = dt.date(1924, 8, 1)
    i = 0
    while (h := uq_hijri(day)) is not None:
        y, m, d = h
        system = HIJRI_SYSTEMS[i % len(HIJRI_SYSTEMS)]
        names = month_names(system, m)
        s = f"{d} {names[i % len(names)]} {y} {eras[i % len(eras)]}"
        got = tarikh.parse_date(s, reference=REF)
        if got is None or (got.hijri, got.value) != (h, day):
            failures.append(f"{s!r}: {got and (got.hijri, got.value)} != {(h, day)}")
        greg = GREGORIAN_SYSTEMS[i % len(GREGORIAN_SYSTEMS)]
        gnames = month_names(greg, day.month)
        s = f"{day.day} {gnames[i % len(gnames)]} {day.year}"
        back = tarikh.parse_date(s, reference=REF)
        if back is None or (back.value, back.hijri) != (day, h):
            failures.append(f"{s!r}: {back and (back.value, back.hijri)} != {h}")
        day += dt.timedelta(days=1)
        i += 1
    assert i > 55_000
    assert not failures, f"{len(failures)} failures, first: {failures[:20]}"


@st.composite
def hijri_written(draw: st.DrawFn) -> tuple[str, tuple[int, int, int]]:
    """``17 محرم 1447 هـ`` in any Hijri spelling and era marker."""
    h = draw(hijri_dates())
    name = draw(
        st.sampled_from(month_names(draw(st.sampled_from(HIJRI_SYSTEMS)), h[1]))
    )
    era = draw(st.sampled_from(LEX.eras["hijri"]))
    return f"{h[2]} {name} {h[0]} {era}", h


@st.composite
def gregorian_twin(draw: st.DrawFn, value: dt.date) -> str:
    """``value`` written with a Gregorian month name of any system."""
    system = draw(st.sampled_from(GREGORIAN_SYSTEMS))
    name = draw(st.sampled_from(month_names(system, value.month)))
    return f"{value.day} {name} {value.year}"


@st.composite
def hijri_round_trips(draw: st.DrawFn) -> tuple[str, tuple[int, int, int], str]:
    """A Hijri date written in words, and its Gregorian date written in words."""
    s, h = draw(hijri_written())
    return s, h, draw(gregorian_twin(uq_to_gregorian(*h)))


@SETTINGS
@given(hijri_round_trips())
def test_hijri_to_gregorian_to_hijri(
    case: tuple[str, tuple[int, int, int], str],
) -> None:
    s, h, back = case
    value = uq_to_gregorian(*h)
    m = tarikh.parse_date(s, reference=REF)
    assert m is not None, s
    assert (m.hijri, m.value, m.calendar, m.warnings) == (h, value, "hijri", ()), s
    g = tarikh.parse_date(back, reference=REF)
    assert g is not None, back
    assert (g.value, g.hijri, g.calendar) == (value, h, "gregorian"), back


# --- no input raises ----------------------------------------------------------


def _is_digit(ch: str) -> bool:
    return tarikh.normalize(ch) in set(ASCII)


def _splits_a_number(s: str, at: int) -> bool:
    """Whether a span boundary at ``at`` falls between two digits of one number."""
    return 0 < at < len(s) and _is_digit(s[at - 1]) and _is_digit(s[at])


def _check_never_raises(s: str, *, dayfirst: bool, prefer: Prefer) -> None:
    m = tarikh.parse_date(s, reference=REF, dayfirst=dayfirst, prefer=prefer)
    found = tarikh.find_dates(s, reference=REF, dayfirst=dayfirst, prefer=prefer)
    assert (found[0] if found else None) == m, s
    for x in found:
        assert 0 <= x.span[0] < x.span[1] <= len(s), (s, x)
        assert x.text == s[x.span[0] : x.span[1]], (s, x)
    for a, b in itertools.pairwise(found):
        assert a.span[1] <= b.span[0], (s, a, b)
    for x in found:
        assert not _splits_a_number(s, x.span[0]), (s, x)
        assert not _splits_a_number(s, x.span[1]), (s, x)
    iso = tarikh.to_iso(s, reference=REF, dayfirst=dayfirst, prefer=prefer)
    assert iso == (None if m is None else m.iso()), s
    tarikh.normalize(s)
    if m is not None:
        strict = tarikh.parse_date(
            s, reference=REF, dayfirst=dayfirst, prefer=prefer, strict=True
        )
        assert strict == m, s
        return
    with pytest.raises((tarikh.DateNotFoundError, tarikh.InvalidDateError)) as info:
        tarikh.parse_date(
            s, reference=REF, dayfirst=dayfirst, prefer=prefer, strict=True
        )
    assert isinstance(info.value, tarikh.TarikhError)
    assert info.value.why


PREFERS: tuple[Prefer, ...] = ("past", "future", "nearest")


@SETTINGS
@given(s=st.text(), dayfirst=st.booleans(), prefer=st.sampled_from(PREFERS))
def test_any_text_never_raises(s: str, *, dayfirst: bool, prefer: Prefer) -> None:
    _check_never_raises(s, dayfirst=dayfirst, prefer=prefer)


@SETTINGS
@given(s=lexicon_soup(), dayfirst=st.booleans(), prefer=st.sampled_from(PREFERS))
@example(s="0 " + _month(3), dayfirst=False, prefer="past")
def test_lexicon_soup_never_raises(s: str, *, dayfirst: bool, prefer: Prefer) -> None:
    _check_never_raises(s, dayfirst=dayfirst, prefer=prefer)


@SETTINGS
@given(s=arabic_heavy_text(), dayfirst=st.booleans(), prefer=st.sampled_from(PREFERS))
def test_arabic_text_never_raises(s: str, *, dayfirst: bool, prefer: Prefer) -> None:
    _check_never_raises(s, dayfirst=dayfirst, prefer=prefer)


@SETTINGS
@given(
    st.lists(date_cases(), min_size=1, max_size=4),
    st.sampled_from(["\n", " \n ", " و ", "، ثم ", " - وفي "]),
)
def test_find_dates_finds_every_date_in_order(cases: list[Case], glue: str) -> None:
    """Dates joined by page text: find_dates returns each, in order."""
    lines = [c for c in cases if c.dayfirst]
    text = glue.join(c.text for c in lines)
    _check_never_raises(text, dayfirst=True, prefer="past")
    found = tarikh.find_dates(text, reference=REF)
    assert [m.value for m in found] == [c.value for c in lines], text
    offset = 0
    for case, m in zip(lines, found, strict=True):
        lo, hi = case.within
        assert offset + lo <= m.span[0], (text, m)
        assert m.span[1] <= offset + hi, (text, m)
        offset += len(case.text) + len(glue)


def _plain_sentences() -> list[str]:
    """Sentences of the seed article that hold no number and no date."""
    text = (CORPUS / "seed_article.txt").read_text("utf-8")
    pieces = [p.strip() for line in text.splitlines() for p in line.split(".")]
    return [
        p
        for p in pieces
        if len(p) > 20
        and not any(c.isdigit() for c in p)
        and not tarikh.find_dates(p, reference=REF)
    ]


SENTENCES = _plain_sentences()


@SETTINGS
@given(
    st.lists(
        st.tuples(date_cases(), st.sampled_from(SENTENCES)), min_size=1, max_size=4
    ),
    # Not a full stop right after the date ("1343 ه." takes it in as the era's),
    # nor في before it ("في يوم الخميس" takes it in as the weekday's).
    st.sampled_from(["{s}.\n{d}\n", "{s}، {d}، ", "{s} ({d}) ", "{s}. {d}\n"]),
    st.sampled_from(SENTENCES),
)
def test_find_dates_in_a_paragraph_finds_exactly_its_dates(
    parts: list[tuple[Case, str]], shape: str, last: str
) -> None:
    """k dates among ordinary sentences: exactly those k, in order, in place."""
    parts = [(c, s) for c, s in parts if c.dayfirst]
    text, starts = "", []
    for case, sentence in parts:
        head = shape.split("{d}", 1)[0].format(s=sentence)
        starts.append(len(text) + len(head))
        text += shape.format(s=sentence, d=case.text)
    text += last
    found = tarikh.find_dates(text, reference=REF)
    assert [m.value for m in found] == [c.value for c, _ in parts], text
    for (case, _), start, m in zip(parts, starts, found, strict=True):
        lo, hi = case.within
        assert start + lo <= m.span[0], (text, m)
        assert m.span[1] <= start + hi, (text, m)
        assert text[m.span[0] : m.span[1]] == m.text


@SETTINGS
@given(
    st.lists(date_cases(), min_size=1, max_size=4),
    st.sampled_from([" ", "", "/", "-", "، ", "(", ")"]),
)
def test_glued_dates_never_raise(cases: list[Case], glue: str) -> None:
    """Dates run together: whatever is read, spans hold and never overlap."""
    text = glue.join(c.text for c in cases)
    _check_never_raises(text, dayfirst=True, prefer="past")


LONGEST_STEM: tuple[str, str] = max(DIGIT_ENDING_NAMES, key=lambda t: len(t[0]))


@SETTINGS
@given(digit_ending_stems())
@example("12 " + "".join(LONGEST_STEM) + "2019")
def test_a_year_is_never_split_by_a_month_abbreviation(s: str) -> None:
    """``12 كانون 2019`` must not read ``كانون 2`` and drop the ``019``."""
    _check_never_raises(s, dayfirst=True, prefer="past")


# --- impossible dates ---------------------------------------------------------


@SETTINGS
@given(impossible_dates())
def test_impossible_dates_are_never_read(s: str) -> None:
    assert tarikh.parse_date(s, reference=REF) is None, s
    assert tarikh.find_dates(s, reference=REF) == [], s
    with pytest.raises(tarikh.InvalidDateError):
        tarikh.parse_date(s, reference=REF, strict=True)


@SETTINGS
@given(impossible_day_months())
@example("0 " + _month(3))  # ValueError from date(year, 3, 0) in year inference
def test_impossible_days_without_a_year_are_never_read(s: str) -> None:
    assert tarikh.parse_date(s, reference=REF) is None, s
    assert tarikh.find_dates(s, reference=REF) == [], s
    with pytest.raises(tarikh.TarikhError):
        tarikh.parse_date(s, reference=REF, strict=True)
