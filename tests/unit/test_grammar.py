"""Stages 2-3 against the small test lexicon: token shapes and date rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tarikh._grammar import Candidate, candidates
from tarikh._lexicon import Lexicon, LexiconError, load_lexicon
from tarikh._normalize import normalize
from tarikh._scan import WordPatterns, trie_pattern, word_patterns

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon(DATA)


def cands(text: str, lex: Lexicon) -> list[Candidate]:
    return list(candidates(normalize(text), lex))


def test_word_patterns_hold_every_key_of_their_kind(lex: Lexicon) -> None:
    patterns = word_patterns(lex)
    for key, word in lex.words.items():
        if word.kind in WordPatterns._fields:
            assert re.fullmatch(getattr(patterns, word.kind), key), key


def test_trie_prefers_the_longest_key() -> None:
    pattern = re.compile(trie_pattern(["كانون", "كانون الثاني"]))
    match = pattern.match("كانون الثاني 2025")
    assert match is not None
    assert match.group() == "كانون الثاني"


def test_empty_trie_matches_nothing() -> None:
    assert re.search(trie_pattern([]), "anything") is None


SPANS = [
    ("label", "نشر بتاريخ: 12 تموز 2025", "12 تموز 2025"),
    ("weekday-prefix", "يوم السبت، 12 تموز 2025 م", "يوم السبت، 12 تموز 2025 م"),
    ("glued-day", "12تموز 2025", "12تموز 2025"),
    ("glued-label", "بتاريخ12/7/2025", "12/7/2025"),
    ("proclitic-outside", "وتموز 2025", "تموز 2025"),
    ("weekday-after", "12 تموز 2025 السبت", "12 تموز 2025 السبت"),
    (
        "dual-brackets",
        "12 تموز 2025 (17 محرم 1447 هـ) غدا",
        "12 تموز 2025 (17 محرم 1447 هـ)",
    ),
]


@pytest.mark.parametrize(
    ("text", "want"), [s[1:] for s in SPANS], ids=[s[0] for s in SPANS]
)
def test_candidate_spans(text: str, want: str, lex: Lexicon) -> None:
    norm = normalize(text)
    (c,) = cands(text, lex)
    assert norm[c.start : c.end] == normalize(want)


@pytest.mark.parametrize("text", ["التموز 2025", "تموزي 2025", "12 تموزه"])
def test_month_inside_a_longer_word_is_not_a_month(text: str, lex: Lexicon) -> None:
    assert cands(text, lex) == []


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
    (c,) = cands("12 تموز 25", lex)
    assert (c.first.rule, c.first.year) == ("day_month_year", 25)


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
