from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.mpt_abort_msg_action import MptAbortMsgAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="MptAbortMsg")


@_attrs_define
class MptAbortMsg:
    """`ActMsg` of `mpt-abort`; the upload id is the `uploadId` query parameter.

    Attributes:
        action (MptAbortMsgAction):  Default: MptAbortMsgAction.MPT_ABORT.
        name (str | Unset): Unused.
    """

    action: MptAbortMsgAction = MptAbortMsgAction.MPT_ABORT
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
        action = MptAbortMsgAction(d.pop("action"))

        name = d.pop("name", UNSET)

        mpt_abort_msg = cls(
            action=action,
            name=name,
        )

        return mpt_abort_msg
