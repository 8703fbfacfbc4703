from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.set_bucket_props_msg_action import SetBucketPropsMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bucket_props_to_set import BucketPropsToSet


T = TypeVar("T", bound="SetBucketPropsMsg")


@_attrs_define
class SetBucketPropsMsg:
    """
    Attributes:
        action (SetBucketPropsMsgAction):  Default: SetBucketPropsMsgAction.SET_BPROPS.
        value (BucketPropsToSet): Properties to set when creating a bucket; every field is optional.
        name (str | Unset): Unused.
    """

    value: BucketPropsToSet
    action: SetBucketPropsMsgAction = SetBucketPropsMsgAction.SET_BPROPS
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
        from ..models.bucket_props_to_set import BucketPropsToSet

        d = dict(src_dict)
        action = SetBucketPropsMsgAction(d.pop("action"))

        value = BucketPropsToSet.from_dict(d.pop("value"))

        name = d.pop("name", UNSET)

        set_bucket_props_msg = cls(
            action=action,
            value=value,
            name=name,
        )

        return set_bucket_props_msg
