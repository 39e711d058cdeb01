"""Whether a reported event is background, from before the news period (modality historical).

News text mixes the story with its history ("Maduro, in power since 2013, has faced sanctions
since 2019"), and an event coder that reads every past-tense verb as news floods the data with
old events. Dates decide first: a date for the event's own clause months or years back; a
state reported "since" a date that is itself a year or more back (a state that began last
month is part of the story); a long duration ("for five decades"); "in the past", "in recent
years". Without a date the parse and ``cues.tsv`` give the signs: a past perfect in a relative
clause describing a noun at the edge of the sentence ("Jammeh, who had refused to step down"),
long-standing adverbs ("has long opposed"), and an event noun inside a clause that is itself
dated to the past ("cut ties in 2016, angered by the execution of ...").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Token

from detente.events.codebook import Codebook
from detente.events.dating import TimeIndex, before, period, year_in_clause
from detente.events.modality import Signals
from detente.events.syntax import children, clause_verb, is_verb
from detente.events.triggers import Candidate
from detente.model import TimeExpression

PERFECT = frozenset({"had", "'d"})
# A date longer than this (a year, a range of years) stands for its middle, not its end.
COARSE_DAYS = 62
# The dependents a sentence's main participants stand in: a relative clause on them is part of
# what the sentence reports, not a description of a side character.
MAIN_ROLES = frozenset({"nsubj", "nsubjpass", "ROOT"})


@dataclass(frozen=True, slots=True)
class Horizon:
    """How far back the news period reaches: an event that ended ``recent_days`` before
    publication is background; a state going on "since" a date is background only when it
    began ``standing_days`` or more before (a siege since last month is the story)."""

    recent_days: int = 30
    standing_days: int = 365


def _since(expr_head: Token | None, anchors: list[Token]) -> bool:
    """Whether the date says when a continuing state began ("since 2019", "have since ...")."""
    if expr_head is not None and expr_head.head.lower_ == "since":
        return True
    return any(c.lower_ == "since" for a in anchors for c in children(a, ("advmod", "prep")))


class Background:
    """Judges the events of one document against its publication date."""

    def __init__(self, codebook: Codebook, times: TimeIndex, horizon: Horizon) -> None:
        self.codebook = codebook
        self.times = times
        self.horizon = horizon
        self.published: dt.date | None = times.published
        self.year_preps = codebook.cues.get("year", frozenset())
        self.distant = codebook.cues.get("distant", frozenset())
        self.standing = codebook.cues.get("longstanding", frozenset())

    def judge(
        self,
        cand: Candidate,
        expr: TimeExpression | None,
        head: Token | None,
        signals: Signals,
        war: bool = False,
    ) -> None:
        """Set ``signals.historical`` (or ``intended`` for a future date) for a candidate whose
        governing expression is ``expr`` (its head token ``head``). ``war``: the event is a
        war or conflict, which a long duration ("15 months of war") does not make background,
        as it may still be going on."""
        if self.published is None:
            return
        dated = self._dated(cand, expr, head, signals)
        if dated is not None:
            if dated:
                signals.historical = dated
            return
        long = None if war else self.times.duration(cand.anchors)
        if long is not None:
            signals.historical = long.span.text
            return
        sign = self._parse_sign(cand)
        if sign is not None:
            signals.historical = sign

    def _dated(
        self, cand: Candidate, expr: TimeExpression | None, head: Token | None, signals: Signals
    ) -> str | None:
        """What the dates say: the expression that makes the event background, "" when a date
        puts it in the news period (or ahead), None when no date speaks."""
        since = _since(head, cand.anchors)
        if expr is not None and expr.value == "PAST_REF":
            words = {w.lower() for w in expr.span.text.split()}
            return expr.span.text if words & self.distant else None
        covered = period(expr.value) if expr is not None and expr.value else None
        if expr is not None and covered is not None:
            if self._old(covered, since):
                return expr.span.text
            if covered[0] > self.published:  # type: ignore[operator]
                signals.intended = signals.intended or expr.span.text
            return ""
        year = year_in_clause(cand.anchors, self.year_preps, self.times.elsewhere)
        covered = period(year[1]) if year is not None else None
        if year is not None and covered is not None:
            return f"in {year[1]}" if self._old(covered, since) else ""
        return self._inherited(cand)

    def _old(self, covered: tuple[dt.date, dt.date], since: bool) -> bool:
        """Whether a period is back before the news period. A state "since" a date counts from
        the date itself; an event dated only by a long period that is over ("in 2020-2023", "last
        year" in January) most likely fell in its middle, not on its last day."""
        first, last = covered
        if since:
            return before(last, self.published, self.horizon.standing_days)
        if (last - first).days > COARSE_DAYS and self.published and last < self.published:
            last = first + (last - first) / 2
        return before(last, self.published, self.horizon.recent_days)

    def _inherited(self, cand: Candidate) -> str | None:
        """An event noun with no date of its own is no newer than the dated clause it is told
        in: "cut ties in 2016, angered by the execution of a cleric"."""
        if cand.verbal or cand.light is not None or cand.aspect is not None:
            return None
        verb = clause_verb(cand.token)
        if verb is cand.token or not is_verb(verb):
            return None
        if self.codebook.is_("report", verb.lemma_.lower()):
            return None
        expr = self.times.governing([verb])
        covered = period(expr.value) if expr is not None and expr.value else None
        if expr is not None and covered is not None and self._old(covered, False):
            return expr.span.text
        return None

    def _parse_sign(self, cand: Candidate) -> str | None:
        verb = cand.token if cand.verbal else (cand.light or cand.aspect)
        if verb is None:
            return None
        for adverb in children(verb, ("advmod",)):
            if adverb.lower_ in self.standing and _past(verb):
                return adverb.lower_
        node = verb
        perfect = any(a.lower_ in PERFECT for a in children(verb, ("aux",)))
        while node.dep_ in ("xcomp", "conj") and node.head != node:
            node = node.head
            perfect = perfect or any(a.lower_ in PERFECT for a in children(node, ("aux",)))
        if perfect and node.dep_ == "relcl" and node.head.dep_ not in MAIN_ROLES:
            return "had (relative clause)"
        return None


def _past(verb: Token) -> bool:
    """A past or perfect verb (the adverb "long" then says the state is old: "has long
    opposed", "had long ruled"), not a present or future one ("will long remember")."""
    auxes = [a.lower_ for a in children(verb, ("aux",))]
    if any(a in ("will", "would", "shall", "'ll") for a in auxes):
        return False
    return verb.tag_ in ("VBD", "VBN") or any(a in ("has", "have", "had") for a in auxes)
