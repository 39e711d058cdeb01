"""A quotes stage over hand-built actor layers, so attribution is tested apart from resolution."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from detente.model import Actor, Document, Mention
from detente.quotes.lexicon import Lexicon, load_cues
from detente.quotes.stage import AttributeQuotes

# surface text -> (actor id, actor kind, mention kind); every whole-word occurrence is a mention.
Cast = dict[str, tuple[str, str, str]]


@pytest.fixture(scope="session")
def cues() -> Lexicon:
    return load_cues({})


@pytest.fixture(scope="session")
def attribute(
    parse: Callable[..., Document], cues: Lexicon, nlp: Language
) -> Callable[..., Document]:
    """Parse ``text``, lay the given mentions and actors over it, and run the quotes stage."""
    stage = AttributeQuotes(cues, nlp)

    def _attribute(text: str, cast: Cast | None = None) -> Document:
        doc = parse(text)
        actors: dict[str, Actor] = {}
        for surface, (actor_id, actor_kind, mention_kind) in (cast or {}).items():
            actor = actors.setdefault(actor_id, Actor(actor_id, surface, actor_kind))  # type: ignore[arg-type]
            for match in re.finditer(rf"\b{re.escape(surface)}\b", text):
                span = doc.span(match.start(), match.end())
                doc.mentions.append(Mention(span, mention_kind, actor=actor_id))
                actor.mentions.append(span)
        doc.mentions.sort(key=lambda m: m.span.start)
        doc.actors = list(actors.values())
        doc.layers |= {"mentions", "actors"}
        return stage(doc)

    return _attribute


# (word, tag, pos, dep, head index, lemma)
Row = tuple[str, str, str, str, int, str]


def build(nlp: Language, rows: Sequence[Row], sent_starts: Sequence[int] = (0,)) -> Doc:
    """A parse written by hand, to pin down how a finder copes with one slip of the parser."""
    words = [r[0] for r in rows]
    spaces = [not (k + 1 < len(rows) and rows[k + 1][1] in {".", ","}) for k in range(len(rows))]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        tags=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
        sent_starts=[k in sent_starts for k in range(len(rows))],
    )
