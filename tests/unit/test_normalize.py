"""Stage 1: each normalisation rule, and the offset map back to the input."""

from __future__ import annotations

import pytest

from tarikh import normalize
from tarikh._normalize import normalize_with_offsets

RULES = [
    ("digits-arabic-indic", "٠١٢٣٤٥٦٧٨٩", "0123456789"),
    ("digits-extended", "۰۱۲۳۴۵۶۷۸۹", "0123456789"),
    ("tatweel", "دجنبـــر", "دجنبر"),
    ("shadda", "تمّوز", "تموز"),
    ("harakat", "تَمُّوزُ", "تموز"),
    ("superscript-alef", "هٰذا", "هذا"),
    ("alef-hamza-above", "أيار", "ايار"),
    ("alef-hamza-below", "إبريل", "ابريل"),
    ("alef-madda", "آب", "اب"),
    ("alef-wasla", "ٱلسبت", "السبت"),
    ("alef-maqsura", "جمادى", "جمادي"),
    ("ta-marbuta", "جمعة", "جمعه"),
    ("persian-yeh", "تشرین", "تشرين"),
    ("persian-kaf", "کانون", "كانون"),
    ("maghrebi-ve", "ڤيفري", "فيفري"),
    ("maghrebi-gaf", "ورڨلة", "ورقله"),
    ("gaf", "أگادير", "اكادير"),
    ("moroccan-ng", "ڭ", "ك"),
    ("presentation-lam-alef", "\ufefb", "لا"),
    ("presentation-isolated", "\ufe8d\ufe8f", "اب"),
    ("rlm-in-number", "٢١\u200f/٤\u200f/٢٠٠٢", "21/4/2002"),
    ("bidi-isolates", "\u2067١٢\u2069", "12"),
    ("arabic-letter-mark", "12\u061c/7", "12/7"),
    ("zero-width", "تمو\u200bز\u200d", "تموز"),
    ("bom", "\ufeff12", "12"),
    ("nbsp", "12\u00a0تموز", "12 تموز"),
    ("thin-space", "12\u2009تموز", "12 تموز"),
    ("space-run", "12   تموز", "12 تموز"),
    ("newline-run", "a \n\n b", "a\nb"),
    ("tab", "12\tتموز", "12 تموز"),
    ("en-dash", "12\u20137", "12-7"),
    ("em-dash", "12\u20147", "12-7"),
    ("minus", "12\u22127", "12-7"),
    ("guillemets", "«القدس»", '"القدس"'),
    ("curly-quotes", "\u201cx\u201d \u2018y\u2019", "\"x\" 'y'"),
    ("arabic-comma", "الأربعاء، 16", "الاربعاء, 16"),
    ("arabic-semicolon", "أ؛ب", "ا;ب"),
    ("date-separator", "12\u060d7", "12/7"),
    ("full-width-digits", "\uff11\uff12", "12"),
    ("latin-lower", "February", "february"),
    ("latin-accent-lower", "FÉVRIER", "février"),
]


@pytest.mark.parametrize(
    ("raw", "want"), [r[1:] for r in RULES], ids=[r[0] for r in RULES]
)
def test_rule(raw: str, want: str) -> None:
    assert normalize(raw) == want


@pytest.mark.parametrize(
    ("raw", "want"), [r[1:] for r in RULES], ids=[r[0] for r in RULES]
)
def test_idempotent(raw: str, want: str) -> None:
    assert normalize(want) == want
    assert normalize(normalize(raw)) == normalize(raw)


def test_offsets_point_at_the_input() -> None:
    raw = "نشر: ١٢\u200f/٧\u200f/٢٠٢٥ تمّوز"
    n = normalize_with_offsets(raw)
    assert n.offsets is not None
    assert len(n.offsets) == len(n.text)
    for i, ch in enumerate(n.text):
        assert ch in normalize(raw[n.offsets[i]])


def test_span_maps_back_and_takes_in_trailing_tatweel() -> None:
    raw = "17 محرم 1447 هـ اليوم"
    n = normalize_with_offsets(raw)
    start = n.text.index("ه")
    assert raw[slice(*n.raw_span(0, start + 1))] == "17 محرم 1447 هـ"


def test_span_of_expanded_character() -> None:
    raw = "x\ufefby"  # lam-alef ligature becomes two letters
    n = normalize_with_offsets(raw)
    assert n.text == "xلاy"
    assert n.raw_span(1, 3) == (1, 2)
    assert n.raw_span(1, 2) == (1, 2)


def test_identity_when_nothing_changes_length() -> None:
    n = normalize_with_offsets("١٢ تموز ٢٠٢٥")
    assert n.offsets is None
    assert n.raw_span(3, 7) == (3, 7)


def test_empty_span() -> None:
    n = normalize_with_offsets("a\u200fb")
    assert n.raw_span(1, 1) == (2, 2)
    assert n.raw_span(2, 2) == (3, 3)


def test_non_str_is_type_error() -> None:
    with pytest.raises(TypeError, match="expects str"):
        normalize(b"12")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("الرياض ـ واس", "الرياض - واس"),
        ("ـ", "-"),
        ("a ــ b", "a - b"),
        ("هـ ـ", "ه -"),
    ],
)
def test_lone_tatweel_is_a_dash(raw: str, want: str) -> None:
    assert normalize(raw) == want
    assert normalize(want) == want
