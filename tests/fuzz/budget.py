"""How many examples each fuzz test runs: a few hundred in CI, many more with BFA_TEST_LONG=1
(the "long" profile of tests/conftest.py)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

LONG_FACTOR = 20


def long_run() -> bool:
    return bool(os.environ.get("BFA_TEST_LONG"))


def examples(ci: int) -> int:
    """`ci` examples, or LONG_FACTOR times as many in a long run."""
    return ci * LONG_FACTOR if long_run() else ci


def fuzz(ci: int) -> settings:
    """Settings of a fuzz test run `ci` times in CI. Examples are files and documents, slower
    than Hypothesis expects, and the fixtures they share are read-only. Examples of up to
    megabytes are not kept in the example database; a failure prints how to reproduce it.
    In CI the examples are the same in every run (a run passes or fails on the code, not on
    chance); a long run draws new ones each time, to find what CI's do not."""
    return settings(
        max_examples=examples(ci),
        derandomize=not long_run(),
        deadline=None,
        database=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.function_scoped_fixture,
        ],
    )
