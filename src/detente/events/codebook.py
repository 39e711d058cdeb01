"""The PLOVER/CAMEO codebook: event types, CAMEO codes, the trigger lexicon and the cue words.

Everything an analyst may want to review or extend is a TSV file under ``events/data/`` (or the
directory given as ``[resources.codebook] path``), so changing what counts as an event never needs
a code change. Files are checked when they are loaded (every code exists, every mode belongs to
its type) so a bad edit fails at start-up with the file and line, not halfway through a corpus.
Lookups the stage makes per token are dicts built here once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from detente.config import ConfigError
from detente.model import PLOVER_TYPES
from detente.registry import resource

FILES = (
    "types.tsv",
    "cameo.tsv",
    "lexicon.tsv",
    "frames.tsv",
    "cues.tsv",
    "contexts.tsv",
    "speech.tsv",
    "confidence.tsv",
)
SLOTS = frozenset({"prt", "prep", "obj", "subj", "mod", "acomp", "oprd"})
ROLES = frozenset({"mutual", "swap", "of-actor", "own-obj", "self", "neg-reject"})


@dataclass(frozen=True, slots=True)
class Code:
    """One CAMEO code as PLOVER reads it."""

    cameo: str
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    name: str


@dataclass(frozen=True, slots=True)
class Refinement:
    """What a frame makes of its complement: a code, maybe a mode, and whether the result is
    an act still to come."""

    cameo: str
    mode: str | None
    intended: bool = False


@dataclass(frozen=True, slots=True)
class Constraint:
    """One condition on a trigger's dependents; ``words`` empty means "no such dependent"."""

    slot: str
    words: frozenset[str]


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon line: a trigger word, its conditions and what it codes (None: no event)."""

    pos: str
    lemma: str
    constraints: tuple[Constraint, ...]
    cameo: str | None
    mode: str | None
    contexts: tuple[str, ...]
    frame: str | None
    roles: frozenset[str]
    recipient_preps: frozenset[str]
    line: int
    source: str = ""

    @property
    def key(self) -> str:
        """The entry as its rule id shows it: ``impose[obj=sanction|embargo]``."""
        return self.lemma + (f"[{self.source}]" if self.source else "")


@dataclass(slots=True)
class Codebook:
    codes: dict[str, Code]
    quads: dict[str, int]
    absorbs: dict[str, frozenset[str]]
    place_types: frozenset[str]
    authority_types: frozenset[str]  # "TYPE" or "TYPE/mode"
    told_types: frozenset[str]
    target_types: frozenset[str]
    tells: dict[str, frozenset[str]]
    scores: dict[tuple[str, str], float]
    modes: dict[str, frozenset[str]]
    entries: dict[tuple[str, str], tuple[Entry, ...]]
    frames: dict[str, dict[str, Refinement]]
    cues: dict[str, frozenset[str]]
    light_preps: dict[str, str]
    mode_cues: dict[str, dict[str, tuple[int, str]]]
    context_cues: dict[str, str]
    speech: dict[str, str]
    version: str
    weights: dict[str, float]

    def lookup(self, pos: str, lemma: str) -> tuple[Entry, ...]:
        return self.entries.get((pos, lemma), ())

    def is_(self, cue_class: str, lemma: str) -> bool:
        return lemma in self.cues.get(cue_class, frozenset())

    def refine(self, frame: str, cameo: str) -> Refinement | None:
        """The code a frame takes for a complement coded ``cameo`` (longest prefix), if any."""
        table = self.frames.get(frame, {})
        for end in range(len(cameo), 1, -1):
            hit = table.get(cameo[:end])
            if hit is not None:
                return hit if hit.cameo != "=" else Refinement(cameo, hit.mode, hit.intended)
        return None

    def request_entry(self, lemma: str) -> Entry:
        """The entry a reporting verb takes when it says someone must act: a REQUEST frame whose
        recipient is the one who must."""
        return Entry(
            "V",
            lemma,
            (),
            "100",
            None,
            (),
            "request",
            frozenset({"oblige"}),
            frozenset(),
            0,
            "ccomp=must",
        )

    def score(self, type_: str, mode: str | None) -> float | None:
        if mode and (type_, mode) in self.scores:
            return self.scores[(type_, mode)]
        return self.scores.get((type_, ""))


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Data rows of a TSV file (comments and the header skipped), with 1-based line numbers."""
    header_seen = False
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        yield number, [cell.strip() for cell in line.split("\t")]


def _cell(cells: list[str], i: int) -> str:
    return cells[i] if i < len(cells) else ""


def _fail(path: Path, line: int, message: str) -> ConfigError:
    return ConfigError(f"codebook {path.name}:{line}: {message}")


def _split(value: str, sep: str = ";") -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(sep) if v.strip())


def _constraints(path: Path, line: int, spec: str) -> tuple[Constraint, ...]:
    out = []
    for part in spec.split():
        slot, sep, words = part.partition(":")
        if not sep or not slot:
            raise _fail(path, line, f"constraint {part!r} is not slot:word|word")
        alternatives = frozenset() if words == "-" else frozenset(_split(words, "|"))
        if words != "-" and not alternatives:
            raise _fail(path, line, f"constraint {part!r} names no word")
        out.append(Constraint(slot, alternatives))
    return tuple(out)


# types.tsv columns after 'absorbs' that mark a type with 'yes' (a mode row may mark only its
# mode, kept as "TYPE/mode"), and the last column, 'tells'.
FLAGS = ("place", "authority", "unnamed", "target")


@dataclass(slots=True)
class Types:
    """What types.tsv says of each type: quad class, scores, modes, what it folds in, flags."""

    quads: dict[str, int]
    scores: dict[tuple[str, str], float]
    modes: dict[str, set[str]]
    absorbs: dict[str, frozenset[str]]
    flags: dict[str, frozenset[str]]
    tells: dict[str, frozenset[str]]


def _types(path: Path) -> Types:
    quads: dict[str, int] = {}
    absorbs: dict[str, frozenset[str]] = {}
    flags: dict[str, set[str]] = {name: set() for name in FLAGS}
    tells: dict[str, frozenset[str]] = {}
    scores: dict[tuple[str, str], float] = {}
    modes: dict[str, set[str]] = {t: set() for t in PLOVER_TYPES}
    for line, cells in _rows(path):
        type_, mode, quad, score, folded = (_cell(cells, i) for i in range(5))
        marks = [_cell(cells, 5 + i) for i in range(len(FLAGS))]
        told_of = _cell(cells, 5 + len(FLAGS))
        if type_ not in PLOVER_TYPES:
            raise _fail(path, line, f"unknown PLOVER type {type_!r}")
        for name, mark in zip(FLAGS, marks, strict=True):
            if mark == "yes":
                flags[name].add(f"{type_}/{mode}" if mode else type_)
        if mode:
            modes[type_].add(mode)
        else:
            quads[type_] = int(quad)
            absorbs[type_] = frozenset(_split(folded))
            tells[type_] = frozenset(PLOVER_TYPES if told_of == "*" else _split(told_of))
            if not tells[type_] <= set(PLOVER_TYPES):
                raise _fail(path, line, f"tells names an unknown type: {told_of!r}")
            if not absorbs[type_] <= set(PLOVER_TYPES):
                raise _fail(path, line, f"absorbs names an unknown type: {folded!r}")
        if score:
            scores[(type_, mode)] = float(score)
    missing = set(PLOVER_TYPES) - set(quads)
    if missing:
        raise _fail(path, 0, f"no default row for {', '.join(sorted(missing))}")
    return Types(quads, scores, modes, absorbs, {k: frozenset(v) for k, v in flags.items()}, tells)


def _codes(path: Path, modes: dict[str, set[str]]) -> dict[str, Code]:
    codes: dict[str, Code] = {}
    for line, cells in _rows(path):
        cameo, type_, mode, contexts, name = (_cell(cells, i) for i in range(5))
        if type_ not in PLOVER_TYPES:
            raise _fail(path, line, f"unknown PLOVER type {type_!r}")
        if mode and mode not in modes[type_]:
            raise _fail(path, line, f"mode {mode!r} is not a {type_} mode")
        codes[cameo] = Code(cameo, type_, mode or None, _split(contexts), name)
    return codes


def _lexicon(
    path: Path, codes: dict[str, Code], modes: dict[str, set[str]], frames: set[str]
) -> dict[tuple[str, str], tuple[Entry, ...]]:
    found: dict[tuple[str, str], list[Entry]] = {}
    for line, cells in _rows(path):
        pos, lemma, spec, cameo, mode, contexts, frame, roles = (_cell(cells, i) for i in range(8))
        if pos not in ("V", "N"):
            raise _fail(path, line, f"pos must be V or N, not {pos!r}")
        code = None if cameo == "-" else codes.get(cameo)
        if cameo != "-" and code is None:
            raise _fail(path, line, f"CAMEO code {cameo!r} is not in cameo.tsv")
        if mode and code and mode not in modes[code.type]:
            raise _fail(path, line, f"mode {mode!r} is not a {code.type} mode")
        if frame and frame not in frames:
            raise _fail(path, line, f"frame {frame!r} has no rows in frames.tsv")
        role_set, preps = set(), set()
        for role in roles.split():
            if role.startswith("rec:"):
                preps |= set(_split(role[4:], "|"))
            elif role in ROLES:
                role_set.add(role)
            else:
                raise _fail(path, line, f"unknown role {role!r}")
        entry = Entry(
            pos,
            lemma.lower(),
            _constraints(path, line, spec),
            None if code is None else cameo,
            mode or None,
            _split(contexts),
            frame or None,
            frozenset(role_set),
            frozenset(preps),
            line,
            spec.replace(":", "="),
        )
        found.setdefault((pos, entry.lemma), []).append(entry)
    return {
        k: tuple(sorted(v, key=lambda e: (-len(e.constraints), e.line))) for k, v in found.items()
    }


def _frames(path: Path, codes: dict[str, Code]) -> dict[str, dict[str, Refinement]]:
    frames: dict[str, dict[str, Refinement]] = {}
    for line, cells in _rows(path):
        frame, prefix, cameo, mode, modality = (_cell(cells, i) for i in range(5))
        if cameo != "=" and cameo not in codes:
            raise _fail(path, line, f"CAMEO code {cameo!r} is not in cameo.tsv")
        if modality not in ("", "asserted", "intended"):
            raise _fail(path, line, f"modality must be empty, asserted or intended: {modality!r}")
        frames.setdefault(frame, {})[prefix] = Refinement(
            cameo, mode or None, modality == "intended"
        )
    return frames


def load(directory: Path) -> Codebook:
    """Read and check every codebook file in ``directory``."""
    paths = {name: directory / name for name in FILES}
    absent = [name for name, p in paths.items() if not p.is_file()]
    if absent:
        raise ConfigError(f"codebook directory {directory} lacks {', '.join(absent)}")
    types = _types(paths["types.tsv"])
    quads, scores, modes, absorbs = types.quads, types.scores, types.modes, types.absorbs
    codes = _codes(paths["cameo.tsv"], modes)
    frames = _frames(paths["frames.tsv"], codes)
    entries = _lexicon(paths["lexicon.tsv"], codes, modes, set(frames))
    cues: dict[str, set[str]] = {}
    light_preps: dict[str, str] = {}
    for _, cells in _rows(paths["cues.tsv"]):
        cue_class, lemma, arg = (_cell(cells, i) for i in range(3))
        cues.setdefault(cue_class, set()).add(lemma)
        if cue_class == "light" and arg:
            light_preps[lemma] = arg
    mode_cues: dict[str, dict[str, tuple[int, str]]] = {}
    context_cues: dict[str, str] = {}
    contexts_path = paths["contexts.tsv"]
    for line, cells in _rows(contexts_path):
        lemma, type_, mode, context = (_cell(cells, i) for i in range(4))
        if mode:
            if type_ not in modes or mode not in modes[type_]:
                raise _fail(contexts_path, line, f"mode {mode!r} is not a {type_} mode")
            mode_cues.setdefault(type_, {}).setdefault(lemma, (line, mode))
        if context:
            context_cues.setdefault(lemma, context)
    speech = {}
    for line, cells in _rows(paths["speech.tsv"]):
        if cells[1] not in codes:
            raise _fail(paths["speech.tsv"], line, f"CAMEO code {cells[1]!r} is not in cameo.tsv")
        speech[cells[0]] = cells[1]
    weights: dict[str, float] = {}
    for line, cells in _rows(paths["confidence.tsv"]):
        try:
            weights[cells[0]] = float(_cell(cells, 1))
        except ValueError:
            raise _fail(paths["confidence.tsv"], line, f"weight {_cell(cells, 1)!r}") from None
    digest = hashlib.sha256(b"".join(paths[n].read_bytes() for n in FILES)).hexdigest()[:12]
    return Codebook(
        codes,
        quads,
        absorbs,
        types.flags["place"],
        types.flags["authority"],
        types.flags["unnamed"],
        types.flags["target"],
        types.tells,
        scores,
        {t: frozenset(m) for t, m in modes.items()},
        entries,
        frames,
        {k: frozenset(v) for k, v in cues.items()},
        light_preps,
        mode_cues,
        context_cues,
        speech,
        f"codebook-{digest}",
        weights,
    )


def bundled_directory() -> Path:
    return Path(str(importlib_resources.files("detente.events").joinpath("data")))


@resource("codebook")
def load_codebook(section: dict[str, Any]) -> Codebook:
    """The bundled codebook, or the directory named by ``[resources.codebook] path``."""
    path = str(section.get("path") or "")
    return load(Path(path) if path else bundled_directory())
