from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.start_maintenance_msg_action import StartMaintenanceMsgAction

if TYPE_CHECKING:
    from ..models.act_val_rm_node import ActValRmNode


T = TypeVar("T", bound="StartMaintenanceMsg")


@_attrs_define
class StartMaintenanceMsg:
    """
    Attributes:
        action (StartMaintenanceMsgAction):  Default: StartMaintenanceMsgAction.START_MAINTENANCE.
        value (ActValRmNode): `apc.ActValRmNode`: the node of a membership action and its options.
    """

    value: ActValRmNode
    action: StartMaintenanceMsgAction = StartMaintenanceMsgAction.START_MAINTENANCE

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
        action = StartMaintenanceMsgAction(d.pop("action"))

        value = ActValRmNode.from_dict(d.pop("value"))

        start_maintenance_msg = cls(
            action=action,
            value=value,
        )

        return start_maintenance_msg
