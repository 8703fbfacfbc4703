from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.delete_list_range_msg_action import DeleteListRangeMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evd_value import EvdValue


T = TypeVar("T", bound="DeleteListRangeMsg")


@_attrs_define
class DeleteListRangeMsg:
    """
    Attributes:
        action (DeleteListRangeMsgAction):  Default: DeleteListRangeMsgAction.DELETE_LISTRANGE.
        value (EvdValue): `apc.EvdMsg`: the objects (an `apc.ListRange`: `objnames`, a list, or `template`, a prefix
            or a brace range such as `obj-{0..9}.txt`; an empty template means all) and how.
        name (str | Unset): Unused.
    """

    value: EvdValue
    action: DeleteListRangeMsgAction = DeleteListRangeMsgAction.DELETE_LISTRANGE
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
        from ..models.evd_value import EvdValue

        d = dict(src_dict)
        action = DeleteListRangeMsgAction(d.pop("action"))

        value = EvdValue.from_dict(d.pop("value"))

        name = d.pop("name", UNSET)

        delete_list_range_msg = cls(
            action=action,
            value=value,
            name=name,
        )

        return delete_list_range_msg
