"""Stage 2: the lexicon's words as longest-match alternations, one per kind.

Each kind of word (month names, weekdays, era markers, ordinal days, the
grammar's function words) becomes one regular expression: a character trie
of its normalised keys, so that the match runs in C, takes the longest key
first, and costs one branch per character rather than one per word.  The
grammar (stage 3) places these alternations in its date shapes; what a
matched key means is then one dictionary look-up in ``Lexicon.words``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from ._lexicon import Lexicon

__all__ = [
    "LETTER_AFTER",
    "LETTER_BEFORE",
    "WordPatterns",
    "alone_in",
    "trie_pattern",
    "word_patterns",
]

# Word edges: a key must not start or end inside a longer word, and a key that
# ends in a digit (ت2, "Tishrin 2") must not end inside a number (تشرين 2019).
LETTER_BEFORE = r"(?<![^\W\d_])"
LETTER_AFTER = r"(?![^\W\d_])(?!(?<=[0-9])[0-9])"

_BLANK = re.compile(r"\s*")


def alone_in(text: str, start: int, end: int) -> bool:
    """Whether only white space stands around ``text[start:end]``.

    A field holding just ``الأحد`` or ``2/2013``.  Each test stops at the
    first other character, so it costs nothing in a long text.
    """
    return (
        _BLANK.fullmatch(text, 0, start) is not None
        and _BLANK.fullmatch(text, end) is not None
    )


class WordPatterns(NamedTuple):
    """One alternation per kind of word, each matching a whole key."""

    month: str
    weekday: str
    era: str
    ordinal: str
    concordance: str
    weekday_prefix: str
    ordinal_link: str
    year_prefix: str
    day_suffix: str
    range_link: str


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression that matches any of ``words``, longest first.

    The alternation is nested by shared prefixes, so matching costs one branch
    per character instead of one per word.

    >>> trie_pattern(["تموز", "تشرين", "تشرينان"])
    'ت(?:شرين(?:ان)?|موز)'
    """
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
        parts = [re.escape(k) + emit(node[k]) for k in kids]  # type: ignore[arg-type]
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(root) or "(?!)"


def word_patterns(lex: Lexicon) -> WordPatterns:
    """The alternation of every kind of word in ``lex``."""
    keys: dict[str, list[str]] = {kind: [] for kind in WordPatterns._fields}
    for key, word in lex.words.items():
        if key and word.kind in keys:
            keys[word.kind].append(key)
    return WordPatterns(**{kind: trie_pattern(k) for kind, k in keys.items()})
