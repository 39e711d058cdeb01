"""How far to trust a coded event: a score users filter on (``Event.confidence``).

The score adds the ``confidence.tsv`` weights of what is known about how the event was found:
the kind of rule (an event verb over an event noun over a request read from "said X must" over
an accusation read from a quotation's words), how many sides the actors layer resolved, whether
the parse had to lend the actor from elsewhere or the lemma was guessed from the spelling,
whether the event is only alleged or only quoted, and how certain its modality is. Each weight
is a reviewable number in a data file, set from what each sign says about the reading rather
than fitted to a corpus; on the golden corpus precision still rises with the score, band by
band.
"""

from __future__ import annotations

from collections.abc import Iterable

FLOOR, CEILING = 0.05, 0.99


def sides(actor: list[str], recipient: list[str]) -> str:
    if actor and recipient:
        return "sides:both"
    if actor:
        return "sides:actor"
    return "sides:recipient" if recipient else "sides:none"


def score(weights: dict[str, float], features: Iterable[str]) -> float:
    """The clipped sum of the features' weights (unknown features weigh nothing)."""
    total = sum(weights.get(f, 0.0) for f in set(features))
    return round(min(CEILING, max(FLOOR, total)), 2)
