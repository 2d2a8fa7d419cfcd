"""Datelines: where and who at the opening of a news story.

``بيونغ يانغ-سبأ:`` "Pyongyang - Saba:" is a place, a source and a colon; the
story begins after it.  The reader walks the first line of a text as words,
numbers and punctuation, and takes, in any order, at most one place (the
longest key of the place tables), one source (the longest form of the source
table, abbreviations with or without dots), one date (the date grammar, plus
the day-month pairs wire services write: ``الكويت - 15 - 9``) and a reporter's
name.  Text it does not know ends the dateline, unless it is short and closed
by punctuation: then it is a reporter (``مسقط - حمود الطوقي:``), or, inside
brackets, quotes or slashes, a source not in the table.  The tokens and the
look-ups at one token are ``_dateline_tokens``, the reading of one line
``_dateline_walk``; this module picks the line (the opening, or a credit at
the end) and settles ambiguous places and outlets.
"""

from __future__ import annotations

import re

from ._dateline_tokens import ENDS, Tok, date_at, domain_label, tokens, underscored
from ._dateline_walk import FROM, Found, Walk, raw_text, row_source
from ._normalize import Normalized, normalize_with_offsets
from ._places import (
    ARTICLE,
    PlaceRow,
    Places,
    SourceRow,
    holds_outlet_word,
    key,
    places,
)
from ._resolve import Options
from ._results import Dateline, Location, Source

__all__ = ["read_dateline"]

# A credit closing a story: a bracket at the very end, after the last sentence.
# Initials of the desk may follow it: "(وال - بنغازي) ع م".
# Or the editors' initials before it, as Deutsche Welle signs: "ع.ج.م/ ع.ش (د ب أ)".
_CREDIT = re.compile(
    r"(?:^|[.!?\n\"'])\s*-*\s*"
    r"(?:[^\W\d_]{1,3}(?:\s?[./]\s?[^\W\d_]{1,3}){1,8}\s+)?"
    r"(\([^()\n]{2,60}\))(?:\s+[^\W\d_]{1,2}){0,3}[\s.]*$"
)
# A feed's footer, as WordPress writes it under a story it syndicates: "The
# post <headline> appeared first on <outlet>." The outlet is the story's source.
_FEED = re.compile(r"\n[ \t]*the post [^\n]+? appeared first on ([^\n]+?)[\s.]*$")
# The story's last line, when it is short: "الخرطوم: (كوش نيوز)", "المراسل/أمير".
_LAST_LINE = re.compile(r"\n[\s*-]*([^\n]{2,60}?)[\s.]*$")
# A bare credit: a short last segment after the story's last full stop.
_TAIL = re.compile(r"[.!?\n][\s-]*([^\W\d_][^.!?\n()]{1,38}?)[\s.]*$")
# A credit glued to the story's last sentence by a spaced dash: "... التيار -
# موقع لبنان الآن الإخباري"; only an outlet's name will do (Walk, _outlet_like).
_DASH_TAIL = re.compile(r"\s-\s+([^\W\d_][^.!?\n()-]{1,38}?)[\s.]*$")
_TAIL_LOOK = 64  # characters from the end where a bare credit may start
_CREDIT_LOOK = 240  # characters from the end where a bracketed credit may start
_FEED_LOOK = 400  # characters from the end where a feed's footer may start
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_ENDS = tuple(".!?؟…")
_QUOTES_AFTER = '"»”)'  # a quotation or bracket closed after the full stop
# The line after a byline alone: it opens with a word and has a sentence's words.
_STORY_LINE = re.compile(r"[ \t]*\n\s*([^\W\d_][^\n]*)")
_STORY_WORDS = 5
_NAME_LETTERS = 2  # the fewest letters of an outlet's name
_PLACE_LOOK = 4  # the words of a line where a dateline's place may be
_PLACE_CHARS = 80  # and the characters they are looked for in
# The line under a date alone, past blank lines: the dateline may be there.
_NEXT_LINE = re.compile(r"[^\S\n]*\n\s*")
# what may close a dateline's line (the text is normalised: one dash, one quote)
_LINE_MARKS = " \t" + "".join(sorted(ENDS))
_AND_THE = "وال"  # و "and" glued to the article: no word of one person's name
_SENTENCE_WORDS = 2  # a story above a signature has more words than this
_MARKS = " \t\n*-"  # spaces and the marks that may open a credit's line
# A signature with initials, as Algerian papers sign: "ق.وسام", "محمد.د",
# "أيوب . ص", or the initials alone: "م.ح", "ع.ش", or with slashes, as Tunisian
# sites sign: "ع/م".
_INITIALED = re.compile(
    r"(?:[^\W\d_]{1,2} ?\. ?)?[^\W\d_]{2,}(?: [^\W\d_]{2,})?(?: ?\. ?[^\W\d_]{1,2})?"
    r"|[^\W\d_]{1,2}(?: ?\. ?[^\W\d_]{1,2}){1,3}"
    r"|[^\W\d_]{1,2}(?: ?/ ?[^\W\d_]{1,2}){1,3}"
)
# A label and its colon opening a line: "تحرير:" ("edited by:").
_LABEL = re.compile(r"([^\W\d_]+(?: [^\W\d_]+){0,2}) ?[:/] ?")
# After an editor's label, initials of one to three letters will do: "انتهى/ ع".
_SHORT_INITIALS = re.compile(r"[^\W\d_]{1,3}(?:[ ./]{1,2}[^\W\d_]{1,3}){0,2}")


def _pick(rows: tuple[PlaceRow, ...], tables: Places, home: str | None) -> PlaceRow:
    """Settle an ambiguous place name.

    By the source's home country (طرابلس with the Libyan agency is Tripoli,
    Libya), then the reviewed table, the Arab world, a city over a country,
    and population.
    """
    return max(
        rows,
        key=lambda r: (
            # a city of the source's home; its country alone does not outrank
            # a reviewed city: عمّان /العُمانية/ is Amman, not Oman
            home is not None and r.country == home and r.kind != "country",
            r.reviewed,
            r.country in tables.arab_world,
            r.kind == "city",
            r.population,
        ),
    )


def _credit(
    raw: str, norm: Normalized, opts: Options
) -> tuple[Found | None, list[Tok]]:
    """A credit closing the story: "... (طهران- د ب أ)", "... العراق.وكالات".

    In brackets it may name anything a dateline does; bare, after the last
    sentence, only a source of the table.
    """
    text = norm.text
    feed = _FEED.search(text, max(0, len(text) - _FEED_LOOK))
    if feed is not None:
        return _feed_footer(raw, norm, opts, feed)
    # A credit is short and last: look for it near the end only.
    near = max(0, len(text.rstrip()) - _CREDIT_LOOK)
    credit = _CREDIT.search(text, near)
    if credit is not None:
        toks = tokens(text, credit.start(1))
        return (Walk(raw, norm, toks, opts).run() if toks else None), toks
    last = _LAST_LINE.search(text, max(0, len(text) - _TAIL_LOOK - 8))
    if last is not None:
        labelled = _labelled_above(text, last.start(1))
        if labelled is not None:  # المصدر: صحيفة البناء, then the editor's name
            found, toks = _last_line(raw, norm, opts, labelled)
            if found is not None:
                return found, toks
        found, toks = _last_line(raw, norm, opts, last.start(1))
        if found is not None:
            return found, toks
    look = max(0, len(text) - _TAIL_LOOK)
    tail = _TAIL.search(text, look)
    if tail is not None and not _in_address(text, tail.start(), tail.start(1)):
        found, toks = _tail_credit(raw, norm, opts, tail)
        if found is not None:
            return found, toks
    dashed = _DASH_TAIL.search(text, look)
    return _tail_credit(raw, norm, opts, dashed) if dashed else (None, [])


def _feed_footer(
    raw: str, norm: Normalized, opts: Options, feed: re.Match[str]
) -> tuple[Found | None, list[Tok]]:
    """The outlet a feed's footer names, read as after المصدر "source:".

    The footer's whole line is the dateline: "The post ... appeared first on
    صحيفة الراكوبة." credits the Sudanese paper Alrakoba.
    """
    text = norm.text
    line = tokens(text, feed.start() + 1)
    outlet = tokens(text, feed.start(1))
    return (_after_label(raw, norm, outlet, opts) if outlet else None), line


def _after_label(
    raw: str, norm: Normalized, toks: list[Tok], opts: Options
) -> Found | None:
    """Tokens read as after المصدر "source:": the name they open with is a source."""
    walk = Walk(raw, norm, toks, opts)
    walk.labelled = walk.just_byline = True
    found = walk.run()
    return found if found is not None and found.source is not None else None


def _tail_credit(
    raw: str, norm: Normalized, opts: Options, tail: re.Match[str]
) -> tuple[Found | None, list[Tok]]:
    """A bare credit after the story's last sentence: "... العراق.وكالات"."""
    text = norm.text
    toks = tokens(text, tail.start(1))
    editor = _editor(text, tail.start(1), above=False)
    if editor is not None:  # ... القرية. انتهى/ ع - the editor's initial
        return _signer(raw, norm, opts, editor, labelled=True), toks
    found = Walk(raw, norm, toks, opts).run() if toks else None
    own_line = "\n" in text[tail.start() : tail.start(1)]
    if found is None and own_line and len(toks) == 1:
        found = _lone_name(raw, norm, toks[0])  # a one-word outlet, last line
    if found is None or found.source is None or found.location is not None:
        return None, toks
    known = found.source.code != found.source.name_ar
    # An outlet the table does not know, on a line of its own at the end:
    # "سيريا ديلي نيوز", "Kurdistan tv".
    # رفعت حاجي .. Kurdistan tv; ... التيار - موقع لبنان الآن (_DASH_TAIL)
    set_off = own_line or text[tail.start()] == "." or text[tail.start()].isspace()
    alone = set_off and _outlet_like(found.source.name_ar)
    return (found if known or alone else None), toks


def _in_address(text: str, stop: int, start: int) -> bool:
    """Whether a full stop glued between two words is a web address's (البلاد.نت)."""
    glued = (
        text[stop] == "."
        and stop + 1 == start
        and stop > 0
        and text[stop - 1].isalpha()
    )
    word = _WORD.match(text, start)
    return glued and word is not None and domain_label(word.group())


def _last_line(
    raw: str, norm: Normalized, opts: Options, start: int
) -> tuple[Found | None, list[Tok]]:
    """A credit that is the story's whole last line, read as a dateline.

    It may name a place and a reporter (النجف الاشرف / عبد اللطيف العميدي),
    but needs a source: of the table, the site's own desk (STAFF), or an
    outlet's name.
    """
    toks = tokens(norm.text, start)
    editor = _editor(norm.text, start)
    if editor is not None:  # تحرير: تشي هونغ - the editor signs for the site
        return _signer(raw, norm, opts, editor, labelled=True), toks
    # من المصري اليوم | أخبار: "from" a source of the table, as feeds sign
    sent = len(toks) > 1 and toks[0].text == FROM
    walk = Walk(raw, norm, toks[1:] if sent else toks, opts) if toks else None
    found = walk.run() if walk is not None else None
    if found is not None and not _credits(found, walk):
        found = None  # ع/م: no outlet's name, maybe initials
    known = (
        found is not None
        and found.source is not None
        and found.source.kind != "unknown"
    )
    if sent and not known:
        return None, toks
    # A name signs the story only under its last full sentence: two words
    # under an outlet's line (عرب لندن / شدد وزير), or under one word and a
    # full stop, are the story's first.
    above = norm.text[:start].rstrip(_MARKS)  # وصل الوفد.\n*عادل الجعيدي
    sentence = len(above.split(maxsplit=_SENTENCE_WORDS)) > _SENTENCE_WORDS
    closed = sentence and above.rstrip(_QUOTES_AFTER).endswith(_SENTENCE_ENDS)
    if found is None and closed:
        found = _signer(raw, norm, opts, start)  # رأفت نعيم: the reporter signs
    return (found if found is not None and found.source is not None else None), toks


def _credits(found: Found, walk: Walk | None) -> bool:
    """Whether a last line read as a dateline names the story's source.

    A source of the table or the site's desk, an outlet's name, or whatever
    follows a label (المصدر: الخليج الجديد).
    """
    source = found.source
    if source is None:
        return False
    known = source.code != source.name_ar
    labelled = walk is not None and walk.labelled
    return known or labelled or _outlet_like(source.name_ar)


def _labelled_above(text: str, start: int) -> int | None:
    """The start of the line above, when a source label opens it.

    "المصدر: الصريح" ("source: Assarih") over the editor's name or the
    site's own tag names the story's source; the last line does not.
    """
    line_start, end = _line_above(text, start)
    if line_start == 0 or end - line_start > _TAIL_LOOK:
        return None
    label = _LABEL.match(text, line_start)
    labels = places().source_labels
    return line_start if label is not None and key(label.group(1)) in labels else None


def _line_above(text: str, start: int) -> tuple[int, int]:
    """Where the line above ``start`` starts and ends, past blank lines."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text.rfind("\n", 0, end) + 1, end


def _editor(text: str, start: int, *, above: bool = True) -> int | None:
    """Where an editor's name starts after a label: "تحرير: تشي هونغ".

    The label opens the last line, or (``above``) is the whole line above
    it (``حرره:`` over the initials ``م.ح``).
    """
    labels = places().editor_labels
    label = _LABEL.match(text, start)
    if label is not None and key(label.group(1)) in labels:
        return label.end()
    if not above:
        return None
    line_start, end = _line_above(text, start)
    if end - line_start > _TAIL_LOOK:
        return None
    label = _LABEL.fullmatch(text[line_start:end].strip())
    return start if label is not None and key(label.group(1)) in labels else None


def _signer(
    raw: str, norm: Normalized, opts: Options, start: int, *, labelled: bool = False
) -> Found | None:
    """The line from ``start`` as a signature: a person's name, or initials.

    After an editor's label (``labelled``) short initials alone will do.
    """
    toks = tokens(norm.text, start)
    if not toks:
        return None
    walk = Walk(raw, norm, toks, opts)
    line = norm.text[toks[0].start : toks[-1].end]
    initialed = ("." in line or "/" in line) and _INITIALED.fullmatch(line) is not None
    initialed = initialed or (labelled and _SHORT_INITIALS.fullmatch(line) is not None)
    return walk.signature() if walk.signed() or initialed else None


def _byline_alone(walk: Walk) -> Found | None:
    """A reporter's name alone on the first line, over the story's first sentence.

    ``مروة جمال`` and then ``أفادت وسائل إعلام تركية، اليوم السبت، ...``: the
    site's own reporter (STAFF).  The name opens with a given name of
    ``given_names.tsv`` and is shaped as a person's (two to four words, no verb,
    no sentence's subject, no outlet's or country's name, no lone letter such
    as و "and"); the next line opens with a word and runs to a sentence.  A
    headline (``أسعار الذهب``, "gold prices"), an outlet (``أحداث سوس``), a
    section's name over a time (``عرب وعالم`` over ``08:06``) or a name over a
    name is no byline.
    """
    k = walk.honorific(0) or 0  # الأب افرام كليانا: "Father", then the name
    if k:
        walk = Walk(walk.raw, walk.norm, walk.toks[k:], walk.opts)
    start = _story_under_name(walk, titled=k > 0)
    signed = walk.signature() if start is not None else None
    if start is None or signed is None:
        return None
    # The dateline may follow on the next line: مصطفى واعراب, then أفريقيا برس -
    toks = tokens(walk.text, start)
    found = Walk(walk.raw, walk.norm, toks, walk.opts).run() if toks else None
    if found is None:
        return signed
    source = found.source or signed.source
    return found._replace(source=source, reporter=found.reporter or signed.reporter)


def _paper_alone(walk: Walk) -> Found | None:
    """A paper's bare name alone on the first line, over the story's first sentence.

    ``تشرين`` (also a month's name) is the Syrian daily the table lists as
    صحيفة تشرين, when a sentence follows on the next line.
    """
    toks = walk.toks
    if len(toks) != 1 or toks[0].kind != "word" or not walk.line_ends:
        return None
    row = places().titled.get(toks[0].text)
    if row is None or _story_below(walk.text, toks[0].end) is None:
        return None
    source = row_source(row, walk.written(0, 1))
    return Found(None, (), None, source, None, None, toks[0].end)


def _under_label(walk: Walk) -> Found | None:
    """The outlet on the line under a source label alone.

    ``المصدر:`` ("source:") over ``أخبار 24``: the name, alone on its line
    and opening with no verb of the story, is the outlet.
    """
    toks = walk.toks
    if not walk.labelled or toks[-1].text != ":" or not walk.line_ends:
        return None
    below = _NEXT_LINE.match(walk.text, toks[-1].end)
    under = tokens(walk.text, below.end()) if below is not None else []
    if not under or under[0].text in walk.tables.story_verbs:
        return None
    return _after_label(walk.raw, walk.norm, under, walk.opts)


def _under_date(walk: Walk) -> Found | None:
    """The dateline on the line under a date alone: the date is the dateline's.

    ``الأحد 12 يناير 2025``, then ``دمشق-سانا: قال``: a page prints the day
    the story was filed over its dateline.  A time may follow the date.
    """
    toks = walk.toks
    dated = date_at(walk.raw, walk.norm, toks, 0, walk.opts)
    if dated is None or dated[0] is None or not walk.line_ends:
        return None
    # the date reader takes in a time after the date (10:30 م); nothing else
    if any(t.kind == "word" for t in toks[dated[1] :]):
        return None
    below = _NEXT_LINE.match(walk.text, toks[-1].end)
    if below is None:
        return None
    under = tokens(walk.text, below.end())
    found = Walk(walk.raw, walk.norm, under, walk.opts).run() if under else None
    if found is None:
        return None
    return found._replace(date=found.date or dated[0])


def _place_below(walk: Walk, found: Found) -> Found | None:
    """The place on the line under a source alone on its line, with it.

    ``“الواقع الجديد” الخميس 11 إبريل 2019 / خاص``, then ``المكلا/ محمد
    بوعيران``: the outlet's line, then the town it filed from and its
    reporter.  The lower line is read as a dateline of its own; its source,
    when it names one beyond the site's desk, is the story's.
    """
    text = walk.text
    if found.location is not None or found.source is None:
        return None
    if len(found.source.name_ar) < _NAME_LETTERS:  # [x]: a page's button, no name
        return None
    below = _NEXT_LINE.match(text, found.end)
    # no place among the lower line's first words: the story, left unread
    if (
        below is None
        or text[found.end : below.start()].strip(_LINE_MARKS)
        or not _opens_with_place(text, below.end())
    ):
        return None
    under = tokens(text, below.end())
    if not under or under[0].kind != "word":  # #أنا_مع: a hashtag, no dateline
        return None
    lower = Walk(walk.raw, walk.norm, under, walk.opts).run()
    if lower is None or lower.location is None:
        return None
    staff = places().staff
    desk = lower.source is None or (
        staff is not None and lower.source.code == staff.code
    )
    return lower._replace(
        source=found.source if desk else lower.source,
        date=found.date or lower.date,
        reporter=lower.reporter or found.reporter,
    )


def _opens_with_place(text: str, start: int) -> bool:
    """Whether a known place is among the first words of the line at ``start``.

    It may come after a title word (العاصمة عدن, "the capital Aden").
    """
    end = text.find("\n", start, start + _PLACE_CHARS)
    stop = start + _PLACE_CHARS if end < 0 else end
    words = _WORD.findall(text, start, stop)[:_PLACE_LOOK]
    known = places().places
    return any(
        " ".join(words[a:b]) in known
        for a in range(min(2, len(words)))
        for b in range(a + 1, len(words) + 1)
    )


def _story_under_name(walk: Walk, *, titled: bool = False) -> int | None:
    """Where the story's first sentence starts, under a person's name alone.

    After a title (الأب, الدكتور) the name needs no given name of the table.
    """
    toks = walk.toks
    # no lone letter (و "and"), nor و glued to the article (ليلى والذئب: a title)
    plain = all(len(t.text) > 1 and not t.text.startswith(_AND_THE) for t in toks)
    named = titled or walk.given_name(0)
    if not (walk.line_ends and plain and named and walk.signed()):
        return None
    return _story_below(walk.text, toks[-1].end)


def _story_below(text: str, end: int) -> int | None:
    """Where the next line starts, when it opens with a word and runs to a sentence."""
    story = _STORY_LINE.match(text, end)
    if story is None or len(story.group(1).split(maxsplit=_STORY_WORDS)) < _STORY_WORDS:
        return None
    return story.start(1)


def _lone_name(raw: str, norm: Normalized, tok: Tok) -> Found | None:
    """A word alone on the story's last line, as an unknown source."""
    if tok.kind != "word":
        return None
    written = raw_text(raw, norm, tok.start, tok.end)
    source = Source(code=written, name=written, name_ar=written)
    return Found(None, (), None, source, None, None, tok.end)


def _outlet_like(name: str) -> bool:
    """Whether a name reads as an outlet's, not as a person's.

    Latin letters, an outlet word, or one word with the article ال (الشاهد
    "the Witness").
    """
    words = key(name).split()
    if len(words) == 1 and words[0].startswith(ARTICLE):
        return True
    latin = all(w.isascii() for w in words)
    numbered = len(words) > 1 and words[-1].isdigit()  # الحقيقة 24, a site's name
    return latin or numbered or holds_outlet_word(words, places())


def _settle_source(source: Source | None, location: Location | None) -> Source | None:
    """The outlet of the place's country among those sharing a bare name.

    ``الطائف - الجزيرة:`` is the Saudi daily al-Jazirah, not the Qatari
    channel that the bare name stands for elsewhere; ``اليوم - مكة المكرمة``
    the Saudi daily al-Yaum, whose bare name the table cannot list.
    """
    if source is not None and source.code == source.name_ar:
        row = places().titled.get(key(source.name_ar)) or _handle(source.name_ar)
        if row is not None:  # السوداني: the paper the table lists as صحيفة السوداني
            source = row_source(row, source.name_ar)
    if source is None or location is None or location.country in (None, source.country):
        return source
    tables = places()
    rows = tables.siblings.get(key(source.name_ar), ())
    mine = [row for row in rows if row.country == location.country]
    if len(mine) == 1:
        return row_source(mine[0], source.name_ar)
    if not mine and _namesake_abroad(source, location, tables):
        return Source(code=source.name_ar, name=source.name_ar, name_ar=source.name_ar)
    return source  # two of the place's country, or a name of its own: as read


def _handle(name: str) -> SourceRow | None:
    """The outlet a Latin name or handle stands for: ``Okaz``, ``@okaz_online``.

    The handle's first part names the outlet (okaz of okaz_online), else the
    whole of it run together (@Al_Arabiya).
    """
    if not name.isascii():
        return None
    latin = places().latin
    parts = [p for p in re.split(r"[^a-z]+", name.lower()) if p]
    whole = "".join(parts)
    return (latin.get(parts[0]) if parts else None) or latin.get(whole)


def _namesake_abroad(source: Source, location: Location, tables: Places) -> bool:
    """Whether a national paper's bare name, in another Arab country, is another's.

    Arab papers share one-word names (الوطن, الوحدة, الجريدة): ``أبوظبي-الوحدة:``
    is the Emirati daily, not the Syrian one the table lists, and ``مدني: الجريدة``
    the Sudanese, not the Kuwaiti.  Papers of London (الحياة) and two-word names
    (الشرق الأوسط) write from every capital and stay as read.
    """
    words = key(source.name_ar).split()
    arab = tables.arab_world
    return (
        source.kind == "newspaper"
        and len(words) == 1
        and words[0].startswith(ARTICLE)
        and source.country in arab
        and location.country in arab
    )


def read_dateline(raw: str, opts: Options, *, credits: bool = True) -> Dateline | None:
    """The dateline at the start of ``raw``, or ``None``.

    With ``credits=False`` only the opening is read, not a credit closing the
    text, nor a date or a source over a dateline on the next line (a page's
    header reads its lines one by one, each no story of its own).

    >>> from datetime import date
    >>> opts = Options(date(2026, 1, 1), True, "past", None)
    >>> d = read_dateline("بيونغ يانغ-سبأ: صرح وزير الخارجية", opts)
    >>> d.location.name, d.location.country, d.source.code, d.text
    ('Pyongyang', 'KP', 'SABA', 'بيونغ يانغ-سبأ:')
    """
    norm = normalize_with_offsets(raw)
    text = norm.text
    start = 0
    while start < len(text) and (text[start].isspace() or text[start] in "•*-·'#|"):
        start += 1
    toks = tokens(text, start)
    if "_" in text[start : toks[-1].end if toks else start]:
        toks = underscored(toks, text, places())
    walk = Walk(raw, norm, toks, opts) if toks else None
    found = walk.run() if walk is not None else None
    # Only a whole opening is read across lines: a page's header line has its own.
    if found is None and walk is not None:
        found = _byline_alone(walk) or _paper_alone(walk)
        found = found or (_under_date(walk) or _under_label(walk) if credits else None)
    elif found is not None and walk is not None and credits:
        found = _place_below(walk, found) or found
    if found is None:
        if not credits:
            return None
        found, toks = _credit(raw, norm, opts)
        if found is None:
            return None
    location = found.location
    if location is not None and found.location_rows:
        home = found.country_hint or (found.source.country if found.source else None)
        best = _pick(found.location_rows, places(), home)
        location = Location(
            name=best.name,
            name_ar=location.name_ar,
            country=best.country,
            geonameid=best.geonameid,
            kind=best.kind,  # type: ignore[arg-type]
        )
    a, b = norm.raw_span(toks[0].start, found.end)
    return Dateline(
        location=location,
        source=_settle_source(found.source, location),
        date=found.date,
        text=raw[a:b],
        span=(a, b),
        reporter=found.reporter,
    )
