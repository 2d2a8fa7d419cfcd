"""Relative expressions against a reference: منذ ساعتين, أمس, اليوم السبت."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from conftest import CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st

import tarikh
from tarikh._api import Prefer

NOW = dt.datetime(2025, 7, 12, 15, 30, 45)
TODAY = NOW.date()

EXAMPLES = [
    ("منذ ساعتين", dt.datetime(2025, 7, 12, 13, 0), "hour", ()),
    ("منذ ساعة", dt.datetime(2025, 7, 12, 14, 0), "hour", ()),
    ("منذ ساعة واحدة", dt.datetime(2025, 7, 12, 14, 0), "hour", ()),
    ("قبل يوم واحد", dt.date(2025, 7, 11), "day", ()),
    ("اليوم الساعة 10:30", dt.datetime(2025, 7, 12, 10, 30), "minute", ()),
    ("قبل 3 ساعات", dt.datetime(2025, 7, 12, 12, 0), "hour", ()),
    ("قبل 11 ساعة", dt.datetime(2025, 7, 12, 4, 0), "hour", ()),
    ("قبل ثلاث ساعات", dt.datetime(2025, 7, 12, 12, 0), "hour", ()),
    ("منذ ٥ دقائق", dt.datetime(2025, 7, 12, 15, 25), "minute", ()),
    ("منذ 30 ثانية", dt.datetime(2025, 7, 12, 15, 30, 15), "second", ()),
    ("منذ دقائق", dt.datetime(2025, 7, 12, 15, 27), "minute", ("approximate",)),
    ("قبل يومين", dt.date(2025, 7, 10), "day", ()),
    ("قبل أيام", dt.date(2025, 7, 9), "day", ("approximate",)),
    ("قبل أسبوع", dt.date(2025, 7, 5), "day", ()),
    ("خلال أسبوعين", dt.date(2025, 7, 26), "day", ()),
    ("في غضون شهر", dt.date(2025, 8, 12), "day", ()),
    ("قبل شهرين", dt.date(2025, 5, 12), "day", ()),
    ("منذ عام", dt.date(2024, 7, 12), "day", ()),
    ("منذ سنتين", dt.date(2023, 7, 12), "day", ()),
    ("أمس", dt.date(2025, 7, 11), "day", ()),
    ("البارحة", dt.date(2025, 7, 11), "day", ()),
    ("أول أمس", dt.date(2025, 7, 10), "day", ()),
    ("غداً", dt.date(2025, 7, 13), "day", ()),
    ("بكرة", dt.date(2025, 7, 13), "day", ()),
    ("بعد غد", dt.date(2025, 7, 14), "day", ()),
    ("صباح الغد", dt.date(2025, 7, 13), "day", ()),
    ("مساء أمس", dt.date(2025, 7, 11), "day", ()),
    ("صباح اليوم", dt.date(2025, 7, 12), "day", ()),
    ("فجر يوم أمس", dt.date(2025, 7, 11), "day", ()),
    ("اليوم السبت", dt.date(2025, 7, 12), "day", ()),
    ("أمس الجمعة", dt.date(2025, 7, 11), "day", ()),
    ("اليوم الأحد", dt.date(2025, 7, 12), "day", ("weekday-mismatch",)),
    ("وقبل ساعتين", dt.datetime(2025, 7, 12, 13, 0), "hour", ()),
    ("الأسبوع الماضي", dt.date(2025, 7, 5), "day", ("approximate",)),
    ("الشهر الماضي", dt.date(2025, 6, 1), "month", ()),
    ("الشهر المقبل", dt.date(2025, 8, 1), "month", ()),
    ("العام الماضي", dt.date(2024, 1, 1), "year", ()),
    ("السنة القادمة", dt.date(2026, 1, 1), "year", ()),
    ("الأحد الماضي", dt.date(2025, 7, 6), "day", ()),
    ("السبت الماضي", dt.date(2025, 7, 5), "day", ()),
    ("الجمعة المقبلة", dt.date(2025, 7, 18), "day", ()),
    ("السبت القادم", dt.date(2025, 7, 19), "day", ()),
]


@pytest.mark.parametrize(
    ("text", "value", "precision", "warnings"), EXAMPLES, ids=[e[0] for e in EXAMPLES]
)
def test_relative_examples(
    text: str, value: dt.date, precision: str, warnings: tuple[str, ...]
) -> None:
    found = tarikh.parse_date(text, reference=NOW)
    assert found is not None
    assert (found.value, found.precision, found.warnings) == (
        value,
        precision,
        warnings,
    )
    assert found.relative
    assert found.system == "relative"
    assert text[found.span[0] : found.span[1]] == found.text


@pytest.mark.parametrize(
    "text",
    [
        "فلسطين اليوم",
        "اليوم التالي",
        "العراق اليوم",
        "قبل الانتخابات",
        "بعد ذلك",
        "صباح الخير",  # "good morning"
        "الواحد الأحد",  # "the One": a weekday alone needs يوم or commas
        "الاثنين معا",  # "the two together"
        "قال، الأحد أن",  # one comma is no setting-off
        "حتى الآن",  # "until now"
        "فلسطين اليوم الساعة",  # الساعة with no time: اليوم stays a name
        "لم يعلن حالاً",
    ],
)
def test_not_relative(text: str) -> None:
    assert tarikh.find_dates(text, reference=NOW) == []


def test_without_reference_the_clock_is_named() -> None:
    found = tarikh.parse_date("منذ ساعتين")
    assert found is not None
    assert found.warnings == ("relative-to-now",)


def test_aware_reference_keeps_its_zone() -> None:
    riyadh = dt.timezone(dt.timedelta(hours=3))
    found = tarikh.parse_date("منذ ساعتين", reference=NOW.replace(tzinfo=riyadh))
    assert found is not None
    assert isinstance(found.value, dt.datetime)
    assert found.value.tzinfo is riyadh


def test_a_calendar_date_wins_over_an_overlapping_relative() -> None:
    found = tarikh.find_dates("اليوم السبت 12 يوليو 2025", reference=NOW)
    assert [(m.text, m.relative) for m in found] == [("السبت 12 يوليو 2025", False)]


def test_seed_article_dates() -> None:
    text = (CORPUS / "seed_article.txt").read_text("utf-8")
    found = tarikh.find_dates(text, reference=dt.date(2025, 7, 12))
    assert [(m.text, m.iso(), m.relative, m.warnings) for m in found] == [
        ("١٢ تموز ٢٠٢٥", "2025-07-12", False, ()),
        ("اليوم السبت", "2025-07-12", True, ()),
    ]


UNITS = {
    "hour": ("ساعة", "ساعتين", "ساعات"),
    "minute": ("دقيقة", "دقيقتين", "دقائق"),
    "day": ("يوم", "يومين", "أيام"),
    "week": ("أسبوع", "أسبوعين", "أسابيع"),
    "month": ("شهر", "شهرين", "أشهر"),
    "year": ("سنة", "سنتين", "سنوات"),
}
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _expected(ref: dt.datetime, unit: str, n: int) -> dt.date | dt.datetime:
    if unit in ("hour", "minute"):
        moved = ref + dt.timedelta(**{unit + "s": n})
        start = moved.replace(second=0, microsecond=0)
        return start.replace(minute=0) if unit == "hour" else start
    if unit in ("day", "week"):
        return ref.date() + dt.timedelta(days=n * (7 if unit == "week" else 1))
    months = n * (12 if unit == "year" else 1)
    index = ref.year * 12 + ref.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(ref.day, last))


@settings(max_examples=300, deadline=None)
@given(
    ref=st.datetimes(dt.datetime(1950, 1, 1), dt.datetime(2070, 12, 31)),
    unit=st.sampled_from(sorted(UNITS)),
    n=st.integers(1, 99),
    past=st.booleans(),
    indic=st.booleans(),
)
def test_offsets_move_the_reference_by_exactly_the_amount(
    ref: dt.datetime,
    unit: str,
    n: int,
    past: bool,  # noqa: FBT001
    indic: bool,  # noqa: FBT001
) -> None:
    singular, dual, plural = UNITS[unit]
    if n == 1:
        words = singular
    elif n == 2:
        words = dual
    else:
        number = str(n).translate(INDIC) if indic else str(n)
        words = f"{number} {plural if 3 <= n <= 10 else singular}"
    text = f"{'منذ' if past else 'بعد'} {words}"
    found = tarikh.parse_date(text, reference=ref)
    assert found is not None, text
    assert found.value == _expected(ref, unit, -n if past else n), text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("اليوم الأحد (13 تموز 2025)", "13 تموز 2025"),
        ("مساء اليوم الأحد الموافق 13 يوليو 2025", "13 يوليو 2025"),
        ("في مثل هذا اليوم، زي النهارده، وقعت معركة 13 يوليو 1967", "13 يوليو 1967"),
    ],
)
def test_a_relative_day_that_the_date_writes_out_gives_way(
    text: str, want: str
) -> None:
    found = tarikh.find_dates(text, reference=NOW)
    assert [m.text for m in found] == [want]


@settings(max_examples=200, deadline=None)
@given(ref=st.dates(dt.date(1950, 1, 1), dt.date(2070, 12, 31)), day=st.integers(0, 6))
def test_last_and_next_weekday(ref: dt.date, day: int) -> None:
    names = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
    last = tarikh.parse_date(f"{names[day]} الماضي", reference=ref)
    after = tarikh.parse_date(f"{names[day]} المقبل", reference=ref)
    assert last is not None
    assert after is not None
    assert type(last.value) is dt.date
    assert type(after.value) is dt.date
    assert last.value.weekday() == day == after.value.weekday()
    assert 1 <= (ref - last.value).days <= 7
    assert 1 <= (after.value - ref).days <= 7


@settings(max_examples=200, deadline=None)
@given(
    ref=st.dates(dt.date(1950, 1, 1), dt.date(2070, 12, 31)),
    day=st.integers(0, 6),
    shape=st.sampled_from(["قال يوم {} إن", "أعلنت الوزارة، {}، أن", "نهار {}"]),
    prefer=st.sampled_from(["past", "future", "nearest"]),
)
def test_weekday_alone_is_the_one_prefer_picks(
    ref: dt.date, day: int, shape: str, prefer: Prefer
) -> None:
    names = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
    text = shape.format(names[day])
    found = tarikh.find_dates(text, reference=ref, prefer=prefer)
    assert len(found) == 1
    value = found[0].value
    assert type(value) is dt.date
    assert value.weekday() == day
    assert found[0].relative
    assert text[found[0].span[0] : found[0].span[1]] == found[0].text
    assert names[day] in found[0].text
    gap = (value - ref).days
    if prefer == "past":
        assert -6 <= gap <= 0
    elif prefer == "future":
        assert 0 <= gap <= 6
    else:
        assert -3 <= gap <= 3


def test_since_a_year_is_the_year_not_an_offset() -> None:
    found = tarikh.find_dates("منذ عام 2011", reference=NOW)
    assert [(m.text, m.iso(), m.relative) for m in found] == [
        ("عام 2011", "2011", False)
    ]


HOLIDAYS = [
    ("عيد الفطر", "past", dt.date(2025, 3, 30)),
    ("عيد الفطر المبارك", "future", dt.date(2026, 3, 20)),
    ("عيد الأضحى", "past", dt.date(2025, 6, 6)),
    ("يوم عرفة", "past", dt.date(2025, 6, 5)),
    ("رأس السنة الهجرية", "past", dt.date(2025, 6, 26)),
    ("المولد النبوي", "future", dt.date(2025, 9, 4)),
    ("ليلة القدر", "past", dt.date(2025, 3, 27)),
    ("رأس السنة الميلادية", "future", dt.date(2026, 1, 1)),
]


@pytest.mark.parametrize(
    ("text", "prefer", "value"), HOLIDAYS, ids=[h[0] + " " + h[1] for h in HOLIDAYS]
)
def test_holidays_resolve_through_the_calendar(
    text: str, prefer: str, value: dt.date
) -> None:
    found = tarikh.parse_date(text, reference=TODAY, prefer=prefer)  # type: ignore[arg-type]
    assert found is not None
    assert (found.value, found.relative, found.text) == (value, True, text)


@settings(max_examples=100, deadline=None)
@given(ref=st.dates(dt.date(1930, 1, 1), dt.date(2075, 12, 31)))
def test_eid_is_always_the_first_of_shawwal_before_the_reference(ref: dt.date) -> None:
    found = tarikh.parse_date("عيد الفطر", reference=ref)
    assert found is not None
    assert found.hijri is not None
    assert found.hijri[1:] == (10, 1)
    assert found.value <= ref
    assert (ref - found.value).days < 360


@settings(max_examples=100, deadline=None)
@given(
    now=st.datetimes(dt.datetime(1950, 1, 1), dt.datetime(2070, 12, 31)),
    word=st.sampled_from(["الآن", "الان", "حالاً", "حالا", "الحين"]),
    blank=st.sampled_from(["", " ", "\n"]),
)
def test_now_alone_is_the_reference_moment(
    now: dt.datetime, word: str, blank: str
) -> None:
    found = tarikh.parse_date(f"{blank}{word}{blank}", reference=now)
    assert found is not None
    assert (found.value, found.precision, found.relative, found.text) == (
        now.replace(second=0, microsecond=0),
        "minute",
        True,
        word,
    )
    on_a_day = tarikh.parse_date(word, reference=now.date())
    assert on_a_day is not None
    assert (on_a_day.value, on_a_day.precision) == (now.date(), "day")
