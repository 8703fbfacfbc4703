from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.list_buckets_msg_action import ListBucketsMsgAction

T = TypeVar("T", bound="ListBucketsMsg")


@_attrs_define
class ListBucketsMsg:
    """`ActMsg` of `list` without a `value`: list buckets (a `value` would list objects).

    Attributes:
        action (ListBucketsMsgAction):  Default: ListBucketsMsgAction.LIST.
    """

    action: ListBucketsMsgAction = ListBucketsMsgAction.LIST

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
        action = ListBucketsMsgAction(d.pop("action"))

        list_buckets_msg = cls(
            action=action,
        )

        return list_buckets_msg
