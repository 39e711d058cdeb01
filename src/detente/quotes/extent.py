"""Where reported content ends: what the parse hangs on its edge but the speaker did not say.

The content of a cue is a subtree of the parse, and its edges are where annotators and the parse
disagree most. After an object ("accused X of Y", "described X as Y", "offered help to students")
the cue's own prepositional phrases carry the role or topic of what was said and belong to the
content, until one opens a circumstance of the telling ("... in a statement on Monday"). At the
right end, a comma-separated trailing addition the writer hangs on the last word is not part of
what was said: an apposition (", the ..."), a participle clause (", citing ..."), a concession
(", though ...") and, after an object, a non-restrictive relative clause (", which ..."); inside a
reported clause the relative clause is the speaker's own and stays. Annotators are not
consistent about these either, so the cut is what agrees with them most often, not a rule of
grammar. Two slips of the parse are mended: a sentence it opens in the middle of a content with
no punctuation before it is joined back, and a verb coordinated with the cue that cannot share
its tense (a bare infinitive after "said") is taken for part of the content.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.quotes.attribution import is_break, is_mark

# Frames whose content is an object of the cue, which the cue's own prepositions may continue.
_OBJECT_FRAMES = frozenset({"dobj", "pobj", "oprd"})
_PARTICIPLE_CLAUSES = frozenset({"advcl", "xcomp", "acl", "conj"})
_DASHES = frozenset({"--", "—", "–", "―"})
# "described X as Y", "blamed X for Y": the parser does not always file these as prepositions.
_ROLES = frozenset({"as", "for"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_CLOSERS = frozenset({".", "!", "?", ":", ";"})


def extend(verb: Token, frame: str, last: int, adjuncts: set[str]) -> int:
    """The last content token once the cue's role prepositions after the object are added."""
    if frame not in _OBJECT_FRAMES:
        return last
    doc = verb.doc
    for child in verb.rights:
        if child.i <= last:
            continue
        if child.dep_ == "dobj" and doc[child.left_edge.i - 1].dep_ == "cc":
            # "condemned the test as reckless and a threat": the parser hangs the second of two
            # coordinated objects on the cue.
            last = child.right_edge.i
            continue
        if child.dep_ != "prep" and child.lower_ not in _ROLES:
            continue
        if child.lower_ in adjuncts:
            break
        last = child.right_edge.i
    while last > verb.i + 1 and doc[last].dep_ == "cc":
        last -= 1
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
            and child.tag_ != verb.tag_
            and (child.tag_ == head.tag_ or _nonfinite(child, verb) or _gerunds(child, first))
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
        ):
            last = child.right_edge.i
    return last


def _root(doc: Doc, first: int, last: int) -> Token | None:
    """The content token whose head lies outside the content (the widest, if several)."""
    roots = [t for t in doc[first : last + 1] if not first <= t.head.i <= last or t.head.i == t.i]
    return max(roots, key=lambda t: t.right_edge.i) if roots else None


def trim(doc: Doc, first: int, last: int, concessions: set[str], clause: bool = False) -> int:
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
        if not _addition(child, concessions) or (clause and child.dep_ == "relcl"):
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
    if child.dep_ == "appos" and _listed(child):
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


def _listed(child: Token) -> bool:
    """An "apposition" that opens a list ("a sham, a waste and a disgrace"): the parser's reading
    of the second of three coordinated items, which are all said."""
    return any(c.dep_ == "cc" for c in child.children) or any(
        c.dep_ == "conj" and any(g.dep_ == "cc" for g in c.lefts) for c in child.children
    )


def _nonfinite(child: Token, verb: Token) -> bool:
    """A bare infinitive, which cannot be coordinated with a finite cue ("said she wanted to
    speak and let them know"): it continues the content whatever the content's head."""
    return child.tag_ == "VB" and verb.tag_ in {"VBD", "VBZ"}


def _gerunds(child: Token, first: int) -> bool:
    """A gerund after a content that opens with one ("mentioned raising fees and forcing
    landlords to ..."), where the parser made the first gerund a modifier of its noun."""
    return child.tag_ == "VBG" and child.doc[first].tag_ == "VBG"


def own_clause(verb: Token) -> int:
    """The last token of the verb's own clause, before a clause coordinated with it that has a
    subject of its own ("The vote is expected to slip, but the party seems calm")."""
    last = verb.right_edge.i
    for child in verb.rights:
        if child.dep_ == "conj" and any(c.dep_ in _SUBJECTS for c in child.lefts):
            last = child.left_edge.i - 1
            doc = verb.doc
            while last > verb.i and (doc[last].is_punct or doc[last].dep_ == "cc"):
                last -= 1
            break
    return last


def unsplit(doc: Doc, last: int) -> int:
    """The content's last token once a sentence the parser opened after it without any
    punctuation ("cited remarks | Trump had made about her") is joined back to it."""
    after = last + 1
    if after >= len(doc) or not doc[after].is_sent_start or doc[last].text in _CLOSERS:
        return last
    if is_mark(doc[last]) and last > 0 and doc[last - 1].text in _CLOSERS:
        return last
    if is_break(doc[last]) or is_break(doc[after]) or doc[after].is_punct:
        return last
    end = after + 1
    while end < len(doc) and not doc[end].is_sent_start and not is_break(doc[end]):
        end += 1
    return end - 1
