"""Cross-layer checks: inconsistencies a careful reader should see.

Findings from other stages (the actors layer reports ``role_anachronism`` while it resolves) are
kept; this stage adds the ones that need several layers at once.
"""

from __future__ import annotations

from detente.model import Document, Finding
from detente.registry import Stage, stage


@stage("findings.check.v1")
class CheckFindings(Stage):
    """Requires actors, times and events; provides ``findings``.

    ``date_conflict``: an event reported as having happened (asserted) whose governing time
    expression lies after the publication date.
    """

    requires = frozenset({"actors", "times", "events"})
    provides = frozenset({"findings"})

    def __call__(self, doc: Document) -> Document:
        found = [f for f in doc.findings if f.kind != "date_conflict"]
        if doc.published is not None:
            day = doc.published.isoformat()
            for event in doc.events:
                date = event.date
                if (
                    event.modality == "asserted"
                    and date is not None
                    and not date.inferred
                    and _comparable(date.value)
                    and date.value[: len(day)] > day[: len(date.value)]
                ):
                    found.append(
                        Finding(
                            "date_conflict",
                            f"{event.type} event reported as done is dated {date.value}, "
                            f"after the publication date {day}",
                            [event.trigger, event.evidence],
                        )
                    )
        doc.findings = found
        return doc


def _comparable(value: str) -> bool:
    """Plain calendar values (``2025``, ``2025-03``, ``2025-03-04``) compare as strings."""
    return len(value) in (4, 7, 10) and value[:4].isdigit() and "X" not in value
