"""Pipelines are checked when built, and one failing document never sinks its batch."""

from __future__ import annotations

import pytest

from detente.config import ConfigError, config_hash, load_config, merge
from detente.model import Document, DocumentError
from detente.pipeline import Resources, build, check_layers
from detente.registry import Stage, stages


def config_with(stages_: list[str], **extra: object) -> dict:
    return merge(load_config(), {"pipeline": {"stages": stages_}, **extra})


def test_default_pipeline_builds_in_order(pipeline) -> None:
    assert pipeline.names == load_config()["pipeline"]["stages"]
    assert pipeline.hash.startswith("sha256:")


def test_unknown_stage_is_named() -> None:
    with pytest.raises(ConfigError, match=r"unknown stage\(s\) events\.magic\.v9"):
        build(config_with(["text.language.v1", "events.magic.v9"]))


def test_missing_layer_is_reported_at_build_time() -> None:
    with pytest.raises(ConfigError, match=r"events\.code\.v1 requires"):
        build(config_with(["text.language.v1", "nlp.spacy.v1", "events.code.v1"]))


def test_unknown_setting_is_reported() -> None:
    cfg = config_with(["text.language.v1"], stages={"text.language.v1": {"colour": "blue"}})
    with pytest.raises(ConfigError, match=r"no setting.*colour"):
        build(cfg)


def test_every_registered_stage_declares_its_contract() -> None:
    for name, cls in stages().items():
        assert cls.name == name
        assert cls.provides, name
        assert cls.__doc__, name
    check_layers([stages()[n] for n in load_config()["pipeline"]["stages"]])


def test_config_hash_changes_with_settings() -> None:
    base = load_config()
    assert config_hash(base) == config_hash(load_config())
    assert config_hash(base) != config_hash(merge(base, {"nlp": {"batch_size": 7}}))


class Boom(Stage):
    """Fails on documents that mention a volcano, to test isolation."""

    name = "test.boom.v1"
    provides = frozenset({"boom"})

    def __call__(self, doc: Document) -> Document:
        if "volcano" in doc.text:
            raise RuntimeError("erupted")
        if "refuse" in doc.text:
            raise DocumentError("refused", "refused on purpose")
        return doc


def test_one_bad_document_does_not_sink_the_batch(pipeline) -> None:
    from detente.pipeline import Pipeline

    pipe = Pipeline([Boom()], {}, Resources({}))
    docs = [Document(text=t) for t in ("calm", "volcano", "calm again", "refuse")]
    results = list(pipe.pipe(docs, batch_size=4))
    assert [r.doc is not None for r in results] == [True, False, True, False]
    assert results[1].error is not None and results[1].error.kind == "internal"
    assert "test.boom.v1" in results[1].error.message
    assert results[3].error is not None and results[3].error.kind == "refused"
    assert results[0].doc is not None and results[0].doc.stages == ["test.boom.v1"]


def test_settle_memory_freezes_what_exists_and_makes_full_collections_rare() -> None:
    import gc

    from detente.pipeline import settle_memory

    before = gc.get_threshold()
    try:
        settle_memory()
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[1:] == (max(before[1], 100), 100)
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
