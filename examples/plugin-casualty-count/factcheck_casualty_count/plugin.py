"""The plugin module that the ``factcheck`` entry point names: one hook per addition.

factcheck imports this module when the distribution is installed (or when it is named
with ``-p factcheck_casualty_count.plugin``) and calls each hook with a ``register``
callback, so a name that clashes with another plugin's is reported with both names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from checker import hookimpl

from .casualty import CasualtyCountRuleType
from .feeds import FeedLoader
from .markdown import MarkdownReporter


@hookimpl
def factcheck_register_rule_types(register: Callable[[Any], None]) -> None:
    register(CasualtyCountRuleType())


@hookimpl
def factcheck_register_loaders(register: Callable[[Any], None]) -> None:
    register(FeedLoader())


@hookimpl
def factcheck_register_reporters(register: Callable[..., None]) -> None:
    register("markdown", MarkdownReporter, "a summary for a pull-request comment")
