from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.decommission_node_msg_action import DecommissionNodeMsgAction

if TYPE_CHECKING:
    from ..models.act_val_rm_node import ActValRmNode


T = TypeVar("T", bound="DecommissionNodeMsg")


@_attrs_define
class DecommissionNodeMsg:
    """
    Attributes:
        action (DecommissionNodeMsgAction):  Default: DecommissionNodeMsgAction.DECOMMISSION_NODE.
        value (ActValRmNode): `apc.ActValRmNode`: the node of a membership action and its options.
    """

    value: ActValRmNode
    action: DecommissionNodeMsgAction = DecommissionNodeMsgAction.DECOMMISSION_NODE

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
        action = DecommissionNodeMsgAction(d.pop("action"))

        value = ActValRmNode.from_dict(d.pop("value"))

        decommission_node_msg = cls(
            action=action,
            value=value,
        )

        return decommission_node_msg
