from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.shutdown_cluster_msg_action import ShutdownClusterMsgAction

T = TypeVar("T", bound="ShutdownClusterMsg")


@_attrs_define
class ShutdownClusterMsg:
    """
    Attributes:
        action (ShutdownClusterMsgAction):  Default: ShutdownClusterMsgAction.SHUTDOWN.
    """

    action: ShutdownClusterMsgAction = ShutdownClusterMsgAction.SHUTDOWN

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
        action = ShutdownClusterMsgAction(d.pop("action"))

        shutdown_cluster_msg = cls(
            action=action,
        )

        return shutdown_cluster_msg
