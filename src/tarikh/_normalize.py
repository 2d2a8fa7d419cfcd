"""Stage 1: fold the noise of Arabic text away, keeping a map back to the input.

Every rule is listed, in order, in ``docs/normalization.md``:

1. NFKC, character by character (presentation forms: ﻻ -> لا, full-width digits).
2. Drop tatweel, Arabic diacritics (harakat, shadda, sukun, superscript alef,
   Quranic marks), bidi controls, zero-width characters, U+FEFF and soft hyphens.
3. Fold Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits to ASCII.
4. Fold letters: أ إ آ ٱ -> ا, ى -> ي, ة -> ه, Persian ی -> ي, ک -> ك; Latin to
   lower case.
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
from dataclasses import dataclass
from functools import cache

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


def _is_dropped(code: int) -> bool:
    return any(lo <= code <= hi for lo, hi in _DROP_RANGES)


def _fold_once(ch: str) -> str:
    """Apply rules 1-5 once to one character."""
    out: list[str] = []
    for composed in unicodedata.normalize("NFKC", ch):
        if _is_dropped(ord(composed)):
            continue
        c = _FOLD.get(composed, composed)
        if c.isspace():
            c = "\n" if c in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029" else " "
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


@dataclass(frozen=True, slots=True)
class _Tables:
    one_to_one: dict[int, str | None]  # for str.translate: identity-length folds
    special: dict[str, str]  # characters that vanish or expand
    needs_slow_path: re.Pattern[str]  # a special character, or two spaces


@cache
def _tables() -> _Tables:
    """Build the character tables once, on first use."""
    one: dict[int, str | None] = {}
    special: dict[str, str] = {}
    ranges = [
        (0x0000, 0x024F),  # ASCII, Latin-1, Latin Extended (upper case)
        (0x0600, 0x08FF),  # Arabic, Arabic Supplement, Extended-A
        (0x2000, 0x206F),  # general punctuation, spaces, bidi
        (0x2100, 0x218F),  # letterlike symbols, number forms
        (0x2212, 0x2212),  # minus sign
        (0x3000, 0x3000),  # ideographic space
        (0xFB50, 0xFDFF),  # Arabic presentation forms A
        (0xFE10, 0xFE6F),  # vertical, small, compatibility punctuation
        (0xFE70, 0xFEFF),  # Arabic presentation forms B, BOM
        (0xFF00, 0xFF5E),  # full-width ASCII
    ]
    for lo, hi in ranges:
        for code in range(lo, hi + 1):
            ch = chr(code)
            folded = _fold_char(ch)
            if folded == ch and (ch == " " or not ch.isspace()):
                continue
            if len(folded) == 1 and not folded.isspace():
                one[code] = folded
            else:
                special[ch] = folded
    # Any other white space (the tables above hold the common ones).
    for code in (0x1680, 0x180E, 0x0085):
        special[chr(code)] = _fold_char(chr(code))
    chars = "".join(sorted(special))
    return _Tables(one, special, re.compile(f"[{re.escape(chars)}]|  "))


@dataclass(frozen=True, slots=True)
class Normalized:
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

    >>> n = normalize_with_offsets("١٢ تمّوز")
    >>> n.text
    '12 تموز'
    >>> n.raw_span(3, 7)
    (3, 8)
    """
    tables = _tables()
    if tables.needs_slow_path.search(raw) is None:
        return Normalized(raw.translate(tables.one_to_one), None, raw)
    out: list[str] = []
    offsets: list[int] = []
    one = tables.one_to_one
    table = tables.special
    last_space = False
    for i, ch in enumerate(raw):
        rep = table.get(ch)
        if rep is None:
            rep = ch if ch == " " else (one.get(ord(ch)) or ch)
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
