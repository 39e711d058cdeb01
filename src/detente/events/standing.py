"""Whether a folded draft stands as an event: what PLOVER needs before it codes anything.

The lexicon says which words can state an event; whether this mention does depends on who
takes part and on what the document is about. PLOVER codes no event between unidentified
parties; a meeting or a call needs someone on the other side ("Biden, speaking with days left
in his term", "the president toured the flooded city" are no consultations); a frame needs
something demanded, refused or threatened; a state of emergency declared after an earthquake
or a cyclone is disaster relief, not coercion (the team's convention, ``cues.tsv``: disaster,
emergency). A war the sentence tells something of stands even with no side named.
"""

from __future__ import annotations

from detente.events.codebook import Codebook
from detente.events.folding import Draft
from detente.events.syntax import objects, phrase_words
from detente.events.tokens import TokenTable, hashed
from detente.model import Actor

# A natural disaster must be named this often before it explains the document's emergencies
# (a passing "the 2023 earthquake" in a coup report does not).
DISASTER_MENTIONS = 2
# Kinds of actor that are several parties at once, so a meeting of one such actor is a meeting.
COLLECTIVE_KINDS = frozenset({"group", "state"})


class Standing:
    """Judges the drafts of one document (the document-wide facts are found once)."""

    def __init__(
        self, codebook: Codebook, actors: dict[str, Actor], text: str, table: TokenTable
    ) -> None:
        self.codebook = codebook
        self.actors = actors
        self.emergency = codebook.cues.get("emergency", frozenset())
        self.conflicts = codebook.cues.get("conflict", frozenset())
        disaster = hashed(codebook.cues.get("disaster", frozenset()))
        self.disaster = len(table.find(0, len(text), disaster)) >= DISASTER_MENTIONS

    def _type(self, cameo: str) -> str:
        return self.codebook.codes[cameo].type

    def stands(self, draft: Draft) -> bool:
        cand, roles = draft.cand, draft.roles
        if draft.predicate:
            return False
        if cand.told and self._type(draft.cameo) in self.codebook.told_types:
            return True
        if not roles.has_participants:
            return False
        if cand.entry.frame and not (
            draft.has_complement or roles.recipient_heads or (cand.verbal and objects(cand.token))
        ):
            return False
        if not (roles.actor or roles.recipient):
            return False
        if self._topic(draft):
            return False
        return not (self.disaster and self._emergency(draft))

    def _topic(self, draft: Draft) -> bool:
        """A war named only as a topic ("coverage of the war in Ukraine"): no side named and
        nothing said of it (the team's convention for wars and conflicts named as nouns)."""
        cand = draft.cand
        return (
            not cand.verbal
            and not cand.told
            and not draft.roles.actor
            and cand.token.lemma_.lower() in self.conflicts
        )

    def alone(self, draft: Draft, type_: str) -> bool:
        """A meeting, call or hosting (as finally coded: "would not meet" is a refusal, which
        one side can make) with one party and no one on the other side."""
        cand = draft.cand
        roles = cand.entry.roles
        if not cand.verbal or type_ != "CONSULT" or draft.absorbed:
            return False
        if "mutual" not in roles and "swap" not in roles:
            return False
        parties = list(dict.fromkeys(draft.roles.actor + draft.roles.recipient))
        if len(parties) != 1:
            return False
        actor = self.actors.get(parties[0])
        return actor is not None and actor.kind not in COLLECTIVE_KINDS and actor.country != "IGO"

    def _emergency(self, draft: Draft) -> bool:
        """Whether the draft declares an emergency (its trigger words name one)."""
        return any(not self.emergency.isdisjoint(phrase_words(t)) for t in draft.cand.tokens)
