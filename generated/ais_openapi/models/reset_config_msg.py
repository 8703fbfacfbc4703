from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.reset_config_msg_action import ResetConfigMsgAction

T = TypeVar("T", bound="ResetConfigMsg")


@_attrs_define
class ResetConfigMsg:
    """
    Attributes:
        action (ResetConfigMsgAction):  Default: ResetConfigMsgAction.RESET_CONFIG.
    """

    action: ResetConfigMsgAction = ResetConfigMsgAction.RESET_CONFIG

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
        action = ResetConfigMsgAction(d.pop("action"))

        reset_config_msg = cls(
            action=action,
        )

        return reset_config_msg
