"""One ad assessor for every ad test module (loading its cue tables once is enough)."""

from __future__ import annotations

import pytest

from vigila import AdAssessor


@pytest.fixture(scope="session")
def assessor() -> AdAssessor:
    """The default ad assessor."""
    return AdAssessor()
