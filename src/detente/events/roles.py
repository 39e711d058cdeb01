"""Actor and recipient of an event, read from the parse and resolved through the actors layer.

The parse says which phrases act and which are acted upon (subject, "by" agent, object, "to"/
"against" phrase, possessor of a nominal event ...); the actors layer says which actors those
phrases mention. Resolving through ``doc.mentions``/``doc.actors`` rather than through the words
means "he", "Pyongyang" and "the foreign minister" count as soon as actor resolution links them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Token

from detente.events.codebook import Codebook, Entry
from detente.events.syntax import (
    PASSIVE_SUBJECTS,
    agent,
    children,
    first_child,
    holder,
    is_passive,
    lemma_keys,
    patient,
    prep_objects,
    subject,
)
from detente.events.tokens import TokenTable
from detente.events.triggers import Candidate
from detente.model import Document

CORE = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "appos", "nummod", "flat"})
PLACE_PREPS = frozenset({"in", "inside", "across", "throughout"})
RECIPIENT_PREPS = frozenset(
    {"to", "against", "on", "upon", "at", "toward", "towards", "into", "with", "from"}
)
INSIDE_PREPS = frozenset(
    {"of", "from", "in", "at", "throughout", "within", "inside", "between", "among"}
)
NOUN_ACTOR_PREPS = frozenset({"by"})
MUTUAL_PREPS = frozenset({"between", "among", "amongst"})
MEETING_SETTINGS = frozenset({"with", "at", "in", "on"})
OWN_OBJ_PREPS = RECIPIENT_PREPS | {"in", "near", "along", "inside"}
NEUTRAL = Entry("V", "", (), None, None, (), None, frozenset(), frozenset(), 0)


class ActorIndex:
    """Which actors each token refers to, from the mentions and actors layers (built once)."""

    def __init__(self, doc: Document, table: TokenTable) -> None:
        self.by_token: dict[int, list[str]] = {}
        known = {a.id for a in doc.actors}
        spans = {(m.span.start, m.span.end, m.actor) for m in doc.mentions if m.actor in known}
        spans |= {(s.start, s.end, a.id) for a in doc.actors for s in a.mentions}
        for start, end, actor in sorted(spans, key=lambda s: (s[0], s[1], s[2] or "")):
            if actor is None:
                continue
            for i in table.within(start, end):
                ids = self.by_token.setdefault(i, [])
                if actor not in ids:
                    ids.append(actor)
        self.substitutes: dict[int, list[str]] = {}

    def ids(self, token: Token) -> list[str]:
        return self.ids_at(token.i)

    def ids_at(self, i: int) -> list[str]:
        return self.by_token.get(i) or self.substitutes.get(i, [])


def _unique(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def phrase_actors(
    head: Token, index: ActorIndex, inside: frozenset[str] = INSIDE_PREPS, depth: int = 0
) -> list[str]:
    """Actors a noun phrase names: its head and modifiers first ("Israeli soldiers"), each
    conjunct ("X and Y"), and only when those name none, the phrase it is part of or from
    ("leaders of the coalition", "forces in Guinea"); "of" chains cost nothing ("part of a
    programme for Bosnia")."""
    own: list[str] = []
    stack = [head]
    while stack:
        tok = stack.pop()
        own.extend(index.ids(tok))
        stack.extend(c for c in tok.children if c.dep_ in CORE)
    if not own and depth < 2:
        for obj in prep_objects(head, inside):
            part_of = obj.head.lower_ == "of"
            deeper = (inside, depth) if part_of else (INSIDE_PREPS, depth + 1)
            own.extend(phrase_actors(obj, index, *deeper))
    for conj in children(head, ("conj",)):
        own.extend(phrase_actors(conj, index, inside, depth))
    return _unique(own)


@dataclass(slots=True)
class Roles:
    """Who acts and who is acted upon, as phrases (``*_heads``) and as actor ids."""

    actor_heads: list[Token] = field(default_factory=list)
    recipient_heads: list[Token] = field(default_factory=list)
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    signature: list[str] = field(default_factory=list)
    partner_heads: list[Token] = field(default_factory=list)

    def partners(self, index: ActorIndex) -> list[str]:
        """Actor ids that joined the actors only as the other side of a mutual act ("met X",
        "talks with X"): the recipient when the act is recoded as a one-sided AGREE."""
        return _unique(i for h in self.partner_heads for i in phrase_actors(h, index))

    @property
    def has_participants(self) -> bool:
        return bool(self.actor_heads or self.recipient_heads)


class RoleReader:
    """Reads roles for the candidates of one document."""

    def __init__(self, index: ActorIndex, codebook: Codebook) -> None:
        self.index = index
        self.codebook = codebook
        self.control = codebook.cues.get("control", frozenset())

    def read(self, cand: Candidate) -> Roles:
        roles = self._verb(cand.token, cand.entry) if cand.verbal else self._noun(cand)
        if cand.verbal and "own-obj" not in cand.entry.roles:
            self._object_preps(cand, roles)
        if "swap" in cand.entry.roles:
            roles.actor_heads, roles.recipient_heads = roles.recipient_heads, roles.actor_heads
        return self.finish(roles)

    def finish(self, roles: Roles) -> Roles:
        """Resolve the role phrases to actor ids."""
        roles.actor = _unique(i for h in roles.actor_heads for i in self._resolve(h, INSIDE_PREPS))
        wide = INSIDE_PREPS | RECIPIENT_PREPS | NOUN_ACTOR_PREPS | {"for"}
        roles.recipient = [
            i for h in roles.recipient_heads for i in self._resolve(h, wide) if i not in roles.actor
        ]
        roles.recipient = _unique(roles.recipient)
        return roles

    @staticmethod
    def _object_preps(cand: Candidate, roles: Roles) -> None:
        """The parser often hangs the recipient on the verb's object rather than on the verb
        ("demanded support from X", "imposed sanctions on X")."""
        preps = cand.entry.recipient_preps or RECIPIENT_PREPS
        mutual = "mutual" in cand.entry.roles
        if mutual:
            preps = preps - {"with"}
        for obj in children(cand.token, ("dobj",)):
            for where in prep_objects(obj, preps):
                if where not in roles.recipient_heads:
                    roles.recipient_heads.append(where)
                    roles.signature.append(f"dobj-{where.head.lower_}")
            # "kept close coordination with X": the partner of a mutual act joins the actors
            for partner in prep_objects(obj, {"with"} | MUTUAL_PREPS) if mutual else ():
                roles.actor_heads.append(partner)
                roles.partner_heads.append(partner)
                roles.signature.append(f"dobj-{partner.head.lower_}")

    def _resolve(self, head: Token, inside: frozenset[str]) -> list[str]:
        found = phrase_actors(head, self.index, inside)
        if found or head.pos_ != "PRON":
            return found
        return self._speaker_of(head)

    def _speaker_of(self, pronoun: Token) -> list[str]:
        """A pronoun the actors layer left unresolved, standing as subject in what a speaker
        says ("Syria says it will ..."), is read as that speaker."""
        if pronoun.lower_ not in self.codebook.cues.get("third", frozenset()):
            return []
        node = pronoun.head
        while node.head != node and node.dep_ in ("xcomp", "conj", "acomp", "ccomp"):
            if node.dep_ == "ccomp" and self.codebook.is_("report", node.head.lemma_.lower()):
                speaker = subject(node.head, self.control)
                return phrase_actors(speaker, self.index) if speaker is not None else []
            node = node.head
        return []

    def places(self, cand: Candidate, exclude: list[str]) -> list[str]:
        """Actors named by where the event happens ("in X" on the trigger, its object or the
        object's "of" phrase: "lifted a state of emergency in X"), for events acting on a place."""
        holders = [cand.token, *(t for t in (cand.light,) if t is not None)]
        for verb in list(holders):
            for obj in children(verb, ("dobj",)):
                holders += [obj, *prep_objects(obj, {"of"})]
        found = [
            i
            for holder in holders
            for obj in prep_objects(holder, PLACE_PREPS)
            for i in phrase_actors(obj, self.index)
            if i not in exclude
        ]
        return _unique(found)

    def condition(self, cand: Candidate, exclude: list[str]) -> list[str]:
        """Who a conditional threat is aimed at: the subject of its "if"/"unless" clause."""
        found: list[str] = []
        for tok in cand.token.subtree:
            if tok.dep_ == "advcl" and any(
                m.lower_ in ("if", "unless") for m in children(tok, ("mark",))
            ):
                subj = first_child(tok, ("nsubj", *PASSIVE_SUBJECTS))
                if subj is not None:
                    found.extend(i for i in phrase_actors(subj, self.index) if i not in exclude)
        return _unique(found)

    def clause(self, verb: Token) -> Roles:
        """Roles of a clause that is not itself an event (what a frame says is threatened or
        demanded when no trigger word names it)."""
        return self.finish(self._verb(verb, NEUTRAL))

    def _issuer(self, verb: Token, subj: Token) -> Token:
        """A participle on a document names its issuer as actor: "issued a statement demanding
        ..." is a demand by whoever issued the statement."""
        if (
            verb.dep_ == "acl"
            and subj == verb.head
            and subj.dep_ in ("dobj", "nsubjpass")
            and not phrase_actors(subj, self.index)
        ):
            issuer = subject(subj.head, self.control)
            if issuer is not None:
                return issuer
        return subj

    def _verb(self, verb: Token, entry: Entry) -> Roles:
        roles = Roles()
        mutual = "mutual" in entry.roles
        if is_passive(verb):
            by = agent(verb)
            if by is not None:
                roles.actor_heads.append(by)
                roles.signature.append("agent")
            acted = patient(verb)
            if acted is not None:
                undergoer = "self" in entry.roles
                (roles.actor_heads if undergoer else roles.recipient_heads).append(acted)
                roles.signature.append("nsubjpass")
        else:
            subj = subject(verb, self.control) or self._holder(verb)
            if subj is not None:
                subj = self._issuer(verb, subj)
                roles.actor_heads.append(subj)
                roles.signature.append(subj.dep_ if subj.head == verb else "inherited")
            for obj in children(verb, ("dobj", "dative")):
                if obj.dep_ == "dobj" and "own-obj" in entry.roles:
                    for where in prep_objects(obj, OWN_OBJ_PREPS):
                        roles.recipient_heads.append(where)
                        roles.signature.append(f"dobj-{where.head.lower_}")
                    continue
                (roles.actor_heads if mutual else roles.recipient_heads).append(obj)
                if mutual:
                    roles.partner_heads.append(obj)
                roles.signature.append(obj.dep_)
        for constraint in entry.constraints:
            if constraint.slot == "prep" and entry.frame is not None:
                for obj in prep_objects(verb, constraint.words):
                    roles.recipient_heads.append(obj)
                    roles.signature.append(f"{obj.head.lower_}-object")
        if "oblige" in entry.roles:
            for clause in children(verb, ("ccomp",)):
                obliged = first_child(clause, ("nsubj", *PASSIVE_SUBJECTS))
                if obliged is not None:
                    roles.recipient_heads.append(obliged)
                    roles.signature.append("ccomp-nsubj")
        preps = entry.recipient_preps or (
            OWN_OBJ_PREPS if "own-obj" in entry.roles else RECIPIENT_PREPS
        )
        # A meeting's "with" partner joins the actors; "at"/"in"/"on" say where or what about.
        for obj in prep_objects(verb, preps - MEETING_SETTINGS if mutual else preps):
            roles.recipient_heads.append(obj)
            roles.signature.append(obj.head.lower_)
        if mutual:
            for obj in prep_objects(verb, {"with"} | MUTUAL_PREPS):
                roles.actor_heads.append(obj)
                roles.partner_heads.append(obj)
                roles.signature.append(obj.head.lower_)
        return roles

    def _holder(self, verb: Token) -> Token | None:
        """The doer of an infinitive on a noun of deciding or planning (``cues.tsv``: holder)."""
        noun = verb.head
        if verb.dep_ != "acl" or not any(c.tag_ == "TO" for c in children(verb, ("aux",))):
            return None
        if not self.codebook.is_("holder", noun.lemma_.lower()):
            return None
        return holder(verb, self.control)

    def _for_others(self, cand: Candidate) -> bool:
        """A truce or deal between sides the sentence speaks of ("announced the truce ... and
        called on both sides", "before either government did") is announced by a third party
        (a mediator), who is not one of its actors."""
        light = cand.light
        if light is None or "mutual" not in cand.entry.roles:
            return False
        if not any(self.codebook.is_("report", k) for k in lemma_keys(light)):
            return False
        sides = self.codebook.cues.get("sides", frozenset())
        return any(t.lower_ in sides for t in cand.token.sent)

    def _noun(self, cand: Candidate) -> Roles:
        noun, entry = cand.token, cand.entry
        roles = Roles()
        mutual = "mutual" in entry.roles
        for tok in children(noun, ("poss",)):
            roles.actor_heads.append(tok)
            roles.signature.append("poss")
        for tok in children(noun, ("compound", "amod", "nmod")):
            if self.index.ids(tok):
                roles.actor_heads.append(tok)
                roles.signature.append(tok.dep_)
        actor_preps = set(NOUN_ACTOR_PREPS)
        if mutual:
            actor_preps |= MUTUAL_PREPS | {"with"}
        if entry.frame in ("request", "intend"):
            actor_preps.add("from")
        if "of-actor" in entry.roles:
            actor_preps.add("of")
        for obj in prep_objects(noun, actor_preps):
            roles.actor_heads.append(obj)
            roles.signature.append(obj.head.lower_)
        for acl in children(noun, ("acl",)):
            by = agent(acl) if any(self.codebook.is_("light", k) for k in lemma_keys(acl)) else None
            if by is not None:
                roles.actor_heads.append(by)
                roles.signature.append(f"acl-{acl.lemma_.lower()}-by")
        if not roles.actor_heads and cand.light is not None and not self._for_others(cand):
            light = cand.light
            carrier = agent(light) if is_passive(light) else subject(light, self.control)
            if carrier is not None:
                roles.actor_heads.append(carrier)
                word = next(
                    (k for k in lemma_keys(light) if self.codebook.is_("light", k)),
                    light.lemma_.lower(),
                )
                roles.signature.append(f"light:{word}")
        rec_preps = ((entry.recipient_preps or RECIPIENT_PREPS) | MUTUAL_PREPS) - actor_preps
        if "of-actor" not in entry.roles:
            rec_preps |= {"of"}
        for owner in (noun, cand.carrier):
            for obj in prep_objects(owner, rec_preps) if owner is not None else ():
                roles.recipient_heads.append(obj)
                roles.signature.append(obj.head.lower_)
        if cand.light is not None:
            if is_passive(cand.light) and cand.token.dep_ != "nsubjpass":
                for acted in children(cand.light, PASSIVE_SUBJECTS):
                    roles.recipient_heads.append(acted)
                    roles.signature.append("light-nsubjpass")
            for obj in prep_objects(cand.light, (entry.recipient_preps or RECIPIENT_PREPS)):
                roles.recipient_heads.append(obj)
                roles.signature.append(f"light-{obj.head.lower_}")
        return roles
