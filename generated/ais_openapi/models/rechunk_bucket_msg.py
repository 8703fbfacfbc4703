from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.rechunk_bucket_msg_action import RechunkBucketMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rechunk_value import RechunkValue


T = TypeVar("T", bound="RechunkBucketMsg")


@_attrs_define
class RechunkBucketMsg:
    """
    Attributes:
        action (RechunkBucketMsgAction):  Default: RechunkBucketMsgAction.RECHUNK.
        value (RechunkValue): `apc.RechunkMsg`.
        name (str | Unset): Unused.
    """

    value: RechunkValue
    action: RechunkBucketMsgAction = RechunkBucketMsgAction.RECHUNK
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
        from ..models.rechunk_value import RechunkValue

        d = dict(src_dict)
        action = RechunkBucketMsgAction(d.pop("action"))

        value = RechunkValue.from_dict(d.pop("value"))

        name = d.pop("name", UNSET)

        rechunk_bucket_msg = cls(
            action=action,
            value=value,
            name=name,
        )

        return rechunk_bucket_msg
