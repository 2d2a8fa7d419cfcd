"""A scraped article read whole: site, published date, dateline, findings.

A page's text (as scrapers save it: one block per line) opens with a header -
category, headline, site line, published line, share buttons - and then the
story.  The header ends at the first line long enough to be a paragraph; the
dateline stands on one of the first lines after the header's site and date
lines (alone, or opening the story), or closes the story as its credit.  The
words that label header lines are data (``article.toml``).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from functools import cache
from typing import NamedTuple

from ._api import _check_text, _options, find_dates, parse_date, parse_dateline
from ._codes import FindingCode, Severity
from ._dateline import read_dateline
from ._lexicon import DATA_DIR, key, read_toml
from ._results import Article, Dateline, DateMatch, Finding, Source

__all__ = ["parse_article"]

# A line is the story, not the header, when it is a sentence of this many
# words (it ends with a full stop) or, without a stop, of the second number
# (a date line, "نشر بتاريخ: 1 - محرم - 1343 هـ.", has few words).
_SENTENCE_WORDS = 8
_PARAGRAPH_WORDS = 20
_SENTENCE_END = ".…"  # not ? or !: headlines ask and cry
_CLOSING = "\"'»)]"  # may follow the full stop
_HEADER_LINES = 15  # the header is looked for in this many first lines
_DATE_LINE_REST = 2  # words besides the date (a label, a time word) on a date line
_DATELINE_LINES = 4  # lines after the header's dates where the dateline is looked for
_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


class _Words(NamedTuple):
    published: tuple[str, ...]  # keys, longest first
    updated: tuple[str, ...]
    site: tuple[str, ...]
    noise: frozenset[str]
    files: tuple[str, ...]  # ".webp": an image's file name opening a line
    breadcrumb: tuple[str, ...]


@cache
def _words() -> _Words:
    data = read_toml(DATA_DIR, "article.toml")

    def keys(section: str, field: str) -> tuple[str, ...]:
        return tuple(sorted({key(w) for w in data[section][field]}, key=len)[::-1])

    return _Words(
        keys("published", "labels"),
        keys("updated", "labels"),
        keys("site", "words"),
        frozenset(keys("noise", "words")),
        tuple(f".{ext}" for ext in keys("noise", "files")),
        keys("breadcrumb", "words"),
    )


class _Line(NamedTuple):
    start: int  # offsets in the article
    end: int
    key: str  # normalised, single-spaced

    @property
    def is_paragraph(self) -> bool:
        # Words of two letters or more: digits, dashes and ص/م are not counted.
        words = sum(sum(c.isalpha() for c in w) > 1 for w in self.key.split())
        return words >= _PARAGRAPH_WORDS or (
            words >= _SENTENCE_WORDS
            and self.key.rstrip(_CLOSING).endswith(tuple(_SENTENCE_END))
        )


_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
_BRACKETED = re.compile(r"\([^()\n]{0,40}\)")
_SEPARATOR = re.compile(r"[-\u2013\u2014\u0640|:]+")


def _trim(text: str) -> str:
    """``text`` without the bullets, quotes and colons around it (linear time).

    A regular expression for the two edges backtracks over long runs of marks
    between two words (an alef, a million dashes, a beh) and would take time in
    the square of the run's length.
    """
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


def _lines(text: str) -> list[_Line]:
    """The first non-blank lines of ``text`` with their offsets.

    Only as many as the header and the dateline after it may take: the rest
    of the story is read by ``find_dates`` as one text.
    """
    out: list[_Line] = []
    for m in _LINE.finditer(text):
        k = key(m.group())
        if k:
            out.append(_Line(m.start(), m.end(), k))
            if len(out) > _HEADER_LINES + _DATELINE_LINES:
                break
    return out


def _labelled(line: _Line, labels: tuple[str, ...]) -> bool:
    """Whether the line opens with one of ``labels`` as whole words."""
    head = _trim(line.key)
    return any(
        head.startswith(w) and not head[len(w) : len(w) + 1].isalpha() for w in labels
    )


def _is_noise(line: _Line, words: _Words) -> bool:
    """Whether a line is page furniture, not story.

    Share buttons (each word, or run of up to three words, a button's name),
    a breadcrumb trail (``Home / الاخبار الوطنية / ...``) or an image's file
    name (``Doc-P-1434745-638971855681753438.webp``).
    """
    trimmed = _trim(line.key)
    if _labelled(line, words.breadcrumb) and any(c in trimmed for c in "/>»"):
        return True
    tokens = trimmed.replace("|", " ").split()
    if tokens and tokens[0].casefold().endswith(words.files):
        return True
    i = 0
    while i < len(tokens):
        for n in (3, 2, 1):
            if " ".join(tokens[i : i + n]) in words.noise:
                i += n
                break
        else:
            return False
    return bool(tokens)


def _shift_match(m: DateMatch, by: int) -> DateMatch:
    return dataclasses.replace(m, span=(m.span[0] + by, m.span[1] + by))


def _shift_dateline(d: Dateline, by: int) -> Dateline:
    return dataclasses.replace(
        d,
        span=(d.span[0] + by, d.span[1] + by),
        date=None if d.date is None else _shift_match(d.date, by),
    )


class _Header(NamedTuple):
    lines: list[_Line]  # the header's lines (before the first paragraph)
    paragraph: _Line | None  # the story's first paragraph
    published: DateMatch | None  # with spans into the article
    published_line: int  # index into lines, -1 when none
    site: str | None
    credit: Source | None
    site_line: int
    others: list[DateMatch]  # other dates of the header (a Hijri twin line)


def _date_line(text: str, line: _Line, ref: date | datetime | None) -> DateMatch | None:
    """The date of a line that is dates and little else.

    Besides its dates and times, and the labels of published or updated
    dates, a date line holds at most two words: ``نيسان ـ نشر في 2026-01-11
    الساعة 19:53`` (an outlet's name, a label, the date).  A day word alone
    (``مباريات الأمس``, "yesterday's matches") or a time alone is a widget's.
    """
    raw = text[line.start : line.end]
    found = find_dates(raw, reference=ref)
    if not found or _widget(found[0]):
        return None
    rest, at = [], 0
    for m in found:
        rest.append(raw[at : m.span[0]])
        at = m.span[1]
    rest.append(raw[at:])
    words = _words()
    # notes in brackets, (آخر تحديث) or a zone (مكة المكرمة), are not counted
    left = f" {_trim(key(_BRACKETED.sub(' ', ' '.join(rest))))} "
    for label in words.published + words.updated:
        left = left.replace(f" {label} ", " ")
    named = [w for w in left.split() if sum(c.isalpha() for c in w) > 1]
    if len(named) > _DATE_LINE_REST:
        return None
    return _shift_match(found[0], line.start)


def _widget(found: DateMatch) -> bool:
    """A day word (مباريات الأمس) or a time alone (08:06 صباحًا): a widget's."""
    if not found.relative:
        return False
    return found.precision == "day" or found.text[:1].isdigit()


def _is_dateline(text: str, line: _Line, ref: date | datetime | None) -> bool:
    """A dated line that names a place: the story's dateline, not the page's date.

    A date with only a credit (``1 شباط 2000 - سانا``) stays the page's date.
    """
    found = parse_dateline(text[line.start : line.end], reference=ref)
    return found is not None and found.location is not None


def _site(text: str, line: _Line) -> tuple[str | None, Source | None]:
    """``موقع كل يوم -سبأ نت``: the site's name and the outlet it credits."""
    raw = text[line.start : line.end].strip()
    name = raw.split(None, 1)[1] if " " in raw else ""
    parts = [part.strip() for part in _SEPARATOR.split(name, maxsplit=1)]
    site = _trim(parts[0]) or None
    credit = None
    if len(parts) > 1 and parts[1].strip():
        found = parse_dateline(parts[1])
        if found is not None and found.source is not None:
            credit = found.source
    return site, credit


def _split(lines: list[_Line]) -> tuple[list[_Line], _Line | None]:
    """The header's lines and the story's first paragraph."""
    words = _words()
    labels = words.published + words.updated
    head: list[_Line] = []
    for line in lines[:_HEADER_LINES]:
        if line.is_paragraph and not _labelled(line, labels):
            return head, line
        head.append(line)
    return head, lines[len(head)] if len(lines) > len(head) else None


def _rank(line: _Line, words: _Words) -> int:
    """0 for a published label, 2 for an updated label, 1 for neither."""
    if _labelled(line, words.published):
        return 0
    return 2 if _labelled(line, words.updated) else 1


def _header(text: str, lines: list[_Line], ref: date | datetime | None) -> _Header:
    words = _words()
    head, paragraph = _split(lines)
    site: tuple[str | None, Source | None] = (None, None)
    site_at = -1
    # The date of a line with a published label, of a line that is a date,
    # and of a line with an updated label, in that order of preference.
    dated: list[tuple[int, DateMatch] | None] = [None, None, None]
    others: list[DateMatch] = []
    pending = 1  # a label alone on its line gives its rank to the next line
    for i, line in enumerate(head):
        if site_at < 0 and _labelled(line, words.site):
            site, site_at = _site(text, line), i
            continue
        rank = _rank(line, words)
        if rank == 1:
            found = _date_line(text, line, ref)
            if found is not None and _is_dateline(text, line, ref):
                continue  # بكين 12 سبتمبر 2025 (شينخوا): the dateline, dated
            rank, pending = (pending, 1) if found is not None else (1, 1)
        else:
            at = parse_date(text[line.start : line.end], reference=ref)
            found = None if at is None else _shift_match(at, line.start)
            if found is None:
                pending = rank  # نشر : then 11:42 2024-09-18 on the next line
        if found is None:
            continue
        if dated[rank] is None:
            dated[rank] = (i, found)
        else:
            others.append(found)
    chosen = next((d for d in dated if d is not None), None)
    others.extend(d[1] for d in dated if d is not None and d is not chosen)
    return _Header(
        head,
        paragraph,
        None if chosen is None else chosen[1],
        -1 if chosen is None else chosen[0],
        site[0],
        site[1],
        site_at,
        others,
    )


def _taken(found: Dateline | None, *, strict: bool) -> bool:
    """Whether a reading of a line is a dateline, not a headline or a label.

    A known place or outlet is, and so is any outlet after the header's site
    or date line.  Before them (``strict``), a category line (``اخبار اليمن``)
    reads as a bare name too, so an outlet the table does not know counts only
    when a separator sets it off (``وطنا اليوم:``, ``صوت الحق -``,
    ``عفرين بوست - خاص``, ``الصباح اليمني_متابعات``) or a date or a reporter
    comes with it.  A name that opens with a digit is a clock's (``08:06
    صباحًا``), no outlet's.
    """
    if found is None or found.location is not None:
        return found is not None
    source = found.source
    if source is None or source.kind != "unknown" or source.code == "STAFF":
        return source is not None
    if not source.name_ar[:1].isalpha():
        return False
    set_off = any(ch in _SET_OFF for ch in found.text)
    told = found.date is not None or found.reporter is not None
    return not strict or told or set_off


_SET_OFF = frozenset(':-/|)]}»"_\u201d\u2013\u2014\u0640')  # _ as a dash too


def _story_end(text: str, words: _Words) -> int:
    """Where the story ends: before the furniture lines that close the page."""
    end = len(text)
    while end > 0:
        cut = max(text.rfind("\n", 0, end), -1)
        k = key(text[cut + 1 : end])
        if k and not _is_noise(_Line(cut + 1, end, k), words):
            return end
        end = max(cut, 0)
    return end


def _dateline(
    text: str, lines: list[_Line], header: _Header, ref: date | datetime | None
) -> Dateline | None:
    """The dateline: on one of the lines before the story or opening it, or its credit.

    The story may open on the dateline's line (``بيونغ يانغ-سبأ: صرح``) or the
    dateline may stand alone on a line just before it; a story may instead end
    with its credit (``(طهران- د ب أ)``).  The lines looked at are those after
    the header's site and date lines, the nearest to the story first in
    reading order: a headline, a count of views or a byline may stand between.
    """
    words = _words()
    first = max(header.published_line, header.site_line) + 1
    before: list[_Line] = []
    for line in lines[first:]:
        if line is header.paragraph:
            break
        if not (_is_noise(line, words) or _labelled(line, words.updated)):
            before.append(line)
    candidates = before[-(_DATELINE_LINES - 1) :] if header.paragraph else before
    candidates = candidates[:_DATELINE_LINES]
    if header.paragraph is not None:
        candidates.append(header.paragraph)
    strict = first == 0  # no site or date line: the page's header is unknown
    opts = _options(ref, dayfirst=True, prefer="past")
    for k, line in enumerate(candidates):
        # with the next line, which a reporter's name alone needs (مروة جمال over
        # the story's first sentence); every other reading stays on its line
        end = candidates[k + 1].end if k + 1 < len(candidates) else line.end
        found = read_dateline(text[line.start : end], opts, credits=False)
        if found is not None and _taken(found, strict=strict):
            return _shift_dateline(found, line.start)
    if not candidates:
        return None
    start = candidates[0].start
    found = parse_dateline(text[start : _story_end(text, words)], reference=ref)
    if found is None or found.span[0] < candidates[-1].end - start:
        return None  # a reading of the lines already refused
    return _shift_dateline(found, start) if _taken(found, strict=False) else None


# /2025/07/12/, /2025-07-12, /20250712/, ?date=2025-07-12, /2025/07/ (a month).
_URL_DATE = re.compile(
    r"(?<![\d])(?P<y>(?:19|20)\d\d)"
    r"(?:(?P<s>[/_-])(?P<m>[01]?\d)(?:(?P=s)(?P<d>[0-3]?\d))?|(?P<m2>[01]\d)(?P<d2>[0-3]\d))"
    r"(?=[/?#&._-]|$)"
)


def _url_fields(url: str) -> tuple[date, int] | None:
    """The first real date a URL writes, and how many fields (3, or 2 for a month)."""
    for m in _URL_DATE.finditer(url):
        year = int(m.group("y"))
        if m.group("m2") is not None:
            month, day_text = int(m.group("m2")), m.group("d2")
        else:
            month, day_text = int(m.group("m")), m.group("d")
        try:
            if day_text is None:
                return date(year, month, 1), 2
            return date(year, month, int(day_text)), 3
        except ValueError:
            continue
    return None


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _after(published: DateMatch, reference: date | datetime) -> bool:
    """Whether ``published`` lies after ``reference`` at the precision both give."""
    value = published.value
    if (
        isinstance(value, datetime)
        and isinstance(reference, datetime)
        and (value.tzinfo is None) == (reference.tzinfo is None)
    ):
        return value > reference
    return _day(value) > _day(reference)


class _Findings:
    def __init__(self) -> None:
        self.items: list[Finding] = []

    def add(
        self,
        code: FindingCode,
        severity: Severity,
        message: str,
        span: tuple[int, int] | None = None,
    ) -> None:
        found = Finding(code=code, severity=severity, message=message, span=span)
        self.items.append(found)

    def sorted(self) -> tuple[Finding, ...]:
        return tuple(
            sorted(
                self.items,
                key=lambda f: (_SEVERITY_RANK[f.severity], f.span[0] if f.span else -1),
            )
        )


def _check_published(
    out: _Findings, published: DateMatch, others: list[DateMatch]
) -> None:
    """What the published date and its twins in the header say of themselves."""
    if "weekday-mismatch" in published.warnings:
        out.add(
            "weekday-mismatch",
            "error",
            f"the published date {published.text!r} names a weekday that "
            f"{published.iso()} was not",
            published.span,
        )
    if "hijri-gregorian-mismatch" in published.warnings:
        out.add(
            "hijri-gregorian-mismatch",
            "error",
            f"the Hijri and Gregorian halves of {published.text!r} are more than "
            "a day apart",
            published.span,
        )
    elif "hijri-sighting-offset" in published.warnings:
        out.add(
            "hijri-sighting-offset",
            "info",
            f"the Hijri half of {published.text!r} is one day from Umm al-Qura "
            "(local moon sighting)",
            published.span,
        )
    if "ambiguous-day-month" in published.warnings:
        out.add(
            "ambiguous-day-month",
            "warning",
            f"the published date {published.text!r} reads as day/month and as "
            f"month/day; read as {published.iso()}",
            published.span,
        )
    if published.relative:
        out.add(
            "relative-published",
            "info",
            f"the published date {published.text!r} is relative; read as "
            f"{published.iso()}",
            published.span,
        )
    if published.precision in ("year", "month") or published.relative:
        return
    for twin in others:
        # a Hijri date beside a Gregorian one (not a dual date of its own,
        # such as a site's "today" bar, which names its own day)
        pair = {twin.calendar, published.calendar} == {"hijri", "gregorian"}
        if not pair or twin.precision != "day":
            continue
        gap = abs((_day(twin.value) - _day(published.value)).days)
        if gap > 1:
            out.add(
                "hijri-gregorian-mismatch",
                "error",
                f"the header's {twin.text!r} is {twin.iso()}, {gap} days from the "
                f"published {published.iso()}",
                twin.span,
            )
        elif gap == 1:
            out.add(
                "hijri-sighting-offset",
                "info",
                f"the header's {twin.text!r} is one day from the published "
                f"{published.iso()} (local moon sighting)",
                twin.span,
            )


def _check_against(
    out: _Findings,
    published: DateMatch,
    reference: date | datetime | None,
    url: str | None,
    dateline: Dateline | None,
) -> None:
    """The published date against the crawl time, the URL and the dateline."""
    if (
        reference is not None
        and not published.relative
        and _after(published, reference)
    ):
        out.add(
            "published-in-future",
            "error",
            f"published {published.iso()}, after the reference {reference.isoformat()}",
            published.span,
        )
    in_url = None if url is None else _url_fields(url)
    if in_url is not None and published.precision not in ("year", "month"):
        day, fields = in_url
        have = _day(published.value)
        if fields == 2:  # noqa: PLR2004 - the URL gives a year and a month
            have = have.replace(day=1)
        if day != have:
            written = day.isoformat() if fields == 3 else day.isoformat()[:7]  # noqa: PLR2004
            out.add(
                "url-date-mismatch",
                "warning",
                f"the URL says {written}, the page {published.iso()}",
            )
    if dateline is not None and dateline.date is not None:
        twin = dateline.date
        gap = abs((_day(twin.value) - _day(published.value)).days)
        if gap > 1 and twin.precision == "day":
            out.add(
                "dateline-date-mismatch",
                "warning",
                f"the dateline's {twin.text!r} is {gap} days from the published "
                f"{published.iso()}",
                twin.span,
            )


def _full(found: DateMatch | None) -> bool:
    """A written day with its year: a date that can stand for the published one."""
    if found is None or found.relative or "year-inferred" in found.warnings:
        return False
    return found.precision not in ("year", "month")


def read_article(
    text: str, *, reference: date | datetime | None, url: str | None
) -> Article:
    """Read ``text`` whole (see :func:`parse_article`)."""
    lines = _lines(text)
    header = _header(text, lines, reference)
    published = header.published
    anchor: date | datetime | None = reference if published is None else published.value
    dateline = _dateline(text, lines, header, anchor)
    written = None if dateline is None else dateline.date
    if published is None and written is not None and _full(written):
        # بورتسودان 10-11-2023: with no date in the header, the dateline's
        published, anchor = written, written.value
    out = _Findings()
    if published is None:
        out.add("no-published-date", "warning", "no published date in the header")
    else:
        _check_published(out, published, header.others)
        _check_against(out, published, reference, url, dateline)
    if dateline is None:
        out.add("no-dateline", "info", "no dateline opens the story")
    if dateline is not None:
        body_start = dateline.span[1]
    elif header.paragraph is not None:
        body_start = header.paragraph.start
    else:
        body_start = len(text)
    dates = tuple(
        _shift_match(m, body_start)
        for m in find_dates(text[body_start:], reference=anchor)
    )
    for m in dates:
        if published is not None and m.relative and "weekday-mismatch" in m.warnings:
            out.add(
                "weekday-mismatch",
                "error",
                f"the story's {m.text!r} is not the weekday of the published "
                f"{published.iso()}",
                m.span,
            )
    return Article(
        published=published,
        dateline=dateline,
        site=header.site,
        findings=out.sorted(),
        credit=header.credit,
        dates=dates,
    )


def parse_article(
    text: str, *, reference: date | datetime | None = None, url: str | None = None
) -> Article:
    r"""Read a scraped news article whole and check its metadata.

    Finds the site line, the published date (a labelled line such as
    ``نشر بتاريخ:``, else a header line that is a date), the dateline that
    opens the story, and the story's dates (relative ones read against the
    published date), and reports what does not add up as findings: a weekday
    or a Hijri twin that contradicts the published date, a published date
    after ``reference`` (the crawl time) or unlike the date in ``url``.

    >>> a = parse_article("نشر بتاريخ: ١٢ تموز ٢٠٢٥\nبيونغ يانغ-سبأ:\n"
    ...                   "صرح وزير الخارجية الروسي بأن موسكو تحذر الولايات المتحدة "
    ...                   "وحلفاءها في بيونغ يانغ اليوم الأحد.")
    >>> a.published.iso(), a.dateline.location.name, a.dateline.source.code
    ('2025-07-12', 'Pyongyang', 'SABA')
    >>> [(f.code, f.severity) for f in a.findings]
    [('weekday-mismatch', 'error')]

    Args:
        text: The article as text, one block (title, date, paragraph) a line.
        reference: The crawl time: completes relative published dates and
            flags published dates after it.
        url: The page's address; a date in its path or query is checked.

    Raises:
        TypeError: If ``text`` is not a ``str`` or ``url`` is neither a
            ``str`` nor ``None``.
    """
    _options(reference, dayfirst=True, prefer="past")  # checks the reference
    if url is not None and not isinstance(url, str):
        msg = f"url must be a str, got {type(url).__name__}"
        raise TypeError(msg)
    return read_article(_check_text(text), reference=reference, url=url)
