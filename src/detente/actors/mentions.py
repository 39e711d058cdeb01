"""The ``actors.mentions.v1`` stage: every stretch of text that refers to an actor.

Names come from the gazetteer over the knowledge base and from spaCy's PERSON/ORG entities,
and surnames of prominent people (never a title before a name, "King Hassan", or an adjective
on a people, "Young Algerians"); descriptions and generic agents, phrases headed by a common
noun, from :mod:`detente.actors.nouns`; pronouns from the pronoun table. Resolution
(``actors.resolve.v1``) links them to actors.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan

from detente.actors.gazetteer import DEMONYM, METONYM, NAME, Gazetteer, Hit, Tok, tokens
from detente.actors.lexicon import lexicon
from detente.actors.nouns import NounMentions, Scan
from detente.actors.phrases import POSSESSIVES, mention
from detente.kb.protocol import KnowledgeBase
from detente.model import Document, Mention
from detente.registry import Stage, stage

_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame"})
_GLUE = frozenset({"-", "–", "—", "--", ":", "|"})
_NOT_NAMES = frozenset(
    {
        "DATE",
        "TIME",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "CARDINAL",
        "ORDINAL",
        "LAW",
        "EVENT",
        "WORK_OF_ART",
        "LANGUAGE",
        "PRODUCT",
    }
)


@stage("actors.mentions.v1")
class FindMentions(Stage):
    """Requires the spaCy parse; provides ``mentions`` (kinds: name, metonym, demonym,
    description, pronoun, agent), each with knowledge-base candidates and, where the text gives
    one, a country and sector. Descriptions carry their role code in ``label`` and their flags
    (``former``, ``timeless``, ``indefinite``) in ``source``.
    """

    requires = frozenset({"nlp"})
    provides = frozenset({"mentions"})

    def __init__(self, kb: KnowledgeBase, max_tokens: int = 6) -> None:
        self.kb = kb
        self.gazetteer = Gazetteer(kb, max_tokens)
        self.lexicon = lexicon()
        self.states: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        for entry in kb.entries():
            self.kinds[entry.kb_id] = entry.kind
            if entry.kind in ("state", "igo") and entry.country:
                self.states[entry.kb_id] = entry.country
        self.nouns = NounMentions(kb, self.gazetteer, self.lexicon, self.states)

    def __call__(self, doc: Document) -> Document:
        sdoc = doc.nlp
        assert sdoc is not None
        gaz = self.gazetteer
        toks = tokens(sdoc)
        keys = gaz.keys(toks)
        headings = {i for i in range(len(toks)) if self._heading(doc.text, toks, i)}
        ents = sdoc.ents  # spaCy rebuilds the tuple from the tokens on every access
        named = self._names(ents, toks, keys)
        hits = [h for h in named if h.start not in headings]
        taken = {i for h in hits for i in range(h.start, h.end)} | headings
        # A dateline ("MINSK —") is no actor, but it says where the story is: kept for
        # resolution as a "dateline" mention, which resolution drops.
        datelines = [
            mention(
                doc,
                toks,
                h.start,
                h.end,
                h.kind,
                "dateline",
                list(h.ids),
                "dateline",
                self.states.get(h.ids[0]) if len(h.ids) == 1 else None,
            )
            for h in named
            if h.start in headings and h.kind in (NAME, METONYM)
        ]
        found: list[Mention] = []
        self._entities(doc, ents, toks, keys, ("PERSON",), hits, taken, found)
        for tok in toks:
            if tok.i not in taken and self._surname(toks, tok, keys[tok.i]):
                taken.add(tok.i)
                ids = tuple(gaz.short[keys[tok.i] or ""])
                hits.append(Hit(tok.i, tok.i + 1, NAME, ids))
                found.append(
                    mention(doc, toks, tok.i, tok.i + 1, "name", "PERSON", list(ids), "surname")
                )
        hits = [Hit(h.start, h.end, "ethnic", h.ids) if self._ethnic(toks, h) else h for h in hits]
        hits_at = {h.start: h for h in hits}
        hits_ending = {h.end: h for h in hits}
        used: set[Hit] = set()
        scan = Scan(doc, toks, keys, hits_at, hits_ending, taken, used)
        found += self.nouns.descriptions(scan)
        found += self.nouns.agents(scan)
        self._entities(doc, ents, toks, keys, ("ORG",), hits, taken, found)
        starts = {m.span.start for m in found}
        for hit in hits:
            if hit not in used and hit.ids and toks[hit.start].idx not in starts:
                made = self._hit_mention(doc, toks, hit)
                if made is not None:
                    found.append(made)
        found += self._pronouns(doc, toks, taken)
        found += datelines
        found.sort(key=lambda m: (m.span.start, m.span.end))
        doc.mentions = found
        return doc

    def _entities(
        self,
        doc: Document,
        ents: Sequence[SpacySpan],
        toks: list[Tok],
        keys: list[str | None],
        labels: tuple[str, ...],
        hits: list[Hit],
        taken: set[int],
        found: list[Mention],
    ) -> None:
        """spaCy entities with these labels on free tokens; one-word PERSONs may be surnames."""
        for ent in ents:
            if ent.label_ not in labels or any(i in taken for i in range(ent.start, ent.end)):
                continue
            start, end = self._trim(toks, ent.start, ent.end, keys, taken)
            if start >= end:
                continue
            ids = tuple(self.gazetteer.short.get(keys[start] or "", ())) if end - start == 1 else ()
            taken.update(range(start, end))
            hits.append(Hit(start, end, NAME, ids))
            found.append(mention(doc, toks, start, end, "name", ent.label_, list(ids), "ner"))

    def _names(
        self, ents: Sequence[SpacySpan], toks: list[Tok], keys: list[str | None]
    ) -> list[Hit]:
        """Gazetteer hits, minus those a longer spaCy PERSON entity shows to be part of a name."""
        hits = self.gazetteer.names_in(toks, keys)
        persons = [e for e in ents if e.label_ == "PERSON"]
        covered = {i for h in hits for i in range(h.start, h.end)}
        numeric = self._numeric(ents)
        kept = []
        for hit in hits:
            inside = any(
                e.start <= hit.start
                and hit.end <= e.end
                and e.end - e.start > hit.end - hit.start
                and any(i not in covered for i in range(e.start, e.end))
                for e in persons
            )
            if inside and all(self.kinds.get(i) != "person" for i in hit.ids):
                continue
            if any(i in numeric for i in range(hit.start, hit.end)):
                continue
            kept.append(hit)
        return kept

    @staticmethod
    def _numeric(ents: Sequence[SpacySpan]) -> set[int]:
        """Tokens of date, number and other non-name entities, where a gazetteer name is a false
        friend ("May", "the Euro"). The small model sometimes glues a live-blog timestamp to the
        name after it ("11:05 - Saudi Arabia" as one PERCENT); past a dash or colon inside such
        an entity the tokens are the next phrase's, not the number's."""
        out: set[int] = set()
        for ent in ents:
            if ent.label_ not in _NOT_NAMES:
                continue
            for tok in ent:
                if tok.text in _GLUE and tok.i > ent.start:
                    break
                out.add(tok.i)
        return out

    @staticmethod
    def _heading(text: str, toks: list[Tok], i: int) -> bool:
        """A dateline or section label ("BRUSSELS —", "BACKGROUND:"): capitals opening a line."""
        tok = toks[i]
        if not (tok.text.isupper() and len(tok.text) > 2):
            return False
        if tok.idx and text[tok.idx - 1] not in "\n":
            return False
        j = i + 1
        while j < len(toks) and toks[j].text.isupper():
            j += 1
        return j < len(toks) and toks[j].text in ("—", "–", "-", "--", ":", ",", "(")

    @staticmethod
    def _ethnic(toks: list[Tok], hit: Hit) -> bool:
        """ "ethnic Albanians" or "anti-Syria": the name is not the actor's country."""
        before = toks[hit.start - 1].lower_ if hit.start else ""
        if before == "-" and hit.start > 1:
            before = toks[hit.start - 2].lower_
        return hit.kind in (DEMONYM, NAME) and before in ("ethnic", "anti", "pro")

    def _trim(
        self, toks: list[Tok], start: int, end: int, keys: list[str | None], taken: set[int]
    ) -> tuple[int, int]:
        """Drop a leading title ("President") and a trailing possessive from a spaCy entity, and
        take in name words the model left out ("Maria Corina" + "Machado")."""
        while start < end and (
            keys[start] in self.lexicon.titles or toks[start].lower_ in _HONORIFICS
        ):
            start += 1
        while (
            end < len(toks)
            and end not in taken
            and toks[end].pos_ == "PROPN"
            and toks[end].is_title
            and not toks[end].ent_type_
        ):
            end += 1
        while end > start and toks[end - 1].lower_ in POSSESSIVES:
            end -= 1
        return start, end

    def _surname(self, toks: list[Tok], tok: Tok, k: str | None) -> bool:
        """A capitalised word that is some prominent person's surname, unless it is an adjective
        on a people ("Young Algerians", "Rich Americans" open a sentence) or a title before a
        name ("King Hassan")."""
        following = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
        if following is not None and not tok.ent_type_:
            if following.ent_type_ == "NORP":
                return False
            if k in self.lexicon.titles and following.pos_ == "PROPN":
                return False
        return bool(
            k
            and k in self.gazetteer.short
            and tok.is_title
            and tok.pos_ in ("PROPN", "NOUN")
            and tok.ent_type_ in ("", "PERSON")
        )

    def _hit_mention(self, doc: Document, toks: list[Tok], hit: Hit) -> Mention | None:
        if hit.kind == "ethnic":
            if toks[hit.start - 1].lower_ != "ethnic":
                return None
            return mention(
                doc, toks, hit.start - 1, hit.end, "demonym", "ethnic", list(hit.ids), "gazetteer"
            )
        entries = [e for e in (self.kb.get(i) for i in hit.ids) if e is not None]
        one = entries[0] if len(entries) == 1 else None
        label = one.kind if one else None
        sector = one.sector if one else None
        if hit.kind == METONYM:
            sector = "GOV"
        return mention(
            doc,
            toks,
            hit.start,
            hit.end,
            hit.kind,
            label,
            list(hit.ids),
            "gazetteer",
            one.country if one else None,
            sector,
        )

    def _pronouns(self, doc: Document, toks: list[Tok], taken: set[int]) -> list[Mention]:
        pronouns = self.lexicon.pronouns
        return [
            mention(doc, toks, t.i, t.i + 1, "pronoun", pronouns[t.lower_], [], "pronoun")
            for t in toks
            if t.lower_ in pronouns
            and t.i not in taken
            and t.dep_ != "expl"
            and t.tag_ in ("PRP", "PRP$", "WP", "WP$", "WDT")
        ]
