"""Scoring extraction against gold data, with the definitions in ``../shared/spec/EVALUATION.md``.

One module per layer holds that layer's metric; :mod:`detente.evaluation.runner` reads a gold
file, runs the pipeline and collects the scores and the misses worth inspecting. The same code
scores the shared development sets and the team's golden articles.
"""
