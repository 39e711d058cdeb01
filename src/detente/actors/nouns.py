"""Mentions headed by a common noun: titles ("the North Korean leader"), definite references
("the bloc") and generic agents ("South Korean officials", "officials in Seoul").

Each grows from a head word found in a table (``titles.tsv``, ``references.tsv``, the base's
agent forms) over the country and modifiers around it (:func:`detente.actors.phrases.expand`),
so the mention covers the whole phrase and carries the country the text gives it.
"""

from __future__ import annotations

from dataclasses import dataclass

from detente.actors.gazetteer import AGENT, Gazetteer, Hit, Tok, prefixes
from detente.actors.lexicon import Lexicon
from detente.actors.phrases import Phrase, expand, mention
from detente.kb.names import token_key
from detente.kb.protocol import KnowledgeBase
from detente.model import Document, Mention

_UNIT_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
# Words after a unit noun that make it a power, not a body: "the force behind", "a force for".
_POWER_LINKS = frozenset({"behind", "for"})


@dataclass
class Scan:
    """One document's tokens, the name hits found before the noun passes, and what the passes
    have claimed so far: each pass adds to ``taken`` (tokens) and ``used`` (hits it absorbed)."""

    doc: Document
    toks: list[Tok]
    keys: list[str | None]
    hits_at: dict[int, Hit]
    hits_ending: dict[int, Hit]
    taken: set[int]
    used: set[Hit]


class NounMentions:
    """Finds description, reference and agent mentions; the tables are read once."""

    def __init__(
        self, kb: KnowledgeBase, gazetteer: Gazetteer, lexicon: Lexicon, states: dict[str, str]
    ) -> None:
        self.kb = kb
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.states = states
        self.title_tokens = lexicon.longest_title
        self.title_prefixes = prefixes(lexicon.titles)

    def descriptions(self, scan: Scan) -> list[Mention]:
        doc, toks, keys, taken = scan.doc, scan.toks, scan.keys, scan.taken
        out: list[Mention] = []
        titles = self.lexicon.titles
        i = 0
        while i < len(toks):
            best = None
            if i not in taken:
                for gram, end in self.gazetteer.grams(
                    keys, i, self.title_tokens, self.title_prefixes
                ):
                    if any(t in taken for t in range(i, end)):
                        break
                    if gram in titles and (end - i > 1 or toks[i].pos_ in ("NOUN", "PROPN")):
                        best = (gram, end)
            if best is None:
                self._reference(doc, toks, i, taken, out)
                self._plural_reference(doc, toks, i, taken, out)
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
            phrase = self._claim(scan, self._grow(scan, i, end))
            flags = [f for f in ("former", "timeless", "indefinite") if getattr(phrase, f)]
            if title.informal:
                flags.append("informal")
            country = phrase.countries[0][2] if phrase.countries else None
            out.append(
                mention(
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
                mention(doc, toks, i - 1, i + 1, "description", f"REF:{target}", [], "reference")
            )

    def _plural_reference(
        self, doc: Document, toks: list[Tok], i: int, taken: set[int], out: list[Mention]
    ) -> None:
        """ "the two countries", "both sides", "the sides": several actors named earlier. The
        number goes in the label (``REFS:state:2``) for resolution to check against the text."""
        found = self.lexicon.plurals.get(toks[i].lower_)
        if (
            found is None
            or i == 0
            or i in taken
            or toks[i].tag_ != "NNS"
            or (i + 1 < len(toks) and toks[i + 1].pos_ in ("NOUN", "PROPN"))
        ):
            return
        target, default = found
        before = toks[i - 1].lower_
        number = self.lexicon.counts.get(before)
        if number is not None and (before == "both" or (i > 1 and toks[i - 2].lower_ == "the")):
            start = i - 1 if before == "both" else i - 2
        elif before == "the" and default is not None:
            start, number = i - 1, default
        else:
            return
        if any(t in taken for t in range(start, i)):
            return
        taken.update(range(start, i + 1))
        out.append(
            mention(
                doc, toks, start, i + 1, "description", f"REFS:{target}:{number}", [], "reference"
            )
        )

    def agents(self, scan: Scan) -> list[Mention]:
        toks, taken = scan.toks, scan.taken
        out = []
        nouns = self.gazetteer.nouns_in(toks, scan.keys, taken)
        merged: list[Hit] = []
        for hit in nouns:
            if merged and merged[-1].end == hit.start:
                merged[-1] = Hit(merged[-1].start, hit.end, AGENT, merged[-1].ids)
            else:
                merged.append(hit)
        for hit in merged:
            if self._place(toks, hit.start, hit.end):
                continue
            phrase = self._claim(scan, self._grow(scan, hit.start, hit.end))
            out += self._agent_mentions(scan.doc, toks, hit, phrase)
        out += self._plural_titles(scan)
        out += self._units(scan)
        return out

    def _units(self, scan: Scan) -> list[Mention]:
        """A singular unit noun ("force") is an armed body only when the phrase says which one:
        "the standby force", "a Kenyan-led force"; bare "force" in "the use of force" is a means.
        A "force behind" or "force for" something is a power, not a body."""
        units = self.lexicon.units
        toks, taken = scan.toks, scan.taken
        out: list[Mention] = []
        for i, tok in enumerate(toks):
            if i in taken or tok.pos_ != "NOUN" or tok.lower_ not in units:
                continue
            if i + 1 < len(toks) and toks[i + 1].lower_ in _POWER_LINKS:
                continue
            phrase = self._grow(scan, i, i + 1)
            first = toks[phrase.start]
            between = toks[phrase.start + 1 : i]
            if not (first.lower_ in _UNIT_DETERMINERS or first.tag_ == "PRP$"):
                continue
            if not between or any(t.lower_ in self.lexicon.unit_blockers for t in between):
                continue
            self._claim(scan, phrase)
            made = self._agent_mentions(
                scan.doc, toks, Hit(i, i + 1, AGENT, ()), phrase, units[tok.lower_]
            )
            if not phrase.countries and any(
                t.lower_ in self.lexicon.multinational for t in between
            ):
                for m in made:
                    m.country = "IGO"
            out += made
        return out

    def _plural_titles(self, scan: Scan) -> list[Mention]:
        """An office in the plural ("several ministers", "EU foreign ministers") names a group of
        its holders, not one person: a generic agent of the title's sector."""
        titles = self.lexicon.titles
        toks, keys, taken = scan.toks, scan.keys, scan.taken
        out: list[Mention] = []
        for i, tok in enumerate(toks):
            if i in taken or tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() == tok.lower_:
                continue
            found = None
            for start in range(max(0, i - self.title_tokens + 1), i + 1):
                words = [w for w in keys[start:i] if w]
                if len(words) < i - start or any(t in taken for t in range(start, i)):
                    continue
                title = titles.get(" ".join([*words, token_key(tok.lemma_)]))
                if title is not None:
                    found = (start, title)
                    break
            if found is None:
                continue
            start, title = found
            hit = Hit(start, i + 1, AGENT, ())
            phrase = self._claim(scan, self._grow(scan, start, i + 1))
            out += self._agent_mentions(scan.doc, toks, hit, phrase, title.sector)
        return out

    def _grow(self, scan: Scan, start: int, end: int) -> Phrase:
        return expand(
            scan.toks,
            start,
            end,
            scan.hits_at,
            scan.hits_ending,
            self.states,
            self.lexicon.modifiers,
            scan.taken,
        )

    @staticmethod
    def _claim(scan: Scan, phrase: Phrase) -> Phrase:
        """The phrase's tokens and the name hits it absorbed are no one else's."""
        scan.used |= phrase.used
        scan.taken.update(range(phrase.start, phrase.end))
        return phrase

    def _place(self, toks: list[Tok], start: int, end: int) -> bool:
        """ "a sit-in outside army headquarters": an agent noun modifying a place noun after a
        preposition of place says where something happens, not who acts. The words between
        the preposition and the noun may only be determiners and modifiers."""
        if end >= len(toks) or toks[end].lower_ not in self.lexicon.places:
            return False
        for tok in reversed(toks[max(0, start - 4) : start]):
            if tok.lower_ in self.lexicon.locatives:
                return True
            if tok.pos_ not in ("DET", "ADJ", "NUM"):
                return False
        return False

    def _agent_mentions(
        self, doc: Document, toks: list[Tok], hit: Hit, phrase: Phrase, sector: str | None = None
    ) -> list[Mention]:
        """One mention per country: "Hungarian and Romanian officials" is two actors."""
        entry = self.kb.get(hit.ids[0]) if hit.ids else None
        sector = entry.sector if entry else sector
        fixed = entry.country if entry else None
        number = "p" if toks[hit.end - 1].tag_ in ("NNS", "NNPS") else "s"
        countries = phrase.countries or [(phrase.start, phrase.start, fixed or "")]
        out = []
        for n, (c_start, c_end, code) in enumerate(countries):
            last = n == len(countries) - 1
            start = phrase.start if n == 0 else c_start
            end = phrase.end if last else c_end
            out.append(
                mention(
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
