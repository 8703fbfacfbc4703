from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.make_n_copies_msg_action import MakeNCopiesMsgAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="MakeNCopiesMsg")


@_attrs_define
class MakeNCopiesMsg:
    """`ActMsg` of `make-n-copies`: `value` is the number of copies per object.

    Attributes:
        action (MakeNCopiesMsgAction):  Default: MakeNCopiesMsgAction.MAKE_N_COPIES.
        value (int):
        name (str | Unset): Unused.
    """

    value: int
    action: MakeNCopiesMsgAction = MakeNCopiesMsgAction.MAKE_N_COPIES
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        value = self.value

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "value": value,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = MakeNCopiesMsgAction(d.pop("action"))

        value = d.pop("value")

        name = d.pop("name", UNSET)

        make_n_copies_msg = cls(
            action=action,
            value=value,
            name=name,
        )

        return make_n_copies_msg
