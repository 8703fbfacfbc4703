from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.rotate_logs_msg_action import RotateLogsMsgAction

T = TypeVar("T", bound="RotateLogsMsg")


@_attrs_define
class RotateLogsMsg:
    """
    Attributes:
        action (RotateLogsMsgAction):  Default: RotateLogsMsgAction.ROTATE_LOGS.
    """

    action: RotateLogsMsgAction = RotateLogsMsgAction.ROTATE_LOGS

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
        action = RotateLogsMsgAction(d.pop("action"))

        rotate_logs_msg = cls(
            action=action,
        )

        return rotate_logs_msg
