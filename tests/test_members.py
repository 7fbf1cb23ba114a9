"""perftrack._members: enum namespaces that hold the same members, looked up fast."""

from __future__ import annotations

import enum
import sys

import pytest

from perftrack import Attainment, Progress
from perftrack._members import fast_members
from perftrack.expressions._model import Bound, Op, Part, Status
from perftrack.model import BudgetRole, BudgetSpan, Direction, Likelihood, Severity, TableKind

ENUMS = [
    Attainment,
    Progress,
    Op,
    Bound,
    Part,
    Status,
    TableKind,
    Direction,
    Severity,
    BudgetRole,
    BudgetSpan,
    Likelihood,
]


@pytest.mark.parametrize("enum_class", ENUMS, ids=lambda cls: cls.__name__)
def test_a_namespace_holds_the_enums_members(enum_class: type[enum.Enum]) -> None:
    fast = fast_members(enum_class)
    for member in enum_class:
        assert getattr(fast, member.name) is member
        assert fast(member.value) is member
        assert isinstance(member, fast)
    assert list(fast) == list(enum_class)
    assert len(fast) == len(enum_class)
    assert not isinstance(object(), fast)
    with pytest.raises(ValueError, match="is not a valid"):
        fast("no such value")


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="the namespace is the enum itself")
def test_a_namespace_is_not_an_enum_class_on_311() -> None:
    # The point of it: no EnumType.__getattr__ hook on its class, so Op.GE is a plain
    # class attribute look-up.
    fast = fast_members(Op)
    assert not isinstance(fast, enum.EnumType)
    assert "__getattr__" not in {name for cls in type(fast).__mro__ for name in vars(cls)}


@pytest.mark.skipif(sys.version_info < (3, 12), reason="Python 3.11 gets a namespace")
def test_from_312_the_enum_is_returned_as_it_is() -> None:
    assert fast_members(Op) is Op
