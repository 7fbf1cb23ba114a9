"""Building frozen attrs objects without the generic setter of their ``__init__``.

attrs gives a frozen slots class an ``__init__`` that stores each field through
``object.__setattr__`` bound to the new object: a look-up of the field's slot by its
name for every field of every object. The readers build a Position for nearly every
cell they read (about 84 per table) and an Indicator of 24 fields per row, so that
generic path is a measurable part of reading (docs/performance.md, "Reading").

:func:`fast_constructor` makes, for such a class, a function with the very signature
of its ``__init__`` (the same parameters, in the same order, with the same default
objects) that stores each argument straight through its slot: the objects it returns
are instances of the class itself, equal to, hashed and printed as the ones the class
builds. A class whose ``__init__`` does more than store its arguments (validators,
converters, factories, aliases, hooks) gets the class itself back.

Example:
    >>> from perftrack.model import Position
    >>> make = fast_constructor(Position)
    >>> made = make("表.xlsx", "Sheet1", 17, 5)
    >>> made == Position("表.xlsx", "Sheet1", 17, 5), type(made) is Position, made.cell
    (True, True, 'E17')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["fast_constructor"]

_T = TypeVar("_T")


def fast_constructor(cls: type[_T]) -> Callable[..., _T]:
    """A function building *cls* as its ``__init__`` does, storing each field by its slot.

    *cls* itself when its ``__init__`` does anything else than store its arguments.

    Example:
        >>> @attrs.frozen
        ... class Pair:
        ...     left: int
        ...     right: int = 0
        >>> make = fast_constructor(Pair)
        >>> make(1), make(1, right=2), make(left=3)
        (Pair(left=1, right=0), Pair(left=1, right=2), Pair(left=3, right=0))
        >>> @attrs.frozen
        ... class Checked:
        ...     value: int = attrs.field(validator=attrs.validators.instance_of(int))
        >>> fast_constructor(Checked) is Checked
        True
        >>> @attrs.frozen(cache_hash=True)
        ... class Hashed:
        ...     value: int
        >>> fast_constructor(Hashed) is Hashed
        True
    """
    itself: Callable[..., _T] = cls
    if not attrs.has(cls) or "__slots__" not in cls.__dict__:
        return itself
    fields = attrs.fields(cls)
    if (
        hasattr(cls, "__attrs_pre_init__")
        or hasattr(cls, "__attrs_post_init__")
        or getattr(cls, "__attrs_init_subclass__", None) is not None
        or any(
            field.validator is not None
            or field.converter is not None
            or field.on_setattr not in (None, attrs.setters.NO_OP)
            or not field.init
            or field.kw_only
            or field.alias != field.name
            or isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]
            for field in fields
        )
    ):
        return itself
    slots = {slot for klass in cls.__mro__ for slot in getattr(klass, "__slots__", ())}
    if slots - {field.name for field in fields} - {"__weakref__"}:
        return itself  # a slot __init__ fills besides the fields (a cached hash)
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    parameters = []
    lines = []
    for number, field in enumerate(fields):
        slot: Any = getattr(cls, field.name, None)
        if type(slot).__name__ != "member_descriptor":
            return itself
        namespace[f"_set{number}"] = slot.__set__
        if field.default is attrs.NOTHING:
            parameters.append(field.name)
        else:
            namespace[f"_default{number}"] = field.default
            parameters.append(f"{field.name}=_default{number}")
        lines.append(f"    _set{number}(self, {field.name})")
    source = (
        f"def make({', '.join(parameters)}):\n"
        "    self = _new(_cls)\n" + "\n".join(lines) + "\n    return self\n"
    )
    exec(source, namespace)  # noqa: S102 - code built here from the class's own field names
    make = namespace["make"]
    make.__qualname__ = make.__name__ = f"make_{cls.__name__}"
    make.__doc__ = f"A {cls.__name__}, built as ``{cls.__name__}(...)`` builds it."
    return cast("Callable[..., _T]", make)
