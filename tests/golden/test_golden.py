"""The pipeline's output on our sample articles equals the reviewed golden files."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

HERE = Path(__file__).resolve().parent


def _golden():
    spec = importlib.util.spec_from_file_location("golden", HERE / "golden.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_outputs_match_the_golden_files() -> None:
    golden = _golden()
    got = golden.current()
    for name, summary in got.items():
        expected = json.loads((golden.EXPECTED / (name + ".json")).read_text(encoding="utf-8"))
        assert summary == expected, (
            f"{name}: output changed; review and run python tests/golden/golden.py"
        )
