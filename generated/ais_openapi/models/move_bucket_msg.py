from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.move_bucket_msg_action import MoveBucketMsgAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="MoveBucketMsg")


@_attrs_define
class MoveBucketMsg:
    """`ActMsg` of `move-bck` (rename); the destination is the `bck_to` query parameter.

    Attributes:
        action (MoveBucketMsgAction):  Default: MoveBucketMsgAction.MOVE_BCK.
        name (str | Unset): Unused.
    """

    action: MoveBucketMsgAction = MoveBucketMsgAction.MOVE_BCK
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
        action = MoveBucketMsgAction(d.pop("action"))

        name = d.pop("name", UNSET)

        move_bucket_msg = cls(
            action=action,
            name=name,
        )

        return move_bucket_msg
