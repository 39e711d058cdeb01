"""Whether an event is reported as done, or only denied, supposed, intended or remembered.

Event coders' worst errors are false deeds: "talks did not take place", "would have made a
deal", "will reach out", "the war, which lasted from 1950 to 1953". The cues are read from the
event's own clause and the clauses governing it up to the statement that reports it ("X said
..."), never beyond: what the speaker's verb says about the speaking is not about the event,
except that a belief ("she believes the army will refuse") makes a future a guess. An event
noun no verb of its own carries shares the mood of the verb it is the object of ("will wait
for an order", "could facilitate a truce"), never its negation ("did not condemn the attack":
the attack happened). An infinitive on a noun is only what the noun is about ("no right to
attack", "plans to strike"); negated words that affirm ("would not hesitate to") are intents.
Whether an event is background is ``background``'s question.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from detente.events.codebook import Codebook
from detente.events.syntax import children, clause_verb
from detente.events.triggers import Candidate

# Prepositions by which a verb aims at an event still to come ("wait for an order").
GOALS = frozenset({"for", "to", "toward", "towards", "into"})
CLIMB = frozenset({"xcomp", "acomp", "conj", "pcomp", "ccomp", "prep"})


@dataclass(slots=True)
class Signals:
    """The cues found for one event (each holds the word that gave it)."""

    negated: str | None = None
    hypothetical: str | None = None
    intended: str | None = None
    willing: str | None = None
    condition: str | None = None
    historical: str | None = None
    reporter: Token | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    modality: str
    cameo: str
    mode: str | None
    note: str


def _chain(start: Token, codebook: Codebook, signals: Signals) -> list[Token]:
    """The start verb and the verbs governing it, up to (not into) a reporting verb; through a
    preposition of means ("could hit back by curbing ..."), not of time ("after attacking")."""
    chain = [start]
    node = start
    while node.head != node and node.dep_ in CLIMB:
        head = node.head
        if node.dep_ == "ccomp" and codebook.is_("report", head.lemma_.lower()):
            signals.reporter = head
            break
        if node.dep_ == "conj" and _finite(node):
            # "had not been notified and remained committed": its own tense, own mood, but
            # still said by whoever says the first ("said X would not ... and would ...")
            signals.reporter = _reporter(head, codebook)
            break
        if node.dep_ == "prep" and codebook.is_("background", node.lower_):
            break
        chain.append(head)
        node = head
    return chain


def _reporter(verb: Token, codebook: Codebook) -> Token | None:
    """The reporting verb a clause is the statement of, through conjoined and complement verbs."""
    node = verb
    while node.head != node and node.dep_ in ("conj", "xcomp", "ccomp"):
        if node.dep_ == "ccomp" and codebook.is_("report", node.head.lemma_.lower()):
            return node.head
        node = node.head
    return None


def _finite(verb: Token) -> bool:
    """A verb with its own tense or auxiliary, so it shares nothing with the verb it is
    conjoined to ("will not meet or talk" shares; "was sworn in and called for" does not)."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(children(verb, ("aux", "auxpass")))


def _note(slot: str | None, word: str) -> str:
    return slot or word


def _object_of(noun: Token, verb: Token) -> bool:
    """Whether a noun stands in what a verb acts on or aims at, not as its subject: "wait for an
    order", "will face sanctions" (but "the attack could lead to ..." says nothing of the
    attack's being possible)."""
    node = noun
    while node.i != verb.i and node.head != node:
        if node.dep_ in ("nsubj", "nsubjpass", "csubj", "agent", "appos"):
            return False
        if node.dep_ == "prep" and node.lower_ not in GOALS:
            return False  # "avenge the killing in a drone strike": the strike is a setting
        node = node.head
    return node.i == verb.i


def _below(token: Token, above: Token) -> bool:
    """Whether ``above`` governs ``token`` (strictly)."""
    return any(a.i == above.i for a in token.ancestors)


def _borrowed_start(cand: Candidate, codebook: Codebook, signals: Signals) -> Token | None:
    """For an event noun no verb of its own carries: the verb it is the object of, whose mood
    it shares ("would complete the plan and wait for an order", "accused X of plotting a
    coup"); None when that verb reports, codes the noun itself or stands above the trigger the
    noun is folded into, or when the noun is its subject."""
    governor = clause_verb(cand.token)
    if any(codebook.is_("hypothetical", m.lower_) for m in children(governor, ("mark",))):
        signals.hypothetical = _note(signals.hypothetical, "if")
    if (
        governor is cand.token
        or (cand.parent is not None and not _below(governor, cand.parent.token))
        or codebook.is_("report", governor.lemma_.lower())
        or not _object_of(cand.token, governor)
    ):
        return None
    return governor


def _noun_frame(top: Token, codebook: Codebook, signals: Signals) -> None:
    """An infinitive on a noun says what the noun is about, not what happened: "no right to
    hijack" (negated), "plans to strike" (intended), "the power to veto" (hypothetical); a
    "decision to withdraw" or "vote to impose" is the act decided, and stays as it is."""
    noun = top.head
    if top.dep_ not in ("acl", "xcomp") or noun.pos_ not in ("NOUN", "PROPN"):
        return
    if not any(c.tag_ == "TO" for c in children(top, ("aux",))):
        return
    if any(codebook.is_("negate", c.lower_) for c in children(noun, ("det", "neg"))):
        signals.negated = _note(signals.negated, "no " + noun.lower_)
    elif codebook.is_("intend", noun.lemma_.lower()):
        signals.intended = _note(signals.intended, noun.lower_)
    elif codebook.is_("permit", noun.lemma_.lower()):
        signals.hypothetical = _note(signals.hypothetical, noun.lower_)


def read(cand: Candidate, codebook: Codebook) -> Signals:
    """Modality cues for a candidate that stands as an event of its own."""
    signals = Signals()
    is_ = codebook.is_
    if not cand.verbal:
        for c in cand.token.children:
            word = c.lemma_.lower()
            if c.dep_ in ("det", "neg") and is_("negate", word):
                signals.negated = _note(signals.negated, c.lower_)
            elif c.dep_ == "amod" and is_("intend", word):
                signals.intended = _note(signals.intended, c.lower_)
            elif c.dep_ == "amod" and is_("hypothetical", word):
                signals.hypothetical = _note(signals.hypothetical, c.lower_)
    start = cand.token if cand.verbal else (cand.aspect or cand.light)
    borrowed = start is None
    if start is None:
        start = _borrowed_start(cand, codebook, signals)
        if start is None:
            return signals
    would = counterfactual = False
    chain = _chain(start, codebook, signals)
    for k, node in enumerate(chain):
        lemma = node.lemma_.lower()
        for c in node.children:
            dep, word = c.dep_, c.lemma_.lower()
            if dep == "neg" and is_("litotes", lemma):
                signals.intended = _note(signals.intended, f"not {node.lower_}")
            elif dep == "neg":
                if not borrowed:  # "did not condemn the attack": the attack still happened
                    signals.negated = _note(signals.negated, c.lower_)
            elif dep in ("aux", "auxpass"):
                if word == "would":
                    would = True
                elif is_("intend", word):
                    signals.intended = _note(signals.intended, c.lower_)
                elif is_("hypothetical", word) or (is_("oblige", word) and word != "have"):
                    signals.hypothetical = _note(signals.hypothetical, c.lower_)
                elif word == "have" and would:
                    counterfactual = True
                elif c.tag_ == "TO" and k == 0 and node.dep_ == "advcl" and not borrowed:
                    signals.intended = _note(signals.intended, "to")
            elif dep == "advcl" and any(
                m.lower_ in ("if", "unless") for m in children(c, ("mark",))
            ):
                signals.condition = _note(signals.condition, "if")
            elif dep == "mark" and is_("hypothetical", c.lower_):
                signals.hypothetical = _note(signals.hypothetical, c.lower_)
        if k == 0:
            if would and any(c.lemma_.lower() == "have" for c in children(node, ("aux",))):
                counterfactual = True
            if borrowed and is_("await", lemma):
                signals.intended = _note(signals.intended, node.lower_)
            elif borrowed and is_("hypothetical", lemma):
                signals.hypothetical = _note(signals.hypothetical, node.lower_)
            continue
        xcomp = any(children(node, ("xcomp",)))
        if is_("negate", lemma) and not borrowed:
            signals.negated = _note(signals.negated, node.lower_)
        elif is_("willing", lemma):
            signals.willing = _note(signals.willing, node.lower_)
        elif (
            (node.lower_ == "going" and xcomp)
            or is_("intend", lemma)
            or (lemma == "be" and k > 0 and chain[k - 1].dep_ == "xcomp")
        ):
            signals.intended = _note(signals.intended, node.lower_)
        elif is_("hypothetical", lemma) or (lemma in ("have", "need") and xcomp):
            signals.hypothetical = _note(signals.hypothetical, node.lower_)
    _noun_frame(chain[-1], codebook, signals)
    reporter = signals.reporter
    guessed = reporter is not None and is_("belief", reporter.lemma_.lower())
    if guessed and not signals.willing and (signals.intended or would):
        # "she believes the army will refuse": a guess about what may come, not an intention
        assert reporter is not None
        signals.hypothetical = _note(signals.hypothetical, reporter.lower_)
    if would:
        if (signals.reporter is not None or signals.condition) and not counterfactual:
            signals.intended = _note(signals.intended, "would")
        else:
            signals.hypothetical = _note(signals.hypothetical, "would")
    return signals


def decide(
    signals: Signals,
    cameo: str,
    mode: str | None,
    codebook: Codebook,
    refuses: bool = False,
    promised: bool = False,
) -> Decision:
    """The modality, and the code PLOVER gives an event that is only announced, conditional or
    refused: "will meet" is an AGREE, "will strike if ..." a THREATEN, "will not accept" a
    REJECT; an announced conflictual act keeps its type and is ``intended``, never asserted.
    ``refuses``: the trigger's negation is a rejection ("did not accept"); ``promised``: a
    frame already made the event a commitment to act ("agreed to ban")."""
    if signals.condition and signals.intended:
        threat = codebook.refine("threaten", cameo)
        if threat is not None:
            return Decision(
                "asserted", threat.cameo, threat.mode, f"conditional({signals.condition})"
            )
    if signals.negated:
        if refuses or signals.intended or signals.willing:
            refusal = codebook.refine("reject", cameo)
            if refusal is not None:
                return Decision(
                    "asserted", refusal.cameo, refusal.mode, f"refused({signals.negated})"
                )
        return Decision("negated", cameo, mode, f"negated({signals.negated})")
    if signals.condition and signals.intended:
        warning = codebook.refine("intend", cameo)
        if warning is not None and not warning.intended:
            return Decision(
                "asserted", warning.cameo, warning.mode, f"conditional({signals.condition})"
            )
        return Decision("hypothetical", cameo, mode, f"conditional({signals.condition})")
    if signals.hypothetical:
        return Decision("hypothetical", cameo, mode, f"hypothetical({signals.hypothetical})")
    if signals.willing or signals.intended:
        recoded = codebook.refine("agree" if signals.willing else "intend", cameo)
        word = signals.willing or signals.intended
        if recoded is not None and not recoded.intended:
            return Decision("asserted", recoded.cameo, recoded.mode, f"stated-intent({word})")
        return Decision("intended", cameo, mode, f"intended({word})")
    if promised:
        return Decision("intended", cameo, mode, "promised")
    if signals.historical:
        return Decision("historical", cameo, mode, f"historical({signals.historical})")
    return Decision("asserted", cameo, mode, "")
