"""Flat event rows shaped like ``Store.events()`` output, built by hand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.store import EVENT_COLUMNS


def make_row(**overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(EVENT_COLUMNS)
    row.update(
        article_id="0c152d4fc2bb73c4",
        title="Leader visits\tcapital",
        url="https://news.example/visit",
        published="2024-06-19",
        outlet="Wire A",
        tone=-1.25,
        ingested_at="2024-06-20T08:00:00+00:00",
        event_id="e1",
        event_key="ab" * 20,
        source_code="RUS",
        source_role="GOV",
        source_name="Vladimir Putin",
        source_text="Russian President Vladimir Putin",
        target_code="PRK",
        target_name="North Korea",
        target_text="Pyongyang",
        cameo="042",
        root="04",
        label="Make a visit",
        plover="CONSULT",
        plover_mode="visit",
        goldstein=1.9,
        quad_class=1,
        modality="asserted",
        date="2024-06-19",
        date_precision="day",
        date_text="on Wednesday",
        date_basis="text",
        location_name="Pyongyang",
        location_country="PRK",
        location_lat=39.03,
        location_lon=125.75,
        sentence=0,
        trigger="visits",
        evidence='Putin visits Pyongyang, saying "we are friends".\nSecond line',
        confidence=0.8,
        num_mentions=2,
    )
    row.update(overrides)
    return row


@pytest.fixture
def row_factory() -> Callable[..., dict[str, Any]]:
    return make_row
