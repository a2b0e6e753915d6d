"""factcheck's pytest plugin: the helpers of :mod:`checker.testing` as fixtures."""

from __future__ import annotations

from .testing import factcheck_run  # noqa: F401  (a fixture, found by pytest here)
