from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.reset_stats_msg_action import ResetStatsMsgAction

T = TypeVar("T", bound="ResetStatsMsg")


@_attrs_define
class ResetStatsMsg:
    """
    Attributes:
        action (ResetStatsMsgAction):  Default: ResetStatsMsgAction.RESET_STATS.
        value (bool): true: reset the error counters only.
    """

    value: bool
    action: ResetStatsMsgAction = ResetStatsMsgAction.RESET_STATS

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = ResetStatsMsgAction(d.pop("action"))

        value = d.pop("value")

        reset_stats_msg = cls(
            action=action,
            value=value,
        )

        return reset_stats_msg
