from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.show_inventory_msg_action import ShowInventoryMsgAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowInventoryMsg")


@_attrs_define
class ShowInventoryMsg:
    """
    Attributes:
        action (ShowInventoryMsgAction):  Default: ShowInventoryMsgAction.SHOW_INVENTORY.
        name (str | Unset): Inventory name (optional).
    """

    action: ShowInventoryMsgAction = ShowInventoryMsgAction.SHOW_INVENTORY
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = ShowInventoryMsgAction(d.pop("action"))

        name = d.pop("name", UNSET)

        show_inventory_msg = cls(
            action=action,
            name=name,
        )

        return show_inventory_msg
