"""Folding the triggers of one sentence into the events it reports: one report, one event.

Candidates that are arguments of another trigger are folded into it: a frame ("agreed to",
"threatened to", "demanded") takes its complement's meaning through ``frames.tsv``; an event
noun inside a verb's arguments ("killed ... in a bomb attack") lends its mode. Conjoined
triggers of one type ("killed two and wounded five") merge. A deed a condemnation speaks of
stands too ("condemned the detentions"), and so does a material deed an accusation alleges
("accused X of shelling Y", the team's convention; marked ``alleged`` for the confidence),
but not a verbal one ("accused X of reneging on the deal", "of backing a coup": the
accusation already says all there is). An event noun that is the subject of a verbal act is
the event the sentence reports, and the verb only says something of it ("missile firings
threaten the region" is the firings, not a threat by whoever fired).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from detente.events.codebook import Codebook
from detente.events.roles import RoleReader, Roles, phrase_actors
from detente.events.syntax import children, is_passive, is_verb, objects
from detente.events.triggers import ADVERBIAL, ARGUMENT, SIBLING, Candidate


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
    absorbed: int = 0
    predicate: bool = False
    alleged: bool = False


def _negated(verb: Token) -> bool:
    """A complement stated in the negative ("vowed not to return ...")."""
    return any(c.dep_ == "neg" for c in verb.children)


def rule_of(cand: Candidate, roles: Roles) -> str:
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


def ellipsis(standing: list[Draft]) -> None:
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


def _alleged(cand: Candidate) -> bool:
    """A deed inside what an accusation says someone did ("accused X of shelling Y", "of
    plotting a coup"): a gerund clause on "of" between the deed and the accusation."""
    node = cand.token
    parent = cand.parent.token if cand.parent is not None else None
    while node != parent and node.head != node:
        if node.dep_ == "pcomp" and node.head.lower_ == "of":
            return True
        node = node.head
    return False


def _predicate(node: Draft, child: Draft) -> bool:
    """Whether a verb's trigger only predicates something of the event noun that is its
    subject: an event does not speak, so a verbal act with one as subject is a figure of
    speech ("missile firings threaten the region")."""
    return (
        node.cand.verbal
        and not child.cand.verbal
        and child.cand.token.dep_ in ("nsubj", "nsubjpass")
        and child.cand.token.head == node.cand.token
    )


class Folder:
    """Folds a sentence's candidates (drafts) into the ones that stand as events."""

    def __init__(self, codebook: Codebook, reader: RoleReader) -> None:
        self.codebook = codebook
        self.reader = reader

    def _type(self, cameo: str) -> str:
        return self.codebook.codes[cameo].type

    def _verbal(self, cameo: str) -> bool:
        """A verbal act (PLOVER quad classes 1 and 3: said, not done)."""
        return self.codebook.quads[self._type(cameo)] in (1, 3)

    def fold(self, cand: Candidate, drafts: dict[int, Draft]) -> list[Draft]:
        """Fold the candidates below ``cand`` into it; return those that stand on their own."""
        node = drafts[id(cand)]
        standing: list[Draft] = []
        absorbs = self.codebook.absorbs.get(self._type(node.cameo), frozenset())
        for child_cand in sorted(cand.children, key=lambda c: (c.depth, c.token.i)):
            if child_cand.background:
                continue
            child = drafts[id(child_cand)]
            below = self.fold(child_cand, drafts)
            relation = child_cand.relation
            same = self._type(node.cameo) == self._type(child.cameo)
            if _predicate(node, child) and self._verbal(node.cameo):
                node.predicate = True  # "missile firings threaten the region": the firings
                standing.append(child)
            elif relation == ARGUMENT or (
                relation != SIBLING and self._type(child.cameo) in absorbs
            ):
                told_of = self.codebook.tells.get(self._type(node.cameo), frozenset())
                alleged = _alleged(child_cand)
                if (
                    self._type(child.cameo) in told_of - absorbs
                    and child_cand.token.dep_ != "xcomp"
                    and not (alleged and self._verbal(child.cameo))
                ):
                    child.alleged = alleged
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
        node.absorbed += 1
        frame = node.cand.entry.frame
        if frame is not None:
            node.has_complement = True
            table = "reject" if frame == "agree" and _negated(child.cand.token) else frame
            refined = None if node.refined else self.codebook.refine(table, child.cameo)
            if refined is not None:
                node.cameo, node.mode, node.promised = refined.cameo, refined.mode, refined.intended
                node.refined = True
                node.rule += f" <{child.cand.token.dep_} {child.rule}"
                own = node.cand.entry.cameo
                if frame == "request" and own and self._type(node.cameo) != self._type(own):
                    self._mobilised(node, child)
        elif self._type(node.cameo) == self._type(child.cameo) and node.mode_hint is None:
            node.mode_hint = child.mode or child.mode_hint or self.codebook.codes[child.cameo].mode
        self._pass(node, child.roles, frame)

    def _mobilised(self, node: Draft, child: Draft) -> None:
        """A call that frames.tsv codes as the act called for ("called on supporters to return
        to the streets": a PROTEST) mobilises those it is addressed to: they are on the
        caller's side, and the act's recipients are those of the act itself (none named: the
        convention for the type decides, e.g. a protest against the callers' own rulers)."""
        node.roles.recipient = [i for i in child.roles.recipient if i not in node.roles.actor]
        node.roles.recipient_heads = list(child.roles.recipient_heads)

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

    def clause_complement(self, draft: Draft) -> None:
        """A frame whose complement names no event ("agreed to democratize the country") still
        has content when that clause acts on or involves an actor; a clause about things only
        ("warned that the toll could exceed 1,000") is no event. Vows and orders need an event
        ("vowed to uproot the regime" codes nothing)."""
        cand = draft.cand
        if cand.entry.frame in (None, "vow", "order") or draft.has_complement:
            return
        for clause in children(cand.token, ("xcomp", "ccomp") if cand.verbal else ("acl",)):
            if not is_verb(clause):
                continue
            roles = self.reader.clause(clause)
            if not self._complement_content(draft, clause, roles):
                continue
            draft.has_complement = True
            refusal = self.codebook.refine("reject", draft.cameo)
            if cand.entry.frame == "agree" and _negated(clause) and refusal is not None:
                draft.cameo, draft.mode = refusal.cameo, refusal.mode
            self._pass(draft, roles, cand.entry.frame)
            draft.rule += f" <{clause.dep_} clause:{clause.lemma_.lower()}"
            return

    def _complement_content(self, draft: Draft, clause: Token, roles: Roles) -> bool:
        """An infinitive says what someone is to do ("called for the authority to release the
        records"): it counts when it acts on someone or something. A finite clause is a claim
        about the world ("warned that the toll could exceed 1,000", "asked that his name not
        be used"): it counts only when an actor other than the frame's own takes part."""
        if any(c.tag_ == "TO" for c in children(clause, ("aux",))):
            return bool(roles.recipient_heads or objects(clause))
        others = [i for i in roles.recipient + roles.actor if i not in draft.roles.actor]
        return bool(others) or any(phrase_actors(o, self.reader.index) for o in objects(clause))

    @staticmethod
    def _merge(node: Draft, child: Draft) -> None:
        roles, other = node.roles, child.roles
        roles.actor.extend(i for i in other.actor if i not in roles.actor)
        roles.recipient.extend(
            i for i in other.recipient if i not in roles.recipient and i not in roles.actor
        )
        roles.recipient_heads.extend(other.recipient_heads)
        node.rule += f" &{child.rule}"
