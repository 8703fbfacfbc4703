from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.destroy_bucket_msg_action import DestroyBucketMsgAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="DestroyBucketMsg")


@_attrs_define
class DestroyBucketMsg:
    """
    Attributes:
        action (DestroyBucketMsgAction):  Default: DestroyBucketMsgAction.DESTROY_BCK.
        name (str | Unset): Unused.
    """

    action: DestroyBucketMsgAction = DestroyBucketMsgAction.DESTROY_BCK
    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = DestroyBucketMsgAction(d.pop("action"))

        name = d.pop("name", UNSET)

        destroy_bucket_msg = cls(
            action=action,
            name=name,
        )

        return destroy_bucket_msg
