"""Pronouns and definite references ("the bloc"): what they can point back to."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.actors.coref import Context, Said, Traits
from detente.model import Actor, Mention

Agrees = Callable[[Actor, Traits], bool]
# How many sentences back a plural reference ("the two countries") looks for its members.
_PLURAL_REACH = 3
_VENUES = frozenset({"in", "at", "near", "inside", "outside"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def agreement(form: str | None) -> Agrees:
    """``m``/``f``: a person of that gender or of unknown gender; ``p``: a group; ``n``: a body."""

    def agrees(actor: Actor, traits: Traits) -> bool:
        if form in ("m", "f"):
            return traits.person and traits.gender in (None, form)
        if form == "p":
            return actor.kind == "group" or traits.plural
        return not traits.person and not traits.plural

    return agrees


def antecedent(ctx: Context, m: Mention, window: int) -> Actor | None:
    if m.label == "r":
        return relative(ctx, m)
    actor = None
    if m.label == "f":
        # News names fewer women and the base knows their gender less often than it misses a
        # man's, so a woman known to be one within reach beats a nearer unknown.
        actor = ctx.antecedent(m.span.start, window, lambda a, t: t.person and t.gender == "f")
    return actor or ctx.antecedent(m.span.start, window, agreement(m.label))


def relative(ctx: Context, m: Mention) -> Actor | None:
    """ "who", "which": the noun the relative clause hangs on, as the parse says."""
    span = ctx.sdoc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    if span is None:
        return None
    clause = span.root.head
    if clause.dep_ != "relcl" and span.root.dep_ != "relcl":
        return None
    noun = clause.head if clause.dep_ == "relcl" else span.root.head
    return ctx.at(noun.idx)


def references(ctx: Context, m: Mention, target: str, number: int) -> list[Actor]:
    """ "the two countries", "both sides": the ``number`` most recent distinct states (or, for
    ``party``, states and bodies), taken sentence by sentence back to the nearest sentence that
    completes the count. A count the text does not bear out, too few or a sentence that names
    more than are needed, leaves the phrase unresolved rather than guessing which are meant."""

    def fits(actor: Actor, traits: Traits) -> bool:
        if target == "state":
            return actor.kind == "state"
        # Mediators ("the UN", "the African Union") stand between the sides, not on one.
        return (
            not traits.person
            and actor.country != "IGO"
            and actor.kind in ("state", "organization", "group")
        )

    found: dict[str, Actor] = {}
    here = ctx.sentence(m.span.start)
    sentence = here
    for said in ctx.history_before(m.span.start):
        if said.sentence != sentence and len(found) >= number:
            break
        if here - said.sentence > _PLURAL_REACH:
            break
        sentence = said.sentence
        if not fits(said.actor, ctx.traits[said.actor.id]) or _venue(ctx, said):
            continue
        # A state named by its capital and by its name is one side.
        found.setdefault(
            said.actor.country or said.actor.id if said.actor.kind == "state" else said.actor.id,
            said.actor,
        )
    if len(found) != number:
        return []
    if target == "party":
        # The sides to a dispute or a deal are the states' governments, as "Kyiv" is.
        return [_government(ctx, a) for a in found.values()]
    return list(found.values())


def _government(ctx: Context, actor: Actor) -> Actor:
    if actor.kind != "state" or actor.sector is not None or actor.kb_id is None:
        return actor
    return ctx.actor(
        ("gov", actor.kb_id),
        actor.name,
        "state",
        country=actor.country,
        sector="GOV",
        kb_id=actor.kb_id,
    )


def _venue(ctx: Context, said: Said) -> bool:
    """ "talks in Riyadh": a place where something happens, not one of the sides."""
    span = ctx.sdoc.char_span(said.position, said.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in _VENUES


def opening_they(ctx: Context, m: Mention) -> list[Actor] | None:
    """ "They" opening a sentence is the subject of the sentence before: every member of a
    coordinated subject ("X, Y and Z agreed ... They"), else the one plural group or body among
    its main clauses' subjects. ``[]`` when that is not clear (a member unresolved, two such
    subjects); ``None`` when the pronoun does not open a sentence or the sentence before has no
    such subject, so that the ordinary antecedent search applies."""
    if m.span.text.lower() != "they":
        return None
    tok = ctx.sdoc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    if tok is None:
        return None
    sent = tok[0].sent
    if any(not t.is_punct for t in ctx.sdoc[sent.start : tok[0].i]) or sent.start == 0:
        return None
    previous = ctx.sdoc[sent.start - 1].sent
    inside = ctx.quoted_at(m.span.start)
    clauses = [previous.root, *(c for c in previous.root.children if c.dep_ == "conj")]
    subjects = [c for verb in clauses for c in verb.children if c.dep_ in _SUBJECTS]
    groups: list[list[Actor]] = []
    for head in subjects:
        members = [head, *_conjuncts(head)]
        if ctx.quoted_at(head.idx) != inside:
            continue
        actors = [ctx.at(t.idx) for t in members]
        if len(members) > 1:
            known = [a for a in actors if a is not None]
            distinct = list({a.id: a for a in known}.values())
            groups.append(distinct if len(known) == len(members) else [])
        elif (one := actors[0]) is not None and _several(one, ctx.traits[one.id]):
            groups.append([one])
    if not groups:
        return None
    return groups[0] if len(groups) == 1 and len(groups[0]) != 0 else []


def _conjuncts(head: Token) -> list[Token]:
    out = []
    stack = [c for c in head.children if c.dep_ == "conj"]
    while stack:
        tok = stack.pop(0)
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ == "conj")
    return out


def _several(actor: Actor, traits: Traits) -> bool:
    """A group, or a body that English lets "they" stand for ("the ministry ... They")."""
    if traits.person:
        return False
    return actor.kind == "group" or traits.plural or actor.kind == "organization"


def reference(ctx: Context, m: Mention, target: str) -> Actor | None:
    """ "the bloc" (an IGO), "the country" (a state), "the group" (any body) named earlier;
    "the group" is one named body, never a plural or a common noun ("warships", "a tanker")."""

    def fits(actor: Actor, traits: Traits) -> bool:
        if target == "state":
            return actor.kind == "state" and actor.sector is None
        if target == "igo":
            return actor.country == "IGO" and actor.kind == "organization" and not traits.generic
        if traits.plural or traits.person or traits.generic:
            return False
        return (actor.kind in ("organization", "group") and actor.kb_id is None) or (
            actor.kb_id or ""
        ).startswith(("igo:", "agent:", "ngo:", "group:"))

    return ctx.recent(m.span.start, fits)
