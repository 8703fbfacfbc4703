from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.copy_list_range_msg_action import CopyListRangeMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.copy_list_range_value import CopyListRangeValue


T = TypeVar("T", bound="CopyListRangeMsg")


@_attrs_define
class CopyListRangeMsg:
    """
    Attributes:
        action (CopyListRangeMsgAction):  Default: CopyListRangeMsgAction.COPY_LISTRANGE.
        value (CopyListRangeValue): `cmn.TCOMsg`: the objects (`objnames`/`template`), the destination `tobck`, and copy
            options.
        name (str | Unset): Unused.
    """

    value: CopyListRangeValue
    action: CopyListRangeMsgAction = CopyListRangeMsgAction.COPY_LISTRANGE
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
        from ..models.copy_list_range_value import CopyListRangeValue

        d = dict(src_dict)
        action = CopyListRangeMsgAction(d.pop("action"))

        value = CopyListRangeValue.from_dict(d.pop("value"))

        name = d.pop("name", UNSET)

        copy_list_range_msg = cls(
            action=action,
            value=value,
            name=name,
        )

        return copy_list_range_msg
