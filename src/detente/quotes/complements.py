"""Where a cue verb's content lies in the parse, by the frames the lexicon gives the cue.

A clause ("said (that) ...", "asked whether ..."), an infinitive ("wants to ..."), an object and
infinitive ("urged X to ..."), an object and predicate ("called X a "liar""), a noun phrase
("denied the report"), an object with its "as" role ("saw the vote as a warning") or the object of
a phrasal cue's particle ("called for ..."). Frames that the parse does not show directly are
read from the cue's position: a cue after its content ("..., the Post reports"), a parenthetical
cue ("X, he said, Y"), a cue closing its sentence after a comma ("People like Scott, he said."),
an "as" aside ("As the minister noted, ..."), a cue whose colon closes its paragraph ("He
added:") and introduces the next one, and a cue in a relative clause about the noun the clause
describes ("the programs she proposed"). Of two clauses the parse gives one cue, the one after it
is what it reports; a time clause ("..., when the state said ...") is none.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.quotes.attribution import cue_of, is_break, sentence
from detente.quotes.lexicon import Cue, Lexicon

_MARKS = frozenset({'"', "“", "”", "''", "``"})
_RELATIVES = frozenset({"who", "whom", "which", "that"})
_ENDS = frozenset({".", "!", "?"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
# What the parser makes of the name an object is called when it misses the predicate.
_PREDICATES = frozenset({"amod", "acl", "appos", "oprd"})
FRAME_ORDER = (
    "ccomp",
    "aside",
    "obj_xcomp",
    "xcomp",
    "oprd",
    "pobj",
    "dobj",
    "dobj_as",
    "evidence",
)


def complement(
    verb: Token, cue: Cue, particle: Token | None, lexicon: Lexicon
) -> tuple[int, int, str] | None:
    """First and last token of the content, by the first of the cue's frames that applies."""
    by_dep: dict[str, Token] = {}
    start = sentence(verb).start
    for child in verb.children:
        # A headline the parser joined to the next paragraph's "said" is not what was said.
        if child.i >= start:
            by_dep.setdefault(child.dep_, child)
    # Of two clauses, the one after the cue is what it reports ("X: Republicans said Y").
    after = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if after is not None and not any(t.text in _ENDS for t in verb.doc[verb.i : after.left_edge.i]):
        by_dep["ccomp"] = after
    for frame in FRAME_ORDER:
        if frame not in cue.frames:
            continue
        if frame == "ccomp":
            clause = by_dep.get("ccomp") or _unmarked_clause(verb)
            if clause is not None and clause.i < verb.i and (framed := _trails(verb)) is not None:
                return (*framed, frame)
            if clause is not None:
                inner = _trailing_frame_content(clause, lexicon)
                return (*_edges(inner or clause), frame)
            if verb.dep_ == "parataxis":
                return (*_around(verb), frame)
            if (who := _closing(verb)) is not None:
                return sentence(verb).start, who.left_edge.i - 1, frame
            if _aside(verb, lexicon):
                return (*_hosted(verb), frame)
        if frame == "aside" and _aside(verb, lexicon):
            return (*_hosted(verb), frame)
        if frame == "obj_xcomp" and (goal := by_dep.get("xcomp") or _infinitive(verb)):
            target = by_dep.get("dobj") or by_dep.get("dative") or _object(particle)
            if target is not None and target.i < goal.i and _instructed(target, cue, lexicon):
                return target.left_edge.i, goal.right_edge.i, frame
        if frame == "xcomp" and "xcomp" in by_dep and by_dep["xcomp"].pos_ in {"VERB", "AUX"}:
            return (*_edges(by_dep["xcomp"]), frame)
        if frame == "oprd" and "oprd" in by_dep and "dobj" in by_dep:
            return by_dep["dobj"].left_edge.i, by_dep["oprd"].right_edge.i, frame
        if frame == "oprd" and "dobj" in by_dep and _named(by_dep["dobj"]):
            return (*_edges(by_dep["dobj"]), frame)
        if frame == "oprd" and (named := _naming(verb)) is not None:
            return (*named, frame)
        if frame == "pobj" and particle is not None and particle.dep_ == "mark":
            return particle.i + 1, particle.head.right_edge.i, frame
        if frame == "pobj" and (target := _object(particle)) is not None:
            first, last = _edges(target)
            goal = by_dep.get("xcomp")
            return first, goal.right_edge.i if goal is not None and goal.i > last else last, frame
        if frame == "dobj" and "dobj" in by_dep:
            return (*_edges(by_dep["dobj"]), frame)
        if frame == "evidence" and "dobj" in by_dep and _evidence(by_dep.get("nsubj"), lexicon):
            return (*_edges(by_dep["dobj"]), frame)
        if frame == "dobj_as" and "dobj" in by_dep:
            role = next(
                (c for c in verb.rights if c.lower_ == "as" and c.i > by_dep["dobj"].i), None
            )
            if role is not None:
                return by_dep["dobj"].left_edge.i, role.right_edge.i, frame
    return None


def relative(verb: Token) -> tuple[int, int, str] | None:
    """What a cue in a relative clause is about when the clause's object is the noun it describes
    ("the programs she has proposed", "a diatribe, which the network pointed to as ...")."""
    if verb.dep_ != "relcl":
        return None
    who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    objects = [c for c in verb.children if c.dep_ in {"dobj", "ccomp", "xcomp", "oprd"}]
    if who is None or who.lower_ in _RELATIVES:
        return None
    if any(c.dep_ == "advmod" and (c.tag_ == "WRB" or c.lower_ == "that") for c in verb.lefts):
        return None  # "the city where she spoke", "the way that we respond"
    if any(c.lower_ not in _RELATIVES for c in objects):
        return None
    return verb.head.left_edge.i, verb.right_edge.i, "relative"


def _instructed(target: Token, cue: Cue, lexicon: Lexicon) -> bool:
    """Whether "to ..." after a verb of telling's object is an instruction: only a person or
    group is told to do something; after what is told ("told the story to win over the crowd")
    it is the purpose of the telling. A verb of wanting ("wants the bill to pass") takes any
    object, so only cues that also report a clause are verbs of telling here."""
    return "ccomp" not in cue.frames or target.lemma_.lower() not in lexicon.messages


def _evidence(subject: Token | None, lexicon: Lexicon) -> bool:
    """A poll or a survey as the subject: "the poll shows a close race" reports what the poll
    found, where "the team showed no sign of it" reports nothing."""
    return subject is not None and subject.lemma_.lower() in lexicon.sources


def _named(target: Token) -> bool:
    """An object that carries the name it is called, which the parser did not split off as a
    predicate ("called the deal "a disaster"", "called the charges baseless")."""
    if any(t.text in _MARKS for t in target.subtree):
        return True
    return any(c.dep_ in _PREDICATES and c.i > target.i for c in target.children)


def block(verb: Token) -> tuple[int, int, str] | None:
    """ "He added:" closing a paragraph introduces the next one, quoted or not."""
    doc = verb.doc
    colon = verb.i + 1
    while colon < len(doc) and doc[colon].dep_ == "prt":
        colon += 1
    if colon + 2 >= len(doc) or doc[colon].text != ":" or not is_break(doc[colon + 1]):
        return None
    last = colon + 2
    while last + 1 < len(doc) and not is_break(doc[last + 1]):
        last += 1
    return colon + 2, last, "block"


def _aside(verb: Token, lexicon: Lexicon) -> bool:
    """ "as the minister noted (in a speech)", "as one aide put it": an "as" clause with its own
    speaker and nothing said to anyone (not the "as" of time in "as they spoke to donors"). The
    parser hangs a trailing aside on the noun before it as often as on the clause it comments
    on; "it" is what "put" says, and a circumstance of the telling ("in a memo") is no
    addressee."""
    if verb.dep_ not in {"advcl", "relcl"} or not any(c.lower_ == "as" for c in verb.lefts):
        return False
    if verb.dep_ == "relcl":
        before = verb.left_edge.i - 1
        while before > 0 and verb.doc[before].text in _MARKS:
            before -= 1
        if verb.doc[before].text != ",":
            return False
    deps = {
        c.dep_
        for c in verb.children
        if not (c.dep_ == "dobj" and c.lower_ == "it")
        and not (c.dep_ == "prep" and c.lower_ in lexicon.adjuncts)
    }
    return "nsubj" in deps and not deps & {"dobj", "dative", "prep", "ccomp", "xcomp"}


def _hosted(verb: Token) -> tuple[int, int]:
    """ "As X noted, ..." attributes the clause that hosts it: the rest of the sentence when the
    frame opens it, what comes before when it closes the sentence, and the whole sentence when
    it interrupts it."""
    whole = sentence(verb)
    if verb.left_edge.i <= whole.start:
        return verb.right_edge.i + 1, whole.end - 1
    rest = verb.doc[verb.right_edge.i + 1 : whole.end]
    if all(t.is_punct or t.is_space for t in rest):
        return _commented(verb, whole.start), verb.left_edge.i - 1
    return whole.start, whole.end - 1


def _commented(verb: Token, start: int) -> int:
    """Where the clause a trailing aside comments on begins: at the subject of the nearest clause
    above it ("..., because while X, the rule is Y, as a memo put it" is about the rule)."""
    node = verb.head
    while node.head.i != node.i:
        if node.pos_ in {"VERB", "AUX"} and any(c.dep_ in _SUBJECTS for c in node.lefts):
            break
        node = node.head
    who = next((c for c in node.lefts if c.dep_ in _SUBJECTS), None)
    return max(start, who.left_edge.i) if who is not None else start


def _infinitive(verb: Token) -> Token | None:
    """The "to" infinitive of "told X (at a rally) to ...", which the parser often files as a
    clause of purpose when a phrase stands between the object and "to"."""
    for child in verb.rights:
        if child.dep_ != "advcl" or child.pos_ != "VERB":
            continue
        deps = {c.dep_ for c in child.lefts}
        if "mark" in deps or deps & {"nsubj", "nsubjpass"}:
            continue
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in child.lefts):
            return child
    return None


def _naming(verb: Token) -> tuple[int, int] | None:
    """ "called Patel a "fraud"": the parser makes both the one named and the name predicates
    (or objects) of the cue; the content runs from the first through the second."""
    named = [
        c
        for c in verb.rights
        if c.dep_ in {"oprd", "dobj", "dative", "attr"} and c.pos_ in {"NOUN", "PROPN", "PRON"}
    ]
    if len(named) < 2:
        return None
    return named[0].left_edge.i, named[1].right_edge.i


def _trails(verb: Token) -> tuple[int, int] | None:
    """A cue after its content that hangs under an earlier verb: "X said Y, the Post reports"
    parses "reports" as the complement of "said", though it frames all that comes before it."""
    if verb.dep_ not in {"ccomp", "parataxis"} or verb.head.i > verb.i:
        return None
    who = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    return (verb.head.left_edge.i, who.left_edge.i - 1) if who is not None else None


def _trailing_frame_content(clause: Token, lexicon: Lexicon) -> Token | None:
    """The content of "said" when its complement is such a trailing frame: the clause before it."""
    if cue_of(clause, lexicon) is None or not any(c.dep_ == "nsubj" for c in clause.children):
        return None
    return next((c for c in clause.lefts if c.dep_ in {"ccomp", "advcl"}), None)


def _object(particle: Token | None) -> Token | None:
    if particle is None:
        return None
    return next((c for c in particle.children if c.dep_ in {"pobj", "pcomp"}), None)


def _unmarked_clause(verb: Token) -> Token | None:
    """A reported clause filed as adverbial ("said after the talks he would resign").

    The small model often does this; an adverbial clause with its own subject and no
    conjunction is taken for the reported one.
    """
    for child in verb.rights:
        deps = {c.dep_ for c in child.children}
        # "..., when the state said ..." is a time, not what was said; "said when they would
        # vote", right after the cue, is a question that was answered.
        timed = child.left_edge.i > verb.i + 1 and any(c.tag_ == "WRB" for c in child.lefts)
        if child.dep_ == "advcl" and "mark" not in deps and deps & {"nsubj", "nsubjpass"}:
            return None if timed else child
    return None


def _closing(verb: Token) -> Token | None:
    """The subject of a cue that closes its sentence after a comma with no complement of its own
    ("People like Scott, he said."): it frames what comes before it, which the parser did not
    make a clause."""
    if verb.dep_ in {"relcl", "acl"} or any(
        c.dep_ in {"ccomp", "xcomp", "dobj", "dative"} for c in verb.children
    ):
        return None
    who = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None)
    if who is None or who.left_edge.i == 0 or who.lower_ in _RELATIVES:
        return None
    between = verb.doc[who.right_edge.i + 1 : verb.i]
    if any(t.pos_ not in {"AUX", "ADV", "PART"} for t in between):
        return None
    after = verb.doc[verb.i + 1 : sentence(verb).end]
    if any(not (t.is_punct or t.is_space) for t in after):
        return None
    before = verb.doc[who.left_edge.i - 1]
    return who if before.text == "," and before.i > sentence(verb).start else None


def _around(verb: Token) -> tuple[int, int]:
    """A parenthetical cue: "X, he said." attributes X, "X, he said, Y." the whole sentence."""
    whole = sentence(verb)
    after = verb.doc[verb.right_edge.i + 1 : whole.end]
    if any(not t.is_punct and not t.is_space for t in after):
        return whole.start, whole.end - 1
    return whole.start, verb.left_edge.i - 1


def _edges(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i
