"""The reading of one dateline line: what each item is, and where it ends.

A :class:`Walk` goes over the tokens of a line (``_dateline_tokens``) left to
right and takes, in any order, at most one place, one source, one date and a
reporter's name; words it does not know are weighed as a place, an outlet or a
person by their shape (``مسقط - الشبيبة`` is an outlet, ``مسقط - حمود الطوقي``
a reporter).  ``_dateline`` runs it on the story's first line, or on its
credit at the end, and settles ambiguous places and outlets.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import NamedTuple

from ._dateline_tokens import (
    CLOSERS,
    ENDS,
    OPENERS,
    REPORTER_WORDS,
    RUN_ENDS,
    Tok,
    date_at,
    match_place,
    match_source,
    source_follows,
    unknown_run,
)
from ._normalize import Normalized
from ._places import (
    ARTICLE,
    CONJUNCTION,
    PlaceRow,
    SourceRow,
    holds_outlet_word,
    key,
    places,
)
from ._resolve import Options
from ._results import DateMatch, Location, Source

__all__ = ["FROM", "Found", "Walk", "raw_text", "row_source"]

_TEAM_WORDS = 12  # the most words of the names after a byline, to the line's end
_YEAR_DIGITS = 4
_IN = "في"  # "in": كتب فلان في "النهار" "so-and-so wrote in An-Nahar"
FROM = "من"  # "from": إيلاف من المنامة "Elaph from Manama", من المصري اليوم
_TEAM_PAIR = 6  # the most words of two names joined by و after the place
_TEAM_NAMES = 4  # the most names parted by commas after a byline
_QUOTED_WORDS = 3  # the most words of a paper's name in quotes: «26 سبتمبر»
_INITIAL = 2  # the most letters of one initial: خ, مح
_OF_THE = "لل"  # ل "of" glued to the article: للبلاغ "of al-Balagh"
_NAME_WORDS = 2  # a given name and a family name, before a particle ends the name
_LABEL_WORDS = 3  # the most spaces in a page's label or a shared paper's name


@cache
@cache
def _longest(phrases: frozenset[str]) -> int:
    """The most words in one of ``phrases``."""
    return max((len(p.split()) for p in phrases), default=0)


class Found(NamedTuple):
    """What a walk read: the items of the dateline and where it ends."""

    location: Location | None
    location_rows: tuple[PlaceRow, ...]
    country_hint: str | None  # a country named beside the place
    source: Source | None
    date: DateMatch | None
    reporter: str | None
    end: int  # normalised offset where the dateline ends


class Walk:
    """One left-to-right reading of a dateline's tokens."""

    def __init__(
        self, raw: str, norm: Normalized, toks: list[Tok], opts: Options
    ) -> None:
        self.raw, self.norm, self.text, self.toks = raw, norm, norm.text, toks
        self.opts, self.tables = opts, places()
        self.location: Location | None = None
        self.rows: tuple[PlaceRow, ...] = ()
        self.source: Source | None = None
        self.desk: Source | None = None  # the last source taken from the table
        self.date: DateMatch | None = None
        self.reporter: str | None = None
        self.reporter_at: tuple[int, int] | None = None  # its tokens
        self.unknown_first: tuple[int, int] | None = None
        self.byline = False
        self.labelled = False  # the line opened with المصدر "source:"
        self.told = False  # an outlet's name ran into the story's first verb
        self.place_at: tuple[int, int] | None = None  # its end, and the end before
        self.just_byline = False  # the last item taken was a byline word
        self.country_hint: str | None = None  # طرابلس (ليبيا): the country named
        self.items = 0
        self.end = toks[0].start
        after = self.text[toks[-1].end : toks[-1].end + 8].lstrip(" \t")
        self.line_ends = after[:1] in ("", "\n")  # not cut at the longest line

    def written(self, i: int, j: int) -> str:
        """Tokens i..j-1 as written in the input."""
        return raw_text(self.raw, self.norm, self.toks[i].start, self.toks[j - 1].end)

    def punct(self, i: int) -> int | None:
        """Step over punctuation; ``None`` when a colon ends the dateline."""
        tok = self.toks[i]
        if self.items and tok.text in ENDS:
            self.end = tok.end  # the dateline takes in its closing punctuation
        colon_ends = tok.text == ":" and self.items and not self.just_byline
        if colon_ends and not (
            source_follows(self.toks, i + 1, self.text, self.tables)
            or (self.location is None and self._place_follows(i + 1))
            or (self.source is None and self._outlet_follows(i + 1))
            or (self.reporter is None and self._name_closes_line(i + 1))
            or self._named_then_told(i + 1)
            or self._date_closes_line(i + 1)
            or self._town_follows(i + 1)
            or self._home_paper_follows(i + 1)
        ):
            return None  # "بيونغ يانغ-سبأ:" the story starts after the colon
        return i + 1

    def _home_paper_follows(self, i: int) -> bool:
        """A titled paper of the place's country, alone after the colon.

        ``الخرطوم: السوداني`` "Khartoum: Al-Sudani", the paper the table lists
        as صحيفة السوداني; in ``غزة: عاجل`` "urgent" is no paper of Gaza's.
        """
        toks, where = self.toks, self.location
        if where is None or self.source is not None or i >= len(toks):
            return False
        row = self.tables.titled.get(toks[i].text)
        closed = i + 1 == len(toks) or toks[i + 1].text in ENDS
        countries = {r.country for r in self.rows} | {where.country}
        return row is not None and row.country in countries and closed

    def _town_follows(self, i: int) -> bool:
        """A town of the country or region just named, set off after the colon.

        ``شبوة: عتق /`` "Shabwa: Ataq /", the governorate, then its town.
        """
        if not self.rows or i >= len(self.toks):
            return False
        plc = match_place(self.toks, i, self.text, self.tables)
        return plc is not None and self._city_of_country(i, plc)

    def _date_closes_line(self, i: int) -> bool:
        """A date after the colon, alone to the line's end or to a mark.

        ``طبرق: السبت 20 فبراير 2016 م`` "Tobruk: Saturday 20 February 2016":
        the dateline's date, the story on the next line.
        """
        toks = self.toks
        if self.date is not None or i >= len(toks):
            return False
        dated = date_at(self.raw, self.norm, toks, i, self.opts)
        if dated is None or dated[0] is None:
            return False
        j = dated[1]
        return (j == len(toks) and self.line_ends) or (
            j < len(toks) and toks[j].kind == "punct"
        )

    def known(self, i: int, *, after_byline: bool = False) -> int | None:
        """Take a source, a place or a date at token i; its end, or None."""
        toks, text, tables = self.toks, self.text, self.tables
        lead = self._titled(i, after_byline=after_byline) or self._lead_word(i)
        if lead is not None:
            return lead
        src = match_source(toks, i, text, tables)
        if (
            src is not None
            and src[0].kind != "unknown"
            and not self._source_open(src[0])
        ):
            src = None  # one named source; a desk word after it is taken in
        if src is not None and self._desk_of_another(src):
            src = None  # المركز الإعلامي للبلاغ: the media office of an outlet
        plc = match_place(toks, i, text, tables)
        quoted = self._quoted_paper(i, plc)
        if quoted is not None and self.source is None:
            src, plc = quoted, None  # «عمان» - the Omani daily, not Amman
        if after_byline and plc is not None and self._desk_place(plc, src):
            return self._take_place(i, plc, None)  # متابعات| عدن : the desk's place
        if after_byline:  # كتب: أ.ش.أ - an agency, else a reporter's name
            return self._source_after_lead(i, src)
        if src is not None and (
            plc is None or (src[1] >= plc[1] and self.location is None)
        ):
            return self._take_named_source(i, src)
        if plc is not None:
            return self._take_place(i, plc, src)
        return self._date(i) or self._closing_year(i)

    def _titled(self, i: int, *, after_byline: bool) -> int | None:
        """Take a title before a writer's name (بقلم: د. محمد علي); its end."""
        end = self.honorific(i)
        if end is not None:
            self.just_byline = after_byline  # the name still follows the byline
        return end

    def honorific(self, i: int) -> int | None:
        """The end of a title before a writer's name at token i, or None.

        ``د. محمد علي`` ("Dr. Mohammed Ali"), ``الأب افرام كليانا`` ("Father
        Afram"): a one-letter title needs its full stop.
        """
        toks = self.toks
        if toks[i].text not in self.tables.honorifics:
            return None
        if match_place(toks, i, self.text, self.tables) is not None:
            return None  # الشيخ زايد, a town of Egypt's
        k = i + 1
        if len(toks[i].text) == 1:
            if k >= len(toks) or toks[k].text != ".":
                return None
            k += 1
        if k >= len(toks) or toks[k].kind != "word":
            return None
        return k if self._named_first(k) or self._name_after_title(k) else None

    def _name_after_title(self, k: int) -> bool:
        """A person's name the given names lack, after a title: الأب افرام كليانا.

        Two words at least, the first of three letters or more, shaped as a
        person's name (no article ال, verb or particle: الأستاذ الجامعي "the
        university professor" is none), and no place's or source's name.
        """
        toks, tables = self.toks, self.tables
        word = toks[k].text
        if len(word) < 3 or not self._person(k, min(len(toks), k + 2)):  # noqa: PLR2004
            return False
        placed = match_place(toks, k, self.text, tables) is not None
        return not placed and match_source(toks, k, self.text, tables) is None

    def _desk_of_another(self, src: tuple[SourceRow, int]) -> bool:
        """A desk word run on into "of the" and a name: another's desk.

        ``المركز الإعلامي للبلاغ`` "Al-Balagh's media centre" names the outlet,
        not the site's own desk.
        """
        row, j = src
        toks = self.toks
        if row is not self.tables.staff or j >= len(toks) or toks[j].kind != "word":
            return False
        return toks[j].text.startswith(_OF_THE)

    def _source_after_lead(
        self, i: int, src: tuple[SourceRow, int] | None
    ) -> int | None:
        """Take the source after a byline or a label; its end, or None."""
        if src is None:
            return None
        desk = self._staff_desk()
        renamed = self._take_renamed(i, src) if self.labelled or desk else None
        if renamed is not None:  # المصدر: الخليج الجديد; خاص ( الحدث الجنوبية )
            return renamed
        return src[1] if self._take_source(i, *src) else None

    def _quoted_paper(
        self, i: int, plc: tuple[tuple[PlaceRow, ...], int] | None
    ) -> tuple[SourceRow, int] | None:
        """The paper named by a place's name or a date in quotes: «عمان», «26 سبتمبر».

        The table lists such papers only after a title (جريدة عمان, صحيفة 26
        سبتمبر), the bare name being the place's or the date's; quotes mark
        the name of a paper.
        """
        toks = self.toks
        # quotes, not brackets: طرابلس (لبنان) names the city's country
        if i == 0 or toks[i - 1].text != _QUOTE:
            return None
        ahead = range(i + 1, min(len(toks), i + _QUOTED_WORDS + 1))
        j = (
            plc[1]
            if plc is not None
            else next((k for k in ahead if toks[k].text == _QUOTE), len(toks))
        )
        if j >= len(toks) or toks[j].text != _QUOTE:
            return None
        row = self.tables.titled.get(" ".join(t.text for t in toks[i:j]))
        return (row, j) if row is not None else None

    def _closing_year(self, i: int) -> int | None:
        """A year alone after the source, last on its line.

        ``© Al-Youm Al-Sabea 2016``: a copyright line closing the story.
        """
        tok, last = self.toks[i], i == len(self.toks) - 1
        year = tok.kind == "num" and len(tok.text) == _YEAR_DIGITS
        return i + 1 if self.source is not None and year and last else None

    def _desk_place(self, plc: tuple[tuple[PlaceRow, ...], int], src: object) -> bool:
        """A known place set off after a desk word, not after a byline.

        ``متابعات| عدن :`` "Follow-ups | Aden:": the place closes with a mark
        or the line; after كتب "wrote" a name follows, whatever its words.
        """
        if src is not None or self.byline or self.labelled:
            return False
        if self.location is not None or self.source is not self.desk:
            return False
        end = plc[1]
        return end >= len(self.toks) or self.toks[end].kind == "punct"

    def _outlet_follows(self, i: int) -> bool:
        """An outlet's name after the line's first colon, set off after it.

        ``الخرطوم: بلو نيوز الإخبارية-`` "Khartoum: Blue News -": a name with
        an outlet word, or named after a country or a region (``انجمينا:قلب
        افريقيا``), closed by a separator or the end of the line.
        """
        toks = self.toks
        opened = i < len(toks) and toks[i].text in OPENERS
        while i < len(toks) and toks[i].text in OPENERS:
            i += 1  # الخرطوم: (كوش نيوز); القاهرة: «رأي الأمة»
        if i >= len(toks):
            return False
        j = unknown_run(
            toks, i, self.tables, after_byline=True, line_ends=self.line_ends
        )
        named = j is not None and (
            self._names_outlet(i, j)
            or self._names_country(i, j)
            or self._word_closes_line(i, j)
        )
        return j is not None and (opened or named)

    def _word_closes_line(self, i: int, j: int) -> bool:
        """One plain word after the place's colon, alone to the line's end.

        ``سنار : مداميك`` "Sennar: Madameek": a site's name, as Sudanese
        sites head their stories; no verb, subject, particle, date word or
        place.
        """
        toks, tables = self.toks, self.tables
        if j != i + 1 or j != len(toks) or not self.line_ends or self.location is None:
            return False
        word = toks[i].text
        worded = tables.subjects | tables.function_words | tables.date_words
        told = self._verb(toks[i]) or word.removeprefix(ARTICLE) in worded
        # عاجل "breaking": an everyday word the table lists only after a title
        plain = word not in tables.places and word not in tables.titled
        return toks[i].kind == "word" and not told and plain

    def _name_closes_line(self, i: int) -> bool:
        """A person's name after the place's colon, alone to the line's end.

        ``بغداد: زيدان الربيعي`` "Baghdad: Zaidan al-Rubaie", then the story
        on the next line; after an outlet's one-word name too
        (``ناظورسيتي: عماد بنموسى``, "Nadorcity: Imad Benmoussa"), and after
        any outlet when the name opens with a given name (``العرائش 24: محمد
        العسري``).
        """
        end = self._rest_of_line(i) if i < len(self.toks) else None
        if end is None:  # الدمازين: فريد الأمين 12 اغسطس 2022م, then the story
            end = self._name_before_date(i)
        first = self.unknown_first
        one_word = self.items == 1 and i == 2  # noqa: PLR2004 - the word, its colon
        outlet = one_word and (first == (0, 1) or self.source is not None)
        named = self.source is not None and end is not None and self.given_name(i)
        placed = self.location is not None or outlet or named
        if not placed or end is None:
            return False
        run = self.toks[i:end]
        told = run[0].text in self.tables.subjects or any(self._verb(t) for t in run)
        return not told and self._person(i, end)  # not بيروت: حزب الله أعلن

    def _name_before_date(self, i: int) -> int | None:
        """The end of two to four words at token i before a date ending the line."""
        toks = self.toks
        for j in range(i + 2, min(len(toks), i + REPORTER_WORDS + 1)):
            if toks[j - 1].kind != "word":
                return None
            # a date opens with a day's number or a weekday's or month's name
            opens = toks[j].kind == "num" or toks[j].text in self.tables.date_words
            if opens and self._date_closes_line(j):
                return j
        return None

    def _dated_name(self, i: int) -> int | None:
        """A person's name after the place, opening with a given name, then a date."""
        if self.location is None or self.toks[i - 1].kind != "punct":
            return None
        j = self._name_before_date(i)
        if j is None or not self.given_name(i) or not self._person(i, j):
            return None
        return j

    def _named_then_told(self, i: int) -> bool:
        """A reporter's name after the place's colon, then the story's verb.

        ``الشارقة: جيهان شعيب وجه`` "Sharjah: Jihan Shuaib - (he) directed".
        """
        if self.location is None or self.items != 1 or i >= len(self.toks):
            return False
        return self._reporter_then_story(i) is not None

    def _place_follows(self, i: int) -> bool:
        """A known place and a colon or dash after the line's first colon.

        ``الشرق الأوسط السعودية: بيروت: محمد شقير-``: the outlet, then the
        place, then the reporter, each closed by its colon.
        """
        toks = self.toks
        plc = match_place(toks, i, self.text, self.tables) if i < len(toks) else None
        if plc is None:
            return False
        ends = plc[1] == len(toks) and self.line_ends  # "Today News": بغداد
        return ends or (plc[1] < len(toks) and toks[plc[1]].text in ":-/")

    def _names_source_country(self, i: int, rows: tuple[PlaceRow, ...]) -> bool:
        """A country right after the source, with no separator, qualifies it.

        ``الشرق الأوسط السعودية`` "Asharq Al-Awsat, Saudi" names no place.
        """
        source = self.source
        return (
            source is not None
            and source is self.desk
            and self.toks[i - 1].kind != "punct"
            and all(row.kind == "country" for row in rows)
        )

    def _take_place(
        self,
        i: int,
        plc: tuple[tuple[PlaceRow, ...], int],
        src: tuple[SourceRow, int] | None,
    ) -> int | None:
        """A place at token i: a site's name, a qualifier or the location."""
        if (
            src is None
            and self.location is None
            and self._names_source_country(i, plc[0])
        ):
            return plc[1]
        if src is None and self.source is None:
            site = self._place_outlet(i, plc[1])
            if site is not None:
                self.source = self._unknown_source(i, site)
                return site
        if self.location is not None:
            return self._qualifier(i, plc, src)
        self.rows, j = plc
        if i > 0 and self.toks[i - 1].text in self.tables.state_titles:
            # دولة الكويت "the State of Kuwait": the country, not its capital
            states = tuple(r for r in self.rows if r.kind == "country")
            self.rows = states or self.rows
        self.location = Location(name="", name_ar=self.written(i, j))
        self.place_at = (j, self.end)
        return j

    def _date(self, i: int) -> int | None:
        """Take the dateline's date at token i, if it has none yet."""
        if self.date is not None:
            return None
        dated = date_at(self.raw, self.norm, self.toks, i, self.opts)
        if dated is None:
            return None
        self.date, j = dated
        return j

    def _source_open(self, row: SourceRow) -> bool:
        """Whether the known source ``row`` may still be taken.

        Yes while none is taken, or while the one taken is only a desk
        (خاص "exclusive", STAFF) or a name the table does not know: in
        ``غزة/ هداية الصعيدي/ الأناضول`` the agency comes after the reporter.
        An agency after a paper is the paper's own source and is taken:
        ``غزة - الرسالة نت وكالات`` credits the wire services.
        """
        source = self.source
        paper = source is not None and source.kind in ("newspaper", "broadcaster")
        return (
            source is None
            or source.kind == "unknown"
            or (paper and row.kind == "agency")
        )

    def _take_source(self, i: int, row: SourceRow, j: int) -> bool:
        held = self.source
        named = self.reporter_at
        if held is None and named is not None and self._exclusive(i, j, named[1]):
            # الكويت ـ يورابيا ـ خاص: the name before "exclusive" is the outlet
            self.source = self._unknown_source(*named)
            self.reporter = self.reporter_at = None
            return True
        if held is not None:
            if row.kind == "unknown":
                return True  # يورابيا ـ خاص: the desk word adds nothing
            if held.code == held.name_ar and self.reporter is None:
                self.reporter = held.name_ar  # the unknown name was a reporter
        self.source = self.desk = row_source(row, self.written(i, j))
        return True

    def _staff_desk(self) -> bool:
        """Whether the source taken is a desk word of the site (STAFF, خاص)."""
        staff, held = self.tables.staff, self.source
        return (
            held is not None
            and held is self.desk
            and staff is not None
            and held.code == staff.code
        )

    def _exclusive(self, i: int, j: int, name_end: int) -> bool:
        """خاص "exclusive" at tokens i..j-1, one separator after a name."""
        toks = self.toks
        word = self.text[toks[i].start : toks[j - 1].end]
        return word in self.tables.exclusive and name_end == i - 1

    def _qualifier(
        self,
        i: int,
        plc: tuple[tuple[PlaceRow, ...], int],
        src: tuple[SourceRow, int] | None,
    ) -> int | None:
        """A country beside the place: in brackets, or after a comma or a dash.

        طرابلس (ليبيا) "Tripoli (Libya)", الرياض، السعودية "Riyadh, Saudi Arabia",
        صنعاء - اليمن -, هرجيسا - صوماليلاند (a region): it settles which place
        is meant; anything else is not taken here.
        """
        rows, j = plc
        first = self.location
        paper = self._paper_of_place(i, plc) if src is None else None
        if paper is not None and first is not None:
            # مكة - الرياض: the daily Makkah, filed from Riyadh
            self.source = self.desk = row_source(paper, first.name_ar)
        if paper is not None or (src is None and self._city_of_country(i, plc)):
            self.location = Location(name="", name_ar=self.written(i, j))
            self.rows, self.place_at = rows, (j, self.end)
            return j
        countries = {row.country for row in rows if row.kind in ("country", "region")}
        toks = self.toks
        before = toks[i - 1].text
        bracketed = before == "(" and j < len(toks) and toks[j].text == ")"
        listed = (
            before in ",-"
            and (j >= len(toks) or toks[j].kind == "punct")
            and countries <= {row.country for row in self.rows}
        )
        if src is not None or len(countries) != 1 or not (bracketed or listed):
            if src is not None:  # بغداد - الشروق العربي: a known name, renamed
                return self._take_named_source(i, src)
            return None
        self.country_hint = countries.pop()
        return j

    def _paper_of_place(
        self, i: int, plc: tuple[tuple[PlaceRow, ...], int]
    ) -> SourceRow | None:
        """The daily named after the first place, when a town of its country follows.

        ``مكة - الرياض`` "Makkah - Riyadh", ``(مكة) - الطائف``: a dateline has one
        town; the first is the paper the table lists as صحيفة مكة, the second
        the town the story was filed from.
        """
        toks, (rows, j) = self.toks, plc
        first = self.location
        if first is None or self.source is not None or self.place_at is None:
            return None
        paper = self.tables.titled.get(key(first.name_ar))
        towns = {row.country for row in rows if row.kind == "city"}
        set_off = toks[i - 1].kind == "punct" and toks[i - 1].text in "-/"
        closed = j >= len(toks) or toks[j].kind == "punct"
        named = paper is not None and paper.country in towns
        return paper if named and set_off and closed else None

    def _city_of_country(self, i: int, plc: tuple[tuple[PlaceRow, ...], int]) -> bool:
        """A town of the country just named, set off by punctuation: the location.

        ``مصر - الإسكندرية:`` "Egypt - Alexandria", ``تونس/ سوسة/``: the country
        comes first, the town is where the story was filed; so after a region
        of the country (``المهرة - الغيضة``, the governorate, then its seat).
        """
        toks, (rows, j) = self.toks, plc
        named = {row.country for row in self.rows if row.kind in ("country", "region")}
        towns = {row.country for row in rows if row.kind not in ("country", "region")}
        set_off = toks[i - 1].kind == "punct" and toks[i - 1].text in ",-/:"
        closed = j >= len(toks) or toks[j].kind == "punct"
        return set_off and closed and bool(named & towns)

    def _source_label(self, i: int) -> int | None:
        """The end of المصدر "source" opening the line, or a label before a source.

        One word needs its colon (المصدر نفسه "the same source" is the
        story), or an outlet's name after it to the line's end (*المصدر يمني
        برس); two or more, such as تحرير من طرف "edited by", do not.  A mark
        may open the line (``*``).
        """
        toks = self.toks
        start = 1 if toks and toks[0].text == "*" else 0
        noted = len(toks) > start + 2 and toks[start + 1].text == ":"
        if i == start and noted and toks[start].text in self.tables.label_notes:
            i = start = start + 2  # ملحوظة: مصدر الخبر الأصلي هو: a note, the label
        # later in the line, after a dash, only before a source of the table:
        # قلقيلية 26-4-2023 - نقلاً عن وكالة وفا-
        later = i > start and toks[i - 1].text in ("-", "/", "|")
        if i != start and not later:
            return None
        longest = _longest(self.tables.source_labels)
        for j in range(min(len(toks) - 1, i + longest), i, -1):
            words = self.text[toks[i].start : toks[j - 1].end]
            if words not in self.tables.source_labels:
                continue
            if later:
                known = match_source(toks, j, self.text, self.tables)
                return j if known is not None else None
            if toks[j].text == ":" or j - i > 1 or self._outlet_to_line_end(j):
                return j
        return None

    def _outlet_to_line_end(self, j: int) -> bool:
        """An outlet's name from token j to the line's end: known, or so named.

        A known name may be quoted: ``عن “موزاييك”`` "from Mosaique".
        """
        toks = self.toks
        if j < len(toks) and toks[j].text in OPENERS and self.line_ends:
            src = match_source(toks, j + 1, self.text, self.tables)
            rest = toks[src[1] :] if src is not None else ()
            return src is not None and all(t.kind == "punct" for t in rest)
        end = self._rest_of_line(j)
        if end is None:
            return False
        src = match_source(self.toks, j, self.text, self.tables)
        return (src is not None and src[1] == end) or self._names_outlet(j, end)

    def _is_byline(self, i: int) -> bool:
        """كتب "wrote" opening the line, or before a colon or dash later on."""
        toks = self.toks
        if toks[i].text not in self.tables.byline_words or i + 1 >= len(toks):
            return False
        if toks[i].text in self.tables.sections and not self._section_marked(i):
            return False  # تقرير يكشف "a report reveals": a headline
        opens = i == 0 or (i == 1 and toks[0].kind == "punct")  # | كتب محمد |
        # تحقيق / يكتبه محمد سعد: a second byline word, before any name
        again = self.byline and self.reporter_at is None and self.source is None
        return opens or again or toks[i + 1].text in (":", "-")

    def _section_marked(self, i: int) -> bool:
        """A mark after the section noun at i, or after a second (تقرير وتصوير /)."""
        toks, marks = self.toks, (":", "-", "/", "|")
        k = i + 1
        if toks[k].kind == "word" and toks[k].text.startswith(CONJUNCTION):
            k += 1  # وتصوير "and photos"
        return k < len(toks) and toks[k].text in marks

    def unknown(self, i: int, *, after_byline: bool = False) -> int | None:
        """Take a short unknown run: a place, a source or a reporter's name."""
        reviewed = self._press_review(i) if after_byline and self.byline else None
        if reviewed is not None:
            return reviewed
        k = self._initialed(i) if self.reporter is None else None
        if k is not None and (self.location is not None or self._place_follows(k + 1)):
            self._take_reporter(i, k)  # الجزائر/ كنزة.خ, س.م ــ الدار البيضاء
            return k
        told = self.told
        j = self._unknown_end(i, after_byline=after_byline)
        if j is None or self.told != told:
            return j  # زاكروس عربية أكد: taken, the story follows
        held = self.source
        if after_byline and self.labelled and held is None:
            self.source = self._unknown_source(i, j)  # المصدر: ليبانون ديبايت
            return j
        desk = held is not None and held is self.desk and held.kind == "unknown"
        if after_byline and desk:
            # خاص: الوجهة 24 - a desk word from the table, then the outlet;
            # متابعة / منى حمّاد - or the reporter who followed the story
            named = self._names_outlet(i, j) or self._outlet_shaped(i, j, placed=False)
            if named or not self._named_first(i):
                self.source = self._unknown_source(i, j)
            else:
                self._take_reporter(i, j)
            return j
        return self._place_unknown(i, j)

    def _press_review(self, i: int) -> int | None:
        """A byline naming a paper: who wrote in it, or the paper itself."""
        k = self._name_in_outlet(i)
        if k is not None:  # كتب سعد الياس في "القدس العربي":
            self._take_reporter(i, k)
            return k + 1  # في "in": the outlet follows, quoted
        k = self._paper_says(i)
        if k is not None:  # كتبت البناء تقول: the paper, unquoted
            self.source = self._unknown_source(i, k)
        return k

    def _paper_says(self, i: int) -> int | None:
        """The end of a paper's name right before a verb of saying and a colon.

        ``كتبت البناء تقول:`` "Al-Binaa wrote, saying:": a press review that
        names the paper without quotes.
        """
        toks = self.toks
        for k in range(i + 1, min(len(toks) - 1, i + _QUOTED_WORDS + 1)):
            if toks[k - 1].kind != "word":
                return None
            if toks[k].text in self.tables.says and toks[k + 1].text == ":":
                return k
        return None

    def _name_in_outlet(self, i: int) -> int | None:
        """The end of a name that a byline says wrote in a quoted outlet.

        ``كتب سعد الياس في "القدس العربي":`` "Saad Elias wrote in Al-Quds
        Al-Arabi:", as press reviews open: two to four words shaped as a
        person's name, في "in", the outlet in quotes, and a colon.
        """
        toks = self.toks
        k = next((k for k in range(i, len(toks)) if toks[k].kind != "word"), len(toks))
        at = k - 1  # في, right before the opening quote
        if k >= len(toks) or toks[k].text not in OPENERS or toks[at].text != _IN:
            return None
        if not 2 <= at - i <= REPORTER_WORDS or not self._person(i, at):  # noqa: PLR2004
            return None
        closes = next(
            (c for c in range(k + 1, len(toks)) if toks[c].kind == "punct"), 0
        )
        colon = 0 < closes < len(toks) - 1 and toks[closes + 1].text == ":"
        return at if colon and toks[closes].text in CLOSERS else None

    def _unknown_end(self, i: int, *, after_byline: bool) -> int | None:
        """The end of the unknown run at token i, or None."""
        glued = after_byline or self._name_to_colon(i)
        signed = after_byline and self.byline  # right after كتب, بقلم
        j = self._name_to_particle(i) if signed else None
        if j is None:
            j = unknown_run(
                self.toks, i, self.tables, after_byline=glued, line_ends=self.line_ends
            )
        if j is None and after_byline and self.labelled and self.source is None:
            j = self._rest_of_line(i)  # تحرير من طرف Le360: one word will do
        team = j is None and (signed or self._placed_team(i))
        if team and self._team(i):
            # كتب- سليمان ملاح وعادل النجار ووحيد بوسيوف: the names of a team;
            # بيروت - ناجي شربل وأحمد عز الدين after the place too
            j = self._rest_of_line(i, words=_TEAM_WORDS)
        if j is None:  # الدمازين: فريد الأمين 12 اغسطس 2022م, a name, then its date
            # كتب - خالد الزيدان، تركي الصهيل: names parted by commas
            team_end = self._comma_team(i) if signed else None
            j = team_end or self._name_before_source(i) or self._dated_name(i)
        if j is None and i > 0 and self.toks[i - 1].kind == "punct":
            j = self._glued_number(i)
        if j is None and self._site_closes_line(i):
            j = i + 1  # الخرطوم سلاميديا: the place, then the site alone
        if j is not None and self.toks[i].kind == "num" and self._dated(i):
            return None  # | 24 شوال 1445 هـ: a second date, not a name
        if j is not None:
            j = self._before_date(i, j)  # الوحدة 14-12-2021: the name, then its date
        if j is None and (i == 0 or self.toks[i - 1].kind == "punct"):
            j = self._outlet_then_story(i)
            if j is not None:  # زاكروس عربية أكد: the outlet, then its story
                self.source = self._unknown_source(i, j)
                self.told = True
        set_off = i > 0 and self.toks[i - 1].kind == "punct"
        if j is None and ((self.location is not None and set_off) or self.byline):
            j = self._reporter_then_story(i)
            if j is not None:  # القاهرة - أكرم علي قال: the reporter, then the story
                self._take_reporter(i, j)
                self.told = True
        return j

    def _comma_team(self, i: int) -> int | None:
        """After a byline, names parted by commas, to a colon or the line's end.

        ``كتب - خالد الزيدان، تركي الصهيل:`` "written by Khalid al-Zaidan,
        Turki al-Suhail:": each name shaped as a person's, opening with a given
        name; the end of the last, or None.
        """
        toks, k, names = self.toks, i, 0
        while k < len(toks):
            j = k
            while j < len(toks) and toks[j].kind == "word" and j - k <= REPORTER_WORDS:
                j += 1
            if not (self._named_first(k) and self._person(k, j)):
                return None
            names += 1
            if j < len(toks) and toks[j].text == "," and names < _TEAM_NAMES:
                k = j + 1
                continue
            ends = (j == len(toks) and self.line_ends) or (
                j == len(toks) - 1 and toks[j].text == ":"
            )
            return j if ends and names > 1 else None
        return None

    def _initialed(self, i: int) -> int | None:
        """The end of a name or initials glued by full stops to initials at i.

        ``كنزة.خ`` "Kenza K.", ``س.م`` "S. M.", as Algerian and Moroccan sites
        sign: each letter after a full stop is one or two, and a mark or the
        line's end follows.
        """
        toks = self.toks
        k = i + 1
        while (
            k + 1 < len(toks)
            and toks[k].text == "."
            and toks[k].start == toks[k - 1].end
            and toks[k + 1].start == toks[k].end
            and toks[k + 1].kind == "word"
            and len(toks[k + 1].text) <= _INITIAL
        ):
            k += 2
        if k == i + 1 or toks[i].kind != "word":
            return None
        ends = k == len(toks) and self.line_ends
        return k if ends or (k < len(toks) and toks[k].text in RUN_ENDS) else None

    def _name_to_particle(self, i: int) -> int | None:
        """After a byline word, a name of two words or more ended by a particle.

        ``كتب محمد العوال قبل البدء`` "written by Mohammed al-Awal; before the
        start": قبل "before" opens the story.
        """
        toks, particles = self.toks, self.tables.function_words
        for j in range(i + _NAME_WORDS, min(len(toks), i + REPORTER_WORDS)):
            if toks[j - 1].kind != "word" or self._verb(toks[j - 1]):
                return None  # كتب: سليم حداد وقال الوزير إن: a sentence
            if toks[j].text in particles:
                return j
        return None

    def _site_closes_line(self, i: int) -> bool:
        """One word with a news word glued in, after the place, ending the line."""
        toks, at = self.toks, self.place_at
        last = i == len(toks) - 1 and self.line_ends
        placed = at is not None and at[0] == i
        return last and placed and self._outlet_word(i, i + 1)

    def _place_unknown(self, i: int, j: int) -> int | None:
        """An unknown run in the line: the first item, an outlet or a reporter."""
        before = self.toks[i - 1].text if i > 0 else ""
        # In brackets or quotes a name is an outlet; after a slash too, unless
        # it is a person's (النجف / عبد اللطيف العميدي).
        opened = before in OPENERS | {'"'} or (before == "/" and not self._person(i, j))
        # بيروت - الجيش اللبناني "the Lebanese army": a subject, no outlet;
        # but غزة - الداخلية, "the Interior" alone, is the ministry's own site
        subject = j - i > 1 and self._subject(i)
        worded = self._names_outlet(i, j)
        outlet = opened or (worded and not subject)
        first = self.unknown_first
        named_first = first is not None and self._names_outlet(*first)
        if self.items == 0 and first is None:
            self.unknown_first = (i, j)
        elif named_first and self.location is None and self.reporter is None:
            self._take_reporter(i, j)  # بلدي نيوز - (ليلى حامد): outlet, reporter
        elif self._second_place(i, j) and not opened:
            pass  # غزة - رام الله - الدائرة الإعلامية: a second town, no reporter
        elif (
            outlet or (self._outlet_shaped(i, j) and not subject)
        ) and self.source is None:
            self.source = self._unknown_source(i, j)
        elif self.reporter is None and self.items and not subject and not worded:
            self._take_reporter(i, j)
        elif worded and self.source is not None and not subject:
            pass  # المصري اليوم | أخبار "news", a paper's Latin name: no reporter
        else:
            return None  # دمشق - مصادر ووكالات: "sources and agencies", the story
        return j

    def _second_place(self, i: int, j: int) -> bool:
        """Whether tokens i..j-1, after the place, are a town of their own."""
        if self.location is None:
            return False
        placed = match_place(self.toks, i, self.text, self.tables)
        return placed is not None and placed[1] == j

    def _subject(self, i: int) -> bool:
        """Whether token i is a sentence's subject (مصادر, الحكومة): no name."""
        word = self.toks[i].text
        return word.removeprefix(ARTICLE) in self.tables.subjects

    def _person(self, i: int, j: int) -> bool:
        """Whether tokens i..j-1 are shaped as a person's name, not an outlet's.

        Two words or more, the first without the article ال and no particle
        (في "in") or sentence's subject (مصادر "sources"), and nothing of an
        outlet's name (an outlet word, a number, Latin letters, a country's
        adjective last, a country's name first or last).
        """
        two = j - i >= 2  # noqa: PLR2004
        first, tables = self.toks[i].text, self.tables
        # إلياس, إلهام read as الياس, الهام: a given name, not the article
        if not two or (first.startswith(ARTICLE) and not self._hamza_name(first)):
            return False
        if first in tables.function_words or first in tables.subjects:
            return False
        if any(t.text in tables.function_words for t in self.toks[i + 1 : j]):
            return False  # ويوجد في إدلب "and there is in Idlib": a clause
        if self._verb(self.toks[i]) or self.toks[i].kind != "word":
            return False  # صنعاء - قتل جنديان, طرابلس: 20 شخصا: the story
        return not (self._names_outlet(i, j) or self._names_country(i, j))

    def _hamza_name(self, word: str) -> bool:
        """A given name written with a hamza under or over its alif (إلياس)."""
        return word in self.tables.hamza_names

    def given_name(self, i: int) -> bool:
        """Whether a person's given name opens at token i: حمدي, عبد القادر.

        So does a kunya (أبو نضال, "father of Nidal"). A name that is a word too
        (أمل "hope", جمال "beauty") counts only before a father's given name
        (أمل خليل): ``أمل جديد`` is "new hope" and ``جمال الطبيعة`` "the beauty
        of nature".
        """
        toks, tables = self.toks, self.tables
        first = toks[i].text
        pair = toks[i + 1].text if i + 1 < len(toks) else ""
        names = tables.given_names
        if pair and (f"{first} {pair}" in names or first + pair in names):
            return True  # عبد القادر, written in one word or two
        if first in tables.kunya:  # أبو نضال, مولاي عبد الرحمن
            return pair in names or (i + 1 < len(toks) and self.given_name(i + 1))
        if first not in names:
            return False
        return first not in tables.word_names or pair in names

    def _named_first(self, i: int) -> bool:
        """Whether a given name opens at token i, where a byline is expected.

        After متابعة "followed by" a name that is a word too (سعيد "happy")
        is a name: the word says a person's name comes.
        """
        toks, names = self.toks, self.tables.given_names
        pair = f"{toks[i].text} {toks[i + 1].text}" if i + 1 < len(toks) else ""
        return toks[i].text in names or pair in names or self.given_name(i)

    def signed(self) -> bool:
        """Whether the line is a person's name alone: a reporter signing off."""
        toks, tables = self.toks, self.tables
        words = all(t.kind == "word" for t in toks)
        told = any(self._verb(t) for t in toks)  # وأضاف الوزير: a clause
        # مواضيع ذات صلة "related topics", آخر تحديث "last updated": no names
        worded = tables.subjects | tables.date_words | tables.function_words
        told = told or any(t.text in worded for t in toks)
        short = len(toks) <= REPORTER_WORDS
        return words and short and not told and self._person(0, len(toks))

    def signature(self) -> Found | None:
        """The line as a reporter of the site itself (STAFF)."""
        staff = self.tables.staff
        if staff is None:
            return None
        end = self.toks[-1].end
        reporter = self.written(0, len(self.toks))
        return Found(None, (), None, row_source(staff, ""), None, reporter, end)

    def _verb(self, tok: Tok) -> bool:
        """Whether a token is a verb that opens a story, with و "and" or not."""
        verbs = self.tables.story_verbs
        return tok.text in verbs or tok.text.removeprefix(CONJUNCTION) in verbs

    def _take_reporter(self, i: int, j: int) -> None:
        self.reporter, self.reporter_at = self.written(i, j), (i, j)

    def _outlet_shaped(self, i: int, j: int, *, placed: bool = True) -> bool:
        """An unknown run after the place shaped as an outlet, not a person.

        A reporter writes a first name and a family name (حمود الطوقي); one
        word, a first word with the article ال, or a first or last word that
        is a country, is an outlet's name (مسقط - الشبيبة "Muscat - Al Shabiba",
        بيروت - العرب اليوم, هوا الأردن).
        """
        named_after = self._names_country(i, j)
        return (self.location is not None or not placed) and (
            j - i == 1 or self.toks[i].text.startswith(ARTICLE) or named_after
        )

    def _names_country(self, i: int, j: int) -> bool:
        """A name of two words or more that ends or opens with a country's.

        مرآة البحرين "Mirror of Bahrain", سودان فيرست "Sudan First": an
        outlet's name, not a person's; so with a region's (هوى الشام). A name
        that opens with a given name is a person's (محمد الفاتح حمد النيل).
        """
        if j - i < 2 or self.given_name(i):  # noqa: PLR2004
            return False
        places, regions = self.tables.places, self.tables.region_names
        ends = (self.toks[i].text, self.toks[j - 1].text)
        return any(word in regions for word in ends) or any(
            row.kind == "country" for word in ends for row in places.get(word, ())
        )

    def _press_word(self, i: int) -> bool:
        """A title before a quoted name, or a press review's verb of saying.

        ``كتبت صحيفة "الأخبار" تقول:`` "the paper Al-Akhbar wrote, saying:".
        """
        toks, tables = self.toks, self.tables
        word = toks[i].text
        after = toks[i + 1].text if i + 1 < len(toks) else ""
        if word in tables.titles and after in OPENERS:
            return i == 0 or self.byline  # the title, then the quoted name
        reviewed = self.byline and self.source is not None
        return word in tables.says and after == ":" and reviewed

    def _lead_word(self, i: int) -> int | None:
        """A word that says what comes after it; the end of the word, or None."""
        if self._is_byline(i):
            self.byline = self.just_byline = True
            joined = self.toks[i + 1].text.startswith(CONJUNCTION)
            # كتبت- "written by -": a name or an agency follows; تقرير وتصوير /
            return (
                i + 2 if joined and self.toks[i].text in self.tables.sections else i + 1
            )
        label = self._source_label(i)
        if label is not None:
            self.labelled = self.just_byline = True
            return label  # المصدر: "source:": the outlet follows
        toks = self.toks
        bare = i + 1 < len(toks) and toks[i + 1].text == ":"
        if (
            self.labelled
            and self.source is None
            and bare
            and self._outlet_word(i, i + 1)
        ):
            self.just_byline = True  # مصدر الخبر الاصلي موقع : المصريون, "site:"
            return i + 2
        credited = self.reporter is not None or (self.byline and self.items > 0)
        photo = self._photo_credit(i) if credited else None
        if photo is not None:
            return photo  # بقلم/ إلياس الجيلاني - تصوير/ حسين العبدلي
        opens = self.byline or i == 0
        titled = self._writer_title(i) if opens and self.reporter is None else None
        if titled is not None:
            self.byline = self.just_byline = True  # كتب : رئيس التحرير /ناظم الجابري
            return titled
        lead = self._press_word(i) or self._place_title(i) or self._from_place(i)
        return i + 1 if lead else None

    def _photo_credit(self, i: int) -> int | None:
        """The end of a photographer's credit at token i: تصوير/ حسين العبدلي.

        The word, a mark, and a name of at most four words to a mark or the
        line's end.
        """
        toks = self.toks
        k = i + 1
        if toks[i].text not in self.tables.photo_words or k >= len(toks):
            return None
        if toks[k].text not in (":", "/", "-"):
            return None
        j = k + 1
        while j < len(toks) and toks[j].kind == "word" and j - k <= REPORTER_WORDS:
            j += 1
        ends = j == len(toks) and self.line_ends
        return (
            j
            if j > k + 1 and (ends or (j < len(toks) and toks[j].kind == "punct"))
            else None
        )

    def _writer_title(self, i: int) -> int | None:
        """The end of a writer's post at token i (رئيس التحرير), a byline's."""
        toks, titles = self.toks, self.tables.writer_titles
        if toks[i].text not in _first_words(titles):
            return None
        for j in range(min(len(toks), i + _longest(titles)), i, -1):
            words = all(t.kind == "word" for t in toks[i:j])
            if words and self.text[toks[i].start : toks[j - 1].end] in titles:
                return j
        return None

    def _from_place(self, i: int) -> bool:
        """من "from" between the source and a known place: إيلاف من المنامة:.

        Elaph heads its stories so ("Elaph from Manama:").
        """
        toks = self.toks
        after_source = self.source is not None and self.location is None and i > 0
        if not after_source or toks[i].text != FROM or i + 1 >= len(toks):
            return False
        return match_place(toks, i + 1, self.text, self.tables) is not None

    def _place_title(self, i: int) -> bool:
        """A bureau or a title before a known place: مكتب صفاقس, مدينة الحسكة."""
        toks, tables = self.toks, self.tables
        word = toks[i].text
        if word not in tables.bureau and word not in tables.place_titles:
            return False
        if self.location is not None or i + 1 >= len(toks):
            return False
        placed = match_place(toks, i + 1, self.text, tables)
        own = match_place(toks, i, self.text, tables)  # مدينة غزة is a key of its own
        titled = word in tables.bureau or (
            own is None or placed is None or own[1] < placed[1]
        )
        # مكتب صفاقس "the Sfax bureau", مدينة الحسكة "the city of al-Hasakah"
        return titled and placed is not None

    def _take_named_source(self, i: int, src: tuple[SourceRow, int]) -> int:
        """Take the source of the table at token i; the end of what it took."""
        toks = self.toks
        renamed = self._take_renamed(i, src)
        if renamed is not None:
            return renamed
        self._take_source(i, *src)
        j = src[1]
        if self._own_adjective(src):
            j += 1  # الجزيرة القطرية "the Qatari Jazeera": the channel, its country
        # خاص: أخباركم "exclusive: (outlet)": the desk word opens the line
        # and a colon hands over to the outlet, as after a byline.
        desk = src[0].kind == "unknown" and self.source is self.desk
        handed = j < len(toks) and toks[j].text in ":/-|"
        # متابعات الخبر السوداني: or the rest of a short first line
        handed = handed or (j < len(toks) and self._rest_of_line(j) is not None)
        self.just_byline = desk and i == 0 and handed
        # زاكروس عربية أكد: an outlet opening the line, then the story's verb
        verb = j < len(toks) and toks[j].text in self.tables.story_verbs
        self.told = self.told or (i == 0 and not desk and verb)
        return j

    def _own_adjective(self, src: tuple[SourceRow, int]) -> bool:
        """Whether the outlet's own country's adjective follows its name, set off."""
        row, j = src
        toks = self.toks
        if j >= len(toks) or row.country is None:
            return False
        own = self.tables.nisba.get(toks[j].text) == row.country
        closed = j + 1 == len(toks) or toks[j + 1].kind == "punct"
        return own and closed and toks[j - 1].end < toks[j].start

    def _take_renamed(self, i: int, src: tuple[SourceRow, int]) -> int | None:
        """Take a known name made another outlet's by the word after it.

        ``الرأي نيوز``, ``الصباح اليمني``: the whole name is an outlet the
        table lacks; the end of it, or None.
        """
        renamed = self._renamed_outlet(src[1]) or self._foreign_namesake(i, src)
        if renamed is None or (self.source is not None and not self._staff_desk()):
            return None
        self.source = self._unknown_source(i, renamed)
        return renamed

    def _foreign_namesake(self, i: int, src: tuple[SourceRow, int]) -> int | None:
        """The end of a known name qualified by an adjective the table lacks.

        ``الصباح اليمني`` "the Yemeni Sabah" is no paper the table lists (its
        الصباح are Tunisia's, Iraq's, Morocco's, Kuwait's): a site of its own.
        So are ``الوطن العدنية`` "the Aden Watan" and ``الحدث الجنوبية`` "the
        southern Hadath"; a country's adjective names another only after a
        name several papers share (الشرق الأوسط السعودية is the paper).
        """
        row, j = src
        toks = self.toks
        if j >= len(toks) or toks[j - 1].end == toks[j].start or row.kind == "agency":
            return None
        word = toks[j].text
        country = self.tables.nisba.get(word)
        if country is None:
            qualified = _adjective(word) and word not in self.tables.places
        else:
            # جريدة الشرق اللبنانية: the title word is no part of the bare name
            titled = j - i > 1 and toks[i].text in self.tables.titles
            bare = " ".join(t.text for t in toks[i + titled : j])
            qualified = country != row.country and bare in self.tables.siblings
        end = j + 1
        if end < len(toks) and toks[end].text in self.tables.outlet_words:
            end += 1  # الشرق اللبنانية الإلكترونية "the Lebanese Sharq online"
        closed = end == len(toks) or toks[end].kind == "punct"
        return end if qualified and closed else None

    def _renamed_outlet(self, j: int) -> int | None:
        """The end of a known name run on into a word such as نيوز "news".

        A site that calls itself "X News" is not the paper X, or the table
        would list the form; the whole name is an outlet of its own, and so
        is "X" and a country's name (سما الاردن "Sama Jordan" is not the
        Palestinian سما).  The words that rename are data (``dateline.toml``:
        renaming); نت "net" and أونلاين "online" name the paper's own site,
        and are not among them.
        """
        toks = self.toks
        if j >= len(toks):
            return None
        word = toks[j].text
        countries = self.tables.places.get(word, ())
        # سما الاردن; not السعودية, also the adjective "Saudi" (الشرق الأوسط
        # السعودية names the paper and its country)
        country = word not in self.tables.nisba and any(
            row.kind == "country" for row in countries
        )
        if word in self.tables.renaming or country:
            closed = j + 1 == len(toks) or toks[j + 1].kind == "punct"
            # الحدث بريس من تنغير "Al-Hadath Press from Tinghir"
            sent = j + 2 < len(toks) and toks[j + 1].text == FROM
            placed = sent and match_place(toks, j + 2, self.text, self.tables)
            return j + 1 if closed or placed else None
        return None

    def _before_date(self, i: int, j: int) -> int:
        """The end of the run i..j-1 before a number that starts a date in it."""
        for k in range(i + 1, j):
            if self.toks[k].kind == "num" and self._dated(k):
                return k
        return j

    def _dated(self, k: int) -> bool:
        """Whether a date starts at token k."""
        return date_at(self.raw, self.norm, self.toks, k, self.opts) is not None

    def _glued_number(self, i: int) -> int | None:
        """The end of a word with a number glued on (Darfur24): an outlet's name."""
        toks = self.toks
        if i + 1 >= len(toks) or toks[i].kind != "word" or toks[i + 1].kind != "num":
            return None
        return i + 2 if toks[i + 1].start == toks[i].end else None

    def _name_before_source(self, i: int) -> int | None:
        """A name set off before, closed by a bracketed source of the table.

        ``إسطنبول - عارف ياقجي (الأناضول) :`` "Istanbul - Arif Yaqji
        (Anadolu):": the reporter, then the agency he writes for.
        """
        toks = self.toks
        if i == 0 or toks[i - 1].kind != "punct":
            return None
        if toks[i].text in self.tables.story_verbs:
            return None
        for k in range(i + 1, min(len(toks) - 1, i + REPORTER_WORDS + 1)):
            if toks[k].kind == "punct":
                if toks[k].text != "(":
                    return None
                src = match_source(toks, k + 1, self.text, self.tables)
                return k if src is not None and src[0].kind != "unknown" else None
            if toks[k].text in self.tables.story_verbs:
                return None
        return None

    def _placed_team(self, i: int) -> bool:
        """After the place, two names of two or three words, joined by و "and".

        ``بيروت - ناجي شربل وأحمد عز الدين``; a clause (نواكشوط_ تحتل القضية
        ... في وجدان) is none, nor are subjects (مصادر ووكالات).
        """
        toks = self.toks
        if self.location is None or self.source is not None or not self.line_ends:
            return False
        names = [t for t in toks[i:] if t.kind == "word"]
        joined = [k for k, t in enumerate(names) if t.text.startswith(CONJUNCTION)]
        if len(names) != len(toks) - i or len(joined) != 1 or len(names) > _TEAM_PAIR:
            return False
        k = joined[0]
        halves = 2 <= k <= 3 and 2 <= len(names) - k <= 3  # noqa: PLR2004
        return halves and self._person(i, i + k) and self._person(i + k, len(toks))

    def _team(self, i: int) -> bool:
        """Names joined by و "and" after a byline set off by punctuation."""
        toks = self.toks
        joined = any(t.text.startswith(CONJUNCTION) for t in toks[i + 2 :])
        told = any(self._verb(t) for t in toks[i:])
        return i > 0 and toks[i - 1].kind == "punct" and joined and not told

    def _rest_of_line(self, i: int, words: int = REPORTER_WORDS) -> int | None:
        """The end of a line of at most ``words`` words after token i, or None.

        Closing marks may end the line (``بيروت: محمد شقير-``).
        """
        toks = self.toks
        end = len(toks)
        while (
            end > i + 1 and toks[end - 1].kind == "punct" and toks[end - 1].text in ENDS
        ):
            end -= 1
        run = toks[i:end]
        if end - i > words or any(t.kind == "punct" for t in run):
            return None
        return end if self.line_ends else None

    def _outlet_then_story(self, i: int) -> int | None:
        """The end of an outlet's name at token i right before a story verb.

        ``زاكروس عربية أكد`` "Zagros Arabic: (he) stressed": a run of at most
        four words holding an outlet word, then a verb of the story.
        """
        toks, verbs = self.toks, self.tables.story_verbs
        for j in range(i + 1, min(len(toks), i + REPORTER_WORDS + 1)):
            if toks[j - 1].kind == "punct":
                return None
            if toks[j].text in verbs:
                named = self._names_outlet(i, j)  # نيوز, or العراقي after a name
                # الحكومة العراقية أعلنت "the Iraqi government announced"
                subject = self._subject(i)
                return j if named and not subject and self.source is None else None
        return None

    def _reporter_then_story(self, i: int) -> int | None:
        """The end of a reporter's name at token i right before a story verb.

        ``القاهرة - أكرم علي قال`` "Cairo - Akram Ali: (he) said": after the
        place and a separator, or after a byline (كتب/زغلول عبيد علق), two to
        four words shaped as a person's name, and not a sentence's subject
        (وزير الخارجية "the foreign minister"), then a verb of the story.
        """
        toks = self.toks
        if self.reporter is not None or self.source is not None:
            return None
        if toks[i].text in self.tables.subjects:
            return None
        # After a byline alone the story opens with its verb, not "and" + verb
        # (كتب: سليم حداد وقال الوزير is a sentence).
        placed = self.location is not None
        verbs = self.tables.story_verbs
        for j in range(i + 2, min(len(toks), i + REPORTER_WORDS + 1)):
            if toks[j - 1].kind != "word":
                return None
            if self._verb(toks[j]) if placed else toks[j].text in verbs:
                return j if self._person(i, j) else None
        return None

    def _name_to_colon(self, i: int) -> bool:
        """A name after the place and a bare space, closed by the line's colon.

        ``الرياض حسين بالحارث:`` "Riyadh Hussein Balharith:": two words or
        more, the colon last on the line, so it is no sentence ("دمشق تعلن").
        A person's name opening with a given name may close the line instead
        (``العريش حاتم البلك``, then the story on the next line).
        """
        toks = self.toks
        if self.location is None or self.items != 1 or toks[i - 1].kind == "punct":
            return False
        j = i
        while j < len(toks) and toks[j].kind == "word":
            j += 1
        if j - i < 2:  # noqa: PLR2004
            return False
        if j == len(toks) - 1 and toks[j].text == ":":
            return True
        named = j - i <= REPORTER_WORDS and self.given_name(i) and self._person(i, j)
        return j == len(toks) and self.line_ends and named

    def _names_outlet(self, i: int, j: int) -> bool:
        """Whether tokens i..j-1 name a news site (لبنان اليوم, جو 24, PNN).

        An Arabic page writes its reporters' names in Arabic: a run in Latin
        letters set off in the dateline is an outlet.
        """
        run = self.toks[i:j]
        if not any(t.kind == "word" for t in run):
            return False
        latin = all(t.kind != "word" or t.text.isascii() for t in run)
        numbered = any(t.kind == "num" for t in run)
        addressed = any("." in t.text for t in run if t.kind == "word")  # البلاد.نت
        return (
            latin
            or numbered
            or addressed
            or self._nisba(i, j) is not None
            or self._outlet_word(i, j)
        )

    def _nisba(self, i: int, j: int) -> str | None:
        """The country of a name qualified by its adjective: الشاهد الكويتية.

        The feminine adjective (of صحيفة, "newspaper") qualifies any name, and
        may come without the article (كورة سودانية, "Sudanese football"); the
        masculine one only a name with the article (الصباح اليمني): محمد
        السوداني is a man of that family name.
        """
        if j - i < 2 or self.toks[j - 1].kind != "word":  # noqa: PLR2004
            return None
        word = self.toks[j - 1].text
        full = word if word.startswith(ARTICLE) else ARTICLE + word
        country = self.tables.nisba.get(full)
        if country is None or full.endswith(_FEMININE):
            return country
        named = word == full and self.toks[i].text.startswith(ARTICLE)
        return country if named else None

    def _outlet_word(self, i: int, j: int) -> bool:
        """Whether tokens i..j-1 hold an outlet word (نيوز, اون لاين)."""
        return holds_outlet_word([t.text for t in self.toks[i:j]], self.tables)

    def _place_outlet(self, i: int, j: int) -> int | None:
        """The end of a site named after a place: المدينة نيوز, الشارقة 24.

        The place at tokens i..j-1 runs on, after a bare space, into outlet
        words set off from the story, or into a number glued on or closed by
        the line's colon or end; the place is then the site's name.
        """
        toks = self.toks
        if j < len(toks) and toks[j].kind == "num" and not self._dated(j):
            # A number glued on, or closing the line: "Sharjah 24:"; a date
            # glued on is the dateline's ("Ad-Damazin20-11-2023 (SUNA)")
            glued = toks[j].start == toks[j - 1].end
            after = toks[j + 1].text if j + 1 < len(toks) else None
            closed = after == ":" or (after is None and self.line_ends)
            # المغرب 7 - الرباط: a dash and a word, not a day and month (15 - 9)
            dashed = after == "-" and j + 2 < len(toks) and toks[j + 2].kind == "word"
            return j + 1 if glued or closed or dashed else None
        end = unknown_run(toks, i, self.tables)
        if end is None or end <= j:
            return None
        # الخرطوم سلاميديا: a name with the news word glued into it is an outlet
        # of its own after the place, not the place's site (المدينة نيوز)
        words = [t.text for t in toks[j:end]]
        glued = len(words) == 1 and words[0] not in self.tables.outlet_words
        named = self._outlet_word(j, end) and not glued
        return end if named or self._country_outlet(i, j, end) else None

    def _country_outlet(self, i: int, j: int, end: int) -> bool:
        """A country's name run on into a word or two, set off: an outlet's name.

        ``(يمن سكاي - خاص)`` "Yemen Sky", ``سودان فيرست -`` "Sudan First": in
        brackets or before a dash, slash or bar (not a colon: مصر تعلن: is a
        headline's "Egypt announces:"). A town's name so run on is an outlet's
        when the place it was filed from follows.
        """
        toks, places = self.toks, self.tables.places
        country = all(row.kind == "country" for row in places.get(toks[i].text, ()))
        bracketed = i > 0 and toks[i - 1].text in OPENERS
        closer = toks[end].text if end < len(toks) else ""
        set_off = bracketed or closer in ("-", "/", "|")
        short = end - j <= 2  # noqa: PLR2004
        # العين الثالثة/ عدن "The Third Eye / Aden": a town's name run on, then
        # the place the story was filed from
        named = country or (set_off and self._place_follows(end + 1))
        return j == i + 1 and named and set_off and short and self.location is None

    def _guessed(self) -> bool:
        """Whether neither the place nor the source is in the tables."""
        source, location = self.source, self.location
        unknown_source = source is not None and source.code == source.name_ar
        return location is not None and not self.rows and unknown_source

    def _unknown_source(self, i: int, j: int) -> Source:
        """The unknown run at tokens i..j-1 as an outlet's name.

        Arabic words then Latin ones split: a reporter's name then his outlet
        (the reporter is taken too), or an outlet's name then its spelling.
        """
        k = self._script_switch(i, j)
        if k is not None:
            generic = all(
                holds_outlet_word([t.text], self.tables) for t in self.toks[i:k]
            )
            if generic:
                i = k  # موقع JNews Lebanon: "the site" JNews Lebanon
            elif self.reporter is None and self.given_name(i) and self._person(i, k):
                # محمد الزيدي TANGERINA NEWS: the reporter, then his outlet
                self._take_reporter(i, k)
                i = k
            else:
                j = k  # مجلة وفاء wafaamagazine: the name, then its Latin spelling
        written = self.written(i, j)
        country = self._nisba(i, j)  # الشاهد الكويتية: a Kuwaiti paper
        return Source(code=written, name=written, name_ar=written, country=country)

    def _script_switch(self, i: int, j: int) -> int | None:
        """Where Arabic words give way to Latin ones in tokens i..j-1, if they do."""
        run = self.toks[i:j]
        if not any(t.text.isascii() for t in run) or any(t.kind != "word" for t in run):
            return None
        k = next((k for k in range(i, j) if self.toks[k].text.isascii()), j)
        latin = [t.text for t in self.toks[k:j]]
        if not all(word.isascii() for word in latin):
            return None
        # عدن TV, الوسط News: an outlet word in Latin letters ends the name
        suffix = all(holds_outlet_word([word], self.tables) for word in latin)
        return k if i < k < j and not suffix else None

    def run(self) -> Found | None:
        toks = self.toks
        i = 0
        while i < len(toks):
            if toks[i].kind == "punct":
                step = self.punct(i)
                if step is None:
                    i += 1
                    break
                i = step
                continue
            was_byline = self.just_byline
            self.just_byline = False
            j = self.known(i, after_byline=was_byline) or self.unknown(
                i, after_byline=was_byline
            )
            if j is None:
                break
            self.items += 1
            self.end = toks[j - 1].end
            i = j
        return self.found(i)

    def _place_as_story(self, i: int) -> None:
        """Give back a last place that runs on into the story's words.

        ``شفق نيوز/ وجه زعيم`` "Shafaq News / (he) directed the leader":
        وجه is a verb here, though GeoNames has a town of that name.  A place
        right before the story's verb stays: ``الاولى نيوز / بغداد اعلن``
        "Al-Oula News / Baghdad: (he) announced".
        """
        at = self.place_at
        toks = self.toks
        runs_on = i < len(toks) and toks[i].kind == "word" and not self._verb(toks[i])
        # موقع تنومة - الوليد - النماص في أجواء: the third item set off by a
        # dash, then the story opening with في "in"
        third = (
            runs_on
            and self.items > 2  # noqa: PLR2004
            and toks[i].text == _IN
            and toks[i - 2].text in "-/"
        )
        runs_on = runs_on and not third
        if at is not None and at[0] == i and runs_on and self.source is not None:
            self.location, self.rows, self.place_at = None, (), None
            self.end = at[1]

    def _first_run(self, i: int, j: int) -> None:
        """What the unknown words opening the line were, now the rest is read.

        Before a known source they are a place when a settlement word opens
        them (قرية الخان الأحمر - وفا), else a reporter's name (محمد العلي -
        حرية برس) or the copying site's, which is dropped (كلامكم/ومع): across
        the corpus such runs were not places; an outlet before a desk word
        (الميدان اليمني - خاص); before a known
        place, an outlet (المواطن - الرياض), or a reporter when shaped as a
        person's name (آختين أسعد_ القامشلي), as before a bar and a source
        (سناء الجاك | الشرق الأوسط); before a reporter, the outlet he writes
        for (صراحة - خالد الحسين :).
        """
        site = self._names_outlet(i, j)  # موقع كل يوم - سبأ, صوت عمان :
        bracketed = i > 0 and self.toks[i - 1].text in OPENERS  # (راي اليمن)
        person = self._person(i, j)
        barred = j < len(self.toks) and self.toks[j].text == "|"
        outlet_like = site or self._outlet_shaped(i, j, placed=False)
        if self._staff_desk() and (self.location is None or outlet_like):
            # الميدان اليمني - خاص; المشهد العربي - تعز - خاص: the outlet's own
            self.source = self._unknown_source(i, j)
        elif self.location is None and person and barred and self.reporter is None:
            self._take_reporter(i, j)  # سناء الجاك | الشرق الأوسط: a byline
        elif self.location is None and self.source is not None and not site:
            if self.toks[i].text in self.tables.settlement:
                written = self.written(i, j)
                self.location = Location(name=written, name_ar=written)
            elif person and self.reporter is None:
                self._take_reporter(i, j)  # محمد العلي - حرية برس: a byline
        elif self.location is not None and person and self.reporter is None:
            # فهد العتيبي (الرياض) @okaz_online: the reporter, his town, the paper
            self._take_reporter(i, j)
        elif self.source is None and self.location is not None and person:
            if self.reporter is None:
                self._take_reporter(i, j)
            elif self._named(self.reporter_at):
                # ايكو وطن - زحلة - عارف مغامس: the outlet, its place, its reporter
                self.source = self._unknown_source(i, j)
        elif (outlet_at := self._reporter_first(i, person=person)) is not None:
            # ياسمين الشيخ - فرسان الرياضة: the reporter, then the outlet
            self.source = self._unknown_source(*outlet_at)
            self._take_reporter(i, j)
        elif self.source is None and (
            self.location is not None
            or site
            or self.reporter is not None
            or bracketed
            or self._alone_and_set_off(i, j)
        ):
            self.source = self._unknown_source(i, j)

    def _reporter_first(self, i: int, *, person: bool) -> tuple[int, int] | None:
        """The name taken after a first run that is a person's, if it is none.

        With no place and no known source, of two names the one opening with a
        given name is the reporter's, the other (returned) the outlet's.
        """
        at = self.reporter_at
        if self.source is not None or self.location is not None or at is None:
            return None
        return at if person and self.given_name(i) and not self._named(at) else None

    def _unclaimed(self) -> None:
        """Drop a page's label taken as an outlet; unname a name papers share.

        ``اقرأ أيضا:`` "read also:" names no outlet; ``الوطن`` alone, with no
        place of its country, is none of the table's many papers so named.
        """
        held = self.source
        if held is None or held.name_ar.count(" ") > _LABEL_WORDS:
            return
        name = _name_key(held.name_ar)
        if held.code == held.name_ar:
            if name in self.tables.page_labels:
                self.source = None
        elif name in self.tables.shared_names and not self._home_place(held):
            written = held.name_ar
            self.source = Source(code=written, name=written, name_ar=written)

    def _home_place(self, held: Source) -> bool:
        """Whether the place read is one of the source's own country."""
        return self.location is not None and any(
            row.country == held.country for row in self.rows
        )

    def _named(self, at: tuple[int, int] | None) -> bool:
        """Whether the reporter taken at ``at`` opens with a given name."""
        return at is not None and self.given_name(at[0])

    def _alone_and_set_off(self, i: int, j: int) -> bool:
        """An outlet-shaped name alone, set off from the story by a separator.

        ``نبأ - قال`` "Nabaa - (he) said", ``الميزان /`` at the end of its
        line: a place would be in the gazetteer, a person has two names.
        """
        toks = self.toks
        if self.location is not None:
            return False
        if i == 0 and j == len(toks) == 1 and self.line_ends:
            # العنوان, then the story on the next line: one word with ال
            return toks[0].text.startswith(ARTICLE)
        if j < len(toks) and toks[j].kind == "num" and self.date is not None:
            # الوحدة 14-12-2021: the paper's name, then the date it printed,
            # the two closing the line or set off (not منذ 7 أكتوبر, "since")
            first = toks[i].text
            named = first.startswith(ARTICLE) and first not in self.tables.subjects
            k = next((k for k, t in enumerate(toks) if t.start >= self.end), len(toks))
            closed = (k == len(toks) and self.line_ends) or (
                k < len(toks) and toks[k].text in ":-|/"
            )
            return named and closed
        if j >= len(toks) or toks[j].text not in "-/|:":
            return False
        ends = all(t.kind == "punct" for t in toks[j:]) and self.line_ends
        told = j + 1 < len(toks) and toks[j + 1].text in self.tables.story_verbs
        # الوصال - قررت إدارة: a dash or bar sets it off; a colon only after a
        # name with ال, since a word and a colon is speech (وتتابع: "she goes on:")
        colon = toks[j].text == ":" and toks[i].text.startswith(ARTICLE)
        dash = toks[j].text in "-|" or colon
        # نبض البلد -, the story on the next line: a headline ends with no dash;
        # بانوراما طرطوس: closing the line: speech has its words after the colon
        dashed = (ends or told) and toks[j].text == "-"
        if (dashed or (ends and toks[j].text == ":")) and j - i <= _NAME_WORDS + 1:
            return not self.given_name(i)  # a reporter's name opens with one
        return (ends or told or dash) and self._outlet_shaped(i, j, placed=False)

    def found(self, i: int) -> Found | None:
        toks = self.toks
        if self.unknown_first is not None:
            a, b = self.unknown_first
            # ويوجد في إدلب (شمال غرب): a particle inside the words, a clause
            if any(t.text in self.tables.function_words for t in toks[a + 1 : b - 1]):
                return None
            self._first_run(a, b)
        self._place_as_story(i)
        self._unclaimed()
        staffed = self.location is not None or self.byline
        if self.source is None and self.reporter and staffed and self.tables.staff:
            # a reporter with no outlet: the site's own
            self.source = row_source(self.tables.staff, "")
        if self.location is None and self.source is None:
            return None
        # The closing punctuation belongs to the dateline: ) - : / "
        while i < len(toks) and toks[i].kind == "punct" and toks[i].text in ENDS:
            self.end = toks[i].end
            i += 1
        terminated = self.text[self.end - 1] in ENDS or self.text[self.end - 1] == "_"
        told = self.told  # زاكروس عربية أكد: an outlet's name, then its story
        if self.items < 2 and not (terminated or told or i >= len(toks)):  # noqa: PLR2004
            return None  # "دمشق تعلن": a sentence that starts with a place
        closed = self.text[self.end - 1] in ":-" or (i >= len(toks) and self.line_ends)
        if self._guessed() and not closed:
            return None  # وأوضح أنها مستعدة لإحباط "أي تدخل": a quotation
        return Found(
            self.location,
            self.rows,
            self.country_hint,
            self.source,
            self.date,
            self.reporter,
            self.end,
        )


@lru_cache(maxsize=4096)
def _name_key(name: str) -> str:
    """A source's name as the tables key it (names repeat across a corpus)."""
    return key(name)


@cache
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The words that open ``phrases``: a cheap test before a slice is made."""
    return frozenset(phrase.split(" ", 1)[0] for phrase in phrases)


def row_source(row: SourceRow, written: str) -> Source:
    """The source of a row of the table, as written in the text."""
    return Source(
        code=row.code,
        name=row.name,
        name_ar=written,
        kind=row.kind,  # type: ignore[arg-type]
        country=row.country,
    )


_QUOTE = '"'  # «», “”, "" as the reader sees them
_FEMININE = "يه"  # سودانية "Sudanese" (feminine), as the reader sees it
_ADJECTIVE_ENDS = ("يه", "ي")  # العدنية (read as العدنيه), العربي: adjectives
_ADJECTIVE_LETTERS = 6  # ال, a stem of two letters or more, the ending


def _adjective(word: str) -> bool:
    """Whether a word is shaped as an adjective with the article: العدنية."""
    long = len(word) >= _ADJECTIVE_LETTERS
    return long and word.startswith(ARTICLE) and word.endswith(_ADJECTIVE_ENDS)


def raw_text(raw: str, norm: Normalized, start: int, end: int) -> str:
    a, b = norm.raw_span(start, end)
    return raw[a:b]
