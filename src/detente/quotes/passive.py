"""Passive attributions: "X was accused of Y by Z", "X is expected to Y".

With an agent the agent is the source and the passive subject what was said about it ("His views
were echoed by several experts", or with a participle, "a reform criticised by the unions").
Without one the text attributes the whole clause to no one in particular ("The vote is expected
to slip", "He was accused of fraud"), which PolNeAR marks as a source-less attribution. Only cues
whose lexicon frames include ``passive`` make these two, since most agentless passives ("a
curfew was announced", "he was sworn in") and participles ("a forum viewed by millions") report
events, not views. The clause ends with its paragraph, before a clause coordinated with it that
has its own subject and before a circumstance set off by a comma ("..., with reports of ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.quotes.attribution import Attribution, paragraph, trimmed
from detente.quotes.extent import own_clause, trim
from detente.quotes.lexicon import Cue


def passive(
    doc: Doc, verb: Token, cue: Cue, concessions: set[str], adjuncts: set[str]
) -> Attribution | None:
    """The attribution a passive cue verb makes, or None when the verb is not passive."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if (
        source is not None
        and verb.dep_ == "acl"
        and verb.head.i < verb.i
        and "passive" in cue.frames
    ):
        # "a reform criticised by the unions": the participle describes what was said.
        chars = trimmed(doc, verb.head.left_edge.i, verb.left_edge.i - 1)
        return _attribution(chars, verb, cue, source)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if source is not None:
        chars = trimmed(doc, subject.left_edge.i, subject.right_edge.i)
    elif "passive" in cue.frames and _complemented(verb):
        first, last = paragraph(doc, verb.i, subject.left_edge.i, _told(verb, adjuncts))
        chars = trimmed(doc, first, trim(doc, first, last, concessions))
    else:
        return None
    return _attribution(chars, verb, cue, source)


def _attribution(
    chars: tuple[int, int] | None, verb: Token, cue: Cue, source: Token | None
) -> Attribution | None:
    if chars is None:
        return None
    cue_span = (verb.idx, verb.idx + len(verb.text))
    return Attribution("indirect", *chars, cue_span, cue.stance, verb.i, source)


def _told(verb: Token, adjuncts: set[str]) -> int:
    """The end of what the passive says, before a circumstance set off by a comma ("was accused
    of fraud, with claims of ...")."""
    last = own_clause(verb)
    for child in verb.rights:
        if child.i <= last and child.lower_ in adjuncts and verb.doc[child.i - 1].text == ",":
            return child.i - 2
    return last


def _complemented(verb: Token) -> bool:
    """The passive cue says something about its subject ("is expected to ...", "was accused of
    ...", "is considered a threat"); a bare "nothing was said" attributes nothing."""
    return any(c.i > verb.i and not (c.is_punct or c.is_space) for c in verb.children)
