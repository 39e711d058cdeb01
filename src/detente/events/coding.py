"""From linked trigger candidates to PLOVER events: one report, one event.

Candidates that are arguments of another trigger are folded into it: a frame ("agreed to",
"threatened to", "demanded") takes its complement's meaning through ``frames.tsv``; an event
noun inside a verb's arguments ("killed ... in a bomb attack") lends its mode. Conjoined
triggers of one type ("killed two and wounded five") merge. Only what is left stands as events,
each with the rule that made it, so every event can be explained from the codebook. A deed an
accusation speaks of stands too ("accused X of shelling Y"), and so does a war the sentence
tells something of even with no side named (``types.tsv``: tells, unnamed). Participants the
text leaves implicit are filled only where the convention is clear: the state an agentless
arrest happens in, the protesters' own government, the recipients a bare number refers to.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from detente.events.codebook import Codebook
from detente.events.dating import TimeIndex, before, period, year_in_clause
from detente.events.modality import Signals, decide, read
from detente.events.roles import ActorIndex, RoleReader, Roles
from detente.events.speech import QuoteIndex, Statements
from detente.events.syntax import children, is_passive, is_verb, objects
from detente.events.tokens import CueIds, TokenTable
from detente.events.triggers import ADVERBIAL, ARGUMENT, SIBLING, Candidate, candidates
from detente.model import Document, Event, Span, TimeExpression


@dataclass(eq=False, slots=True)
class Draft:
    """A candidate being coded: its code so far, its roles and the rule that explains it."""

    cand: Candidate
    cameo: str
    mode: str | None
    roles: Roles
    rule: str
    mode_hint: str | None = None
    refined: bool = False
    has_complement: bool = False
    promised: bool = False


def _negated(verb: Token) -> bool:
    """A complement stated in the negative ("vowed not to return ...")."""
    return any(c.dep_ == "neg" for c in verb.children)


def _rule(cand: Candidate, roles: Roles) -> str:
    kind = "verb" if cand.verbal else "noun"
    words = "+".join([cand.entry.lemma] + [t.lemma_.lower() for t in cand.tokens[1:]])
    where = f"#L{cand.entry.line}" if cand.entry.line else f"#{cand.entry.source}"
    return f"{kind}:{words}{where}:{'-'.join(roles.signature) or 'none'}"


def _one_deed(node: Draft, child: Draft) -> bool:
    """Conjoined acts of one type are one report when done by the same side ("killed two and
    wounded five"), not when another side acts or suffers ("jets struck X, and a fighter was
    shot down")."""
    own, other = node.roles.actor, child.roles.actor
    if other and not set(other) <= set(own):
        return False
    return bool(other) or is_passive(child.cand.token) == is_passive(node.cand.token)


def _ellipsis(standing: list[Draft]) -> None:
    """ "killing one person and arresting 12": a bare number acted upon is some of those the
    governing act is aimed at, so it takes that act's recipients."""
    for draft in standing:
        roles = draft.roles
        heads = roles.recipient_heads
        if roles.recipient or not heads or any(h.pos_ != "NUM" for h in heads):
            continue
        above = {t.i for t in draft.cand.token.ancestors}
        governing = (d for d in standing if d.cand.token.i in above and d.roles.recipient)
        found = next(governing, None)
        if found is not None:
            roles.recipient = list(found.roles.recipient)


class DocumentCoder:
    """Codes the events of one document; indexes over its layers are built once here."""

    def __init__(
        self, doc: Document, codebook: Codebook, cues: CueIds, historical_after_days: int
    ) -> None:
        assert doc.nlp is not None
        self.doc = doc
        self.spacy_doc: SpacyDoc = doc.nlp
        self.codebook = codebook
        self.cues = cues
        self.days = historical_after_days
        self.table = TokenTable(self.spacy_doc)
        self.actors = ActorIndex(doc, self.table)
        self.by_id = {a.id: a for a in doc.actors}
        self.quotes = QuoteIndex(doc)
        self.quotes.substitute_first_person(self.table, self.actors, cues)
        self.reader = RoleReader(self.actors, codebook)
        self.times = TimeIndex(doc, self.spacy_doc)
        self.statements = Statements(
            doc, codebook, cues, self.table, self.actors, self.quotes, self.times
        )
        self.year_preps = codebook.cues.get("year", frozenset())
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
                cand, cand.entry.cameo, cand.entry.mode, roles, _rule(cand, roles)
            )
        standing: list[Draft] = []
        for cand in found:
            if cand.parent is None and not cand.background:
                standing.append(drafts[id(cand)])
                standing.extend(self._fold(cand, drafts))
        _ellipsis(standing)
        events: list[Event] = []
        seen: set[tuple[object, ...]] = set()
        contexts = self._cue_contexts(sentence) if standing else []
        evidence = self._evidence(sentence) if standing else None
        for draft in sorted(standing, key=lambda d: d.cand.token.i):
            self._clause_complement(draft)
            assert evidence is not None
            event = self._event(draft, evidence, contexts)
            if event is None:
                continue
            key = (event.type, tuple(event.actor), tuple(event.recipient), event.modality)
            if key not in seen:
                seen.add(key)
                events.append(event)
        return events

    def _fold(self, cand: Candidate, drafts: dict[int, Draft]) -> list[Draft]:
        """Fold the candidates below ``cand`` into it; return those that stand on their own."""
        node = drafts[id(cand)]
        standing: list[Draft] = []
        absorbs = self.codebook.absorbs.get(self._type(node.cameo), frozenset())
        for child_cand in sorted(cand.children, key=lambda c: (c.depth, c.token.i)):
            if child_cand.background:
                continue
            child = drafts[id(child_cand)]
            below = self._fold(child_cand, drafts)
            relation = child_cand.relation
            same = self._type(node.cameo) == self._type(child.cameo)
            if relation == ARGUMENT or (relation != SIBLING and self._type(child.cameo) in absorbs):
                told_of = self.codebook.tells.get(self._type(node.cameo), frozenset())
                if (
                    self._type(child.cameo) in told_of - absorbs
                    and child_cand.token.dep_ != "xcomp"
                ):
                    standing.append(child)  # "condemned the detentions": both are reported
                self._absorb(node, child)
                if cand.entry.frame is not None:
                    below = [d for d in below if d.cand.relation not in (SIBLING, ADVERBIAL)]
            elif relation in (SIBLING, ADVERBIAL) and same and _one_deed(node, child):
                self._merge(node, child)
            else:
                standing.append(child)
            standing.extend(below)
        return standing

    def _absorb(self, node: Draft, child: Draft) -> None:
        frame = node.cand.entry.frame
        if frame is not None:
            node.has_complement = True
            table = "reject" if frame == "agree" and _negated(child.cand.token) else frame
            refined = None if node.refined else self.codebook.refine(table, child.cameo)
            if refined is not None:
                node.cameo, node.mode, node.promised = refined.cameo, refined.mode, refined.intended
                node.refined = True
                node.rule += f" <{child.cand.token.dep_} {child.rule}"
        elif self._type(node.cameo) == self._type(child.cameo) and node.mode_hint is None:
            node.mode_hint = child.mode or child.mode_hint or self.codebook.codes[child.cameo].mode
        self._pass(node, child.roles, frame)

    @staticmethod
    def _pass(node: Draft, roles: Roles, frame: str | None) -> None:
        """A frame or container without a recipient takes it from what it contains: the one
        asked or refused ("demanded that X ...", "rejected X's offer"), else the one the
        contained act is aimed at ("threatened to cut off power to X")."""
        if node.roles.recipient:
            return
        passed = [i for i in roles.actor if i not in node.roles.actor]
        if not passed or frame == "threaten":
            passed = [i for i in roles.recipient if i not in node.roles.actor] or passed
        node.roles.recipient = passed
        if passed:
            node.roles.recipient_heads.extend(roles.actor_heads + roles.recipient_heads)

    def _clause_complement(self, draft: Draft) -> None:
        """A frame whose complement names no event ("agreed to democratize the country") still
        has content when that clause acts on someone or something; vows and orders need an
        event ("vowed to uproot the regime" codes nothing)."""
        cand = draft.cand
        if cand.entry.frame in (None, "vow", "order") or draft.has_complement:
            return
        for clause in children(cand.token, ("xcomp", "ccomp") if cand.verbal else ("acl",)):
            if not is_verb(clause):
                continue
            roles = self.reader.clause(clause)
            if roles.recipient_heads or objects(clause):
                draft.has_complement = True
                refusal = self.codebook.refine("reject", draft.cameo)
                if cand.entry.frame == "agree" and _negated(clause) and refusal is not None:
                    draft.cameo, draft.mode = refusal.cameo, refusal.mode
                self._pass(draft, roles, cand.entry.frame)
                draft.rule += f" <{clause.dep_} clause:{clause.lemma_.lower()}"
                return

    @staticmethod
    def _merge(node: Draft, child: Draft) -> None:
        roles, other = node.roles, child.roles
        roles.actor.extend(i for i in other.actor if i not in roles.actor)
        roles.recipient.extend(
            i for i in other.recipient if i not in roles.recipient and i not in roles.actor
        )
        roles.recipient_heads.extend(other.recipient_heads)
        node.rule += f" &{child.rule}"

    def _stands(self, draft: Draft) -> bool:
        """Whether a draft has what an event needs: an actor or recipient the actors layer
        resolved (PLOVER codes no event between unidentified parties), and for a frame,
        something demanded, refused or threatened. A war the sentence tells something of is
        reported even when no side is named ("since the fighting began")."""
        cand, roles = draft.cand, draft.roles
        if cand.told and self._type(draft.cameo) in self.codebook.told_types:
            return True
        if not roles.has_participants:
            return False
        if cand.entry.frame and not (
            draft.has_complement or roles.recipient_heads or (cand.verbal and objects(cand.token))
        ):
            return False
        return bool(roles.actor or roles.recipient)

    def _signals(self, draft: Draft, expr: TimeExpression | None) -> Signals:
        cand = draft.cand
        signals = read(cand, self.codebook)
        published = self.doc.published
        # "the war, which began in 2014": a date of its start says nothing of its being over.
        ongoing = (
            cand.aspect is not None
            and cand.aspect.lemma_.lower() in self.ongoing
            and self._type(draft.cameo) in self.codebook.told_types
        )
        if published is None or ongoing:
            return signals
        covered = period(expr.value) if expr is not None and expr.value else None
        if expr is not None and covered is not None:
            if before(covered[1], published, self.days):
                signals.historical = expr.span.text
            elif covered[0] > published:
                signals.intended = signals.intended or expr.span.text
            return signals
        year = year_in_clause(cand.anchors, self.year_preps)
        covered = period(year[1]) if year is not None else None
        if year is not None and covered is not None and before(covered[1], published, self.days):
            signals.historical = f"in {year[1]}"
        return signals

    def _event(self, draft: Draft, evidence: Span, sentence_contexts: list[str]) -> Event | None:
        if not self._stands(draft):
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
