"""Attitudes stated with "be": "X is critical of Y", "X is sure that ...", "X is an opponent of Y".

The predicate (an adjective or noun from ``data/attitudes.tsv``) holds the view, the subject of the
copula holds the predicate, and the complement the predicate takes (a preposition it lists, a
"that" clause or a "to" infinitive) is the content. "It is clear that ..." names no one: the writer
vouches for the clause, which PolNeAR marks as a source-less attribution.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.quotes.attribution import Attribution, trimmed

_COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "grow"})
_PREDICATES = frozenset({"acomp", "attr"})


def attitude(doc: Doc, word: Token, stance: str, complements: frozenset[str]) -> Attribution | None:
    """The attribution a predicate of attitude makes, or None without a subject and complement."""
    copula = word.head
    if word.dep_ not in _PREDICATES or copula.lemma_ not in _COPULAS:
        return None
    holder = next((c for c in copula.children if c.dep_ in {"nsubj", "expl"}), None)
    content = _complement(word, complements) or _complement(copula, complements)
    if holder is None or content is None:
        return None
    chars = trimmed(doc, content.left_edge.i, content.right_edge.i)
    if chars is None:
        return None
    source = None if holder.lower_ == "it" or holder.dep_ == "expl" else holder
    cue = (word.idx, word.idx + len(word.text))
    return Attribution("indirect", *chars, cue, stance, word.i, source)


def _complement(head: Token, complements: frozenset[str]) -> Token | None:
    """The object of a listed preposition, a "that" clause or a "to" infinitive under ``head``."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in complements:
            return next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
        if child.dep_ == "ccomp" and "that" in complements:
            return child
        if child.dep_ == "xcomp" and "to" in complements:
            return child
    return None
