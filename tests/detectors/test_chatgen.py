"""The generator: reproducible, split by template family, labelled at message level."""

from __future__ import annotations

import pytest

from vigila.models.chatgen import generate


def test_same_seed_same_conversations() -> None:
    assert generate(30, "fit", seed=3) == generate(30, "fit", seed=3)


def test_test_split_uses_only_the_held_out_family() -> None:
    assert {c["label"]["family"] for c in generate(50, "test")} == {2}
    assert {c["label"]["family"] for c in generate(50, "fit")} == {0}
    fit_texts = {m["text"] for c in generate(300, "fit", noise=0.0) for m in c["messages"]}
    test_texts = {
        m["text"] for c in generate(300, "test", noise=0.0) if c["label"]["category"] for m in c["messages"]
    }
    # Risky phrasings of the test family never appear in the fitting split.
    risky_test = {
        m["text"]
        for c in generate(300, "test", noise=0.0)
        for i, m in enumerate(c["messages"])
        if i in c["label"]["risky"]
    }
    assert risky_test and not risky_test & fit_texts and test_texts


def test_labels_are_consistent() -> None:
    for c in generate(100, "dev"):
        label = c["label"]
        if label["category"] is None:
            assert label["first_risk"] is None and not label["risky"]
        else:
            assert label["first_risk"] in label["risky"]
            assert 0 <= label["first_risk"] < len(c["messages"])
        assert label["lang"] in {"es", "en", "pt", "fr", "ro"}


def test_unknown_split_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown split"):
        generate(1, "train")
