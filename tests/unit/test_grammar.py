"""Stages 2-3 against the small test lexicon: token shapes and date rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from tarikh._grammar import Candidate, candidates
from tarikh._lexicon import Lexicon, LexiconError, load_lexicon
from tarikh._normalize import normalize
from tarikh._scan import scan

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon(DATA)


def shape(text: str, lex: Lexicon) -> str:
    return scan(normalize(text), lex).shape


def cands(text: str, lex: Lexicon) -> list[Candidate]:
    return list(candidates(scan(normalize(text), lex)))


SHAPES = [
    ("levantine", "12 تموز 2025", "dmy"),
    ("label", "نشر بتاريخ: 12 تموز 2025", "x!dmy"),
    ("weekday", "يوم السبت، 12 تموز 2025 م", "pw,dmye"),
    ("glued-era", "2025م", "ye"),
    ("glued-day", "12تموز", "dm"),
    ("numeric", "12/07/2025", "d/d/y"),
    ("long-number", "123456", "z"),
    ("three-digits", "123", "t"),
    ("ordinal", "الثاني عشر من تموز", "olm"),
    ("concordance", "1447 هـ الموافق 2025 م", "yecye"),
    ("multiword-month", "كانون الثاني", "m"),
    ("proclitic", "وتموز 2025", "my"),
    ("not-a-prefix", "التموز", "x"),
    ("inside-word", "تموزي", "x"),
    ("stop-punct", "12: 2025", "d!y"),
    ("suffix", "4th", "ds"),
    ("year-word", "عام 2025", "ay"),
    ("newline-breaks", "12\nتموز", "d!m"),
]


@pytest.mark.parametrize(
    ("text", "want"), [s[1:] for s in SHAPES], ids=[s[0] for s in SHAPES]
)
def test_shapes(text: str, want: str, lex: Lexicon) -> None:
    assert shape(text, lex) == want


def test_token_spans_are_in_normalised_text(lex: Lexicon) -> None:
    text = normalize("وتموز 2025")
    month = scan(text, lex).tokens[0]
    assert text[month.start : month.end] == "تموز"  # the proclitic و is left out


RULES = [
    ("dmy", "12 تموز 2025", "day_month_year", (12, 7, 2025)),
    ("mdy", "تموز 12, 2025", "month_day_year", (12, 7, 2025)),
    ("my", "تموز 2025", "month_year", (None, 7, 2025)),
    ("dm", "12 تموز", "day_month", (12, 7, None)),
    ("numeric", "12/7/2025", "numeric", (12, 7, 2025)),
    ("numeric-year-first", "2025-07-12", "numeric", (12, 7, 2025)),
    ("ordinal", "الثاني عشر من تموز 2025", "day_month_year", (12, 7, 2025)),
    ("ordinal-ghurra", "غرة محرم 1447", "day_month_year", (1, 1, 1447)),
    ("year-in-brackets", "7 أكتوبر (2023)", "day_month_year", (7, 10, 2023)),
    ("year-word", "الثاني عشر من تموز من عام 1980", "day_month_year", (12, 7, 1980)),
    ("hijri", "17 محرم 1447 هـ", "day_month_year", (17, 1, 1447)),
]


@pytest.mark.parametrize(
    ("text", "rule", "fields"), [r[1:] for r in RULES], ids=[r[0] for r in RULES]
)
def test_rules(
    text: str, rule: str, fields: tuple[int | None, int, int | None], lex: Lexicon
) -> None:
    (c,) = cands(text, lex)
    part = c.first
    assert part.rule == rule
    assert (part.day, part.month, part.year) == fields


def test_dual_month_keeps_both(lex: Lexicon) -> None:
    (c,) = cands("12 تموز (يوليو) 2025", lex)
    assert c.first.systems == ("levantine", "egyptian")
    assert c.first.other_months == (7,)


def test_dual_calendar_is_one_candidate(lex: Lexicon) -> None:
    (c,) = cands("السبت 17 محرم 1447 هـ الموافق 12 يوليو 2025 م", lex)
    assert c.second is not None
    assert c.first.calendar() == ("hijri", False)
    assert c.second.calendar() == ("gregorian", False)


def test_two_gregorian_dates_stay_two(lex: Lexicon) -> None:
    found = cands("12 تموز 2025 - 13 تموز 2025", lex)
    assert [c.first.day for c in found] == [12, 13]
    assert all(c.second is None for c in found)


def test_month_words_need_a_number(lex: Lexicon) -> None:
    assert cands("مارس الضغط على صفر", lex) == []


def test_two_digit_year_must_end_the_expression(lex: Lexicon) -> None:
    (c,) = cands("12 تموز 25 شخصا", lex)
    assert c.first.rule == "day_month"


def test_numeric_inside_longer_sequence_is_not_a_date(lex: Lexicon) -> None:
    assert cands("1.2.2025.5", lex) == []
    assert [c.first.rule for c in cands("1/12/7/2025", lex)] == []


def test_one_digit_year_is_not_a_date(lex: Lexicon) -> None:
    assert cands("3/4/5", lex) == []


def test_numeric_calendar_from_year_range(lex: Lexicon) -> None:
    (c,) = cands("14-09-1432", lex)
    assert c.first.calendar() == ("hijri", True)


def test_lexicon_rejects_unlisted_collision(tmp_path: Path) -> None:
    for f in DATA.iterdir():
        (tmp_path / f.name).write_text(f.read_text("utf-8"), "utf-8")
    (tmp_path / "ambiguous.toml").write_text("", "utf-8")
    with pytest.raises(LexiconError, match=r"ambiguous\.toml"):
        load_lexicon(tmp_path)
