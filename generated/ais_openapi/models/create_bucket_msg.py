from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.create_bucket_msg_action import CreateBucketMsgAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bucket_props_to_set import BucketPropsToSet


T = TypeVar("T", bound="CreateBucketMsg")


@_attrs_define
class CreateBucketMsg:
    """`ActMsg` of `create-bck`.

    Attributes:
        action (CreateBucketMsgAction):  Default: CreateBucketMsgAction.CREATE_BCK.
        name (str | Unset): Unused.
        value (BucketPropsToSet | None | Unset): Initial properties, or null for the cluster defaults.
    """

    action: CreateBucketMsgAction = CreateBucketMsgAction.CREATE_BCK
    name: str | Unset = UNSET
    value: BucketPropsToSet | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.bucket_props_to_set import BucketPropsToSet

        action = self.action.value

        name = self.name

        value: dict[str, Any] | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, BucketPropsToSet):
            value = self.value.to_dict()
        else:
            value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bucket_props_to_set import BucketPropsToSet

        d = dict(src_dict)
        action = CreateBucketMsgAction(d.pop("action"))

        name = d.pop("name", UNSET)

        def _parse_value(data: object) -> BucketPropsToSet | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_1 = BucketPropsToSet.from_dict(data)

                return value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BucketPropsToSet | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        create_bucket_msg = cls(
            action=action,
            name=name,
            value=value,
        )

        return create_bucket_msg
