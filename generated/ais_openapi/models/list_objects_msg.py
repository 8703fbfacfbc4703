from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.list_objects_msg_action import ListObjectsMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lso_msg import LsoMsg


T = TypeVar("T", bound="ListObjectsMsg")


@_attrs_define
class ListObjectsMsg:
    """`ActMsg` of `list`.

    Attributes:
        action (ListObjectsMsgAction):  Default: ListObjectsMsgAction.LIST.
        value (LsoMsg): `apc.LsoMsg`: what one page of a listing returns.
        name (str | Unset): Unused.
    """

    value: LsoMsg
    action: ListObjectsMsgAction = ListObjectsMsgAction.LIST
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        value = self.value.to_dict()

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
        from ..models.lso_msg import LsoMsg

        d = dict(src_dict)
        action = ListObjectsMsgAction(d.pop("action"))

        value = LsoMsg.from_dict(d.pop("value"))

        name = d.pop("name", UNSET)

        list_objects_msg = cls(
            action=action,
            value=value,
            name=name,
        )

        return list_objects_msg
