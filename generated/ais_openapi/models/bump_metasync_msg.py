from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.bump_metasync_msg_action import BumpMetasyncMsgAction

T = TypeVar("T", bound="BumpMetasyncMsg")


@_attrs_define
class BumpMetasyncMsg:
    """
    Attributes:
        action (BumpMetasyncMsgAction):  Default: BumpMetasyncMsgAction.BUMP_METASYNC.
    """

    action: BumpMetasyncMsgAction = BumpMetasyncMsgAction.BUMP_METASYNC

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = BumpMetasyncMsgAction(d.pop("action"))

        bump_metasync_msg = cls(
            action=action,
        )

        return bump_metasync_msg
