"""Attributions carried by a noun: "Trump's claim that ...", "her plan to ...", "questions about".

The noun owns the content through a complement clause ("that ...", "to ..."), or through
"about"/"on"/"of" when nothing else is said; its owner, when the text names one, is the
possessor ("Trump's claim") or a name compounded with it ("the Ruritania report"). A noun with
no owner attributes only a "that" clause ("growing fears that the truce will fail"), as a
source-less attribution: its topic phrases ("the plan for the port") are too common to count.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.quotes.attribution import Attribution, trimmed

_TOPICS = frozenset({"about", "on", "of", "over"})


def nominal(noun: Token, stance: str) -> Attribution | None:
    """The attribution a cue noun makes, or None when it has no content of its own."""
    content: tuple[int, int] | None = None
    clause = False
    for child in noun.rights:
        if child.dep_ == "acl" and _complement_clause(child):
            content = child.left_edge.i, child.right_edge.i
            clause = any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
            break
        if child.dep_ == "prep" and child.lower_ in _TOPICS:
            topic = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            if topic is not None:
                content = topic.left_edge.i, topic.right_edge.i
                break
    owner = next((c for c in noun.lefts if _owner(c)), None)
    if content is None or (owner is None and not clause):
        return None
    chars = trimmed(noun.doc, *content)
    if chars is None:
        return None
    cue = (noun.idx, noun.idx + len(noun.text))
    return Attribution("indirect", *chars, cue, stance, noun.i, owner)


def _owner(token: Token) -> bool:
    """A possessor ("the general's", "her") or a name compounded with the noun."""
    return token.dep_ == "poss" or (token.dep_ == "compound" and token.pos_ == "PROPN")


def _complement_clause(clause: Token) -> bool:
    """ "that he lied" or "to raise taxes", not a relative clause ("the claim he made")."""
    return any(
        (c.dep_ == "mark" and c.lower_ == "that") or (c.dep_ == "aux" and c.lower_ == "to")
        for c in clause.children
    )
