from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.shutdown_node_msg_action import ShutdownNodeMsgAction

if TYPE_CHECKING:
    from ..models.act_val_rm_node import ActValRmNode


T = TypeVar("T", bound="ShutdownNodeMsg")


@_attrs_define
class ShutdownNodeMsg:
    """
    Attributes:
        action (ShutdownNodeMsgAction):  Default: ShutdownNodeMsgAction.SHUTDOWN_NODE.
        value (ActValRmNode): `apc.ActValRmNode`: the node of a membership action and its options.
    """

    value: ActValRmNode
    action: ShutdownNodeMsgAction = ShutdownNodeMsgAction.SHUTDOWN_NODE

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        value = self.value.to_dict()

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
        from ..models.act_val_rm_node import ActValRmNode

        d = dict(src_dict)
        action = ShutdownNodeMsgAction(d.pop("action"))

        value = ActValRmNode.from_dict(d.pop("value"))

        shutdown_node_msg = cls(
            action=action,
            value=value,
        )

        return shutdown_node_msg
