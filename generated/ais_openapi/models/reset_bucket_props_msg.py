from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.reset_bucket_props_msg_action import ResetBucketPropsMsgAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResetBucketPropsMsg")


@_attrs_define
class ResetBucketPropsMsg:
    """
    Attributes:
        action (ResetBucketPropsMsgAction):  Default: ResetBucketPropsMsgAction.RESET_BPROPS.
        name (str | Unset): Unused.
    """

    action: ResetBucketPropsMsgAction = ResetBucketPropsMsgAction.RESET_BPROPS
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
        action = ResetBucketPropsMsgAction(d.pop("action"))

        name = d.pop("name", UNSET)

        reset_bucket_props_msg = cls(
            action=action,
            name=name,
        )

        return reset_bucket_props_msg
