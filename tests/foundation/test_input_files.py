"""Reading a command's input file: every failure is one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigila.core.errors import InputError
from vigila.ingest.files import read_text_input, read_text_records


def test_an_unreadable_file_is_an_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    file = tmp_path / "ads.jsonl"
    file.write_text('{"text": "x"}\n', encoding="utf-8")

    def denied(*_args: object, **_kwargs: object) -> str:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_text", denied)
    with pytest.raises(InputError, match=r"cannot read .*Permission denied"):
        read_text_input(str(file))


def test_labelled_records_name_their_line(tmp_path: Path) -> None:
    file = tmp_path / "gold.jsonl"
    file.write_text('{"text": "a"}\n\n{"text": 1}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"gold.jsonl line 3: expected an object with a string 'text'"):
        list(read_text_records(str(file)))
    file.write_text('{"id": "1", "text": "a"}\n\n', encoding="utf-8")
    assert list(read_text_records(str(file))) == [(f"{file} line 1", {"id": "1", "text": "a"})]
