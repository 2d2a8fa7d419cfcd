"""parse_article: a scraped page read whole, and the findings on its metadata."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import LEX, Case, day_month_year_dates, lexicon_soup

import tarikh

SEED = (CORPUS / "seed_article.txt").read_text("utf-8")
CRAWL = dt.datetime(2025, 7, 13, 9, 0)


def codes(article: tarikh.Article) -> list[tuple[str, str]]:
    return [(f.code, f.severity) for f in article.findings]


def assert_spans_point_into(text: str, article: tarikh.Article) -> None:
    """Every span of the reading is a slice of the input with the same text."""
    if article.published is not None:
        start, end = article.published.span
        assert text[start:end] == article.published.text
    if article.dateline is not None:
        start, end = article.dateline.span
        assert text[start:end] == article.dateline.text
        if article.dateline.date is not None:
            start, end = article.dateline.date.span
            assert text[start:end] == article.dateline.date.text
    for m in article.dates:
        assert text[m.span[0] : m.span[1]] == m.text
    for f in article.findings:
        if f.span is not None:
            assert 0 <= f.span[0] < f.span[1] <= len(text)


def test_seed_article_read_whole() -> None:
    a = tarikh.parse_article(
        SEED, reference=CRAWL, url="https://www.saba.ye/ar/news/2025/07/12/3512"
    )
    assert a.published is not None
    assert a.published.iso() == "2025-07-12"
    assert a.published.text == "١٢ تموز ٢٠٢٥"
    assert a.dateline is not None
    assert a.dateline.text == "بيونغ يانغ-سبأ:"
    assert a.dateline.location is not None
    assert (a.dateline.location.name, a.dateline.location.country) == (
        "Pyongyang",
        "KP",
    )
    assert a.dateline.source is not None
    assert a.dateline.source.code == "SABA"
    assert a.site == "كل يوم"
    assert a.credit is not None
    assert a.credit.code == "SABA"
    assert [(m.text, m.iso()) for m in a.dates] == [("اليوم السبت", "2025-07-12")]
    assert a.findings == ()
    assert_spans_point_into(SEED, a)


def test_seed_share_noise_is_not_a_date_or_story() -> None:
    a = tarikh.parse_article(SEED + "\nفيسبوك\nواتساب | تويتر\nطباعة")
    assert [m.text for m in a.dates] == ["اليوم السبت"]


def test_seed_with_wrong_weekday_in_body() -> None:
    text = SEED.replace("اليوم السبت", "اليوم الأحد")
    a = tarikh.parse_article(text)
    assert codes(a) == [("weekday-mismatch", "error")]
    span = a.findings[0].span
    assert span is not None
    assert text[span[0] : span[1]] == "اليوم الأحد"


def test_wrong_weekday_on_the_published_line() -> None:
    text = SEED.replace("١٢ تموز ٢٠٢٥", "الأحد ١٢ تموز ٢٠٢٥")
    assert codes(tarikh.parse_article(text)) == [("weekday-mismatch", "error")]


@pytest.mark.parametrize(
    ("twin", "expected"),
    [
        (
            "١٢ تموز ٢٠٢٥ الموافق ١٧ صفر ١٤٤٧ هـ",
            [("hijri-gregorian-mismatch", "error")],
        ),
        ("١٢ تموز ٢٠٢٥ الموافق ١٨ محرم ١٤٤٧ هـ", [("hijri-sighting-offset", "info")]),
        ("١٢ تموز ٢٠٢٥ الموافق ١٧ محرم ١٤٤٧ هـ", []),
        ("١٢ تموز ٢٠٢٥\n١٧ صفر ١٤٤٧ هـ", [("hijri-gregorian-mismatch", "error")]),
        ("١٢ تموز ٢٠٢٥\n١٦ محرم ١٤٤٧ هـ", [("hijri-sighting-offset", "info")]),
        ("١٢ تموز ٢٠٢٥\n١٧ محرم ١٤٤٧ هـ", []),
    ],
)
def test_hijri_twin(twin: str, expected: list[tuple[str, str]]) -> None:
    a = tarikh.parse_article(SEED.replace("١٢ تموز ٢٠٢٥", twin))
    assert a.published is not None
    assert a.published.value == dt.date(2025, 7, 12)
    assert codes(a) == expected


@pytest.mark.parametrize(
    ("url", "mismatch"),
    [
        ("https://www.saba.ye/ar/news/2025/07/11/3512", True),
        ("https://example.com/news/20250711/a.html", True),
        ("https://example.com/news?id=5&date=2025-07-11", True),
        ("https://example.com/2025/06/story", True),
        ("https://example.com/news/2025/07/12/3512", False),
        ("https://example.com/news/20250712/a.html", False),
        ("https://example.com/news?date=2025-07-12&id=7", False),
        ("https://example.com/2025/07/story", False),
        ("https://example.com/news/3512", False),
        ("https://example.com/news/2025/13/45/x", False),  # no date in it
    ],
)
def test_url_date(url: str, *, mismatch: bool) -> None:
    a = tarikh.parse_article(SEED, url=url)
    assert codes(a) == ([("url-date-mismatch", "warning")] if mismatch else [])


def test_published_after_the_crawl() -> None:
    a = tarikh.parse_article(SEED, reference=dt.date(2025, 7, 11))
    assert codes(a) == [("published-in-future", "error")]
    # the same day, at any time of it, is not the future for a day's date
    assert (
        tarikh.parse_article(SEED, reference=dt.datetime(2025, 7, 12, 0, 1)).findings
        == ()
    )


def test_published_time_after_the_crawl_time() -> None:
    text = SEED.replace("١٢ تموز ٢٠٢٥", "١٢ تموز ٢٠٢٥ - 10:30 م")
    late = tarikh.parse_article(text, reference=dt.datetime(2025, 7, 12, 9, 0))
    assert codes(late) == [("published-in-future", "error")]
    ok = tarikh.parse_article(text, reference=dt.datetime(2025, 7, 12, 23, 0))
    assert ok.findings == ()


def test_relative_published_date() -> None:
    text = SEED.replace("نشر بتاريخ: ١٢ تموز ٢٠٢٥", "نشر منذ 3 ساعات")
    a = tarikh.parse_article(text, reference=dt.datetime(2025, 7, 12, 15, 0))
    assert a.published is not None
    assert a.published.iso() == "2025-07-12T12"
    assert codes(a) == [("relative-published", "info")]


def test_ambiguous_published_date() -> None:
    text = SEED.replace("١٢ تموز ٢٠٢٥", "07/12/2025")
    a = tarikh.parse_article(text)
    assert a.published is not None
    assert a.published.iso() == "2025-12-07"
    # read day-first, 7 December 2025 is a Sunday: the story's اليوم السبت disagrees
    assert codes(a) == [
        ("weekday-mismatch", "error"),
        ("ambiguous-day-month", "warning"),
    ]


def test_dateline_date_far_from_published() -> None:
    text = SEED.replace("بيونغ يانغ-سبأ:", "بيونغ يانغ 9 تموز (سبأ) -")
    a = tarikh.parse_article(text)
    assert codes(a) == [("dateline-date-mismatch", "warning")]
    assert a.dateline is not None
    assert a.dateline.date is not None
    assert a.dateline.date.iso() == "2025-07-09"  # its year is the published one
    near = SEED.replace("بيونغ يانغ-سبأ:", "بيونغ يانغ 11 تموز (سبأ) -")
    assert tarikh.parse_article(near).findings == ()


def test_no_published_date_and_no_dateline() -> None:
    text = SEED.replace("نشر بتاريخ: ١٢ تموز ٢٠٢٥\n", "").replace(
        "بيونغ يانغ-سبأ:\n", ""
    )
    a = tarikh.parse_article(text)
    assert a.published is None
    assert a.dateline is None
    assert codes(a) == [("no-published-date", "warning"), ("no-dateline", "info")]


def test_dateline_opening_the_first_paragraph() -> None:
    text = SEED.replace("بيونغ يانغ-سبأ:\n", "بيونغ يانغ-سبأ: ")
    a = tarikh.parse_article(text)
    assert a.dateline is not None
    assert a.dateline.text == "بيونغ يانغ-سبأ:"
    assert a.findings == ()
    assert_spans_point_into(text, a)


def test_headline_before_an_unlabelled_date_line() -> None:
    text = (
        "لافروف يحذر واشنطن من خلق تهديدات أمنية لروسيا وكوريا الشمالية\n"
        "السبت 12 يوليو 2025 - 10:45 ص\n"
        "بيونغ يانغ (سبأ) - صرح وزير الخارجية الروسي بأن موسكو تحذر الولايات "
        "المتحدة.\n"
    )
    a = tarikh.parse_article(text)
    assert a.published is not None
    assert a.published.iso() == "2025-07-12T10:45"
    assert a.dateline is not None
    assert a.dateline.source is not None
    assert a.dateline.source.code == "SABA"
    assert a.findings == ()


def test_labelled_published_line_wins_over_updated() -> None:
    text = (
        "آخر تحديث: 14 يوليو 2025\nتاريخ النشر: 12 يوليو 2025\n"
        + SEED.split("\n", 3)[3]
    )
    a = tarikh.parse_article(text)
    assert a.published is not None
    assert a.published.iso() == "2025-07-12"


@pytest.mark.parametrize("bad", [None, 12, b"text"])
def test_not_text(bad: object) -> None:
    with pytest.raises(TypeError):
        tarikh.parse_article(bad)  # type: ignore[arg-type]


def test_bad_url_and_reference() -> None:
    with pytest.raises(TypeError):
        tarikh.parse_article(SEED, url=7)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        tarikh.parse_article(SEED, reference="2025-07-12")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "\n\n", "   ", "إكــس", "بيونغ يانغ"])
def test_empty_and_tiny_inputs(text: str) -> None:
    a = tarikh.parse_article(text)
    assert a.published is None
    assert ("no-published-date", "warning") in codes(a)


_SETTINGS = settings(max_examples=150, deadline=None)


def _weekday_name(day: int) -> str:
    return LEX.weekdays[day][0]


@_SETTINGS
@given(case=day_month_year_dates(), said=st.integers(0, 6))
def test_weekday_findings_follow_the_calendar(case: Case, said: int) -> None:
    """A header date in any system, a body that says which day "today" is."""
    text = (
        "أخبار عربية\n"
        f"{case.text}\n"
        "دمشق-سانا:\n"
        f"قال المتحدث باسم الوزارة في مؤتمر صحفي اليوم {_weekday_name(said)} "
        "إن الاجتماع سيعقد في موعده.\n"
    )
    a = tarikh.parse_article(text, reference=dt.date(2078, 1, 1))
    assert a.published is not None, text
    assert a.published.value == case.value, text
    assert a.dateline is not None
    assert a.dateline.location is not None
    assert a.dateline.location.name == "Damascus"
    weekday_errors = [f for f in a.findings if f.code == "weekday-mismatch"]
    header_wrong = "weekday-mismatch" in case.warnings
    body_wrong = said != case.value.weekday()
    assert len(weekday_errors) == header_wrong + body_wrong, (text, a.findings)
    assert_spans_point_into(text, a)


@_SETTINGS
@given(
    text=st.one_of(
        st.text(max_size=400),
        lexicon_soup(),
        st.lists(lexicon_soup(), max_size=8).map("\n".join),
    ),
    url=st.one_of(st.none(), st.text(max_size=60)),
)
def test_any_text_gives_an_article(text: str, url: str | None) -> None:
    a = tarikh.parse_article(text, reference=CRAWL, url=url)
    assert isinstance(a, tarikh.Article)
    assert_spans_point_into(text, a)
    severities = [f.severity for f in a.findings]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)


def test_story_openings_read_as_parse_dateline_reads_them() -> None:
    """The dev dateline corpus, each opening read as a whole (header-less) page.

    A page with no site or date line may open with a category line, so an
    outlet name alone on the first line is not taken, nor a credit after the
    story's end (انتهى/ ع); the rest agree. (1,216 of 1,309 rows: the later
    rounds of the corpus sought openings with an outlet alone.)
    """
    import json

    rows = [
        json.loads(line)
        for line in (CORPUS / "datelines" / "dev.jsonl").read_text("utf-8").splitlines()
    ]
    same = 0
    for row in rows:
        ref = dt.date.fromisoformat(row["reference"])
        got = tarikh.parse_article(row["text"], reference=ref).dateline
        want = tarikh.parse_dateline(row["text"], reference=ref)
        if got is None or want is None:
            same += got is want
        else:
            same += (got.text, got.span) == (want.text, want.span)
    assert same / len(rows) >= 0.92


def test_outlet_set_off_by_an_underscore_on_a_headerless_page() -> None:
    a = tarikh.parse_article(
        "الصباح اليمني_متابعات\nانقطاع كلي للكهرباء، الأربعاء، في محافظة عدن."
    )
    assert a.dateline is not None
    assert a.dateline.source is not None
    assert a.dateline.source.name_ar == "الصباح اليمني"


def test_category_line_is_no_dateline() -> None:
    a = tarikh.parse_article("اخبار اليمن\nلافروف يحذر واشنطن من خلق تهديدات أمنية")
    assert a.dateline is None
    a = tarikh.parse_article(
        "أخبار محلية\nالسعودية والإمارات تبحثان التعاون\nالرياض - واس: بحث الجانبان"
    )
    assert a.dateline is not None
    assert a.dateline.text == "الرياض - واس:"


BODY = (
    "قال رئيس الوزراء إن الحكومة ماضية في برنامجها ولن تتراجع عن الإصلاحات المعلنة.\n"
)


def test_label_alone_then_the_date_on_the_next_line() -> None:
    a = tarikh.parse_article("عنوان الخبر\nنشر :\n11:42 2024-09-18|\n" + BODY)
    assert a.published is not None
    assert a.published.iso() == "2024-09-18T11:42"  # the clock before the date


def test_label_after_an_outlet_name_and_a_headline_that_asks() -> None:
    text = (
        "هل يفكر رئيس الوزراء الدكتور جعفر حسان بإجراء تعديل وزاري؟\n"
        "نيسان ـ نشر في 2026-01-11 الساعة 19:53\n" + BODY
    )
    a = tarikh.parse_article(text)
    assert a.published is not None
    assert a.published.iso() == "2026-01-11T19:53"


def test_notes_in_brackets_on_the_date_line() -> None:
    text = (
        "نتائج الانتخابات البلدية في فرنسا\n"
        "الخميس 7/3/1429 هـ - الموافق 13/3/2008 م (آخر تحديث) الساعة 16:25 "
        "(مكة المكرمة)\n" + BODY
    )
    a = tarikh.parse_article(text)
    assert a.published is not None
    assert a.published.iso() == "2008-03-13"


@pytest.mark.parametrize("widget", ["مباريات الأمس", "18:00", "10:30 ص"])
def test_widgets_give_no_published_date(widget: str) -> None:
    a = tarikh.parse_article(f"{widget}\nالنصر\n" + BODY, reference=CRAWL)
    assert a.published is None


def test_the_datelines_date_when_the_header_has_none() -> None:
    text = "عنوان الخبر\nبورتسودان 10-11-2023 - " + BODY
    a = tarikh.parse_article(text)
    assert a.published is not None
    assert a.published.iso() == "2023-11-10"
    assert a.dateline is not None
    assert a.dateline.location is not None
    assert a.dateline.location.name == "Port Sudan"
    assert ("no-published-date", "warning") not in codes(a)


def test_font_size_buttons_and_a_byline_before_the_dateline() -> None:
    text = (
        "نشر بتاريخ: 12 يوليو 2025\nA-\nA+\nحصيلة عام من عمر الحكومة\nمصطفى واعراب\n"
        "أفريقيا برس – المغرب. تشير الأرقام إلى أن الشارع يحتضن مظاهرات يوميا.\n"
    )
    a = tarikh.parse_article(text)
    assert a.dateline is not None
    assert a.dateline.source is not None
    assert a.dateline.source.name_ar == "أفريقيا برس"


def test_breadcrumbs_and_closing_share_buttons_are_furniture() -> None:
    text = (
        "Home / الاخبار الوطنية / الناطق باسم الحكومة يعلق\n"
        "اعلن وزير التهذيب الوطني الناطق الرسمي باسم الحكومة عن مقتل مواطنين.\n"
        "شارك هذه المقالة\n"
    )
    a = tarikh.parse_article(text)
    assert a.dateline is None


def test_a_clock_alone_is_no_date_and_no_outlet() -> None:
    text = "عرب وعالم\n08:06 صباحًا EEST\nتفجير مبنى\n" + BODY
    a = tarikh.parse_article(text, reference=CRAWL)
    assert a.published is None
    assert a.dateline is None


def test_a_dual_today_bar_is_no_hijri_twin() -> None:
    text = (
        "الجمعة 03 ماي 2024 ميلادي, الموافق لـ 24 شوال 1445 هجري\n"
        "نشر بتاريخ: 12 يوليو 2025\n" + BODY
    )
    a = tarikh.parse_article(text)
    assert a.published is not None
    assert a.published.iso() == "2025-07-12"
    assert "hijri-gregorian-mismatch" not in [f.code for f in a.findings]


def test_an_image_file_name_is_page_furniture() -> None:
    """A scraper's kept image name and the share buttons are no dateline."""
    text = (
        "Lebanon 24\n27-10-2025 | 15:00\nA-\nA+\n"
        "Doc-P-1434745-638971855681753438.webp\n"
        "Doc-P-1434745-638971855681753438.webp photos 0\nfacebook\nMessenger\n"
        "أعلن الاتحاد المصري لكرة القدم، عن تأجيل كافة المباريات المقررة يوم السبت.\n"
    )
    a = tarikh.parse_article(text)
    assert a.dateline is None
    assert a.published is not None
    assert a.published.iso() == "2025-10-27T15:00"
