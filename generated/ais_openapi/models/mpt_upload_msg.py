from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.mpt_upload_msg_action import MptUploadMsgAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="MptUploadMsg")


@_attrs_define
class MptUploadMsg:
    """`ActMsg` of `mpt-upload`.

    Attributes:
        action (MptUploadMsgAction):  Default: MptUploadMsgAction.MPT_UPLOAD.
        name (str | Unset): Unused.
    """

    action: MptUploadMsgAction = MptUploadMsgAction.MPT_UPLOAD
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
        action = MptUploadMsgAction(d.pop("action"))

        name = d.pop("name", UNSET)

        mpt_upload_msg = cls(
            action=action,
            name=name,
        )

        return mpt_upload_msg
