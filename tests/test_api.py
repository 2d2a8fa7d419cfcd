"""The public API of DESIGN.md, against the production lexicon."""

from __future__ import annotations

import datetime as dt
import itertools
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import REF
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import DIGIT_SETS, to_digits

import tarikh

SAT_12_JULY_2025 = dt.date(2025, 7, 12)

SAME_DAY = [
    ("levantine-indic", "١٢ تموز ٢٠٢٥"),
    ("egyptian", "12 يوليو 2025"),
    ("egyptian-yulyeh", "12 يوليه 2025"),
    ("maghrebi", "12 جويلية 2025"),
    ("moroccan", "12 يوليوز 2025"),
    ("libyan", "12 ناصر 2025"),
    ("english", "12 July 2025"),
    ("french", "12 juillet 2025"),
    ("hijri", "17 محرم 1447 هـ"),
    ("hijri-glued-era", "17 محرم 1447هـ"),
    ("dual", "السبت 17 محرم 1447 هـ الموافق 12 يوليو 2025 م"),
    ("dual-reversed", "12 يوليو 2025م الموافق 17 محرم 1447هـ"),
    ("dual-brackets", "12 يوليو 2025 (17 محرم 1447 هـ)"),
    ("numeric-rlm", "12\u200f/7\u200f/2025"),
    ("numeric-iso", "2025-07-12"),
    ("numeric-dots", "12.07.2025"),
    ("numeric-spaced", "12 - 7 - 2025"),
    ("numeric-year-first-slash", "2025/7/12"),
    ("dual-month-brackets", "12 تموز (يوليو) 2025"),
    ("dual-month-slash", "12 تموز/يوليو 2025"),
    ("ordinal", "الثاني عشر من تموز 2025"),
    ("weekday-after", "12 يوليو 2025 السبت"),
    ("tatweel-diacritics", "١٢ تمّـــوزَ ٢٠٢٥"),
    ("glued-label", "بتاريخ12/7/2025"),
    ("month-day-year", "يوليو 12, 2025"),
    ("era-spaced", "12 يوليو 2025 م"),
    ("english-suffix", "Saturday - July 12 th - 2025"),
]


@pytest.mark.parametrize("text", [s[1] for s in SAME_DAY], ids=[s[0] for s in SAME_DAY])
def test_every_way_of_writing_one_day(text: str) -> None:
    found = tarikh.parse_date(text, reference=REF)
    assert found is not None
    assert found.value == SAT_12_JULY_2025
    assert found.precision == "day"
    assert text[found.span[0] : found.span[1]] == found.text
    assert "weekday-mismatch" not in found.warnings


def test_result_fields() -> None:
    found = tarikh.parse_date("نشر بتاريخ: ١٢ تموز ٢٠٢٥", reference=REF)
    assert found == tarikh.DateMatch(
        value=SAT_12_JULY_2025,
        precision="day",
        text="١٢ تموز ٢٠٢٥",
        span=(12, 24),
        calendar="gregorian",
        system="levantine",
        hijri=(1447, 1, 17),
        relative=False,
        warnings=(),
    )
    with pytest.raises(AttributeError):
        found.value = dt.date(2000, 1, 1)  # type: ignore[misc]


def test_dual_calendar_fields() -> None:
    found = tarikh.parse_date("السبت 17 محرم 1447 هـ الموافق 12 يوليو 2025 م")
    assert found is not None
    assert (found.calendar, found.system, found.hijri) == (
        "both",
        "hijri+egyptian",
        (1447, 1, 17),
    )
    assert found.warnings == ()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("18 محرم 1447 هـ الموافق 12 يوليو 2025", "hijri-sighting-offset"),
        ("17 صفر 1447 هـ الموافق 12 يوليو 2025", "hijri-gregorian-mismatch"),
        ("الأحد 12 يوليو 2025", "weekday-mismatch"),
        ("05/06/2025", "ambiguous-day-month"),
        ("14-09-1432", "calendar-inferred"),
        ("12 تموز 25", "two-digit-year"),
        ("12 تموز", "year-inferred"),
        ("10 محرم 1200 هـ", "hijri-tabular"),
        ("12 تموز (أغسطس) 2025", "dual-month-mismatch"),
        ("12 تموز 2025 هـ", "era-mismatch"),
    ],
)
def test_warning_codes(text: str, code: str) -> None:
    found = tarikh.parse_date(text, reference=REF)
    assert found is not None
    assert code in found.warnings


def test_wrong_weekday_keeps_the_written_date() -> None:
    found = tarikh.parse_date("الأحد 12 يوليو 2025", reference=REF)
    assert found is not None
    assert found.value == SAT_12_JULY_2025


def test_dayfirst_false_flips_numeric_dates() -> None:
    found = tarikh.parse_date("07/12/2025", reference=REF, dayfirst=False)
    assert found is not None
    assert found.value == SAT_12_JULY_2025


def test_unambiguous_numeric_date_reads_either_way() -> None:
    found = tarikh.parse_date("07/25/2025", reference=REF)
    assert found is not None
    assert found.value == dt.date(2025, 7, 25)
    assert found.warnings == ()


def test_month_precision_is_start_of_month() -> None:
    found = tarikh.parse_date("تموز 2025", reference=REF)
    assert found is not None
    assert (found.value, found.precision, found.iso()) == (
        dt.date(2025, 7, 1),
        "month",
        "2025-07",
    )


def test_hijri_month_precision() -> None:
    found = tarikh.parse_date("رمضان 1446 هـ", reference=REF)
    assert found is not None
    assert found.value == dt.date(2025, 3, 1)
    assert found.hijri == (1446, 9, 1)


@pytest.mark.parametrize(
    ("prefer", "want"),
    [
        ("past", dt.date(2025, 7, 12)),
        ("future", dt.date(2026, 7, 12)),
        ("nearest", dt.date(2025, 7, 12)),
    ],
)
def test_prefer_settles_a_missing_year(prefer: str, want: dt.date) -> None:
    found = tarikh.parse_date("12 تموز", reference=REF, prefer=prefer)  # type: ignore[arg-type]
    assert found is not None
    assert found.value == want


def test_missing_reference_is_named() -> None:
    found = tarikh.parse_date("12 تموز")
    assert found is not None
    assert "relative-to-now" in found.warnings
    full = tarikh.parse_date("12 تموز 2025")
    assert full is not None
    assert full.warnings == ()


def test_datetime_reference_is_accepted() -> None:
    found = tarikh.parse_date("12/7/25", reference=dt.datetime(2026, 1, 1, 9, 30))
    assert found is not None
    assert found.value == SAT_12_JULY_2025


@pytest.mark.parametrize(
    "text",
    [
        "مارس الضغط على الحكومة",
        "ساعة الصفر",
        "نيسان صني",
        "عدد القراءات : 8680",
        "",
        "   ",
        "في 2025 تم",
    ],
)
def test_no_false_dates(text: str) -> None:
    assert tarikh.parse_date(text, reference=REF) is None


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("31 شباط 2025", "February 2025 has 28 days, so it has no day 31"),
        ("30 صفر 1447 هـ", "Hijri month 2 of 1447 has 29 days, so it has no day 30"),
        ("13/13/2025", "neither 13 nor 13 is a month"),
    ],
)
def test_impossible_dates(text: str, why: str) -> None:
    assert tarikh.parse_date(text, reference=REF) is None
    with pytest.raises(tarikh.InvalidDateError) as err:
        tarikh.parse_date(text, reference=REF, strict=True)
    assert err.value.seen == text
    assert why in err.value.why


def test_thirtieth_of_a_29_day_hijri_month() -> None:
    assert tarikh.parse_date("30 صفر 1447 هـ", reference=REF) is None
    with pytest.raises(tarikh.InvalidDateError, match="29 days"):
        tarikh.parse_date("30 صفر 1447 هـ", reference=REF, strict=True)


def test_strict_not_found() -> None:
    with pytest.raises(tarikh.DateNotFoundError) as err:
        tarikh.parse_date("لا تاريخ هنا", strict=True)
    assert isinstance(err.value, tarikh.TarikhError)
    assert isinstance(err.value, ValueError)
    assert "لا تاريخ هنا" in str(err.value)


def test_strict_skips_rejected_when_a_later_date_is_real() -> None:
    found = tarikh.parse_date(
        "31 شباط 2025 أو 28 شباط 2025", reference=REF, strict=True
    )
    assert found is not None
    assert found.value == dt.date(2025, 2, 28)


@pytest.mark.parametrize("bad", [None, 12, b"12 July 2025", ["x"]])
def test_non_str_is_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        tarikh.parse_date(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        tarikh.find_dates(bad)  # type: ignore[arg-type]


def test_bad_options() -> None:
    with pytest.raises(ValueError, match="prefer"):
        tarikh.parse_date("12 تموز", prefer="soon")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="reference"):
        tarikh.parse_date("12 تموز", reference="2025-01-01")  # type: ignore[arg-type]


def test_find_dates_in_running_text() -> None:
    text = (
        "أعلنت الوزارة في ١٢ تموز ٢٠٢٥ أن الاجتماع المقبل سيكون يوم "
        "الأربعاء 1 كانون الثاني/يناير 2026، بعد أن مارس الضغط، و14-09-1432"
    )
    found = tarikh.find_dates(text, reference=REF)
    assert [m.iso() for m in found] == ["2025-07-12", "2026-01-01", "2011-08-14"]
    assert [m.text for m in found][:2] == [
        "١٢ تموز ٢٠٢٥",
        "يوم الأربعاء 1 كانون الثاني/يناير 2026",
    ]
    ends = [m.span for m in found]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends))


def test_to_iso() -> None:
    assert tarikh.to_iso("الإثنين ٠٤ دجنبر ٢٠٢٣", reference=REF) == "2023-12-04"
    assert tarikh.to_iso("لا شيء", reference=REF) is None
    assert tarikh.to_iso("تموز 2025", reference=REF) == "2025-07"


def test_same_results_on_every_thread() -> None:
    texts = [s[1] for s in SAME_DAY] * 20
    alone = [tarikh.parse_date(t, reference=REF) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        threaded = list(pool.map(lambda t: tarikh.parse_date(t, reference=REF), texts))
    assert threaded == alone


def test_errors_pickle() -> None:
    import pickle

    err = tarikh.InvalidDateError("31 شباط 2025", "no day 31")
    back = pickle.loads(pickle.dumps(err))
    assert (back.seen, back.why, str(back)) == (err.seen, err.why, str(err))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("30 صفر 1447 هـ الموافق 12 يوليو 2025", dt.date(2025, 7, 12)),
        ("12 يوليو 2025 الموافق 30 صفر 1447 هـ", dt.date(2025, 7, 12)),
        ("31 شباط 2025 الموافق 17 محرم 1447 هـ", dt.date(2025, 7, 12)),
    ],
    ids=[
        "hijri-half-impossible",
        "hijri-half-impossible-second",
        "gregorian-half-impossible",
    ],
)
def test_dual_date_with_one_impossible_half_keeps_the_real_one(
    text: str, want: dt.date
) -> None:
    found = tarikh.parse_date(text, reference=REF)
    assert found is not None
    assert found.value == want
    assert found.calendar == "both"
    assert "hijri-gregorian-mismatch" in found.warnings


def test_dual_date_with_no_real_half_is_no_date() -> None:
    assert (
        tarikh.parse_date("31 شباط 2025 الموافق 30 صفر 1447 هـ", reference=REF) is None
    )


@pytest.mark.parametrize(
    "text", ["0 آذار", "32 آذار", "30 شباط", "0 آذار 2025", "00/07/2025"]
)
def test_day_zero_and_past_month_end_are_not_dates(text: str) -> None:
    assert tarikh.parse_date(text, reference=REF) is None
    with pytest.raises(tarikh.InvalidDateError):
        tarikh.parse_date(text, reference=REF, strict=True)


def test_day_month_on_the_31st() -> None:
    found = tarikh.parse_date("31 آذار", reference=REF)
    assert found is not None
    assert found.value == dt.date(2025, 3, 31)


FILLER = "وقال المتحدث إن الاجتماع سيعقد في مقر الوزارة بحضور الوفود المشاركة. " * 4


@pytest.mark.parametrize(
    ("date_text", "want"),
    [
        ("في يوم الأربعاء، الحادي والثلاثين من شهر كانون الأول 2025", "2025-12-31"),
        ("الأول من شباط", "2025-02-01"),
        ("السبت 17 محرم 1447 هـ الموافق 12 يوليو 2025 م", "2025-07-12"),
        ("وفي تموز 2025", "2025-07"),
    ],
    ids=["longest-lead", "no-digit", "dual", "proclitic"],
)
def test_dates_deep_in_long_text_are_found_whole(date_text: str, want: str) -> None:
    alone = tarikh.find_dates(date_text, reference=REF)
    text = FILLER + date_text + " " + FILLER
    found = tarikh.find_dates(text, reference=REF)
    assert [m.iso() for m in found] == [want]
    assert found[0].text == alone[0].text
    assert found[0].span[0] == len(FILLER) + alone[0].span[0]


@pytest.mark.parametrize(
    ("text", "iso", "calendar"),
    [
        ("عام 2025", "2025", "gregorian"),
        ("2025م", "2025", "gregorian"),
        ("خلال العام 2024", "2024", "gregorian"),
        ("سنة 1447 هـ", "2025-06-26", "hijri"),
        ("1447 هـ الموافق 2025 م", "2025", "both"),
    ],
)
def test_a_year_alone_with_a_year_word_or_era(
    text: str, iso: str, calendar: str
) -> None:
    found = tarikh.parse_date(text, reference=REF)
    assert found is not None
    assert (found.iso(), found.precision, found.calendar) == (iso, "year", calendar)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "من 13 إلى 15 تموز 2025",
            ("2025-07-13", "13"),
            ("2025-07-15", "15 تموز 2025"),
        ),
        ("13-15 يوليو 2025", ("2025-07-13", "13"), ("2025-07-15", "15 يوليو 2025")),
        ("١٣ و١٤ تموز ٢٠٢٥", ("2025-07-13", "١٣"), ("2025-07-14", "١٤ تموز ٢٠٢٥")),
        (
            "13 حتى 15 رمضان 1446 هـ",
            ("2025-03-13", "13"),
            ("2025-03-15", "15 رمضان 1446 هـ"),
        ),
    ],
)
def test_a_range_of_days_gives_both_days(
    text: str, first: tuple[str, str], last: tuple[str, str]
) -> None:
    found = tarikh.find_dates(text)
    assert [(m.iso(), m.text) for m in found] == [first, last]
    for m in found:
        assert text[m.span[0] : m.span[1]] == m.text
    parsed = tarikh.parse_date(text)
    assert parsed is not None
    assert parsed.iso() == first[0]


@pytest.mark.parametrize(
    "text", ["20 إلى 15 تموز 2025", "2025/13 - 15 تموز 2025", "10:13 - 15 تموز 2025"]
)
def test_not_a_range(text: str) -> None:
    found = tarikh.find_dates(text)
    # one date, the 15th (10:13 before it is its time, not a first day)
    assert [m.iso()[:10] for m in found] == ["2025-07-15"]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("يوليو 13-15", "يوليو 13", "15"),
        ("تموز 13 - 15", "تموز 13", "15"),
        ("تموز 13 الى 15", "تموز 13", "15"),
        ("جويلية ١٣ حتى ١٥", "جويلية ١٣", "١٥"),
    ],
)
def test_a_range_after_the_month_gives_both_days(
    text: str, first: str, last: str
) -> None:
    """Not "July 2013" nor "13 July 2015": the number after the dash ends a range."""
    ref = dt.date(2025, 7, 16)
    found = tarikh.find_dates(f"المهرجان {text} في قرطاج", reference=ref)
    assert [(m.iso(), m.text) for m in found] == [
        ("2025-07-13", first),
        ("2025-07-15", last),
    ]
    assert all("year-inferred" in m.warnings for m in found)


def test_both_days_of_a_range_after_the_month_share_its_year() -> None:
    # On 14 July, "past" puts the 13th this year; the 15th goes with it.
    found = tarikh.find_dates("تموز 13 إلى 15", reference=dt.date(2025, 7, 14))
    assert [m.iso() for m in found] == ["2025-07-13", "2025-07-15"]


def test_a_range_into_the_next_month_is_two_dates() -> None:
    found = tarikh.find_dates("تموز 13 - 15 آب 2025", reference=dt.date(2025, 9, 1))
    assert [(m.iso(), m.text) for m in found] == [
        ("2025-07-13", "تموز 13"),
        ("2025-08-15", "15 آب 2025"),
    ]


@settings(max_examples=200, deadline=None)
@given(
    month=st.integers(1, 12),
    year=st.integers(1900, 2099),
    digits=st.sampled_from(DIGIT_SETS),
    pad=st.booleans(),
    blank=st.sampled_from(["", " ", "\n", "  "]),
)
def test_a_month_and_year_as_the_whole_field(
    month: int,
    year: int,
    digits: str,
    pad: bool,  # noqa: FBT001
    blank: str,
) -> None:
    written = to_digits(f"{month:02d}/{year}" if pad else f"{month}/{year}", digits)
    found = tarikh.parse_date(f"{blank}{written}{blank}")
    assert found is not None
    assert (found.value, found.precision, found.text) == (
        dt.date(year, month, 1),
        "month",
        written,
    )


@pytest.mark.parametrize(
    "text", ["القانون رقم 5/2013", "العدد 12/2024 من المجلة", "13/2013", "0/2013"]
)
def test_a_month_and_year_inside_a_sentence_is_no_date(text: str) -> None:
    assert tarikh.find_dates(text) == []
