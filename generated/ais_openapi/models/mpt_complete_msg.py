from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.mpt_complete_msg_action import MptCompleteMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mpt_completed_part import MptCompletedPart


T = TypeVar("T", bound="MptCompleteMsg")


@_attrs_define
class MptCompleteMsg:
    """`ActMsg` of `mpt-complete`; the upload id is the `uploadId` query parameter.

    Attributes:
        action (MptCompleteMsgAction):  Default: MptCompleteMsgAction.MPT_COMPLETE.
        value (list[MptCompletedPart]): The parts, in the order they are joined.
        name (str | Unset): Unused.
    """

    value: list[MptCompletedPart]
    action: MptCompleteMsgAction = MptCompleteMsgAction.MPT_COMPLETE
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        value = []
        for value_item_data in self.value:
            value_item = value_item_data.to_dict()
            value.append(value_item)

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
        from ..models.mpt_completed_part import MptCompletedPart

        d = dict(src_dict)
        action = MptCompleteMsgAction(d.pop("action"))

        value = []
        _value = d.pop("value")
        for value_item_data in _value:
            value_item = MptCompletedPart.from_dict(value_item_data)

            value.append(value_item)

        name = d.pop("name", UNSET)

        mpt_complete_msg = cls(
            action=action,
            value=value,
            name=name,
        )

        return mpt_complete_msg
