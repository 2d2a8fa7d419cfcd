"""Stage 1: fold the noise of Arabic text away, keeping a map back to the input.

Every rule is listed, in order, in ``docs/normalization.md``:

1. NFKC, character by character (presentation forms: ﻻ -> لا, full-width digits).
2. Drop tatweel, Arabic diacritics (harakat, shadda, sukun, superscript alef,
   Quranic marks), bidi controls, zero-width characters, U+FEFF and soft hyphens.
   A run of tatweel standing alone between spaces is a dash: it becomes ``-``.
3. Fold Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits to ASCII.
4. Fold letters: أ إ آ ٱ -> ا, ى -> ي, ة -> ه, Persian ی -> ي, ک -> ك, the
   Maghrebi ڤ -> ف and ڨ -> ق, گ ڭ -> ك; Latin to lower case.
5. Unify punctuation: every dash to ``-``, double quotes and guillemets to ``"``,
   single quotes to ``'``, the Arabic comma to ``,``, the Arabic semicolon to
   ``;``, the Arabic date separator U+060D to ``/``, the Arabic full stop,
   decimal and thousands separators to ``.`` and ``,``.
6. Collapse each run of white space to one space, or to one newline when the run
   holds a line break.

The result is idempotent, and ``offsets[i]`` is the index in the input of
``text[i]``, so a span of the normalised text maps back to the input exactly.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import NamedTuple

__all__ = ["Normalized", "normalize", "normalize_with_offsets"]

# Rule 2: characters that are dropped.
_DROP_RANGES: tuple[tuple[int, int], ...] = (
    (0x0610, 0x061A),  # Arabic honorific and Quranic signs
    (0x064B, 0x065F),  # harakat: fathatan ... wavy hamza below, shadda, sukun
    (0x0670, 0x0670),  # superscript alef
    (0x06D6, 0x06DC),  # Quranic annotation signs
    (0x06DF, 0x06E4),
    (0x06E7, 0x06E8),
    (0x06EA, 0x06ED),
    (0x08D3, 0x08E1),  # extended Arabic marks
    (0x08E3, 0x08FF),
    (0x0640, 0x0640),  # tatweel
    (0x200B, 0x200F),  # zero-width space, ZWNJ, ZWJ, LRM, RLM
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2060, 0x2064),  # word joiner, invisible operators
    (0x2066, 0x2069),  # bidi isolates
    (0x061C, 0x061C),  # Arabic letter mark
    (0xFEFF, 0xFEFF),  # byte order mark / zero-width no-break space
    (0x00AD, 0x00AD),  # soft hyphen
)

# Rules 3-5: one character to one character.
_FOLD: dict[str, str] = {
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ی": "ي",
    "ک": "ك",
    "ڤ": "ف",  # Maghrebi ve (فيفري, ڤيفري)
    "ڨ": "ق",  # Maghrebi gaf (ورڨلة: ورقلة, Ouargla)
    "گ": "ك",  # gaf (أگادير: أكادير, Agadir)
    "ڭ": "ك",  # Moroccan ng (أمڭالة)
    "\u060c": ",",  # Arabic comma
    "\u061b": ";",  # Arabic semicolon
    "\u060d": "/",  # Arabic date separator
    "\u06d4": ".",  # Arabic full stop
    "\u066b": ".",  # Arabic decimal separator
    "\u066c": ",",  # Arabic thousands separator
    "\u066a": "%",  # Arabic percent sign
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\ufe58": "-",
    "\ufe63": "-",
    "\uff0d": "-",
    "\u00ab": '"',
    "\u00bb": '"',
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u2039": "'",
    "\u203a": "'",
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
}


def _is_mark(ch: str) -> bool:
    """Tatweel or a combining mark: part of the letter it follows."""
    return ch == "\u0640" or unicodedata.category(ch) == "Mn"


_DROPPED = frozenset(code for lo, hi in _DROP_RANGES for code in range(lo, hi + 1))
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")

# Characters whose folding may not be one character (presentation forms,
# ligatures, compatibility ideographs): always taken by the careful path.
# Full-width forms and the ideographic space fold one to one, but are rare
# enough to leave to that path too, which keeps the translation table small.
_EXPANDING_RANGES = (
    (0x3000, 0x3000),
    (0xFB00, 0xFDFF),
    (0xFE10, 0xFE6F),
    (0xFE70, 0xFEFE),
    (0xFF00, 0xFF5E),
)

# Blocks where a character may fold to one other character.
_ONE_TO_ONE_RANGES = (
    (0x0000, 0x024F),  # ASCII, Latin-1, Latin Extended A and B
    (0x0600, 0x06FF),  # Arabic
    (0x0750, 0x077F),  # Arabic Supplement
    (0x08A0, 0x08FF),  # Arabic Extended-A
    (0x1680, 0x1680),  # Ogham space mark
    (0x180E, 0x180E),  # Mongolian vowel separator
    (0x2000, 0x206F),  # general punctuation: spaces, dashes, quotes
    (0x2100, 0x218F),  # letterlike symbols, number forms
    (0x2212, 0x2212),  # minus sign
)


def _fold_once(ch: str) -> str:
    """Apply rules 1-5 once to one character (white space not yet collapsed)."""
    out: list[str] = []
    for composed in unicodedata.normalize("NFKC", ch):
        if ord(composed) in _DROPPED:
            continue
        c = _FOLD.get(composed, composed)
        if c.isspace():
            c = "\n" if c in _LINE_BREAKS else " "
        elif c.isupper() and len(c.lower()) == 1:
            c = c.lower()
        out.append(c)
    return "".join(out)


def _fold_char(ch: str) -> str:
    """Apply rules 1-5 to one character until nothing changes (idempotence)."""
    prev = ch
    cur = _fold_once(ch)
    while cur != prev:
        prev, cur = cur, "".join(_fold_once(c) for c in cur)
    return cur


class _Tables(NamedTuple):
    one_to_one: list[str]  # for str.translate: index = code point (a list is
    # twice as fast as a dict there); code points past its end are unchanged
    expanding: frozenset[int]  # characters that fold to more than one
    noise: re.Pattern[str]  # a dropped or an expanding character
    dropped_run: re.Pattern[str]
    expanding_char: re.Pattern[str]
    space_run: re.Pattern[str]  # white space that rule 6 collapses


def _char_class(ranges: tuple[tuple[int, int], ...]) -> str:
    parts = []
    for lo, hi in ranges:
        parts.append(
            re.escape(chr(lo)) + ("" if lo == hi else "-" + re.escape(chr(hi)))
        )
    return "[" + "".join(parts) + "]"


@cache
def _tables() -> _Tables:
    """Build the character tables once, on first use."""
    one: dict[int, str] = {}
    expanding: list[int] = []
    for lo, hi in _ONE_TO_ONE_RANGES:
        for code in range(lo, hi + 1):
            if code in _DROPPED:
                continue
            ch = chr(code)
            folded = _fold_char(ch)
            if folded == ch:
                continue
            if len(folded) == 1:
                one[code] = folded
            else:
                expanding.append(code)
    expanding_ranges = _EXPANDING_RANGES + tuple((c, c) for c in expanding)
    dropped_class = _char_class(_DROP_RANGES)
    expanding_class = _char_class(expanding_ranges)
    noise = re.compile(_char_class(_DROP_RANGES + expanding_ranges))
    expanding_set = frozenset(expanding).union(
        *(range(lo, hi + 1) for lo, hi in _EXPANDING_RANGES)
    )
    table = [chr(code) for code in range(max(one) + 1)]
    for code, folded in one.items():
        table[code] = folded
    return _Tables(
        table,
        expanding_set,
        noise,
        re.compile(dropped_class + "+"),
        re.compile(expanding_class),
        re.compile(r"[ \n]{2,}"),
    )


# The tatweel first, then its edges: a pattern that opens with a lookbehind is
# tried at every position of the text; one that opens with the tatweel is
# searched for as a literal.  The lookbehind after it sees the character
# before the run: white space or the start of the text.
_LONE_TATWEEL = re.compile(r"\u0640(?<!\S\u0640)\u0640*(?!\S)")


def _lone_tatweels(raw: str) -> dict[int, int]:
    """Runs of tatweel standing between spaces: a dash, not a stretched letter.

    ``الرياض ـ واس`` ("Riyadh - SPA") writes its separator with the tatweel key.
    """
    if "\u0640" not in raw:
        return {}
    return {m.start(): m.end() for m in _LONE_TATWEEL.finditer(raw)}


def _slow(raw: str) -> Normalized:
    """The careful path: one character at a time, the same rules as the others."""
    tables = _tables()
    one, expanding = tables.one_to_one, tables.expanding
    size = len(one)
    out: list[str] = []
    offsets: list[int] = []
    last_space = False
    dashes = _lone_tatweels(raw)
    for i, ch in enumerate(raw):
        code = ord(ch)
        if i in dashes:
            out.append("-")
            offsets.append(i)
            last_space = False
            continue
        if code in _DROPPED:
            continue
        if code < size:
            rep = one[code]
        elif code in expanding:
            rep = _fold_char(ch)
        else:
            rep = ch
        for c in rep:
            if c in " \n":
                if last_space:
                    if c == "\n":
                        out[-1] = "\n"
                    continue
                last_space = True
            else:
                last_space = False
            out.append(c)
            offsets.append(i)
    return Normalized("".join(out), tuple(offsets), raw)


class Normalized(NamedTuple):
    """Normalised text with a map from each of its characters to the input.

    Attributes:
        text: The normalised text.
        offsets: ``offsets[i]`` is the index in the input of ``text[i]``;
            ``None`` when the two are aligned one to one.
        raw: The input string.
    """

    text: str
    offsets: tuple[int, ...] | None
    raw: str

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``[start, end)`` of :attr:`text` to a span of the input.

        The end takes in the tatweel and diacritics written on the last
        letter (``هـ`` ends after the tatweel), never the space after it.
        """
        offsets = self.offsets
        if offsets is None:
            return start, end
        if end <= start:
            pos = offsets[start] if start < len(offsets) else len(self.raw)
            return pos, pos
        raw = self.raw
        stop = offsets[end] if end < len(offsets) else len(raw)
        last = offsets[end - 1] + 1
        while last < stop and _is_mark(raw[last]):
            last += 1
        return offsets[start], last


def normalize_with_offsets(raw: str) -> Normalized:
    """Normalise ``raw`` and keep the offset of every output character.

    Most text folds character for character (``str.translate``); dropped marks
    cut it into segments whose offsets are ranges; only expanding characters
    and runs of white space take the careful path.

    >>> n = normalize_with_offsets("١٢ تمّوز")
    >>> n.text
    '12 تموز'
    >>> n.raw_span(3, 7)
    (3, 8)
    """
    tables = _tables()
    if tables.noise.search(raw) is None:
        text, offsets = raw.translate(tables.one_to_one), None
    elif tables.expanding_char.search(raw) is not None:
        return _slow(raw)
    else:  # segments between dropped marks keep their offsets as ranges
        pieces: list[str] = []
        kept: list[int] = []
        prev = 0
        dashes = _lone_tatweels(raw)
        for m in tables.dropped_run.finditer(raw):
            start, end = m.span()
            pieces.append(raw[prev:start])
            kept.extend(range(prev, start))
            if dashes.get(start) == end:  # "الرياض ـ واس": a tatweel as a dash
                pieces.append("-")
                kept.append(start)
            prev = end
        pieces.append(raw[prev:])
        kept.extend(range(prev, len(raw)))
        text, offsets = "".join(pieces).translate(tables.one_to_one), kept
    if _spaces_collapse(text, tables):
        text, offsets = _collapse_spaces(text, offsets, tables.space_run)
    return Normalized(text, None if offsets is None else tuple(offsets), raw)


def _collapse_spaces(
    text: str, offsets: list[int] | None, space_run: re.Pattern[str]
) -> tuple[str, list[int]]:
    """Rule 6 on folded text: each run becomes one space, or one newline."""
    pieces: list[str] = []
    kept: list[int] = []
    prev = 0
    for m in space_run.finditer(text):
        start, end = m.span()
        pieces.append(text[prev:start])
        kept.extend(range(prev, start) if offsets is None else offsets[prev:start])
        pieces.append("\n" if "\n" in m.group() else " ")
        kept.append(start if offsets is None else offsets[start])
        prev = end
    pieces.append(text[prev:])
    kept.extend(range(prev, len(text)) if offsets is None else offsets[prev:])
    return "".join(pieces), kept


def _spaces_collapse(text: str, tables: _Tables) -> bool:
    """Whether rule 6 has white space to collapse in folded ``text``."""
    return "  " in text or ("\n" in text and tables.space_run.search(text) is not None)


def normalize(text: str) -> str:
    """Return ``text`` with the noise of Arabic writing folded away.

    Digits of every system become ASCII; tatweel, diacritics, bidi and
    zero-width marks vanish; hamza forms of alef, ى and ة are folded; dashes,
    quotes and spaces are unified.  The function is idempotent.

    >>> normalize("الإثنين ٠٤ دجنبـــر ٢٠٢٣")
    'الاثنين 04 دجنبر 2023'
    >>> normalize("٢١\u200f/٤\u200f/٢٠٠٢")
    '21/4/2002'

    Raises:
        TypeError: If ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        msg = f"normalize() expects str, got {type(text).__name__}"
        raise TypeError(msg)
    return normalize_with_offsets(text).text
