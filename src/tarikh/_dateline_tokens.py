"""The first line of a story as tokens, and what the tables know of them.

The dateline reader (``_dateline``) walks these tokens: words, numbers and
punctuation of the normalised text.  Here are the look-ups it makes at a
token: the longest place key or source form that starts there, a date, a
short run of unknown words set off by punctuation.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from ._grammar import Candidate, DatePart, candidate_at
from ._lexicon import lexicon
from ._normalize import Normalized
from ._places import PlaceRow, Places, SourceRow, compact, holds_outlet_word, places
from ._resolve import Options, Resolved, resolve
from ._results import DateMatch, match_of

__all__ = [
    "CLOSERS",
    "ENDS",
    "OPENERS",
    "REPORTER_WORDS",
    "RUN_ENDS",
    "Tok",
    "date_at",
    "domain_label",
    "match_place",
    "match_source",
    "source_follows",
    "tokens",
    "unknown_run",
]

_TOKEN = re.compile(r"(?P<word>[^\W\d_]+)|(?P<num>[0-9]+)|(?P<punct>[^\w\s]|_+)")
_DAY_MONTH = re.compile(r"([0-9]{1,2}) ?[-/.] ?([0-9]{1,2})(?![0-9]| ?[-/.] ?[0-9])")
OPENERS = frozenset('("[{')
CLOSERS = frozenset(')"]}')
ENDS = frozenset(":-/.,;|…" + "".join(CLOSERS))  # may close a dateline
REPORTER_WORDS = 4  # the most words taken as a reporter's name
_LINKS = 2  # the most words of a name joined to the next (عبد, بن) left uncounted
# What may close a run of unknown words: not a comma or a full stop, which
# end the story's first clause ("غزة - أعلنت وزارة الصحة، اليوم").
RUN_ENDS = frozenset(":-/;|" + "".join(CLOSERS))
_ELLIPSIS = "…"  # closes a run after the place: بغداد/البغدادية…تظاهر العشرات
_LINE = 240  # the most characters of the first line read
_ALEF = "\u0627"
_DESK_KINDS = frozenset({"unknown", "agency"})  # متابعات, وكالات
_GLUED_DOT = re.compile(r"[^\W\d_] ?\. ?[^\W\d_]")  # البلاد.نت, www.svt.se, الصحافة. نت
_LATIN_HYPHEN = re.compile(r"[A-Za-z][-_@]|@[A-Za-z]")  # Al-Youm, @okaz_online
_TO = "\u0644"  # لـ "to", glued to the word after it
# Symbols and modifiers (emoji, skin tones), and the marks and format
# characters emoji are built with (U+FE0F variation selector, U+200D joiner).
_SYMBOLS = frozenset({"So", "Sk", "Mn", "Me", "Cf"})


class Tok(NamedTuple):
    """A word, number or punctuation mark of the normalised first line."""

    kind: str  # word | num | punct
    text: str
    start: int
    end: int


def tokens(text: str, start: int) -> list[Tok]:
    line_end = text.find("\n", start)
    stop = min(len(text) if line_end < 0 else line_end, start + _LINE)
    toks: list[Tok] = []
    for m in _TOKEN.finditer(text, start, stop):
        kind, word = m.lastgroup or "punct", m.group()
        if kind == "punct":
            if _symbol(word):
                continue
            word = _dash(word)
        toks.append(Tok(kind, word, *m.span()))
    for k in range(1, len(toks) - 1):
        if toks[k].text == _ALEF and _between_words(toks, k, text):
            toks[k] = toks[k]._replace(kind="punct", text="|")
    if _GLUED_DOT.search(text, start, stop):
        toks = _bracketed_address(_addresses(toks, text))
    if _LATIN_HYPHEN.search(text, start, stop):
        toks = _latin_hyphens(toks, text)
    if text.find("#", max(0, start - 1), stop) >= 0:  # the opening # may be skipped
        toks = _hashtags(toks, text)
    return toks


def underscored(toks: list[Tok], text: str, tables: Places) -> list[Tok]:
    """Words glued by an underscore as one name: ``تاربة_اليوم``, ``شبكة_الخبر``.

    Sites write their names as hashtags without the #. The underscore still
    parts a known place or source from what follows (``وان_بغداد``, the agency
    and its city) and a name from a desk word (``الصباح اليمني_متابعات``).
    """
    out: list[Tok] = []
    for k, tok in enumerate(toks):
        before = out[-1] if out else None
        after = toks[k + 1] if k + 1 < len(toks) else None
        glued = (
            tok.text == "-"
            and text[tok.start] == "_"
            and before is not None
            and after is not None
            and before.kind == after.kind == "word"
            and before.end == tok.start
            and after.start == tok.end
        )
        if glued and before is not None and after is not None:
            known = _known_before(out, text, tables)
            desk = tables.sources.get(after.text)
            if not known and (desk is None or desk.kind not in _DESK_KINDS):
                continue
        out.append(tok)
    return out


def _hashtags(toks: list[Tok], text: str) -> list[Tok]:
    """A hashtag's words as a name: ``#اور_نيوز`` is the outlet اور نيوز.

    The # and the underscores joining the words are no marks of the dateline.
    """
    out: list[Tok] = []
    tagged = bool(toks) and toks[0].start > 0 and text[toks[0].start - 1] == "#"
    for k, tok in enumerate(toks):
        after = toks[k + 1] if k + 1 < len(toks) else None
        glued = after is not None and after.start == tok.end and after.kind == "word"
        if tok.text == "#" and glued:
            tagged = True
            continue
        joins = (
            tagged
            and text[tok.start] == "_"
            and glued
            and bool(out)
            and out[-1].end == tok.start
        )
        if joins:
            continue
        tagged = tagged and tok.kind == "word"
        out.append(tok)
    return out


def _known_before(toks: list[Tok], text: str, tables: Places) -> bool:
    """Whether the last words of ``toks`` end a known place or source."""
    end = toks[-1].end
    words = max(tables.place_words, tables.source_words)
    for k in range(len(toks) - 1, max(-1, len(toks) - 1 - words), -1):
        if toks[k].kind != "word":
            return False
        written = text[toks[k].start : end]
        if written in tables.places or written in tables.sources:
            return True
    return False


def _latin_hyphens(toks: list[Tok], text: str) -> list[Tok]:
    """A Latin name hyphenated with no spaces as one word: ``Al-Youm``, ``Al-Monitor``.

    Arabic words so joined stay apart: ``بيونغ يانغ-سبأ`` is a place, a dash
    and a source.
    """
    out: list[Tok] = []
    for tok in toks:
        joined = (
            len(out) >= 2  # noqa: PLR2004
            and tok.kind == "word"
            and tok.text.isascii()
            and out[-1].text == "-"
            and out[-2].kind == "word"
            and out[-2].text.isascii()
            and out[-2].end == out[-1].start
            and out[-1].end == tok.start
        )
        if joined:
            first = out[-2]
            del out[-2:]
            out.append(Tok("word", text[first.start : tok.end], first.start, tok.end))
        else:
            out.append(tok)
    return _handles(out, text)


def _handles(toks: list[Tok], text: str) -> list[Tok]:
    """An account's handle as one word: ``@okaz_online``.

    Right-to-left text often carries it as ``okaz_online@``: the @ is glued
    to a Latin name on either side.
    """
    out: list[Tok] = []
    for tok in toks:
        last = out[-1] if out else None
        latin = tok.kind == "word" and tok.text.isascii()
        glued = last is not None and last.end == tok.start
        if (
            glued
            and last is not None
            and (
                (last.text.endswith("@") and latin)
                or (tok.text == "@" and last.kind == "word" and last.text.isascii())
            )
        ):
            out[-1] = Tok("word", text[last.start : tok.end], last.start, tok.end)
        else:
            out.append(tok)
    return out


def _addresses(toks: list[Tok], text: str) -> list[Tok]:
    """Web addresses as one word: ``www.svt.se``, ``البلاد.نت`` (El Bilad's site).

    Names glued by full stops, the last a domain's label, name one outlet;
    a sentence ended with no space (``العراق.وكالات``) stays two words.
    """
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        end = k
        while (
            end + 2 < len(toks)
            and toks[end].kind != "punct"
            and toks[end + 1].text == "."
            and toks[end + 2].kind == "word"
            and _dot_joins(toks, end, text)
        ):
            end += 2
        if end > k and domain_label(toks[end].text):
            out.append(
                Tok(
                    "word",
                    text[toks[k].start : toks[end].end],
                    toks[k].start,
                    toks[end].end,
                )
            )
            k = end + 1
        else:
            out.append(toks[k])
            k += 1
    return out


def _bracketed_address(toks: list[Tok]) -> list[Tok]:
    """Drop a web address in brackets after a name: ``أليتيا (aleteia.org/ar)``.

    The outlet's address repeats its name; the dateline reads on past it.
    """
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        if tok.text == "(" and out and out[-1].kind == "word" and k + 2 < len(toks):
            address = toks[k + 1]
            end = k + 2
            while end + 1 < len(toks) and toks[end].text == "/":
                end += 2  # a path: /ar
            web = (
                address.kind == "word"
                and "." in address.text
                and address.text.isascii()
            )
            if web and end < len(toks) and toks[end].text == ")":
                k = end + 1
                continue
        out.append(tok)
        k += 1
    return out


def _dot_joins(toks: list[Tok], k: int, text: str) -> bool:
    """Whether the full stop after token k joins it to the next word.

    Glued on both sides (``البلاد.نت``), or spaced before a domain's label
    only on one side (``الصحافة. نت``, as some sites write their address).
    """
    name, dot, label = toks[k], toks[k + 1], toks[k + 2]
    before, after = name.end == dot.start, dot.end == label.start
    if before and after:
        return True
    spaced = text[name.end : label.start].strip() == "."
    return (before or after) and spaced and domain_label(label.text)


def domain_label(word: str) -> bool:
    """Whether a normalised word is a web address's last label (com, نت)."""
    return word.lower() in places().domains


def _symbol(token: str) -> bool:
    """An emoji or other pictograph (✍🏽, 📌): no mark of the dateline's shape.

    Sites sign a byline with a pen (``عطبرة - ابراهيم الرفاعي ✍🏽``); read
    as punctuation it would cut the name from the line's end.
    """
    return unicodedata.category(token[0]) in _SYMBOLS


def _between_words(toks: list[Tok], k: int, text: str) -> bool:
    """A lone alef between spaces and two longer words is a bar, as no word is one.

    Rue 20 writes ``زنقة 20 <alef> الرباط`` for "Rue 20 | Rabat"; in the
    letters of an abbreviation (``<alef> ف ب``, AFP) it stays a letter.
    """
    before, tok, after = toks[k - 1], toks[k], toks[k + 1]
    spaced = text[tok.start - 1] == " " and text[tok.end] == " "
    longer = len(before.text) > 1 and len(after.text) > 1 and after.kind == "word"
    # أش أ "MENA", written with its first two letters joined
    lettered = compact(before.text + tok.text) in places().compact_sources
    return spaced and longer and before.kind != "punct" and not lettered


def _dash(token: str) -> str:
    """The underscore some sites type for a dash (حلب _ طاهر) reads as one."""
    return "-" if token[0] == "_" else token


def _spaced_end(toks: list[Tok], i: int, stop: int, text: str, inner: str = "") -> int:
    """How far from token i (up to ``stop``) words or numbers run, single-spaced.

    Tokens i..j-1 are such a run when j is at most the returned index and
    token j-1 is no punctuation. A number may also be glued to a word
    (عرب48, "Arab 48"), and the punctuation in ``inner`` to both its
    neighbours (إيتار-تاس, "ITAR-TASS").
    """
    if toks[i].kind == "punct":
        return i
    for k in range(i + 1, stop):
        tok, before = toks[k], toks[k - 1]
        if tok.kind == "punct":
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            glued = nxt is not None and text[before.end : nxt.start] == tok.text
            if tok.text not in inner or not glued:
                return k
        elif before.kind != "punct":
            gap = text[before.end : tok.start]
            if gap != " " and (gap or before.kind == tok.kind):
                return k
    return stop


def match_place(
    toks: list[Tok], i: int, text: str, tables: Places
) -> tuple[tuple[PlaceRow, ...], int] | None:
    end = _spaced_end(toks, i, min(i + tables.place_words, len(toks)), text)
    for j in range(end, i, -1):
        if toks[j - 1].kind == "punct":
            continue
        rows = tables.places.get(text[toks[i].start : toks[j - 1].end])
        if rows:
            return rows, j
    return None


def match_source(
    toks: list[Tok], i: int, text: str, tables: Places
) -> tuple[SourceRow, int] | None:
    stop = min(i + 2 * tables.source_words, len(toks))
    for j in range(_spaced_end(toks, i, stop, text, inner="-.&'"), i, -1):
        if toks[j - 1].kind != "punct":
            row = tables.sources.get(text[toks[i].start : toks[j - 1].end])
            if row is not None:
                return row, j
    titled = _after_title(toks, i, text, tables)
    if titled is not None:
        return titled
    # Abbreviations: single letters with spaces or dots (أ ف ب, د.ب.أ).
    j = i
    while j < len(toks) and (
        (toks[j].kind == "word" and len(toks[j].text) == 1)
        or (toks[j].text == "." and j > i)
    ):
        j += 1
    while j > i and toks[j - 1].text == ".":
        j -= 1
    if j - i >= 2:  # noqa: PLR2004 - two letters at least
        row = tables.compact_sources.get(compact(text[toks[i].start : toks[j - 1].end]))
        if row is not None:
            return row, j
    return None


def _after_title(
    toks: list[Tok], i: int, text: str, tables: Places
) -> tuple[SourceRow, int] | None:
    """A title word, then a source's form: ``صحيفة الجريدة`` is Al Jarida.

    The title is an outlet word that opens many outlets' names, all of one
    kind (صحيفة "newspaper"); a form of that kind after it is the outlet's.
    """
    kind = tables.title_kinds.get(toks[i].text)
    if kind is None:
        return None
    stop = min(i + 1 + 2 * tables.source_words, len(toks))
    for j in range(_spaced_end(toks, i + 1, stop, text, inner="-.&'"), i + 1, -1):
        if toks[j - 1].kind != "punct":
            row = tables.sources.get(text[toks[i + 1].start : toks[j - 1].end])
            if row is not None and row.kind == kind:
                return row, j
    return None


def date_at(
    raw: str, norm: Normalized, toks: list[Tok], i: int, opts: Options
) -> tuple[DateMatch | None, int] | None:
    """A date starting at token i (after في "on", if written), and where it ends.

    A date that does not exist (``31 شباط``) is passed over: its tokens are
    the dateline's, but no date is returned for them.
    """
    text = norm.text
    tables = places()
    i = _after_date_label(toks, i, tables)
    if i >= len(toks):
        return None
    prefixed = toks[i].text in tables.date_prefixes and i + 1 < len(toks)
    first = i + 1 if prefixed else i
    candidate = candidate_at(text, toks[first].start, lexicon())
    if candidate is None:
        day_month = _DAY_MONTH.match(text, toks[first].start)
        if day_month is None:
            return None
        candidate = _numeric_day_month(day_month)
    found = resolve(candidate, opts)
    date = None
    if isinstance(found, Resolved):
        date = match_of(raw, norm.raw_span(found.start, found.end), found)
    j = first
    while j < len(toks) and toks[j].start < candidate.end:
        j += 1
    # A second name of the month right after (أول أكتوبر تشرين الأول): part of it.
    while (after := _month_end(text, toks, j)) > j:
        j = after
    return date, j


def _after_date_label(toks: list[Tok], i: int, tables: Places) -> int:
    """Token i, or the token after a date label and its colon at i.

    ``نشر في: 5 مايو 2020`` "published on: 5 May 2020": the label is the
    dateline's, the date after it its date.
    """
    for n in (2, 1):
        words = toks[i : i + n]
        plain = len(words) == n and all(t.kind == "word" for t in words)
        if plain and " ".join(t.text for t in words) in tables.date_labels:
            j = i + n
            return j + 1 if j < len(toks) and toks[j].text == ":" else j
    return i


def _month_end(text: str, toks: list[Tok], j: int) -> int:
    words = lexicon().words
    if j >= len(toks):
        return j
    for end in range(_spaced_end(toks, j, min(j + 2, len(toks)), text), j, -1):
        if toks[end - 1].kind == "punct":
            continue
        word = words.get(text[toks[j].start : toks[end - 1].end])
        if word is not None and word.kind == "month":
            return end
    return j


def _numeric_day_month(m: re.Match[str]) -> Candidate:
    """``15 - 9``: day and month as KUNA's datelines write them."""
    part = DatePart(
        "numeric",
        m.start(),
        m.end(),
        int(m.group(1)),
        int(m.group(2)),
        None,
        ("numeric",),
        (),
        None,
        0,
        None,
        None,
        swappable=True,
    )
    return Candidate(m.start(), m.end(), part)


def unknown_run(
    toks: list[Tok],
    i: int,
    tables: Places,
    *,
    after_byline: bool = False,
    line_ends: bool = False,
) -> int | None:
    """End of a short run of unknown words set off by punctuation, or None.

    ``مسقط - حمود الطوقي:`` "Muscat - Hamoud al-Tuqi:": a separator before,
    and a separator or the end of the line after (``line_ends``: a line
    break follows the last token, so one word will do: ``مسقط - الشبيبة``).
    Words after a bare space (``دمشق تعلن``, "Damascus announces") are the
    story.
    """
    glued_on = i > 0 and toks[i - 1].kind != "punct" and not after_byline
    # لوكالة الأنباء الفرنسية: "(he said) to AFP:", the story
    if glued_on or _told_to(toks[i].text, tables):
        return None
    j, joined, spelled = i, 0, 0
    arabic = not toks[i].text.isascii()
    while (
        j < len(toks)
        and toks[j].kind != "punct"
        and j - i - joined - spelled < REPORTER_WORDS
    ):
        # عبد الرزاق بن عبد الله: one name; two such words at most go uncounted
        if toks[j].text in tables.name_links and joined < _LINKS:
            joined += 1
        # بلو نايل بوست Blue Nile Post: a name's Latin spelling after it
        spelling = arabic and toks[j].kind == "word" and toks[j].text.isascii()
        if spelling and spelled < REPORTER_WORDS:
            spelled += 1
        # "- قال مصدر:" "- a source said:", "| في ظل" "| amid": the story
        opens = j == i and toks[j].text in tables.date_prefixes
        dated = _date_word(toks, j, tables)  # لهذا اليوم الاثنين: a date line
        # (المستقبل 5 شباط 2015): a name, then its day and month; the walk
        # cuts the date off the run
        named_day = (
            j > i + 1
            and toks[i].kind == "word"
            and toks[j - 1].kind == "num"
            and toks[j - 1].start > toks[j - 2].end  # not glued: l23 نوفمبر
        )
        if opens or (dated and not named_day) or toks[j].text in tables.story_verbs:
            return None
        if toks[j].text in tables.exclusive and _outlet_worded(toks, i, j, tables):
            break  # وكالة نون خاص: the outlet, then its desk word (مصدر خاص: none)
        j += 1
    closers = RUN_ENDS | OPENERS if i == 0 else RUN_ENDS | {_ELLIPSIS}  # بني حشيش (سبأ)
    if all(t.text == "." for t in toks[j:]):
        # حلب _ طاهر عقيلي . and عثمان صري .. : the line's last marks
        closers = closers | {"."}
    closed = (
        j == len(toks)
        or toks[j].text in closers
        or toks[j].text in tables.exclusive
        or (i == 0 and _comma_then_source(toks, j, tables))
    )
    if j == i or not closed:
        return None
    if _quote_opens(toks, i, j):
        return None  # علم موقع "يورابيا" من: a quotation opens, the story goes on
    if j == len(toks) and j - i < 2 and not line_ends:  # noqa: PLR2004
        return None  # a lone word ending the text starts the story: "- قال"
    return j


def _comma_then_source(toks: list[Tok], j: int, tables: Places) -> bool:
    """A comma, then a one-word source of the table set off: الأمة، وكالات|.

    The name before it is the copying site's ("Al-Umma, agencies |").
    """
    if toks[j].text != "," or j + 2 >= len(toks):
        return False
    row = tables.sources.get(toks[j + 1].text)
    return row is not None and toks[j + 2].text in RUN_ENDS


def _outlet_worded(toks: list[Tok], i: int, j: int, tables: Places) -> bool:
    """Whether tokens i..j-1 hold a word of news sites' names (وكالة, نيوز)."""
    return j > i and holds_outlet_word([t.text for t in toks[i:j]], tables)


def _told_to(word: str, tables: Places) -> bool:
    """Whether a word is لـ "to" glued to an outlet word: لوكالة, لصحيفة, لقناة."""
    return word.startswith(_TO) and word[len(_TO) :] in tables.outlet_words


def _date_word(toks: list[Tok], j: int, tables: Places) -> bool:
    """A weekday or date label; a month's name only next to a number.

    Month names are also people's (ناصر, رمضان, رجب): كتب - محمد ناصر النهدي:
    is a byline, الوحدة 14 آب a date.
    """
    word = toks[j].text
    if word not in tables.date_words:
        return False
    if word not in tables.month_words:
        return True
    # a number or another month's name beside it, a bracket or mark between
    # at most: 14 آب, أبريل (نيسان) 2023
    for step in (-1, 1):
        k = j + step
        if 0 <= k < len(toks) and toks[k].kind == "punct":
            k += step
        if 0 <= k < len(toks) and (
            toks[k].kind == "num" or toks[k].text in tables.month_words
        ):
            return True
    return False


def _quote_opens(toks: list[Tok], i: int, j: int) -> bool:
    """Whether the quote mark after tokens i..j-1 opens a quotation.

    It closes the run when the run was opened by one (لندن- "القدس العربي":)
    or when punctuation or the end of the line follows it.
    """
    if j >= len(toks) or toks[j].text != '"' or (i > 0 and toks[i - 1].text == '"'):
        return False
    return j + 1 < len(toks) and toks[j + 1].kind != "punct"


def source_follows(toks: list[Tok], i: int, text: str, tables: Places) -> bool:
    """A known source right after a colon that ends the line: جدة : البلاد."""
    while i < len(toks) and toks[i].kind == "punct" and toks[i].text in OPENERS | {"/"}:
        i += 1
    if i >= len(toks):
        return False
    found = match_source(toks, i, text, tables)
    if found is None:
        return False
    j = found[1]
    return j >= len(toks) or toks[j].text in ENDS
