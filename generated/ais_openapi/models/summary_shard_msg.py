from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.summary_shard_msg_action import SummaryShardMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.summary_shard_value import SummaryShardValue


T = TypeVar("T", bound="SummaryShardMsg")


@_attrs_define
class SummaryShardMsg:
    """
    Attributes:
        action (SummaryShardMsgAction):  Default: SummaryShardMsgAction.SUMMARY_SHARD.
        value (SummaryShardValue): `apc.ShardSummMsg`.
        name (str | Unset): Unused.
    """

    value: SummaryShardValue
    action: SummaryShardMsgAction = SummaryShardMsgAction.SUMMARY_SHARD
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        value = self.value.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "value": value,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.summary_shard_value import SummaryShardValue

        d = dict(src_dict)
        action = SummaryShardMsgAction(d.pop("action"))

        value = SummaryShardValue.from_dict(d.pop("value"))

        name = d.pop("name", UNSET)

        summary_shard_msg = cls(
            action=action,
            value=value,
            name=name,
        )

        return summary_shard_msg
