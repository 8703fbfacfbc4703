from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.bucket_props_to_set_write_policy_data import (
    BucketPropsToSetWritePolicyData,
)
from ..models.bucket_props_to_set_write_policy_md import BucketPropsToSetWritePolicyMd
from ..types import UNSET, Unset

T = TypeVar("T", bound="BucketPropsToSetWritePolicy")


@_attrs_define
class BucketPropsToSetWritePolicy:
    """
    Attributes:
        data (BucketPropsToSetWritePolicyData | Unset):
        md (BucketPropsToSetWritePolicyMd | Unset):
    """

    data: BucketPropsToSetWritePolicyData | Unset = UNSET
    md: BucketPropsToSetWritePolicyMd | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        data: str | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.value

        md: str | Unset = UNSET
        if not isinstance(self.md, Unset):
            md = self.md.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if md is not UNSET:
            field_dict["md"] = md

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: BucketPropsToSetWritePolicyData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = BucketPropsToSetWritePolicyData(_data)

        _md = d.pop("md", UNSET)
        md: BucketPropsToSetWritePolicyMd | Unset
        if isinstance(_md, Unset):
            md = UNSET
        else:
            md = BucketPropsToSetWritePolicyMd(_md)

        bucket_props_to_set_write_policy = cls(
            data=data,
            md=md,
        )

        return bucket_props_to_set_write_policy
