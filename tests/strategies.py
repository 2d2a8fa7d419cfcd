"""Hypothesis strategies for tarikh, built from the loaded lexicon.

Every month name, weekday, era marker, ordinal and grammar word comes from
``tarikh._lexicon.lexicon()``, never from this file, so a spelling added to
``src/tarikh/data/`` is tested without touching the tests.  Each date strategy
returns a :class:`Case`: the text, what ``parse_date`` must return for it, and
the raw spans the match must cover (and stay within).

Noise follows the written conventions of Arabic pages: tatweel only between two
letters that join, harakat after letters, hamza on alef anywhere, alef maqsura
for yeh and ta marbuta for heh (and back) only at the end of a word, bidi marks
inside numbers and around separators, NBSP for spaces.  Labels and trailing
words are ordinary page text; none of their words is a lexicon key (checked
when this module is imported).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from calendar import monthrange
from dataclasses import dataclass, field, replace
from typing import Literal

from conftest import REF
from hijridate import Gregorian, Hijri
from hypothesis import strategies as st

import tarikh
from tarikh._lexicon import MonthSystem, lexicon

__all__ = [
    "ARABIC_INDIC",
    "ASCII",
    "DIGIT_SETS",
    "EXTENDED",
    "GREGORIAN_SYSTEMS",
    "HIJRI_SYSTEMS",
    "LEX",
    "Case",
    "arabic_heavy_text",
    "date_cases",
    "day_month_year_dates",
    "digit_ending_stems",
    "dual_calendar_dates",
    "dual_month_dates",
    "hijri_dates",
    "hijri_numeric_dates",
    "impossible_dates",
    "impossible_day_months",
    "key",
    "lexicon_soup",
    "month_day_year_dates",
    "month_names",
    "month_year_dates",
    "numeric_dates",
    "ordinal_dates",
    "to_digits",
    "uq_hijri",
    "uq_to_gregorian",
]

LEX = lexicon()
GREGORIAN_SYSTEMS: tuple[MonthSystem, ...] = tuple(
    s for s in LEX.systems if s.calendar == "gregorian"
)
HIJRI_SYSTEMS: tuple[MonthSystem, ...] = tuple(
    s for s in LEX.systems if s.calendar == "hijri"
)

REFERENCE_YEAR = REF.year  # the two-digit year window hangs on it
GREGORIAN_RANGE = (dt.date(1900, 1, 1), dt.date(2077, 12, 31))
UQ_YEARS = (1343, 1500)  # the Umm al-Qura table of hijridate

ASCII = "0123456789"
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
EXTENDED = "۰۱۲۳۴۵۶۷۸۹"
DIGIT_SETS = (ASCII, ARABIC_INDIC, EXTENDED)
DigitStyle = Literal[
    "ascii", "arabic-indic", "extended", "mixed-per-number", "mixed-per-digit"
]
_DIGIT_TABLES: dict[str, str] = {
    "ascii": ASCII,
    "arabic-indic": ARABIC_INDIC,
    "extended": EXTENDED,
}
_ALL_DIGITS = str.maketrans(ARABIC_INDIC + EXTENDED, ASCII + ASCII)

TATWEEL = "\u0640"
NBSP = "\u00a0"
HARAKAT = tuple(chr(c) for c in range(0x064B, 0x0653))  # fathatan ... sukun
BIDI_MARKS = ("\u200f", "\u200e", "\u061c")  # RLM, LRM, ALM
# Letters that never join the letter after them (joining type R or U): no
# tatweel may follow them.
_NOT_LEFT_JOINING = frozenset("ءآأؤإاةدذرزوٱ")
_ALEF_VARIANTS = {"ا": "أإ", "أ": "اإ", "إ": "اأ", "آ": "ا", "ٱ": "ا"}
_FINAL_VARIANTS = {"ى": "ي", "ي": "ى", "ة": "ه", "ه": "ة"}
# The Maghrebi ve and gaf and the gaf of Moroccan names, for ف ق ك anywhere
_GAF_VARIANTS = {"ف": "ڤ", "ق": "ڨ", "ك": "گڭ"}

SEPARATORS = (" ", "/", "-", "،", ", ", " - ")
LABELS = ("نشر بتاريخ: ", "آخر تحديث: ", "بتاريخ ")
TRAILING = (" في دمشق", " - سانا", "، عاجل", " (بترا)")


def key(spelling: str) -> str:
    """The lexicon key of a spelling, as the loader makes it."""
    return tarikh.normalize(spelling).strip()


def _is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u063a" or "\u0641" <= ch <= "\u064a" or ch in "ٱڤڨ"


def _is_arabic(text: str) -> bool:
    return any(_is_arabic_letter(ch) for ch in text)


for _page_text in (*LABELS, *TRAILING):  # the text around dates names no date
    assert not any(w in LEX.words for w in key(_page_text).split()), _page_text


def month_names(system: MonthSystem, month: int) -> tuple[str, ...]:
    """Spellings of ``month`` in ``system``, as written in months.toml."""
    return system.months[month]


def _system_of(name: str) -> str:
    """The system ``DateMatch.system`` reports for a month spelled ``name``."""
    word = LEX.words[key(name)]
    assert word.month is not None, name
    return word.month.system


def to_digits(text: str, digits: str) -> str:
    """``text`` with every digit (of any of the three systems) in ``digits``."""
    ascii_text = text.translate(_ALL_DIGITS)
    return ascii_text.translate(str.maketrans(ASCII, digits))


def uq_hijri(value: dt.date) -> tuple[int, int, int] | None:
    """hijridate's Umm al-Qura date of ``value``, or None outside its table."""
    try:
        h = Gregorian(value.year, value.month, value.day).to_hijri()
    except OverflowError:
        return None
    return (int(h.year), int(h.month), int(h.day))


def uq_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """hijridate's Gregorian date of an Umm al-Qura date."""
    g = Hijri(year, month, day).to_gregorian()
    return dt.date(g.year, g.month, g.day)


def full_year(two_digits: int) -> int:
    """A two-digit year within 80 years before to 20 after the reference."""
    year = REFERENCE_YEAR - REFERENCE_YEAR % 100 + two_digits
    if year > REFERENCE_YEAR + 20:
        year -= 100
    elif year <= REFERENCE_YEAR - 80:
        year += 100
    return year


@dataclass(frozen=True)
class Case:
    """A written date and what ``parse_date(text, reference=REF)`` must give.

    Attributes:
        text: The input string.
        value: The expected ``DateMatch.value``.
        precision: The expected precision.
        calendar: The expected calendar.
        system: The expected system, or None where not checked.
        hijri: The expected ``DateMatch.hijri``.
        check_hijri: Whether ``hijri`` is checked.
        warnings: The expected warnings, exactly.
        cover: Raw spans (day, month, year, ...) the match span must contain.
        within: The raw span of the whole expression; the match stays inside it
            (it never takes in the label before or the words after).
        dayfirst: The ``dayfirst`` argument to pass.
    """

    text: str
    value: dt.date
    precision: str = "day"
    calendar: str = "gregorian"
    system: str | None = None
    hijri: tuple[int, int, int] | None = None
    check_hijri: bool = True
    warnings: frozenset[str] = frozenset()
    cover: tuple[tuple[int, int], ...] = ()
    within: tuple[int, int] = (0, 0)
    dayfirst: bool = True


@dataclass
class _Text:
    """A string built piece by piece, keeping the raw span of each piece."""

    parts: list[str] = field(default_factory=list)
    length: int = 0

    def add(self, piece: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return start, self.length

    @property
    def text(self) -> str:
        return "".join(self.parts)


@dataclass(frozen=True)
class _Noise:
    digits: DigitStyle
    tatweel: bool
    harakat: bool
    bidi: bool
    nbsp: bool
    letters: bool
    forms: bool


@st.composite
def _noises(draw: st.DrawFn) -> _Noise:
    style: DigitStyle = draw(
        st.sampled_from(
            ["ascii", "arabic-indic", "extended", "mixed-per-number", "mixed-per-digit"]
        )
    )
    return _Noise(
        digits=style,
        tatweel=draw(st.booleans()),
        harakat=draw(st.booleans()),
        bidi=draw(st.booleans()),
        nbsp=draw(st.booleans()),
        letters=draw(st.booleans()),
        forms=_maybe(draw, one_in=4),
    )


def _maybe(draw: st.DrawFn, *, one_in: int = 3) -> bool:
    return draw(st.integers(0, one_in - 1)) == 0


def _noisy_word(draw: st.DrawFn, word: str, noise: _Noise) -> str:
    """``word`` with letter variants, harakat, tatweel and NBSP as ``noise`` says."""
    chars = list(word)
    if noise.letters:
        for i, ch in enumerate(chars):
            final = i + 1 == len(chars) or not _is_arabic_letter(chars[i + 1])
            alts = (
                _ALEF_VARIANTS.get(ch)
                or _GAF_VARIANTS.get(ch)
                or (_FINAL_VARIANTS.get(ch) if final else None)
            )
            if alts and draw(st.booleans()):
                chars[i] = draw(st.sampled_from(alts))
    out: list[str] = []
    for i, ch in enumerate(chars):
        if ch == " " and noise.nbsp and draw(st.booleans()):
            out.append(NBSP)
            continue
        out.append(ch)
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if noise.harakat and _is_arabic_letter(ch) and _maybe(draw):
            out.append(draw(st.sampled_from(HARAKAT)))
        if (
            noise.tatweel
            and _is_arabic_letter(ch)
            and ch not in _NOT_LEFT_JOINING
            and _is_arabic_letter(nxt)
            and _maybe(draw)
        ):
            out.append(TATWEEL * draw(st.integers(1, 3)))
    if noise.forms:
        return _presentation_forms(draw, "".join(out))
    return "".join(out)


def _presentation_table() -> dict[str, str]:
    """Letter (or lam-alef pair) -> its isolated presentation form (U+FE70-FEFF)."""
    table: dict[str, str] = {}
    for code in range(0xFE70, 0xFEFD):
        form = chr(code)
        if "ISOLATED FORM" in unicodedata.name(form, ""):
            table.setdefault(unicodedata.normalize("NFKC", form), form)
    return {k: v for k, v in table.items() if all(_is_arabic_letter(c) for c in k)}


_PRESENTATION = _presentation_table()


def _presentation_forms(draw: st.DrawFn, word: str) -> str:
    """Write some letters (and lam-alef pairs) of ``word`` as presentation forms."""
    out: list[str] = []
    i = 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in _PRESENTATION and draw(st.booleans()):
            out.append(_PRESENTATION[pair])
            i += 2
            continue
        ch = word[i]
        out.append(_PRESENTATION[ch] if ch in _PRESENTATION and _maybe(draw) else ch)
        i += 1
    return "".join(out)


def _number(draw: st.DrawFn, n: int, noise: _Noise, *, width: int = 0) -> str:
    """``n`` written in the digit style of ``noise``, maybe with inner bidi marks."""
    plain = str(n).zfill(width)
    if noise.digits == "mixed-per-digit":
        out = "".join(draw(st.sampled_from(DIGIT_SETS))[int(c)] for c in plain)
    else:
        table = (
            draw(st.sampled_from(DIGIT_SETS))
            if noise.digits == "mixed-per-number"
            else _DIGIT_TABLES[noise.digits]
        )
        out = "".join(table[int(c)] for c in plain)
    if noise.bidi and len(out) > 1 and _maybe(draw):
        at = draw(st.integers(1, len(out) - 1))
        out = out[:at] + draw(st.sampled_from(BIDI_MARKS)) + out[at:]
    return out


def _sep(draw: st.DrawFn, sep: str, noise: _Noise) -> str:
    """A separator with NBSP for its spaces and bidi marks around it."""
    if noise.nbsp and draw(st.booleans()):
        sep = sep.replace(" ", NBSP)
    if noise.bidi and _maybe(draw):
        sep = draw(st.sampled_from(BIDI_MARKS)) + sep
    if noise.bidi and _maybe(draw):
        sep += draw(st.sampled_from(BIDI_MARKS))
    return sep


@st.composite
def hijri_dates(draw: st.DrawFn) -> tuple[int, int, int]:
    """A valid Umm al-Qura date (year, month, day), 1343-1500 AH."""
    year = draw(st.integers(*UQ_YEARS))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, int(Hijri(year, month, 1).month_length())))
    return year, month, day


@dataclass(frozen=True)
class _When:
    """A date to write: its calendar, written fields and Gregorian value."""

    calendar: Literal["gregorian", "hijri"]
    year: int
    month: int
    day: int
    value: dt.date
    hijri: tuple[int, int, int] | None


@st.composite
def _whens(draw: st.DrawFn, calendar: Literal["gregorian", "hijri"]) -> _When:
    if calendar == "hijri":
        y, m, d = draw(hijri_dates())
        return _When("hijri", y, m, d, uq_to_gregorian(y, m, d), (y, m, d))
    g = draw(st.dates(*GREGORIAN_RANGE))
    return _When("gregorian", g.year, g.month, g.day, g, uq_hijri(g))


@st.composite
def _systems(
    draw: st.DrawFn, *, arabic_only: bool = False
) -> tuple[MonthSystem, Literal["gregorian", "hijri"]]:
    greg = [
        s for s in GREGORIAN_SYSTEMS if not arabic_only or _is_arabic(s.months[1][0])
    ]
    system = draw(st.one_of(st.sampled_from(greg), st.sampled_from(HIJRI_SYSTEMS)))
    return system, system.calendar


def _weekday(
    draw: st.DrawFn, text: _Text, value: dt.date, noise: _Noise, *, wrong_ok: bool
) -> tuple[int | None, bool]:
    """Maybe write a weekday (right or wrong) with يوم and a comma.

    Returns the start of what was written (None if nothing) and whether the
    weekday is wrong.
    """
    how = draw(
        st.sampled_from(["none", "right", "wrong"] if wrong_ok else ["none", "right"])
    )
    if how == "none":
        return None, False
    day = value.weekday()
    if how == "wrong":
        day = draw(st.sampled_from([d for d in range(7) if d != day]))
    name = draw(st.sampled_from(LEX.weekdays[day]))
    start = text.length
    if _is_arabic(name) and draw(st.booleans()):
        prefix = draw(st.sampled_from(LEX.grammar_words["weekday_prefix"]))
        text.add(_noisy_word(draw, prefix, noise) + " ")
    text.add(_noisy_word(draw, name, noise))
    text.add(draw(st.sampled_from(["", "،", ","])) + _sep(draw, " ", noise))
    return start, how == "wrong"


def _era(
    draw: st.DrawFn, text: _Text, calendar: Literal["gregorian", "hijri"], noise: _Noise
) -> tuple[int, int] | None:
    """Maybe write an era marker of ``calendar``, glued to the year or spaced."""
    if draw(st.booleans()):
        return None
    marker = draw(st.sampled_from(LEX.eras[calendar]))
    glue = draw(st.booleans())
    if not glue:
        text.add(_sep(draw, " ", noise))
    return text.add(marker)


def _label(draw: st.DrawFn, text: _Text) -> None:
    if draw(st.booleans()):
        text.add(draw(st.sampled_from(LABELS)))


def _trailing(draw: st.DrawFn, text: _Text) -> None:
    if draw(st.booleans()):
        text.add(draw(st.sampled_from(TRAILING)))


def _year_prefix(draw: st.DrawFn, text: _Text, noise: _Noise) -> None:
    """Maybe write عام "year" (or a variant) before the year."""
    if _maybe(draw, one_in=4):
        word = draw(st.sampled_from(LEX.grammar_words["year_prefix"]))
        text.add(_noisy_word(draw, word, noise) + " ")


def _case(
    text: _Text,
    when: _When,
    system: str,
    cover: tuple[tuple[int, int], ...],
    within: tuple[int, int],
) -> Case:
    """A :class:`Case` for ``when`` written in ``text`` (a day, no warnings)."""
    return Case(
        text=text.text,
        value=when.value,
        calendar=when.calendar,
        system=system,
        hijri=when.hijri,
        cover=cover,
        within=within,
    )


def _weekday_checked(case: Case, *, wrong: bool) -> Case:
    """``case``, warned ``weekday-mismatch`` when its weekday was drawn wrong."""
    return replace(case, warnings=frozenset(("weekday-mismatch",) if wrong else ()))


@st.composite
def day_month_year_dates(draw: st.DrawFn) -> Case:
    """``[label] [يوم السبت، ] 12 تموز 2025 [م] [words]``, in every system."""
    system, calendar = draw(_systems())
    when = draw(_whens(calendar))
    noise = draw(_noises())
    name = draw(st.sampled_from(month_names(system, when.month)))
    sep = draw(st.sampled_from(SEPARATORS))
    text = _Text()
    _label(draw, text)
    wd_start, wrong = _weekday(draw, text, when.value, noise, wrong_ok=True)
    day = text.add(_number(draw, when.day, noise, width=draw(st.sampled_from([0, 2]))))
    text.add(_sep(draw, sep, noise))
    month = text.add(_noisy_word(draw, name, noise))
    text.add(_sep(draw, sep, noise))
    if sep in (" ", ", ", "،"):
        _year_prefix(draw, text, noise)
    year = text.add(_number(draw, when.year, noise))
    era = _era(draw, text, calendar, noise)
    end = era[1] if era else year[1]
    _trailing(draw, text)
    case = _case(
        text,
        when,
        _system_of(name),
        (day, month, year),
        (day[0] if wd_start is None else wd_start, end),
    )
    return _weekday_checked(case, wrong=wrong)


@st.composite
def month_day_year_dates(draw: st.DrawFn) -> Case:
    """``دجنبر 11, 1987`` "December 11, 1987", in every system."""
    system, calendar = draw(_systems())
    when = draw(_whens(calendar))
    noise = draw(_noises())
    name = draw(st.sampled_from(month_names(system, when.month)))
    text = _Text()
    _label(draw, text)
    wd_start, wrong = _weekday(draw, text, when.value, noise, wrong_ok=True)
    month = text.add(_noisy_word(draw, name, noise))
    text.add(_sep(draw, draw(st.sampled_from([" ", ", ", "، ", " - "])), noise))
    day = text.add(_number(draw, when.day, noise))
    text.add(_sep(draw, draw(st.sampled_from([" ", ", ", "،", ",", " - "])), noise))
    year = text.add(_number(draw, when.year, noise))
    era = _era(draw, text, calendar, noise)
    end = era[1] if era else year[1]
    _trailing(draw, text)
    case = _case(
        text,
        when,
        _system_of(name),
        (month, day, year),
        (month[0] if wd_start is None else wd_start, end),
    )
    return _weekday_checked(case, wrong=wrong)


@st.composite
def month_year_dates(draw: st.DrawFn) -> Case:
    """``تموز 2025`` "July 2025": precision month, value the 1st."""
    system, calendar = draw(_systems())
    when = draw(_whens(calendar))
    first = (
        uq_to_gregorian(when.year, when.month, 1)
        if calendar == "hijri"
        else dt.date(when.year, when.month, 1)
    )
    when = _When(calendar, when.year, when.month, 1, first, None)
    noise = draw(_noises())
    name = draw(st.sampled_from(month_names(system, when.month)))
    sep = draw(st.sampled_from(SEPARATORS))
    text = _Text()
    _label(draw, text)
    month = text.add(_noisy_word(draw, name, noise))
    text.add(_sep(draw, sep, noise))
    if sep in (" ", ", ", "،"):
        _year_prefix(draw, text, noise)
    year = text.add(_number(draw, when.year, noise))
    era = _era(draw, text, calendar, noise)
    end = era[1] if era else year[1]
    _trailing(draw, text)
    case = _case(text, when, _system_of(name), (month, year), (month[0], end))
    return replace(
        case,
        precision="month",
        check_hijri=False,
    )


@st.composite
def ordinal_dates(draw: st.DrawFn) -> Case:
    """``الثاني عشر من تموز 2025`` "the twelfth of July 2025"."""
    system, calendar = draw(_systems(arabic_only=True))
    when = draw(_whens(calendar))
    noise = draw(_noises())
    name = draw(st.sampled_from(month_names(system, when.month)))
    ordinal = draw(st.sampled_from(LEX.ordinals[when.day]))
    text = _Text()
    _label(draw, text)
    wd_start, wrong = _weekday(draw, text, when.value, noise, wrong_ok=True)
    day = text.add(_noisy_word(draw, ordinal, noise))
    if draw(st.booleans()):
        link = draw(st.sampled_from(LEX.grammar_words["ordinal_link"]))
        text.add(" " + _noisy_word(draw, link, noise) + " ")
    else:
        text.add(_sep(draw, " ", noise))
    month = text.add(_noisy_word(draw, name, noise))
    text.add(_sep(draw, draw(st.sampled_from([" ", "، ", ", "])), noise))
    _year_prefix(draw, text, noise)
    year = text.add(_number(draw, when.year, noise))
    era = _era(draw, text, calendar, noise)
    end = era[1] if era else year[1]
    _trailing(draw, text)
    case = _case(
        text,
        when,
        _system_of(name),
        (day, month, year),
        (day[0] if wd_start is None else wd_start, end),
    )
    return _weekday_checked(case, wrong=wrong)


@st.composite
def dual_month_dates(draw: st.DrawFn) -> Case:
    """``12 تموز (يوليو) 2025``, ``15 أيلول/سبتمبر 2024``: two names, one month."""
    when = draw(_whens("gregorian"))
    noise = draw(_noises())
    names = sorted(
        {n for s in GREGORIAN_SYSTEMS for n in s.months[when.month]},
    )
    first = draw(st.sampled_from(names))
    second = draw(st.sampled_from([n for n in names if key(n) != key(first)]))
    form = draw(st.sampled_from([" ({})", "({})", "/{}", " / {}", "-{}", " - {}"]))
    text = _Text()
    _label(draw, text)
    wd_start, wrong = _weekday(draw, text, when.value, noise, wrong_ok=True)
    day = text.add(_number(draw, when.day, noise))
    text.add(_sep(draw, " ", noise))
    month = text.add(_noisy_word(draw, first, noise))
    text.add(form.format(_noisy_word(draw, second, noise)))
    text.add(_sep(draw, " ", noise))
    year = text.add(_number(draw, when.year, noise))
    era = _era(draw, text, "gregorian", noise)
    end = era[1] if era else year[1]
    _trailing(draw, text)
    case = _case(
        text,
        when,
        f"{_system_of(first)}+{_system_of(second)}",
        (day, month, year),
        (day[0] if wd_start is None else wd_start, end),
    )
    return _weekday_checked(case, wrong=wrong)


def _written_part(
    draw: st.DrawFn, text: _Text, when: _When, noise: _Noise
) -> tuple[str, list[tuple[int, int]], int]:
    """``17 محرم 1447 هـ`` or ``12 يوليو 2025 م``: system, spans, end."""
    systems = HIJRI_SYSTEMS if when.calendar == "hijri" else GREGORIAN_SYSTEMS
    system = draw(st.sampled_from(systems))
    name = draw(st.sampled_from(month_names(system, when.month)))
    day = text.add(_number(draw, when.day, noise))
    text.add(_sep(draw, " ", noise))
    month = text.add(_noisy_word(draw, name, noise))
    text.add(_sep(draw, " ", noise))
    year = text.add(_number(draw, when.year, noise))
    era = _era(draw, text, when.calendar, noise)
    return _system_of(name), [day, month, year], era[1] if era else year[1]


@st.composite
def dual_calendar_dates(draw: st.DrawFn) -> Case:
    """``17 محرم 1447 هـ الموافق 12 يوليو 2025 م`` and the reverse order.

    The Hijri twin is right, one day off (``hijri-sighting-offset``) or two
    or more days off (``hijri-gregorian-mismatch``); the value is always the
    Gregorian date.
    """
    g = draw(st.dates(dt.date(1925, 6, 1), dt.date(2076, 12, 31)))  # g ± 300 days in UQ
    kind = draw(st.sampled_from(["same", "offset", "mismatch"]))
    delta = {
        "same": 0,
        "offset": draw(st.sampled_from([-1, 1])),
        "mismatch": draw(st.integers(2, 300)) * draw(st.sampled_from([-1, 1])),
    }[kind]
    h = uq_hijri(g + dt.timedelta(days=delta))
    assert h is not None
    greg = _When("gregorian", g.year, g.month, g.day, g, uq_hijri(g))
    hij = _When("hijri", *h, g + dt.timedelta(days=delta), h)
    noise = draw(_noises())
    hijri_first = draw(st.booleans())
    text = _Text()
    _label(draw, text)
    wd_start = None
    if kind == "same":
        wd_start, _ = _weekday(draw, text, g, noise, wrong_ok=False)
    sys1, cover1, _ = _written_part(draw, text, hij if hijri_first else greg, noise)
    bracket = _maybe(draw, one_in=4)
    if bracket:
        text.add(" (")
    else:
        word = draw(st.sampled_from(LEX.grammar_words["concordance"]))
        before = draw(st.sampled_from([" ", "، ", " - "]))
        text.add(_sep(draw, before, noise) + _noisy_word(draw, word, noise) + " ")
    sys2, cover2, end = _written_part(draw, text, greg if hijri_first else hij, noise)
    if bracket:
        end = text.add(")")[1]
    _trailing(draw, text)
    warnings = {
        "same": (),
        "offset": ("hijri-sighting-offset",),
        "mismatch": ("hijri-gregorian-mismatch",),
    }[kind]
    case = _case(
        text,
        greg,
        f"{sys1}+{sys2}",
        (*cover1, *cover2),
        (cover1[0][0] if wd_start is None else wd_start, end),
    )
    return replace(
        case,
        warnings=frozenset(warnings),
        calendar="both",
        hijri=h,
    )


def _numeric_text(
    draw: st.DrawFn,
    text: _Text,
    fields: tuple[int, int, int],
    widths: tuple[int, int, int],
    noise: _Noise,
) -> list[tuple[int, int]]:
    # ``1.2.25`` (dots, two-digit year) reads as a version number: not a date.
    seps = ["/", "-", ".", "\u060d"] if widths[2] != 2 else ["/", "-", "\u060d"]
    sep = draw(st.sampled_from(seps))
    spans = [text.add(_number(draw, fields[0], noise, width=widths[0]))]
    for value, width in zip(fields[1:], widths[1:], strict=True):
        text.add(_sep(draw, sep, noise))
        spans.append(text.add(_number(draw, value, noise, width=width)))
    return spans


@st.composite
def numeric_dates(draw: st.DrawFn) -> Case:
    """``12/07/2025``, ``2025-07-12``, ``12.7.2025``; month-first when not dayfirst.

    ``ambiguous-day-month`` exactly when both readings are dates and the day
    is not the month; a two-digit year is completed against the reference.
    """
    order = draw(st.sampled_from(["dmy", "ymd", "dmyy"]))
    if order == "dmyy":
        window = (
            dt.date(REFERENCE_YEAR - 79, 1, 1),
            dt.date(REFERENCE_YEAR + 20, 12, 31),
        )
        g = draw(st.dates(*window))
        assert full_year(g.year % 100) == g.year
    else:
        g = draw(st.dates(*GREGORIAN_RANGE))
    when = _When("gregorian", g.year, g.month, g.day, g, uq_hijri(g))
    noise = draw(_noises())
    dayfirst = draw(st.booleans())
    pad = draw(st.sampled_from([0, 2]))
    text = _Text()
    _label(draw, text)
    wd_start, wrong = _weekday(draw, text, g, noise, wrong_ok=True)
    warnings: list[str] = ["weekday-mismatch"] if wrong else []
    if order == "ymd":
        fields, widths = (g.year, g.month, g.day), (0, pad, pad)
    else:
        pair = (g.day, g.month) if dayfirst else (g.month, g.day)
        year = g.year % 100 if order == "dmyy" else g.year
        fields, widths = (*pair, year), (pad, pad, 2 if order == "dmyy" else 0)
        if g.day <= 12 and g.month <= 12 and g.day != g.month:
            warnings.append("ambiguous-day-month")
        if order == "dmyy":
            warnings.append("two-digit-year")
    spans = _numeric_text(draw, text, fields, widths, noise)
    era = _era(draw, text, "gregorian", noise) if order != "dmyy" else None
    end = era[1] if era else spans[-1][1]
    _trailing(draw, text)
    case = _case(
        text,
        when,
        "numeric",
        tuple(spans),
        (spans[0][0] if wd_start is None else wd_start, end),
    )
    return replace(
        case,
        warnings=frozenset(warnings),
        dayfirst=dayfirst,
    )


@st.composite
def hijri_numeric_dates(draw: st.DrawFn) -> Case:
    """``14/09/1432``: a four-digit year in 1300-1500 is Hijri.

    With no era marker the calendar is inferred (``calendar-inferred``); with
    a Hijri marker it is stated.
    """
    when = draw(_whens("hijri"))
    noise = draw(_noises())
    dayfirst = draw(st.booleans())
    pad = draw(st.sampled_from([0, 2]))
    text = _Text()
    _label(draw, text)
    warnings: list[str] = []
    if draw(st.booleans()):
        fields, widths = (when.year, when.month, when.day), (0, pad, pad)
    else:
        pair = (when.day, when.month) if dayfirst else (when.month, when.day)
        fields, widths = (*pair, when.year), (pad, pad, 0)
        if when.day <= 12 and when.month <= 12 and when.day != when.month:
            warnings.append("ambiguous-day-month")
    spans = _numeric_text(draw, text, fields, widths, noise)
    era = _era(draw, text, "hijri", noise)
    if era is None:
        warnings.append("calendar-inferred")
    _trailing(draw, text)
    case = _case(
        text,
        when,
        "numeric",
        tuple(spans),
        (spans[0][0], era[1] if era else spans[-1][1]),
    )
    return replace(
        case,
        warnings=frozenset(warnings),
        dayfirst=dayfirst,
    )


def date_cases() -> st.SearchStrategy[Case]:
    """Any of the written and numeric date strategies above."""
    return st.one_of(
        day_month_year_dates(),
        month_day_year_dates(),
        month_year_dates(),
        ordinal_dates(),
        dual_month_dates(),
        dual_calendar_dates(),
        numeric_dates(),
        hijri_numeric_dates(),
    )


@st.composite
def impossible_dates(draw: st.DrawFn) -> str:
    """``31 شباط 2025``: day 0 or beyond its month's length (Gregorian or Hijri)."""
    system, calendar = draw(_systems())
    noise = draw(_noises())
    if calendar == "hijri":
        year = draw(st.integers(*UQ_YEARS))
        month = draw(st.integers(1, 12))
        length = int(Hijri(year, month, 1).month_length())
    else:
        year = draw(st.integers(1900, 2077))
        month = draw(st.integers(1, 12))
        length = monthrange(year, month)[1]
    beyond = [st.integers(32, 99), st.just(0)]
    if length < 31:
        beyond.insert(0, st.integers(length + 1, 31))
    day = draw(st.one_of(*beyond))
    text = _Text()
    _label(draw, text)
    if calendar == "gregorian" and _maybe(draw, one_in=4):
        if draw(st.booleans()) and (day > 12 or day == 0):
            _numeric_text(draw, text, (day, month, year), (2, 2, 0), noise)
        else:
            _numeric_text(draw, text, (year, month, day), (0, 2, 2), noise)
        return text.text
    name = draw(st.sampled_from(month_names(system, month)))
    text.add(_number(draw, day, noise))
    text.add(_sep(draw, " ", noise))
    text.add(_noisy_word(draw, name, noise))
    text.add(_sep(draw, " ", noise))
    text.add(_number(draw, year, noise))
    _era(draw, text, calendar, noise)
    _trailing(draw, text)
    return text.text


@st.composite
def impossible_day_months(draw: st.DrawFn) -> str:
    """``30 شباط``: a day and month with no year that no year has."""
    system, calendar = draw(_systems())
    noise = draw(_noises())
    month = draw(st.integers(1, 12))
    # 2024 is a leap year: its months are the longest a Gregorian month gets.
    longest = 30 if calendar == "hijri" else monthrange(2024, month)[1]
    day = draw(st.one_of(st.integers(longest + 1, 99), st.just(0)))
    text = _Text()
    _label(draw, text)
    text.add(_number(draw, day, noise, width=draw(st.sampled_from([0, 2]))))
    text.add(_sep(draw, " ", noise))
    text.add(
        _noisy_word(draw, draw(st.sampled_from(month_names(system, month))), noise)
    )
    _trailing(draw, text)
    return text.text


def _digit_ending_names() -> tuple[tuple[str, str], ...]:
    """(stem, glue) of month names that end in a digit: ``ك2``, ``تشرين 2``."""
    out: set[tuple[str, str]] = set()
    for system in LEX.systems:
        for names in system.months.values():
            for name in names:
                stem = name.rstrip(ASCII)
                if stem != name and key(stem) not in LEX.words:
                    out.add((stem.rstrip(" "), " " if stem.endswith(" ") else ""))
    return tuple(sorted(out))


DIGIT_ENDING_NAMES = _digit_ending_names()


@st.composite
def digit_ending_stems(draw: st.DrawFn) -> str:
    """``12 كانون 2019``: the stem of a name like ``كانون 2`` before a year.

    The year's first digit may be the digit that completes the name; a match
    must never take it and leave the rest of the year behind.
    """
    stem, glue = draw(st.sampled_from(DIGIT_ENDING_NAMES))
    noise = draw(_noises())
    text = _Text()
    _label(draw, text)
    if draw(st.booleans()):
        text.add(_number(draw, draw(st.integers(1, 31)), noise) + " ")
    text.add(stem + glue)
    text.add(_number(draw, draw(st.integers(1000, 2077)), noise))
    _trailing(draw, text)
    return text.text


def _all_spellings() -> tuple[str, ...]:
    words: list[str] = []
    for system in LEX.systems:
        for names in system.months.values():
            words += names
    for table in (LEX.weekdays, LEX.ordinals, LEX.cardinals):
        for names in table.values():
            words += names
    for markers in LEX.eras.values():
        words += markers
    for group in LEX.grammar_words.values():
        words += group
    return tuple(sorted(set(words)))


_SPELLINGS = _all_spellings()
_NOISE_CHARS = (TATWEEL, NBSP, *BIDI_MARKS, *HARAKAT, "\u200b", "\ufeff", "\u060d")
_GLUE = (" ", "", "/", "-", ".", "،", ",", "(", ")", ":", "\n", " - ", *_NOISE_CHARS)


@st.composite
def arabic_heavy_text(draw: st.DrawFn) -> str:
    """Arabic letters, marks, digits of every system, presentation forms, spaces."""
    alphabet = st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(min_codepoint=0x0750, max_codepoint=0x077F),
        st.characters(min_codepoint=0x08A0, max_codepoint=0x08FF),
        st.characters(min_codepoint=0xFB50, max_codepoint=0xFDFF),
        st.characters(min_codepoint=0xFE70, max_codepoint=0xFEFF),
        st.characters(min_codepoint=0x2000, max_codepoint=0x206F),
        st.sampled_from([*ASCII, " ", "\n", "\r", "\t", *_NOISE_CHARS]),
    )
    return draw(st.text(alphabet, max_size=60))


@st.composite
def lexicon_soup(draw: st.DrawFn) -> str:
    """Lexicon words, digit runs, separators and noise, mixed at random."""
    pieces = st.one_of(
        st.sampled_from(_SPELLINGS),
        st.integers(0, 99999).map(str),
        st.tuples(st.integers(0, 9999), st.sampled_from(DIGIT_SETS)).map(
            lambda t: to_digits(str(t[0]), t[1])
        ),
        st.sampled_from(_GLUE),
        st.text(max_size=3),
    )
    parts = draw(st.lists(pieces, max_size=14))
    glue = draw(
        st.lists(st.sampled_from(_GLUE), min_size=len(parts), max_size=len(parts))
    )
    return "".join(p + g for p, g in zip(parts, glue, strict=True))
