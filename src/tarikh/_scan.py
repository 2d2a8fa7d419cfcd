"""Stage 2: normalised text to tokens, by one longest-match pass.

Each token has a one-character *shape* (``d`` a 1-2 digit number, ``y`` a
4-digit one, ``m`` a month name, ``w`` a weekday, ...), so that the grammar can
match date shapes with small patterns over the shape string.  Text that is not
in the lexicon becomes one gap token ``x``; punctuation that cannot be part of a
date becomes ``!``.  The scan is linear: one compiled alternation, whose word
part is a character trie built from the lexicon's keys.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ._lexicon import Lexicon, Word, WordKind

if TYPE_CHECKING:
    import regex

__all__ = ["Scan", "Token", "scan", "trie_pattern"]

# Shape of each word kind.
_SHAPE: dict[WordKind, str] = {
    "month": "m",
    "weekday": "w",
    "era": "e",
    "ordinal": "o",
    "cardinal": "n",
    "concordance": "c",
    "weekday_prefix": "p",
    "ordinal_link": "l",
    "year_prefix": "a",
    "day_suffix": "s",
}
_NUMBER_SHAPE = ("", "d", "d", "t", "y")  # by digit count; 5 or more: "z"


@dataclass(frozen=True, slots=True)
class Token:
    """One token of normalised text: its shape, span and meaning."""

    shape: str
    start: int
    end: int
    word: Word | None = None
    number: int = 0  # the value of a digit run
    digits: int = 0  # how many digits it has


@dataclass(frozen=True, slots=True)
class Scan:
    """The tokens of a text and their shapes, one character a token."""

    tokens: tuple[Token, ...]
    shape: str


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression that matches any of ``words``, longest first.

    The alternation is nested by shared prefixes, so matching costs one branch
    per character instead of one per word.

    >>> trie_pattern(["تموز", "تشرين", "تشرينان"])
    'ت(?:شرين(?:ان)?|موز)'
    """
    import regex

    root: dict[str, dict[str, object]] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}

    def emit(node: dict[str, dict[str, object]]) -> str:
        kids = sorted(k for k in node if k)
        if not kids:
            return ""
        parts = [regex.escape(k) + emit(node[k]) for k in kids]  # type: ignore[arg-type]
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(root)


@dataclass(frozen=True, slots=True)
class _Scanner:
    pattern: regex.Pattern[str]
    words: dict[str, Word]


@cache
def _scanner(lex: Lexicon) -> _Scanner:
    import regex

    keys = [k for k in lex.words if k]
    letters = r"[^\W\d_]"
    pattern = regex.compile(
        rf"(?P<num>[0-9]+)"
        rf"|(?<!{letters})[وبلف]?(?P<word>{trie_pattern(keys)})(?!{letters})"
        r"|(?P<sep>[-/.,()])"
        r"|(?P<stop>[:;!?\"'\[\]{}|\n])"
    )
    return _Scanner(pattern, dict(lex.words))


def scan(text: str, lex: Lexicon) -> Scan:
    """Split normalised ``text`` into tokens.

    >>> from tarikh._lexicon import lexicon
    >>> scan("نشر بتاريخ: 12 تموز 2025", lexicon()).shape
    'x!dmy'
    """
    sc = _scanner(lex)
    words = sc.words
    tokens: list[Token] = []
    shapes: list[str] = []
    prev_end = 0
    for m in sc.pattern.finditer(text):
        start = m.start()
        gap = start > prev_end and (start - prev_end > 1 or text[prev_end] != " ")
        if gap and (not shapes or shapes[-1] != "x"):
            tokens.append(Token("x", prev_end, start))
            shapes.append("x")
        prev_end = m.end()
        kind = m.lastgroup
        if kind == "num":
            digits = prev_end - start
            shape = _NUMBER_SHAPE[digits] if digits < 5 else "z"  # noqa: PLR2004
            number = int(m.group()) if digits < 5 else 0  # noqa: PLR2004
            tokens.append(Token(shape, start, prev_end, None, number, digits))
            shapes.append(shape)
        elif kind == "word":
            word = words[m.group("word")]
            shape = _SHAPE[word.kind]
            tokens.append(Token(shape, m.start("word"), prev_end, word))
            shapes.append(shape)
        elif kind == "sep":
            shape = m.group()
            tokens.append(Token(shape, start, prev_end))
            shapes.append(shape)
        elif not shapes or shapes[-1] != "!":
            tokens.append(Token("!", start, prev_end))
            shapes.append("!")
    if prev_end < len(text) and text[prev_end:].strip():
        tokens.append(Token("x", prev_end, len(text)))
        shapes.append("x")
    return Scan(tuple(tokens), "".join(shapes))
