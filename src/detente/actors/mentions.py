"""The ``actors.mentions.v1`` stage: every stretch of text that refers to an actor.

Names come from the gazetteer over the knowledge base and from spaCy's PERSON/ORG entities;
descriptions from the title table ("the North Korean leader"); generic agents from the base's
agent forms, with the country next to them ("South Korean officials", "officials in Seoul");
pronouns from the pronoun table. Resolution (``actors.resolve.v1``) links them to actors.
"""

from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc

from detente.actors.gazetteer import AGENT, DEMONYM, METONYM, NAME, Gazetteer, Hit, Tok, tokens
from detente.actors.lexicon import lexicon
from detente.actors.phrases import Phrase, expand
from detente.kb.protocol import KnowledgeBase
from detente.model import Document, Mention
from detente.registry import Stage, stage

_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame"})
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
        self.title_tokens = self.lexicon.longest_title

    def __call__(self, doc: Document) -> Document:
        sdoc = doc.nlp
        assert sdoc is not None
        gaz = self.gazetteer
        toks = tokens(sdoc)
        keys = gaz.keys(toks)
        headings = {i for i in range(len(toks)) if self._heading(doc.text, toks, i)}
        named = self._names(sdoc, toks, keys)
        hits = [h for h in named if h.start not in headings]
        taken = {i for h in hits for i in range(h.start, h.end)} | headings
        # A dateline ("MINSK —") is no actor, but it says where the story is: kept for
        # resolution as a "dateline" mention, which resolution drops.
        datelines = [
            self._mention(
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
        self._entities(doc, sdoc, toks, keys, ("PERSON",), hits, taken, found)
        for tok in toks:
            if tok.i not in taken and self._surname(tok, keys[tok.i]):
                taken.add(tok.i)
                ids = tuple(gaz.short[keys[tok.i] or ""])
                hits.append(Hit(tok.i, tok.i + 1, NAME, ids))
                found.append(
                    self._mention(
                        doc, toks, tok.i, tok.i + 1, "name", "PERSON", list(ids), "surname"
                    )
                )
        hits = [Hit(h.start, h.end, "ethnic", h.ids) if self._ethnic(toks, h) else h for h in hits]
        hits_at = {h.start: h for h in hits}
        hits_ending = {h.end: h for h in hits}
        used: set[Hit] = set()
        found += self._descriptions(doc, toks, keys, hits_at, hits_ending, taken, used)
        found += self._agents(doc, toks, keys, hits_at, hits_ending, taken, used)
        self._entities(doc, sdoc, toks, keys, ("ORG",), hits, taken, found)
        starts = {m.span.start for m in found}
        for hit in hits:
            if hit not in used and hit.ids and toks[hit.start].idx not in starts:
                mention = self._hit_mention(doc, toks, hit)
                if mention is not None:
                    found.append(mention)
        found += self._pronouns(doc, toks, taken)
        found += datelines
        found.sort(key=lambda m: (m.span.start, m.span.end))
        doc.mentions = found
        return doc

    def _entities(
        self,
        doc: Document,
        sdoc: SpacyDoc,
        toks: list[Tok],
        keys: list[str | None],
        labels: tuple[str, ...],
        hits: list[Hit],
        taken: set[int],
        found: list[Mention],
    ) -> None:
        """spaCy entities with these labels on free tokens; one-word PERSONs may be surnames."""
        for ent in sdoc.ents:
            if ent.label_ not in labels or any(i in taken for i in range(ent.start, ent.end)):
                continue
            start, end = self._trim(toks, ent.start, ent.end, keys, taken)
            if start >= end:
                continue
            ids = tuple(self.gazetteer.short.get(keys[start] or "", ())) if end - start == 1 else ()
            taken.update(range(start, end))
            hits.append(Hit(start, end, NAME, ids))
            found.append(self._mention(doc, toks, start, end, "name", ent.label_, list(ids), "ner"))

    def _names(self, sdoc: SpacyDoc, toks: list[Tok], keys: list[str | None]) -> list[Hit]:
        """Gazetteer hits, minus those a longer spaCy PERSON entity shows to be part of a name."""
        hits = self.gazetteer.names_in(toks, keys)
        persons = [e for e in sdoc.ents if e.label_ == "PERSON"]
        covered = {i for h in hits for i in range(h.start, h.end)}
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
            if any(toks[i].ent_type_ in _NOT_NAMES for i in range(hit.start, hit.end)):
                continue
            kept.append(hit)
        return kept

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
        while end > start and toks[end - 1].lower_ in ("'s", "'", "’s"):
            end -= 1
        return start, end

    def _surname(self, tok: Tok, k: str | None) -> bool:
        return bool(
            k
            and k in self.gazetteer.short
            and tok.is_title
            and tok.pos_ in ("PROPN", "NOUN")
            and tok.ent_type_ in ("", "PERSON")
        )

    def _descriptions(
        self,
        doc: Document,
        toks: list[Tok],
        keys: list[str | None],
        hits_at: dict[int, Hit],
        hits_ending: dict[int, Hit],
        taken: set[int],
        used: set[Hit],
    ) -> list[Mention]:
        out: list[Mention] = []
        titles = self.lexicon.titles
        i = 0
        while i < len(toks):
            best = None
            if i not in taken:
                for gram, end in self.gazetteer._grams(keys, i, self.title_tokens):
                    if any(t in taken for t in range(i, end)):
                        break
                    if gram in titles and (end - i > 1 or toks[i].pos_ in ("NOUN", "PROPN")):
                        best = (gram, end)
            if best is None:
                self._reference(doc, toks, i, taken, out)
                i += 1
                continue
            gram, end = best
            title = titles[gram]
            if (
                title.code.startswith("PARTY:")
                and end < len(toks)
                and toks[end].pos_ in ("NOUN", "PROPN")
            ):
                i = end
                continue
            phrase = expand(
                toks, i, end, hits_at, hits_ending, self.states, self.lexicon.modifiers, taken
            )
            used |= phrase.used
            taken.update(range(phrase.start, phrase.end))
            flags = [f for f in ("former", "timeless", "indefinite") if getattr(phrase, f)]
            if title.informal:
                flags.append("informal")
            country = phrase.countries[0][2] if phrase.countries else None
            out.append(
                self._mention(
                    doc,
                    toks,
                    phrase.start,
                    phrase.end,
                    "description",
                    title.code,
                    [],
                    "+".join(["title", *flags]),
                    country,
                    title.sector,
                )
            )
            i = phrase.end
        return out

    def _reference(
        self, doc: Document, toks: list[Tok], i: int, taken: set[int], out: list[Mention]
    ) -> None:
        """ "the bloc", "the group", "the country": a definite noun standing for a named body."""
        target = self.lexicon.references.get(toks[i].lower_)
        if (
            target
            and i > 0
            and i not in taken
            and toks[i - 1].lower_ == "the"
            and toks[i].pos_ == "NOUN"
            and (i + 1 == len(toks) or toks[i + 1].pos_ not in ("NOUN", "PROPN"))
        ):
            taken.update((i - 1, i))
            out.append(
                self._mention(
                    doc, toks, i - 1, i + 1, "description", f"REF:{target}", [], "reference"
                )
            )

    def _agents(
        self,
        doc: Document,
        toks: list[Tok],
        keys: list[str | None],
        hits_at: dict[int, Hit],
        hits_ending: dict[int, Hit],
        taken: set[int],
        used: set[Hit],
    ) -> list[Mention]:
        out = []
        nouns = self.gazetteer.nouns_in(toks, keys, taken)
        merged: list[Hit] = []
        for hit in nouns:
            if merged and merged[-1].end == hit.start:
                merged[-1] = Hit(merged[-1].start, hit.end, AGENT, merged[-1].ids)
            else:
                merged.append(hit)
        for hit in merged:
            phrase = expand(
                toks,
                hit.start,
                hit.end,
                hits_at,
                hits_ending,
                self.states,
                self.lexicon.modifiers,
                taken,
            )
            used |= phrase.used
            taken.update(range(phrase.start, phrase.end))
            out += self._agent_mentions(doc, toks, hit, phrase)
        return out

    def _agent_mentions(
        self, doc: Document, toks: list[Tok], hit: Hit, phrase: Phrase
    ) -> list[Mention]:
        """One mention per country: "Hungarian and Romanian officials" is two actors."""
        entry = self.kb.get(hit.ids[0])
        sector = entry.sector if entry else None
        fixed = entry.country if entry else None
        number = "p" if toks[hit.end - 1].tag_ in ("NNS", "NNPS") else "s"
        countries = phrase.countries or [(phrase.start, phrase.start, fixed or "")]
        out = []
        for n, (c_start, c_end, code) in enumerate(countries):
            last = n == len(countries) - 1
            start = phrase.start if n == 0 else c_start
            end = phrase.end if last else c_end
            out.append(
                self._mention(
                    doc,
                    toks,
                    start,
                    end,
                    "agent",
                    number,
                    list(hit.ids),
                    "agent:" + " ".join(t.text for t in toks[hit.start : hit.end]),
                    code or fixed,
                    sector,
                )
            )
        return out

    def _hit_mention(self, doc: Document, toks: list[Tok], hit: Hit) -> Mention | None:
        if hit.kind == "ethnic":
            if toks[hit.start - 1].lower_ != "ethnic":
                return None
            return self._mention(
                doc, toks, hit.start - 1, hit.end, "demonym", "ethnic", list(hit.ids), "gazetteer"
            )
        entries = [e for e in (self.kb.get(i) for i in hit.ids) if e is not None]
        one = entries[0] if len(entries) == 1 else None
        label = one.kind if one else None
        sector = one.sector if one else None
        if hit.kind == METONYM:
            sector = "GOV"
        return self._mention(
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
            self._mention(doc, toks, t.i, t.i + 1, "pronoun", pronouns[t.lower_], [], "pronoun")
            for t in toks
            if t.lower_ in pronouns
            and t.i not in taken
            and t.dep_ != "expl"
            and t.tag_ in ("PRP", "PRP$", "WP", "WP$", "WDT")
        ]

    @staticmethod
    def _mention(
        doc: Document,
        toks: list[Tok],
        start: int,
        end: int,
        kind: str,
        label: str | None,
        ids: list[str],
        source: str,
        country: str | None = None,
        sector: str | None = None,
    ) -> Mention:
        span = doc.span(toks[start].idx, toks[end - 1].idx + len(toks[end - 1].text))
        return Mention(span, kind, label, ids, None, country, sector, source)
