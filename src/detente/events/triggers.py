"""Finding the words of a sentence that state events, and how those words govern each other.

A sentence often holds several trigger words for one reported event ("agreed to hold talks",
"killed two soldiers in a bomb attack"). Each trigger becomes a :class:`Candidate`; linking every
candidate to the nearest candidate above it in the parse, with the kind of link, is what lets
the coder fold a complement into its frame and an instrument into its attack, so one report
stays one event.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from detente.events.codebook import Codebook, Constraint, Entry
from detente.events.syntax import (
    MODIFIERS,
    RELATIVE_PRONOUNS,
    SUBJECTS,
    children,
    is_time,
    is_verb,
    lemma_keys,
    objects,
    phrase_words,
    subject,
)
from detente.events.tokens import CueIds, TokenTable

ARGUMENT, SIBLING, ADVERBIAL, SEPARATE = "argument", "sibling", "adverbial", "separate"
NOUNS = frozenset({"NOUN", "PROPN"})
PREP_DEPS = frozenset({"prep", "agent", "dative"})
MAX_TRIGGER_TOKENS = 5
# Prepositions that put a nominal event as the setting of a frame's act, not its content.
SETTINGS = frozenset({"in", "at", "during"})


@dataclass(eq=False, slots=True)
class Candidate:
    """One trigger word with its lexicon entry and its place among the sentence's triggers."""

    token: Token
    entry: Entry
    tokens: list[Token]
    light: Token | None = None
    aspect: Token | None = None
    carrier: Token | None = None
    parent: Candidate | None = None
    relation: str = ""
    depth: int = 0
    background: bool = False
    told: bool = False
    children: list[Candidate] = field(default_factory=list)

    @property
    def verbal(self) -> bool:
        return self.entry.pos == "V"

    @property
    def anchors(self) -> list[Token]:
        """The trigger and the verbs that carry it (for its date and modality)."""
        return [t for t in (self.token, self.light, self.aspect) if t is not None]

    def span(self) -> tuple[int, int]:
        toks = self.tokens if len(self.tokens) > 1 else [self.token]
        first = min(t.i for t in toks)
        last = max(t.i for t in toks)
        if last - first >= MAX_TRIGGER_TOKENS:
            first = last = self.token.i
        doc = self.token.doc
        return doc[first].idx, doc[last].idx + len(doc[last].text)


def _satisfies(token: Token, constraint: Constraint, control: frozenset[str]) -> list[Token] | None:
    """The tokens that meet one lexicon condition (an empty list: met by absence), else None."""
    slot, words = constraint.slot, constraint.words
    if slot == "prt":
        hits = [c for c in children(token, ("prt", "prep", "advmod")) if c.lower_ in words]
    elif slot == "prep":
        holders = [token, *(o for o in objects(token) if o.dep_ == "dobj")]
        hits = [
            c
            for h in holders
            for c in h.children
            if c.dep_ in PREP_DEPS and c.lower_ in words and not _timing(c)
        ]
    elif slot == "oprd":
        # "called X Y": the parser gives Y as oprd, or as a second direct object.
        named = [*children(token, ("oprd",)), *list(children(token, ("dobj",)))[1:]]
        hits = [c for c in named if not words.isdisjoint(phrase_words(c))]
    elif slot == "acomp":
        hits = [c for c in children(token, ("acomp",)) if not words.isdisjoint(lemma_keys(c))]
    elif slot == "mod":
        hits = [
            c for c in token.children if c.dep_ in MODIFIERS and not words.isdisjoint(lemma_keys(c))
        ]
    elif slot in ("obj", "subj"):
        if slot == "obj":
            found = objects(token)
        else:
            subj = subject(token, control)
            found = [subj] if subj is not None else []
        if not words:
            return None if found else []
        hits = [t for t in found if not words.isdisjoint(phrase_words(t))]
    else:
        # "pulled X out of the deal": the parser hangs "of" on "out", not on the verb
        preps = [
            inner
            for prep in token.children
            if prep.dep_ in PREP_DEPS | {"prt"}
            for inner in (prep, *(c for c in prep.children if c.dep_ == "prep"))
        ]
        hits = [
            obj
            for prep in preps
            if prep.lower_ == slot
            for obj in children(prep, ("pobj",))
            if not words.isdisjoint(phrase_words(obj))
        ]
    return hits or None


def _timing(prep: Token) -> bool:
    """ "on Monday", "by Friday": a preposition that only dates the event."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(is_time(o) for o in objs)


def match(token: Token, codebook: Codebook) -> tuple[Entry, list[Token]] | None:
    """The most specific lexicon entry this token satisfies, with the tokens that satisfied it."""
    if is_verb(token):
        if token.tag_ == "VBG" and token.dep_ in ("amod", "compound"):
            return None  # "missile-warning data", "the ruling party": a property, not an act
        pos = "V"
    elif token.pos_ in NOUNS and not token.ent_type_:
        pos = "N"
    else:
        return None
    control = codebook.cues.get("control", frozenset())
    for key in lemma_keys(token):
        entries = codebook.lookup(pos, key)
        if not entries:
            continue
        for entry in entries:
            tokens = [token]
            for constraint in entry.constraints:
                hits = _satisfies(token, constraint, control)
                if hits is None:
                    break
                tokens.extend(hits)
            else:
                return (entry, tokens) if entry.cameo else None
        return None
    return None


def _is(codebook: Codebook, cue_class: str, token: Token) -> bool:
    return any(codebook.is_(cue_class, key) for key in lemma_keys(token))


def _carrier(cand: Candidate, codebook: Codebook) -> None:
    """Note the light verb carrying a nominal trigger ("staged a protest", "went on strike",
    "launched a mediation effort", "began ten days of war games") or the aspect verb saying it
    happened ("talks took place", "a war which lasted ...")."""
    tok = cand.token
    node = tok
    for _ in range(2):
        if node.dep_ == "compound" or (
            node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in NOUNS
        ):
            node = node.head if node.dep_ == "compound" else node.head.head
    if node != tok:
        cand.carrier = node
    head = node.head
    naming = any(children(head, ("oprd",)))  # "called the strikes a response": no light verb
    if node.dep_ in ("dobj", "nsubjpass") and _is(codebook, "light", head) and not naming:
        cand.light = head
    elif node.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        if any(codebook.light_preps.get(k) == head.lower_ for k in lemma_keys(verb)):
            cand.light = verb
    if tok.dep_ in ("nsubj", "nsubjpass") and _is(codebook, "aspect", tok.head):
        cand.aspect = tok.head
    for rel in (r for t in {tok, node} for r in children(t, ("relcl",))):
        if _is(codebook, "aspect", rel):
            cand.aspect = rel
        elif any(c.tag_ in RELATIVE_PRONOUNS for c in children(rel, SUBJECTS)):
            cand.told = True  # "a war that has devastated the territory"
    cand.told = cand.told or cand.aspect is not None


def _noun_clause_owner(
    verb: Token, clause: Token, by_index: dict[int, Candidate]
) -> Candidate | None:
    """The nominal frame a "that" clause belongs to when the parser hung the clause on the
    verb instead ("reiterated its demand today that X ...")."""
    if clause.dep_ != "ccomp" or not any(m.lower_ == "that" for m in children(clause, ("mark",))):
        return None
    for obj in children(verb, ("dobj",)):
        owner = by_index.get(obj.i)
        if owner is not None and owner.entry.frame is not None and obj.i < clause.i:
            return owner
    return None


def _link(cand: Candidate, by_index: dict[int, Candidate], codebook: Codebook) -> None:
    """Find the nearest candidate above ``cand`` and classify the path to it."""
    deps = [cand.token.dep_]
    node = cand.token
    # A war the sentence tells something of ("since the war began") is an event even in a
    # background clause; other nominal events there are only its setting.
    kept = cand.told and codebook.codes[cand.entry.cameo or ""].type in codebook.told_types
    while node.head != node:
        marks = [c.lower_ for c in children(node, ("mark",))]
        if any(codebook.is_("background", m) for m in marks) and not cand.verbal and not kept:
            cand.background = True
        below, node = node, node.head
        if node.dep_ == "prep" and not kept and not cand.verbal and below.i == cand.token.i:
            if codebook.is_("background", node.lower_) or codebook.is_("prior", node.lower_):
                cand.background = True
        elif node.dep_ == "prep" and codebook.is_("background", node.lower_) and not kept:
            cand.background = True
        parent = by_index.get(node.i)
        if parent is None and is_verb(node):
            parent = _noun_clause_owner(node, below, by_index)
        if parent is not None and parent is not cand:
            cand.parent = parent
            cand.depth = len(deps)
            cand.relation = _relation(cand, deps, parent)
            parent.children.append(cand)
            return
        if is_verb(node) and _is(codebook, "report", node):
            return
        deps.append(node.dep_)


def _relation(cand: Candidate, deps: list[str], parent: Candidate) -> str:
    """How a candidate hangs on the candidate above it: as an argument (folded in), a
    conjoined or adverbial event (merged when of one type), or a separate clause."""
    if deps == ["conj"]:
        return SIBLING
    last = deps[-1]
    if deps[0] == "advcl" and cand.verbal:
        purpose = any(c.tag_ == "TO" for c in children(cand.token, ("aux",)))
        if len(deps) == 1 and not purpose:
            return ADVERBIAL
        if purpose:
            deps = deps[1:]
    if any(d in ("relcl", "parataxis", "advcl") for d in deps):
        return SEPARATE
    if "acl" in deps[:-1] or ("acl" in deps and parent.entry.frame is None):
        return SEPARATE
    if parent.entry.frame is not None and last in ("nsubj", "nsubjpass", "csubj"):
        return SEPARATE
    if last == "conj" and parent.entry.frame is None and parent.verbal:
        return SEPARATE  # "called the deal defective and signed an order": the order is its own
    framed = parent.entry.frame is not None or (
        parent.relation == ARGUMENT
        and parent.parent is not None
        and parent.parent.entry.frame is not None
    )
    if framed and deps[:2] == ["pobj", "prep"] and cand.token.head.lower_ in SETTINGS:
        # "agreed in a phone call", "agreed to swap prisoners at a summit": where it was
        # agreed happened
        return SEPARATE
    return ARGUMENT


def obliged_clause(verb: Token, codebook: Codebook) -> Token | None:
    """The clause a reporting verb introduces when it says someone must act ("said X must ...")."""
    lemma = verb.lemma_.lower()
    if not (verb.tag_.startswith("VB") and codebook.is_("report", lemma)):
        return None
    if codebook.is_("belief", lemma):
        return None
    for clause in children(verb, ("ccomp",)):
        first, last = sorted((verb.i, clause.left_edge.i, clause.right_edge.i))[::2]
        if "\n" in verb.doc[first : last + 1].text:
            continue  # a sentence the parser ran across paragraphs: not what this verb says
        auxes = [c.lemma_.lower() for c in children(clause, ("aux",))]
        if any(codebook.is_("oblige", a) for a in auxes if a not in ("have", "need")):
            return clause
        if clause.lemma_.lower() in ("have", "need") and any(children(clause, ("xcomp",))):
            return clause
        if _subjunctive(clause):
            return clause
    return None


def _subjunctive(clause: Token) -> bool:
    """ "insisted that all aid be delivered", "demanded that he resign": a "that" clause in the
    bare form, with a subject of its own, says what must happen."""
    if not any(m.lower_ == "that" for m in children(clause, ("mark",))):
        return False
    if any(children(clause, ("aux",))) or not any(children(clause, (*SUBJECTS, "nsubjpass"))):
        return False
    passive = [c for c in children(clause, ("auxpass",))]
    if passive:
        return all(c.tag_ == "VB" for c in passive)
    return clause.tag_ == "VB"


def candidates(
    sentence: SpacySpan, codebook: Codebook, table: TokenTable, cues: CueIds
) -> list[Candidate]:
    """Every trigger in the sentence, linked to the trigger governing it (if any)."""
    found: list[Candidate] = []
    doc = sentence.doc
    for i in range(sentence.start, sentence.end):
        if not table.may_trigger(i, cues):
            continue
        token = doc[i]
        hit = match(token, codebook)
        if hit is not None:
            entry, tokens = hit
            cand = Candidate(token, entry, tokens)
            if not cand.verbal:
                _carrier(cand, codebook)
                if token.dep_ == "compound" and cand.light is None:
                    continue
            found.append(cand)
        elif obliged_clause(token, codebook) is not None:
            found.append(Candidate(token, codebook.request_entry(token.lemma_.lower()), [token]))
    by_index = {c.token.i: c for c in found}
    # "war games", "bomb attack": the phrase's head is the trigger; its modifier only says how.
    found = [c for c in found if not (c.token.dep_ == "compound" and c.token.head.i in by_index)]
    by_index = {c.token.i: c for c in found}
    for cand in found:
        if cand.light is not None:
            by_index.setdefault(cand.light.i, cand)
        elif (
            cand.verbal and cand.token.dep_ == "xcomp" and _is(codebook, "aspect", cand.token.head)
        ):
            # "have begun gathering, demanding ...": what hangs on "begun" hangs on the gathering
            by_index.setdefault(cand.token.head.i, cand)
        if not cand.verbal and cand.token.dep_ == "appos":
            cand.background = True  # "dissolved parliament, a key demand of the students"
    for cand in found:
        _link(cand, by_index, codebook)
    return found
