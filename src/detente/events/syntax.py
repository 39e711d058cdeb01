"""Small readings of the spaCy dependency parse that the event rules share.

The rules speak of subjects, objects and phrases rather than of dependency labels, so the
labels (ClearNLP style, as the English spaCy models use) are interpreted in one place.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
MODIFIERS = frozenset({"compound", "amod", "nmod", "npadvmod"})
CLAUSAL = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"})
RELATIVE_PRONOUNS = frozenset({"WDT", "WP"})
TIMES = frozenset({"DATE", "TIME"})
# Heads of time phrases ("on Monday", "in March", "by the weekend"), checked together with the
# entity label, which alone also falls on place names ("at Kyiv overnight").
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december today tonight yesterday tomorrow "
    "morning afternoon evening night day week weekend month year decade".split()
)


def is_time(token: Token) -> bool:
    """A noun that only says when: a weekday, month, "night", a date's number."""
    return token.ent_type_ in TIMES and (token.lower_ in TIME_WORDS or token.like_num)


def lemma_keys(token: Token) -> Iterator[str]:
    """The token's lemma, then base forms guessed from its spelling.

    The small model's lemmatiser misreads some inflections ("staged" -> "stag"), so lexicon
    lookups also try the forms an English inflection would come from. Lazy, because most
    lookups stop at the lemma.
    """
    lemma = token.lemma_.lower()
    yield lemma
    word = token.lower_
    tag = token.tag_
    stems: tuple[str, ...] = ()
    if tag in ("VBD", "VBN") and word.endswith("ed"):
        stems = (
            word[:-1],
            word[:-2],
            word[:-3] if word[-3:-2] == word[-4:-3] else "",
            word[:-3] + "y" if word.endswith("ied") else "",
        )
    elif tag == "VBG" and word.endswith("ing"):
        stems = (word[:-3], word[:-3] + "e", word[:-4] if word[-4:-3] == word[-5:-4] else "")
    elif tag in ("VBZ", "NNS") and word.endswith("s"):
        stems = (
            word[:-1],
            word[:-2] if word.endswith("es") else "",
            word[:-3] + "y" if word.endswith("ies") else "",
        )
    elif tag in ("VB", "VBP", "NN"):
        stems = (word,)
    for stem in stems:
        if stem and stem != lemma:
            yield stem


def children(token: Token, deps: frozenset[str] | set[str] | tuple[str, ...]) -> Iterator[Token]:
    return (c for c in token.children if c.dep_ in deps)


def first_child(token: Token, deps: frozenset[str] | set[str] | tuple[str, ...]) -> Token | None:
    return next(children(token, deps), None)


def is_verb(token: Token) -> bool:
    return (token.tag_.startswith("VB") and token.pos_ != "AUX") or token.pos_ == "VERB"


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children) or (
        _bare_passive(verb)
    )


def _bare_passive(verb: Token) -> bool:
    """A past participle with a "by" agent and no auxiliary, whose "subject" is what it acts
    on: "had their diplomats expelled by Caracas"."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in verb.children)
        and not any(c.dep_ == "aux" for c in verb.children)
    )


def prep_objects(token: Token, preps: frozenset[str] | set[str]) -> Iterator[Token]:
    """Objects of the token's prepositions in ``preps`` ("against X", "by X"); never a time
    ("on Monday"), which no event acts on."""
    for prep in token.children:
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ in ("pobj", "pcomp") and not is_time(obj):
                    yield obj


def agent(verb: Token) -> Token | None:
    """The "by" phrase of a passive verb."""
    for prep in children(verb, ("agent",)):
        obj = first_child(prep, ("pobj",))
        if obj is not None:
            return obj
    return None


def objects(token: Token) -> list[Token]:
    """What a verb acts on (its object; the subject of a passive), or a noun's "of" phrase.
    In a clause on a noun the noun fills the gap: "sanctions that were lifted", "a ruling
    Beijing never accepted", "the treaty signed in 1975"."""
    if not is_verb(token):
        return list(prep_objects(token, {"of"}))
    found = [c for c in token.children if c.dep_ in ("dobj", "dative", "oprd")]
    if is_passive(token):
        found += list(children(token, PASSIVE_SUBJECTS))
        if _bare_passive(token):
            found += list(children(token, SUBJECTS))
    if token.dep_ in ("relcl", "acl"):
        gap = [c for c in found if c.tag_ in RELATIVE_PRONOUNS]
        found = [c for c in found if c not in gap]
        own_subject = any(c.tag_ not in RELATIVE_PRONOUNS for c in children(token, SUBJECTS))
        passive_participle = token.dep_ == "acl" and token.tag_ == "VBN"
        if gap or (not found and (own_subject or passive_participle)):
            found.append(token.head)
    return found


def phrase_words(head: Token) -> set[str]:
    """What a noun phrase can be matched on: its head, modifiers, "of" phrase and conjuncts."""
    words: set[str] = set()
    stack = [head]
    while stack:
        tok = stack.pop()
        words.update(lemma_keys(tok))
        if tok.ent_type_:
            words.add("@" + tok.ent_type_)
        for c in tok.children:
            if c.dep_ in MODIFIERS or c.dep_ == "conj":
                stack.append(c)
            elif c.dep_ == "prep" and c.lower_ == "of" and tok == head:
                stack.extend(children(c, ("pobj",)))
    return words


def clause_verb(token: Token) -> Token:
    """The nearest verb at or above ``token`` (the token itself when no verb governs it)."""
    node = token
    while not is_verb(node) and node.head != node:
        node = node.head
    return node if is_verb(node) else token


def tokens_of_clause(verb: Token) -> Iterator[Token]:
    """The verb and the tokens it governs without crossing into another clause."""
    stack = [verb]
    while stack:
        tok = stack.pop()
        yield tok
        stack.extend(c for c in tok.children if c.dep_ not in CLAUSAL and c.dep_ != "conj")


def subject(verb: Token, control: frozenset[str], depth: int = 0) -> Token | None:
    """Who does what ``verb`` says: its active subject, the "by" agent of a passive, or the
    subject it inherits (from the verb it is conjoined to, the verb controlling its 'to' clause,
    or the noun a relative or participle clause hangs on)."""
    if depth > 8:
        return None
    if is_passive(verb):
        return agent(verb)
    # With two subjects (a dateline parsed as one: "SEOUL — ... after Trump warned") the one
    # nearest the verb is its own.
    explicit = max(
        children(verb, SUBJECTS), key=lambda c: c.i if c.i < verb.i else -c.i, default=None
    )
    head = verb.head
    dep = verb.dep_
    if explicit is not None:
        if explicit.tag_ in RELATIVE_PRONOUNS and dep == "relcl":
            return head
        return explicit
    if head == verb:
        return None
    if dep == "relcl" or (dep == "acl" and verb.tag_ == "VBG"):
        return head
    if dep == "xcomp":
        governor = head.head if head.dep_ == "acomp" else head
        if is_passive(governor):
            return first_child(governor, PASSIVE_SUBJECTS)
        if governor.lemma_.lower() in control:
            obj = first_child(governor, ("dobj",))
            if obj is not None:
                return obj
        return subject(governor, control, depth + 1)
    if dep == "pcomp" and head.dep_ == "prep":
        governor = head.head
        return first_child(governor, ("dobj",)) or subject(governor, control, depth + 1)
    if dep == "conj" and is_verb(head) and is_passive(head):
        if verb.tag_ == "VBN" and not any(children(verb, ("aux",))):
            return agent(head)
        return first_child(head, PASSIVE_SUBJECTS)
    if dep in ("conj", "advcl") and is_verb(head):
        return subject(head, control, depth + 1)
    return None


def holder(verb: Token, control: frozenset[str]) -> Token | None:
    """Who has the plan, decision or right an infinitive hangs on ("his decision to withdraw",
    "Russia has plans to attack"): the noun's possessor, else the subject of the verb whose
    object the noun is."""
    noun = verb.head
    owner = first_child(noun, ("poss",))
    if owner is not None:
        return owner
    if noun.dep_ == "dobj" and is_verb(noun.head):
        return subject(noun.head, control)
    return None


def patient(verb: Token) -> Token | None:
    """The passive subject, or the one a conjoined passive verb shares ("were killed and hurt")."""
    own = first_child(verb, PASSIVE_SUBJECTS)
    if own is None and _bare_passive(verb):
        own = first_child(verb, SUBJECTS)
    if own is None and verb.dep_ == "conj" and is_passive(verb.head):
        return first_child(verb.head, PASSIVE_SUBJECTS)
    return own
