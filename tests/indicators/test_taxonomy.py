"""The taxonomy loads from data files, validates them and rejects clashes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vigila.core.errors import VigilaError
from vigila.indicators import LANGS, load_taxonomy, read_taxonomy

REQUIRED_CHAT = {
    "job_offer_lure", "too_good_pay", "no_contract_vague", "travel_paid", "debt_bondage",
    "document_retention", "secrecy", "isolation", "platform_switch", "loverboy_debt", "webcam_modelling",
    "sugar_offer", "urgency", "photo_request", "age_probe", "gifts", "meeting_request", "mature_for_age",
    "flattery", "control", "victim_documents_taken",
}


def _tactic(tid: str, **extra: object) -> dict[str, object]:
    base: dict[str, object] = {"id": tid, "name": tid, "description": "d", "severity": 0.5,
                               "domains": ["chat"], "cues": {"en": [r"\bhello\b"]}}
    base.update(extra)
    return base


def _write(folder: Path, name: str, tactics: list[dict[str, object]]) -> None:
    (folder / name).write_text(json.dumps({"tactics": tactics}), encoding="utf-8")


def test_bundled_chat_tactics_are_complete_and_documented() -> None:
    tax = load_taxonomy()
    chat = {t.id: t for t in tax.for_domain("chat")}
    assert set(chat) >= REQUIRED_CHAT
    for t in chat.values():
        assert t.sources and t.stage and t.description
        assert t.category in {"recruitment", "grooming", "both"}
        if t.weight > 0:
            assert set(t.cues) == set(LANGS), f"{t.id} lacks cues in some language"
    assert any(t.weight < 0 for t in chat.values()), "protective (negative) tactics are supported"


def test_duplicate_ids_across_files_are_rejected(tmp_path: Path) -> None:
    _write(tmp_path, "a.json", [_tactic("same")])
    _write(tmp_path, "b.json", [_tactic("same")])
    with pytest.raises(VigilaError, match="duplicate tactic id 'same'"):
        read_taxonomy(tmp_path)


def test_all_files_are_read_and_signed_weights_kept(tmp_path: Path) -> None:
    _write(tmp_path, "a.json", [_tactic("one")])
    _write(tmp_path, "b.json", [_tactic("two", weight=-1.2, domains=["ad"])])
    tax = read_taxonomy(tmp_path)
    assert len(tax) == 2 and tax["two"].weight == -1.2 and tax["one"].weight == 0.5


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"severity": 3}, "severity"),
        ({"domains": ["email"]}, "domains"),
        ({"cues": {"de": ["x"]}}, "unknown cue language"),
        ({"cues": {"en": ["(unclosed"]}}, "not a valid regular expression"),
        ({"category": "other"}, "category"),
    ],
)
def test_invalid_tactics_give_a_clear_error(tmp_path: Path, bad: dict[str, object], message: str) -> None:
    _write(tmp_path, "a.json", [_tactic("x", **bad)])
    with pytest.raises(VigilaError, match=message):
        read_taxonomy(tmp_path)


def test_broken_json_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(VigilaError, match=r"broken\.json"):
        read_taxonomy(tmp_path)
