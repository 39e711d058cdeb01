"""Imports every module that registers stages or resources, so the registry is complete."""

from importlib import import_module

MODULES = (
    "detente.text.language",
    "detente.nlp",
    "detente.times.stage",
    "detente.kb.loader",
    "detente.actors.mentions",
    "detente.actors.resolve",
    "detente.quotes.stage",
    "detente.events.codebook",
    "detente.events.stage",
    "detente.findings.stage",
)

for _name in MODULES:
    import_module(_name)
