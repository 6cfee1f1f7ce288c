"""pytest fixtures for projects that use gaoxin_parse (registered through ``pytest11``).

- ``gaoxin_seed_texts``: the seed issues' texts, by file name (read-only: one mapping is shared
  by every test of the session, so none may change what the others see).
- ``gaoxin_seed_issue``: the first seed issue, parsed.
- ``gaoxin_issue_factory``: `gaoxin_parse.testing.make_issue_text`, to build an issue
  text from headlines, byline, paragraphs, a photo and breaks at chosen offsets.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

import pytest

from .model import Issue
from .pipeline import parse_issue
from .testing import make_issue_text, seed_texts


@pytest.fixture(scope="session")
def gaoxin_seed_texts() -> Mapping[str, str]:
    """The seed issues' texts, by file name, in a read-only mapping shared by the session."""
    return MappingProxyType(seed_texts())


@pytest.fixture(scope="session")
def gaoxin_seed_issue(gaoxin_seed_texts: Mapping[str, str]) -> Issue:
    """The first seed issue, parsed."""
    return parse_issue(gaoxin_seed_texts[min(gaoxin_seed_texts)])


@pytest.fixture
def gaoxin_issue_factory() -> Callable[..., str]:
    """Build an issue text from parts: see `gaoxin_parse.testing.make_issue_text`."""
    return make_issue_text
