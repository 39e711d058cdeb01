"""Where reported content ends: what the parse hangs on its edge but the speaker did not say.

The content of a cue is a subtree of the parse, and its edges are where annotators and the parse
disagree most. After an object ("accused X of Y", "described X as Y", "offered help to students")
the cue's own prepositional phrases carry the role or topic of what was said and belong to the
content, until one opens a circumstance of the telling ("... in a statement on Monday"). At the
right end, a comma-separated trailing addition the writer hangs on the last word is not part of
what was said: a non-restrictive relative clause (", which ..."), an apposition (", the ..."), a
participle clause (", citing ...") or a concession (", though ..."). Annotators are not
consistent about these either, so the cut is what agrees with them most often, not a rule of
grammar.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Frames whose content is an object of the cue, which the cue's own prepositions may continue.
_OBJECT_FRAMES = frozenset({"dobj", "pobj", "oprd"})
_PARTICIPLE_CLAUSES = frozenset({"advcl", "xcomp", "acl", "conj"})
_DASHES = frozenset({"--", "—", "–", "―"})
# "described X as Y", "blamed X for Y": the parser does not always file these as prepositions.
_ROLES = frozenset({"as", "for"})


def extend(verb: Token, frame: str, last: int, adjuncts: set[str]) -> int:
    """The last content token once the cue's role prepositions after the object are added."""
    if frame not in _OBJECT_FRAMES:
        return last
    for child in verb.rights:
        if child.i <= last or (child.dep_ != "prep" and child.lower_ not in _ROLES):
            continue
        if child.lower_ in adjuncts:
            break
        last = child.right_edge.i
    return last


def coordinated(verb: Token, first: int, last: int) -> int:
    """The last content token once verbs coordinated with the content's head are added.

    The parser often hangs the second of two coordinated complements on the cue ("wants to
    raise taxes and cut spending" with "cut" under "wants"); a verb of the content's form (the
    bare infinitive, the gerund) and not of the cue's, with no subject of its own, continues the
    content.
    """
    head = _root(verb.doc, first, last)
    if head is None:
        return last
    for child in verb.rights:
        if (
            child.i > last
            and child.dep_ == "conj"
            and child.tag_ == head.tag_ != verb.tag_
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
        ):
            last = child.right_edge.i
    return last


def _root(doc: Doc, first: int, last: int) -> Token | None:
    """The content token whose head lies outside the content (the widest, if several)."""
    roots = [t for t in doc[first : last + 1] if not first <= t.head.i <= last or t.head.i == t.i]
    return max(roots, key=lambda t: t.right_edge.i) if roots else None


def trim(doc: Doc, first: int, last: int, concessions: set[str]) -> int:
    """The last content token once trailing comma-separated additions are cut off.

    Walks down the right edge of the content's subtree, so an addition hung on its last noun
    ("said the plan would help farmers, who ...") is found as well as one on its verb.
    """
    node = _root(doc, first, last)
    if node is None:
        return last
    while True:
        rights = [c for c in node.rights if c.i <= last and not (c.is_punct or c.is_space)]
        if not rights:
            return last
        child = rights[-1]
        if not _addition(child, concessions):
            node = child
            continue
        cut = child.left_edge.i - 1
        while cut > first and (doc[cut].is_punct or doc[cut].is_space or doc[cut].dep_ == "cc"):
            cut -= 1
        last = cut


def _addition(child: Token, concessions: set[str]) -> bool:
    """A relative clause, apposition, participle clause or concession set off by a comma or
    dash."""
    if child.left_edge.i == 0:
        return False
    before = child.doc[child.left_edge.i - 1]
    if before.text != "," and before.text not in _DASHES:
        return False
    if child.dep_ in {"relcl", "appos"}:
        return True
    if child.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in concessions for c in child.children
    ):
        return True
    return (
        child.dep_ in _PARTICIPLE_CLAUSES
        and child.tag_ == "VBG"
        and not any(c.dep_ in {"nsubj", "aux"} for c in child.lefts)
    )
