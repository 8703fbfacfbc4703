from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.decommission_cluster_msg_action import DecommissionClusterMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.decommission_cluster_msg_value import DecommissionClusterMsgValue


T = TypeVar("T", bound="DecommissionClusterMsg")


@_attrs_define
class DecommissionClusterMsg:
    """
    Attributes:
        action (DecommissionClusterMsgAction):  Default: DecommissionClusterMsgAction.DECOMMISSION.
        value (DecommissionClusterMsgValue | Unset):
    """

    action: DecommissionClusterMsgAction = DecommissionClusterMsgAction.DECOMMISSION
    value: DecommissionClusterMsgValue | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.decommission_cluster_msg_value import DecommissionClusterMsgValue

        d = dict(src_dict)
        action = DecommissionClusterMsgAction(d.pop("action"))

        _value = d.pop("value", UNSET)
        value: DecommissionClusterMsgValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = DecommissionClusterMsgValue.from_dict(_value)

        decommission_cluster_msg = cls(
            action=action,
            value=value,
        )

        return decommission_cluster_msg
