from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.summary_bucket_msg_action import SummaryBucketMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.summary_bucket_value import SummaryBucketValue


T = TypeVar("T", bound="SummaryBucketMsg")


@_attrs_define
class SummaryBucketMsg:
    """
    Attributes:
        action (SummaryBucketMsgAction):  Default: SummaryBucketMsgAction.SUMMARY_BCK.
        value (SummaryBucketValue): `apc.BsummCtrlMsg`.
        name (str | Unset): Unused.
    """

    value: SummaryBucketValue
    action: SummaryBucketMsgAction = SummaryBucketMsgAction.SUMMARY_BCK
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
        from ..models.summary_bucket_value import SummaryBucketValue

        d = dict(src_dict)
        action = SummaryBucketMsgAction(d.pop("action"))

        value = SummaryBucketValue.from_dict(d.pop("value"))

        name = d.pop("name", UNSET)

        summary_bucket_msg = cls(
            action=action,
            value=value,
            name=name,
        )

        return summary_bucket_msg
