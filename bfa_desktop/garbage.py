"""Garbage collection only at safe points, where the interpreter needs it.

CPython 3.11 can crash when a collection starts while an object's attributes are being moved
from its compact inline storage into a real dict: a weak-reference callback run by that
collection may set an attribute on the same object, which frees the storage still being read.
SQLAlchemy's instance states do exactly that when their object is collected, and repeated edits
crashed the program after a few dozen. CPython 3.12 stores attributes differently and is not
affected.

On 3.11 automatic collection is therefore switched off, and `collect_if_due` runs the collections
CPython would have run by then. Called from ordinary Python code it is always safe: with automatic
collection off, no collection can start inside the interpreter's attribute code.
"""

from __future__ import annotations

import gc
import sys

AFFECTED = sys.version_info < (3, 12)


def collect_at_safe_points_only() -> None:
    """Switch off automatic collection where the interpreter is affected."""
    if AFFECTED:
        gc.disable()


def collect_if_due() -> None:
    """Collect the oldest generation whose allocation count has passed its threshold, as the
    interpreter itself would have; a cheap no-op when nothing is due or collection is automatic."""
    if gc.isenabled():
        return
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return
