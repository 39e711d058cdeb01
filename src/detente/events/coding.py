"""From linked trigger candidates to PLOVER events: one report, one event.

Each sentence's triggers are found (``triggers``), folded into the reports they make
(``folding``), kept only when they stand as events (``standing``), and given their code,
modality (``modality``, ``background``), participants and date. Every event carries the rule
that made it, so it can be explained from the codebook. Participants the text leaves implicit
are filled only where the convention is clear: the state an agentless arrest happens in, the
protesters' own government, the recipients a bare number refers to.
"""

from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan

from detente.events.background import Background, Horizon
from detente.events.codebook import Codebook
from detente.events.confidence import score, sides
from detente.events.dating import TimeIndex
from detente.events.folding import Draft, Folder, ellipsis, rule_of
from detente.events.modality import Signals, decide, read
from detente.events.roles import ActorIndex, RoleReader
from detente.events.speech import QuoteIndex, Statements
from detente.events.standing import Standing
from detente.events.tokens import CueIds, TokenTable
from detente.events.triggers import Candidate, candidates
from detente.model import Document, Event, Span, TimeExpression


class DocumentCoder:
    """Codes the events of one document; indexes over its layers are built once here."""

    def __init__(self, doc: Document, codebook: Codebook, cues: CueIds, horizon: Horizon) -> None:
        assert doc.nlp is not None
        self.doc = doc
        self.spacy_doc: SpacyDoc = doc.nlp
        self.codebook = codebook
        self.cues = cues
        self.table = TokenTable(self.spacy_doc)
        self.actors = ActorIndex(doc, self.table)
        self.by_id = {a.id: a for a in doc.actors}
        self.quotes = QuoteIndex(doc)
        self.quotes.substitute_first_person(self.table, self.actors, cues)
        self.reader = RoleReader(self.actors, codebook)
        self.times = TimeIndex(doc, self.spacy_doc, codebook.cues.get("period", frozenset()))
        self.statements = Statements(
            doc, codebook, cues, self.table, self.actors, self.quotes, self.times
        )
        self.background = Background(codebook, self.times, horizon)
        self.folder = Folder(codebook, self.reader)
        self.standing = Standing(codebook, self.by_id, doc.text, self.table)
        self.ongoing = codebook.cues.get("onset", frozenset())

    def events(self) -> list[Event]:
        events: list[Event] = []
        for sentence in self.spacy_doc.sents:
            events.extend(self._sentence(sentence))
        events.extend(self.statements.events(events))
        for n, event in enumerate(events, start=1):
            event.id = f"E{n}"
        return events

    def _type(self, cameo: str) -> str:
        return self.codebook.codes[cameo].type

    def _sentence(self, sentence: SpacySpan) -> list[Event]:
        found = candidates(sentence, self.codebook, self.table, self.cues)
        drafts: dict[int, Draft] = {}
        for cand in found:
            roles = self.reader.read(cand)
            assert cand.entry.cameo is not None
            drafts[id(cand)] = Draft(
                cand, cand.entry.cameo, cand.entry.mode, roles, rule_of(cand, roles)
            )
        standing: list[Draft] = []
        for cand in found:
            if cand.parent is None and not cand.background:
                standing.append(drafts[id(cand)])
                standing.extend(self.folder.fold(cand, drafts))
        ellipsis(standing)
        events: list[Event] = []
        seen: set[tuple[object, ...]] = set()
        contexts = self._cue_contexts(sentence) if standing else []
        evidence = self._evidence(sentence) if standing else None
        for draft in sorted(standing, key=lambda d: d.cand.token.i):
            self.folder.clause_complement(draft)
            assert evidence is not None
            event = self._event(draft, evidence, contexts)
            if event is None:
                continue
            key = (event.cameo, tuple(event.actor), tuple(event.recipient), event.modality)
            if key not in seen:
                seen.add(key)
                events.append(event)
        return events

    def _signals(self, draft: Draft, expr: TimeExpression | None) -> Signals:
        cand = draft.cand
        signals = read(cand, self.codebook)
        # "the war, which began in 2014": a date of its start says nothing of its being over.
        war = self._type(draft.cameo) in self.codebook.told_types
        ongoing = war and cand.aspect is not None and cand.aspect.lemma_.lower() in self.ongoing
        if not ongoing:
            self.background.judge(cand, expr, self.times.root(expr), signals, war)
        return signals

    def _event(self, draft: Draft, evidence: Span, sentence_contexts: list[str]) -> Event | None:
        if not self.standing.stands(draft):
            return None
        cand = draft.cand
        expr = self.times.governing(cand.anchors)
        decision = decide(
            self._signals(draft, expr),
            draft.cameo,
            draft.mode,
            self.codebook,
            "neg-reject" in cand.entry.roles,
            draft.promised,
        )
        code = self.codebook.codes[decision.cameo]
        if self.standing.alone(draft, code.type):
            return None
        mode = decision.mode or draft.mode_hint or self._cue_mode(cand, code.type) or code.mode
        if mode is not None and mode not in self.codebook.modes[code.type]:
            mode = code.mode
        contexts = list(dict.fromkeys([*code.contexts, *cand.entry.contexts, *sentence_contexts]))
        actor, recipient = list(draft.roles.actor), list(draft.roles.recipient)
        if code.type != self._type(draft.cameo) and "mutual" in cand.entry.roles:
            partners = [i for i in draft.roles.partners(self.actors) if i in actor]
            if len(partners) < len(actor):
                actor = [i for i in actor if i not in partners]
                recipient = list(dict.fromkeys([*recipient, *partners]))
        if not recipient and code.type in self.codebook.place_types:
            recipient = self.reader.places(cand, actor)
        if not recipient and code.type in self.codebook.target_types:
            recipient = self._rulers(actor)
        official = self.codebook.authority_types
        if not draft.roles.actor_heads and (
            code.type in official or f"{code.type}/{mode}" in official
        ):
            actor = [i for i in self.reader.places(cand, recipient) if self._state(i)]
        if not recipient and code.type == "THREATEN":
            recipient = self.reader.condition(cand, actor)
        start, end = cand.span()
        quote = self.quotes.around(start, end)
        rule = draft.rule + (f" | {decision.note}" if decision.note else "")
        features = [
            "base:" + ("request" if "oblige" in cand.entry.roles else "verb")
            if cand.verbal
            else "base:noun",
            sides(actor, recipient),
            f"modality:{decision.modality}",
        ]
        features += [
            name
            for name, holds in (
                ("inherited", "inherited" in draft.roles.signature),
                ("guessed", cand.entry.lemma != cand.token.lemma_.lower()),
                ("alleged", draft.alleged),
                ("quoted", quote is not None),
                ("recoded", decision.modality == "asserted" and bool(decision.note)),
            )
            if holds
        ]
        return Event(
            id="",
            type=code.type,
            trigger=self.doc.span(start, end),
            evidence=evidence,
            actor=actor,
            recipient=recipient,
            mode=mode,
            context=contexts,
            cameo=decision.cameo,
            quad_class=self.codebook.quads[code.type],
            intensity=self.codebook.score(code.type, mode),
            date=self.times.date(expr),
            modality=decision.modality,  # type: ignore[arg-type]
            reported_by=quote.id if quote is not None else None,
            confidence=score(self.codebook.weights, features),
            rule=rule,
        )

    def _rulers(self, actor: list[str]) -> list[str]:
        """The government of the actors' own state, when the text names it: its government or
        a metonym for it first, else the state itself."""
        countries = {
            a.country
            for a in (self.by_id.get(i) for i in actor)
            if a is not None and a.country and a.kind != "state" and a.sector != "GOV"
        }
        if len(countries) != 1:
            return []
        country = countries.pop()
        ranked = sorted(
            (a for a in self.by_id.values() if a.country == country and a.id not in actor),
            key=lambda a: (a.sector != "GOV", a.kind != "state"),
        )
        best = ranked[0] if ranked else None
        return [best.id] if best and (best.sector == "GOV" or best.kind == "state") else []

    def _state(self, actor_id: str) -> bool:
        actor = self.by_id.get(actor_id)
        return actor is not None and actor.kind == "state"

    def _cue_mode(self, cand: Candidate, type_: str) -> str | None:
        """The mode named by the first-ranked instrument word in the event's phrase."""
        cues = self.cues.modes.get(type_)
        if not cues:
            return None
        hits = []
        for anchor in (cand.token, cand.light):
            if anchor is not None:
                last = anchor.right_edge
                hits += self.table.lookup(anchor.left_edge.idx, last.idx + len(last), cues)
        return min(hits, key=lambda hit: hit[1])[1][1] if hits else None

    def _cue_contexts(self, sentence: SpacySpan) -> list[str]:
        found = self.table.lookup(sentence.start_char, sentence.end_char, self.cues.contexts)
        return [context for _, context in found]

    def _evidence(self, sentence: SpacySpan) -> Span:
        text = self.doc.text[sentence.start_char : sentence.end_char]
        start = sentence.start_char + (len(text) - len(text.lstrip()))
        end = sentence.end_char - (len(text) - len(text.rstrip()))
        return self.doc.span(start, max(start, end))
