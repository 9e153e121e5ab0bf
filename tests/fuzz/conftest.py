"""Fixtures of the fuzz tests."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _quiet_pdf_reader() -> Iterator[None]:
    """pypdf logs a warning for every emoji in a font's character map; not what is tested."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    yield
    logger.setLevel(level)
