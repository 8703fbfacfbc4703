from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.copy_bucket_msg_action import CopyBucketMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.copy_bucket_value import CopyBucketValue


T = TypeVar("T", bound="CopyBucketMsg")


@_attrs_define
class CopyBucketMsg:
    """`ActMsg` of `copy-bck`; the destination is the `bck_to` query parameter.

    Attributes:
        action (CopyBucketMsgAction):  Default: CopyBucketMsgAction.COPY_BCK.
        value (CopyBucketValue): `apc.TCBMsg`: options of `copy-bck`.
        name (str | Unset): Unused.
    """

    value: CopyBucketValue
    action: CopyBucketMsgAction = CopyBucketMsgAction.COPY_BCK
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
        from ..models.copy_bucket_value import CopyBucketValue

        d = dict(src_dict)
        action = CopyBucketMsgAction(d.pop("action"))

        value = CopyBucketValue.from_dict(d.pop("value"))

        name = d.pop("name", UNSET)

        copy_bucket_msg = cls(
            action=action,
            value=value,
            name=name,
        )

        return copy_bucket_msg
