"""Times of day after a date: 10:30 ص, الساعة 9:30:00 صباحاً, 22:15."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import REF
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import DIGIT_SETS, GREGORIAN_SYSTEMS, month_names, to_digits

import tarikh
from tarikh._lexicon import MonthSystem

DAY = dt.date(2025, 7, 12)

EXAMPLES = [
    ("السبت 12 يوليو 2025 - 10:45 ص", dt.datetime(2025, 7, 12, 10, 45), "minute"),
    ("الإثنين, 18 أبريل, 2022 - 10:00 مساءً", dt.datetime(2022, 4, 18, 22, 0), "minute"),
    ("الأربعاء، 16 مارس 1955، 9:30:00 ص", dt.datetime(1955, 3, 16, 9, 30), "second"),
    ("12 يوليو 2025 م 3:15 م", dt.datetime(2025, 7, 12, 15, 15), "minute"),
    ("12 يوليو 2025 12:00 ص", dt.datetime(2025, 7, 12, 0, 0), "minute"),
    ("12 يوليو 2025 12:30 م", dt.datetime(2025, 7, 12, 12, 30), "minute"),
    ("12 يوليو 2025 11:10 ليلاً", dt.datetime(2025, 7, 12, 23, 10), "minute"),
    ("12 يوليو 2025 2:10 ليلاً", dt.datetime(2025, 7, 12, 2, 10), "minute"),
    ("12 يوليو 2025 10:30ص", dt.datetime(2025, 7, 12, 10, 30), "minute"),
    ("١٢ تموز ٢٠٢٥ الساعة ١٠:٣٠ صباحاً", dt.datetime(2025, 7, 12, 10, 30), "minute"),
    ("2014-02-10 | 2:51 مساءً", dt.datetime(2014, 2, 10, 14, 51), "minute"),
    ("الجمعة 8 ديسمبر 2024, 08:27", dt.datetime(2024, 12, 8, 8, 27), "minute"),
    ("12 July 2025 3:05 PM", dt.datetime(2025, 7, 12, 15, 5), "minute"),
    (
        "السبت 17 محرم 1447 هـ الموافق 12 يوليو 2025 م، الساعة 10:30 صباحاً",
        dt.datetime(2025, 7, 12, 10, 30),
        "minute",
    ),
]


@pytest.mark.parametrize(
    ("text", "value", "precision"), EXAMPLES, ids=[e[0] for e in EXAMPLES]
)
def test_times_after_dates(text: str, value: dt.datetime, precision: str) -> None:
    found = tarikh.parse_date(text, reference=REF)
    assert found is not None
    assert (found.value, found.precision) == (value, precision)
    assert found.text == text  # the expression reaches to the end of the time


@pytest.mark.parametrize(
    "text",
    [
        "12 يوليو 2025 25:00",
        "12 يوليو 2025 13:00 م",
        "12 يوليو 2025 10:61",
        "12 يوليو 2025 0:30 ص",
    ],
)
def test_impossible_times_are_left_out(text: str) -> None:
    found = tarikh.parse_date(text, reference=REF)
    assert found is not None
    assert (found.value, found.precision, found.text) == (DAY, "day", "12 يوليو 2025")


def test_a_time_after_a_month_is_not_read() -> None:
    found = tarikh.parse_date("تموز 2025 10:30", reference=REF)
    assert found is not None
    assert (found.precision, found.text) == ("month", "تموز 2025")


PERIODS = {"ص": "am", "صباحاً": "am", "م": "pm", "مساءً": "pm", "AM": "am", "pm": "pm"}
DIGITS = [str.maketrans("", ""), str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")]


@settings(max_examples=300, deadline=None)
@given(
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    second=st.none() | st.integers(0, 59),
    twelve=st.booleans(),
    word=st.sampled_from(sorted(PERIODS)),
    digits=st.sampled_from(DIGITS),
    sep=st.sampled_from([" ", " - ", "، ", " | ", " الساعة "]),
)
def test_times_round_trip(  # noqa: PLR0913, PLR0917 - one argument per drawn part
    hour: int,
    minute: int,
    second: int | None,
    twelve: bool,  # noqa: FBT001
    word: str,
    digits: dict[int, int],
    sep: str,
) -> None:
    clock = f"{minute:02d}" + ("" if second is None else f":{second:02d}")
    if twelve:
        shown = hour % 12 or 12
        period = "am" if hour < 12 else "pm"
        words = [w for w, p in PERIODS.items() if p == period]
        text = f"12 يوليو 2025{sep}{shown}:{clock} {words[len(word) % len(words)]}"
    else:
        text = f"12 يوليو 2025{sep}{hour}:{clock}"
    text = text.translate(digits)
    found = tarikh.parse_date(text, reference=REF)
    assert found is not None
    assert found.value == dt.datetime(2025, 7, 12, hour, minute, second or 0), text
    assert found.precision == ("minute" if second is None else "second")
    assert found.text == text


ZONES = [
    ("12 يوليو 2025 10:30 صباحاً بتوقيت مكة المكرمة", "Asia/Riyadh"),
    ("12 يوليو 2025 10:30 بتوقيت القدس", "Asia/Jerusalem"),
    ("12 يناير 2025 10:30 بتوقيت القدس", "Asia/Jerusalem"),
    ("1 أبريل 2025 10:30 بتوقيت غزة", "Asia/Gaza"),  # before Israel's summer time
    ("1 أبريل 2025 10:30 بتوقيت فلسطين", "Asia/Hebron"),
    ("12 يوليو 2025 10:30 بتوقيت بيروت", "Asia/Beirut"),
    ("12 يوليو 2025 10:30 بتوقيت القاهرة", "Africa/Cairo"),
    ("12 يوليو 2025 10:30 بتوقيت الرباط", "Africa/Casablanca"),
]


@pytest.mark.parametrize(("text", "zone"), ZONES, ids=[z[0] for z in ZONES])
def test_named_zones_give_aware_values_on_that_date_s_offset(
    text: str, zone: str
) -> None:
    from zoneinfo import ZoneInfo

    found = tarikh.parse_date(text, reference=REF)
    assert found is not None
    assert isinstance(found.value, dt.datetime)
    assert found.value.tzinfo == ZoneInfo(zone)
    naive = found.value.replace(tzinfo=None)
    assert found.value.utcoffset() == ZoneInfo(zone).utcoffset(naive)
    assert found.text == text


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("12 يوليو 2025 10:30 GMT+3", 180),
        ("12 يوليو 2025 10:30 UTC+03:00", 180),
        ("12 يوليو 2025 10:30 GMT-0530", -330),
        ("12 يوليو 2025 10:30 بتوقيت غرينتش", 0),
        ("12 يوليو 2025 10:30 ت.غ", 0),
        ("16 مارس 1955، 9:30:00 ص التوقيت العالمي المنسق", 0),
    ],
)
def test_utc_and_offsets(text: str, minutes: int) -> None:
    found = tarikh.parse_date(text, reference=REF)
    assert found is not None
    assert isinstance(found.value, dt.datetime)
    assert found.value.utcoffset() == dt.timedelta(minutes=minutes)


def test_local_time_stays_naive_and_says_so() -> None:
    found = tarikh.parse_date("12 يوليو 2025 10:30 بالتوقيت المحلي", reference=REF)
    assert found is not None
    assert isinstance(found.value, dt.datetime)
    assert found.value.tzinfo is None
    assert found.warnings == ("local-time",)


def test_a_city_after_a_time_is_not_a_zone_without_its_prefix() -> None:
    found = tarikh.parse_date("12 يوليو 2025 10:30 القدس - وفا", reference=REF)
    assert found is not None
    assert found.text == "12 يوليو 2025 10:30"


@settings(max_examples=200, deadline=None)
@given(
    day=st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)),
    hour=st.integers(0, 23),
    zone=st.sampled_from(
        ["القدس", "غزة", "فلسطين", "بيروت", "القاهرة", "دمشق", "عمان", "الرباط"]
    ),
)
def test_zone_offsets_match_zoneinfo_across_dst(
    day: dt.date, hour: int, zone: str
) -> None:
    from zoneinfo import ZoneInfo

    names = {
        "القدس": "Asia/Jerusalem",
        "غزة": "Asia/Gaza",
        "فلسطين": "Asia/Hebron",
        "بيروت": "Asia/Beirut",
        "القاهرة": "Africa/Cairo",
        "دمشق": "Asia/Damascus",
        "عمان": "Asia/Amman",
        "الرباط": "Africa/Casablanca",
    }
    text = f"{day.day}/{day.month}/{day.year} {hour}:00 بتوقيت {zone}"
    found = tarikh.parse_date(text, reference=REF)
    assert found is not None
    assert isinstance(found.value, dt.datetime)
    expected = dt.datetime(
        day.year, day.month, day.day, hour, tzinfo=ZoneInfo(names[zone])
    )
    assert found.value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("12 يوليو 2025 الساعة 7 مساءً", "2025-07-12T19", "hour"),
        ("12 يوليو 2025 7 مساءً", "2025-07-12T19", "hour"),
        ("12 يوليو 2025 الساعة العاشرة", "2025-07-12T10", "hour"),
        ("12 يوليو 2025 الساعة العاشرة والنصف صباحاً", "2025-07-12T10:30", "minute"),
        ("12 يوليو 2025 الساعة الثامنة وربع مساء", "2025-07-12T20:15", "minute"),
        ("12 يوليو 2025 الساعة الخامسة إلا ثلث", "2025-07-12T04:40", "minute"),
        ("12 يوليو 2025 الساعة الحادية عشرة ليلاً", "2025-07-12T23", "hour"),
    ],
)
def test_hours_without_minutes_and_in_words(
    text: str, iso: str, precision: str
) -> None:
    found = tarikh.parse_date(text, reference=REF)
    assert found is not None
    assert (found.iso(), found.precision, found.text) == (iso, precision, text)


def test_a_number_after_a_date_needs_the_hour_word_or_a_period() -> None:
    found = tarikh.parse_date("12 يوليو 2025 3 قتلى", reference=REF)
    assert found is not None
    assert found.text == "12 يوليو 2025"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("غداً الساعة 7 مساءً", "2025-07-13T19"),
        ("أمس 10:30 صباحاً", "2025-07-11T10:30"),
        ("الأحد المقبل الساعة العاشرة", "2025-07-13T10"),
        ("اليوم السبت الساعة 3:15 م بتوقيت مكة المكرمة", "2025-07-12T15:15+03:00"),
        # A part of the day before the day reads the hour after it.
        ("مساء الغد الساعة 8", "2025-07-13T20"),
        ("صباح الغد الساعة 8", "2025-07-13T08"),
        ("عصر اليوم الساعة الرابعة", "2025-07-12T16"),
        ("ليلة أمس الساعة 11", "2025-07-11T23"),
        ("مساء الغد الساعة 8 صباحاً", "2025-07-13T08"),  # the written period wins
        ("مساء الغد الساعة 20:30", "2025-07-13T20:30"),
    ],
)
def test_relative_days_with_a_time(text: str, iso: str) -> None:
    found = tarikh.parse_date(text, reference=dt.datetime(2025, 7, 12, 15, 0))
    assert found is not None
    assert (found.iso(), found.text, found.relative) == (iso, text, True)


@settings(max_examples=200, deadline=None)
@given(
    ref=st.dates(dt.date(1950, 1, 1), dt.date(2070, 12, 31)),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    twelve=st.booleans(),
    digits=st.sampled_from(DIGITS),
    prefix=st.sampled_from(["الساعة", "في الساعة", "عند الساعة"]),
)
def test_a_time_alone_after_the_hour_word_is_on_the_reference_date(  # noqa: PLR0913, PLR0917
    ref: dt.date,
    hour: int,
    minute: int,
    twelve: bool,  # noqa: FBT001
    digits: dict[int, int],
    prefix: str,
) -> None:
    if twelve:
        period = "صباحاً" if hour < 12 else "مساءً"
        clock = f"{hour % 12 or 12}:{minute:02d} {period}"
    else:
        clock = f"{hour}:{minute:02d}"
    text = f"يبدأ الاجتماع {prefix} {clock}".translate(digits)
    found = tarikh.find_dates(text, reference=ref)
    assert len(found) == 1, text
    assert found[0].value == dt.datetime.combine(ref, dt.time(hour, minute))
    assert found[0].relative
    assert found[0].text == f"{prefix} {clock}".translate(digits)
    assert text[found[0].span[0] : found[0].span[1]] == found[0].text


@pytest.mark.parametrize(
    "text", ["على مدار الساعة", "ساعة الصفر", "الساعة 25", "الساعة الجديدة"]
)
def test_the_hour_word_without_a_time_is_no_date(text: str) -> None:
    assert tarikh.find_dates(text, reference=REF) == []


def test_a_time_alone_in_words_with_its_zone() -> None:
    found = tarikh.parse_date(
        "في الساعة العاشرة والنصف صباحاً بتوقيت مكة المكرمة", reference=DAY
    )
    assert found is not None
    assert found.iso() == "2025-07-12T10:30+03:00"
    assert found.relative


@settings(max_examples=300, deadline=None)
@given(
    moment=st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2100, 12, 31)),
    offset=st.none() | st.integers(-12 * 60, 14 * 60),
    seconds=st.booleans(),
    zulu=st.booleans(),
)
def test_iso_8601_datetimes_round_trip(
    moment: dt.datetime,
    offset: int | None,
    seconds: bool,  # noqa: FBT001
    zulu: bool,  # noqa: FBT001
) -> None:
    moment = moment.replace(microsecond=0, second=moment.second if seconds else 0)
    if offset is not None:
        moment = moment.replace(tzinfo=dt.timezone(dt.timedelta(minutes=offset)))
    text = moment.isoformat(timespec="seconds" if seconds else "minutes")
    if zulu and offset == 0:
        text = text.replace("+00:00", "Z")
    found = tarikh.parse_date(f'"published":"{text}"')
    assert found is not None, text
    assert isinstance(found.value, dt.datetime)
    assert found.value == moment, text
    assert found.value.utcoffset() == moment.utcoffset()
    assert found.text == text


def test_an_iso_offset_past_14_hours_names_no_zone() -> None:
    found = tarikh.parse_date("2023-06-22T16:30:16+15:00")
    assert found is not None
    assert found.value == dt.datetime(2023, 6, 22, 16, 30, 16)


@settings(max_examples=200, deadline=None)
@given(
    moment=st.datetimes(dt.datetime(1950, 1, 1), dt.datetime(2070, 12, 31)),
    system=st.sampled_from(GREGORIAN_SYSTEMS),
    data=st.data(),
    digits=st.sampled_from(DIGIT_SETS),
)
def test_day_time_year_month_from_separate_boxes(
    moment: dt.datetime,
    system: MonthSystem,
    data: st.DataObject,
    digits: str,
) -> None:
    # Pages that set day, time, year and month in boxes of their own read,
    # in logical order, as day, time, year, month: 15 08:51 2026 فيفري.
    month = data.draw(st.sampled_from(month_names(system, moment.month)))
    boxes = f"{moment.day:02d} {moment:%H:%M} {moment.year} {month}"
    text = f"تونس - {to_digits(boxes, digits)} - عاجل"
    found = tarikh.parse_date(text, reference=REF)
    assert found is not None, text
    assert found.value == moment.replace(second=0, microsecond=0), text
    assert (found.precision, found.text) == ("minute", to_digits(boxes, digits))


def test_boxes_need_their_time() -> None:
    assert tarikh.parse_date("15 2026 فيفري", reference=REF) is None


@settings(max_examples=200, deadline=None)
@given(
    ref=st.dates(dt.date(1950, 1, 1), dt.date(2070, 12, 31)),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    marker=st.sampled_from(["period", "zone", "whole"]),
    digits=st.sampled_from(DIGIT_SETS),
)
def test_a_time_alone_in_digits_needs_a_period_a_zone_or_the_whole_text(
    ref: dt.date, hour: int, minute: int, marker: str, digits: str
) -> None:
    if marker == "period":
        clock = f"{hour % 12 or 12}:{minute:02d} {'ص' if hour < 12 else 'م'}"
        text = f"يبدأ العرض {clock} في القاعة"
    elif marker == "zone":
        clock = f"{hour}:{minute:02d} بتوقيت غرينتش"
        text = f"يبدأ العرض {clock} في القاعة"
    else:
        clock = text = f"{hour:02d}:{minute:02d}"
    text, clock = to_digits(text, digits), to_digits(clock, digits)
    found = tarikh.find_dates(text, reference=ref)
    assert len(found) == 1, text
    value = found[0].value
    assert isinstance(value, dt.datetime)
    assert value.replace(tzinfo=None) == dt.datetime.combine(ref, dt.time(hour, minute))
    assert (value.tzinfo is not None) == (marker == "zone")
    assert (found[0].text, found[0].relative) == (clock, True)
    assert text[found[0].span[0] : found[0].span[1]] == clock


@pytest.mark.parametrize(
    "text",
    ["انتهت المباراة 2:1", "الآية 10:30 من السورة", "12/10:30 ص", "بنسبة 3:45 بالمئة"],
)
def test_a_bare_hour_and_minute_inside_text_is_no_time(text: str) -> None:
    assert tarikh.find_dates(text, reference=REF) == []


@settings(max_examples=200, deadline=None)
@given(
    moment=st.datetimes(dt.datetime(1950, 1, 1), dt.datetime(2070, 12, 31)),
    system=st.sampled_from(GREGORIAN_SYSTEMS),
    data=st.data(),
    prefix=st.sampled_from(["", "الساعة ", "في تمام الساعة "]),
    joiner=st.sampled_from([" ", " - ", "، ", " ,", " يوم ", " من يوم ", " في يوم "]),
)
def test_a_time_before_its_date_is_that_date_s_time(
    moment: dt.datetime,
    system: MonthSystem,
    data: st.DataObject,
    prefix: str,
    joiner: str,
) -> None:
    month = data.draw(st.sampled_from(month_names(system, moment.month)))
    clock = f"{moment.hour % 12 or 12}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}"
    written = f"{prefix}{clock}{joiner}{moment.day} {month} {moment.year}"
    found = tarikh.find_dates(f"تقرر عقد الجلسة {written} في المقر", reference=REF)
    assert [(m.value, m.text) for m in found] == [
        (moment.replace(second=0, microsecond=0), written)
    ]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("الساعة العاشرة من صباح السبت 12 يوليو 2025", "2025-07-12T10"),
        ("الساعة العاشرة من مساء يوم السبت 12 يوليو 2025", "2025-07-12T22"),
        ("الساعة 10 مساء الخميس 10 يوليو 2025", "2025-07-10T22"),
        ("في تمام الساعة 9:15 من صباح يوم الأحد، 13 تموز 2025", "2025-07-13T09:15"),
        ("الساعة 8:30 من مساء يوم 13 تموز 2025", "2025-07-13T20:30"),
        ("الساعة 22:30 من صباح يوم 13 تموز 2025", "2025-07-13T22:30"),  # 24 h wins
    ],
)
def test_a_part_of_the_day_between_a_time_and_its_date_reads_the_hour(
    text: str, iso: str
) -> None:
    found = tarikh.find_dates(f"وقع الانفجار {text} قرب المرفأ", reference=REF)
    assert [(m.iso(), m.text) for m in found] == [(iso, text)]


@pytest.mark.parametrize("text", ["10:30:15", " 10:30:15 ص ", "١٠:٣٠:١٥"])
def test_a_time_alone_with_seconds(text: str) -> None:
    found = tarikh.parse_date(text, reference=DAY)
    assert found is not None
    assert (found.value, found.precision) == (
        dt.datetime(2025, 7, 12, 10, 30, 15),
        "second",
    )


@settings(max_examples=100, deadline=None)
@given(
    ref=st.dates(dt.date(1950, 1, 1), dt.date(2070, 12, 31)),
    hour=st.integers(1, 12),
    period=st.sampled_from([("صباحاً", 0), ("مساءً", 12), ("مساء", 12), ("صباحا", 0)]),
    digits=st.sampled_from(DIGIT_SETS),
    glued=st.booleans(),
)
def test_a_bare_hour_before_a_part_of_the_day(
    ref: dt.date,
    hour: int,
    period: tuple[str, int],
    digits: str,
    glued: bool,  # noqa: FBT001
) -> None:
    word, shift = period
    clock = to_digits(f"{hour}{'' if glued else ' '}{word}", digits)
    found = tarikh.find_dates(f"يبدأ الحفل {clock} في القاعة", reference=ref)
    assert [(m.text, m.precision) for m in found] == [(clock, "hour")]
    expected = hour % 12 + shift
    assert found[0].value == dt.datetime.combine(ref, dt.time(expected))


@pytest.mark.parametrize(
    "text", ["يبعد 7 م عن البحر", "في عام 2025 مساء الأحد", "الصفحة 7 ص"]
)
def test_a_number_before_a_one_letter_period_is_no_time(text: str) -> None:
    found = tarikh.find_dates(text, reference=REF)
    assert all(m.precision not in ("hour", "minute") for m in found), found


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("11:42 2024-09-18|", "2024-09-18T11:42"),
        ("نشر : 11:42 2024-09-18", "2024-09-18T11:42"),
        ("11:42:06 | 18/09/2024", "2024-09-18T11:42:06"),
        ("1:30 - 12/07/2025", "2025-07-12T01:30"),
        ("23:59 12 يوليو 2025", "2025-07-12T23:59"),
        ("فاز 3:1 2024-09-18", "2024-09-18"),  # no clock: one digit of minutes
        ("24:10 2024-09-18", "2024-09-18"),  # no hour 24
        ("1/11:42 2024-09-18", "2024-09-18"),  # glued to other digits
        ("11:42\n2024-09-18", "2024-09-18"),  # another line
    ],
)
def test_bare_clock_before_a_date(text: str, iso: str) -> None:
    found = tarikh.parse_date(text, reference=dt.date(2026, 1, 1))
    assert found is not None
    assert found.iso() == iso
    assert text[found.span[0] : found.span[1]] == found.text
