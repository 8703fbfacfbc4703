from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.create_inventory_msg_action import CreateInventoryMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_inventory_value import CreateInventoryValue


T = TypeVar("T", bound="CreateInventoryMsg")


@_attrs_define
class CreateInventoryMsg:
    """`ActMsg` of `create-inventory`; answers the job id (`inv-...`).

    Attributes:
        action (CreateInventoryMsgAction):  Default: CreateInventoryMsgAction.CREATE_INVENTORY.
        name (str | Unset): Unused.
        value (CreateInventoryValue | Unset): `apc.CreateNBIMsg`: an inventory name, listing options (`LsoMsg`), names
            per chunk.
    """

    action: CreateInventoryMsgAction = CreateInventoryMsgAction.CREATE_INVENTORY
    name: str | Unset = UNSET
    value: CreateInventoryValue | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        name = self.name

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_inventory_value import CreateInventoryValue

        d = dict(src_dict)
        action = CreateInventoryMsgAction(d.pop("action"))

        name = d.pop("name", UNSET)

        _value = d.pop("value", UNSET)
        value: CreateInventoryValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = CreateInventoryValue.from_dict(_value)

        create_inventory_msg = cls(
            action=action,
            name=name,
            value=value,
        )

        return create_inventory_msg
