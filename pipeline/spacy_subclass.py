"""Subclasses of spaCy components made at run time (:mod:`.lemmas`, :mod:`.attribute_rules`),
and how they survive pickling.

A class made inside a function cannot be named by pickle, so an instance is reduced as its base
class (spaCy's own reduction) and the class is swapped back when it is rebuilt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["reduce_as_base"]


def _rebuild(make: Callable[..., Any], args: tuple, cached_class: Callable[[type], type]) -> Any:
    obj = make(*args)
    obj.__class__ = cached_class(type(obj))
    return obj


def reduce_as_base(obj: Any, base: type, protocol: int, cached_class: Callable[[type], type]) -> tuple:
    """``obj.__reduce_ex__(protocol)`` for an instance of a run-time subclass of ``base``.

    Args:
        obj: The instance.
        base: The spaCy class the subclass was made from.
        protocol: The pickle protocol.
        cached_class: A module-level function returning the subclass for a base class (pickle
            stores it by name, so it must be importable).
    """
    make, args, *rest = base.__reduce_ex__(obj, protocol)
    return (_rebuild, (make, (base, *args[1:]), cached_class), *rest)
