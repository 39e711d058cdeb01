"""Pronouns and definite references ("the bloc"): what they can point back to."""

from __future__ import annotations

from collections.abc import Callable

from detente.actors.coref import Context, Traits
from detente.model import Actor, Mention

Agrees = Callable[[Actor, Traits], bool]


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


def reference(ctx: Context, m: Mention, target: str) -> Actor | None:
    """ "the bloc" (an IGO), "the country" (a state), "the group" (any body) named earlier;
    "the group" is one named body, never a plural or a common noun ("warships", "a tanker")."""

    def fits(actor: Actor, traits: Traits) -> bool:
        if target == "state":
            return actor.kind == "state" and actor.sector is None
        if target == "igo":
            return actor.country == "IGO" and actor.kind == "organization"
        if traits.plural or traits.person or traits.generic:
            return False
        return (actor.kind in ("organization", "group") and actor.kb_id is None) or (
            actor.kb_id or ""
        ).startswith(("igo:", "agent:", "ngo:", "group:"))

    return ctx.recent(m.span.start, fits)
