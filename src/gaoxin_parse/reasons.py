"""A rule's reason, as ``Issue.decisions`` and ``Issue.breaks`` show it: the first paragraph of
the rule's docstring, on one line. The rules are documented once, where they are written."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable


@functools.cache
def reason_of(rule: Callable[..., object]) -> str:
    """The first paragraph of ``rule``'s docstring on one line (its name if it has none).

    >>> def rule() -> None:
    ...     '''Keep: a reason that runs
    ...     over two lines.
    ...
    ...     Details that are not the reason.'''
    >>> reason_of(rule)
    'Keep: a reason that runs over two lines.'
    """
    first = inspect.cleandoc(rule.__doc__ or "").split("\n\n")[0]
    return " ".join(first.split()) or rule.__name__
