from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BucketSummaryObjSize")


@_attrs_define
class BucketSummaryObjSize:
    """
    Attributes:
        obj_min_size (int | Unset):
        obj_avg_size (int | Unset):
        obj_max_size (int | Unset):
    """

    obj_min_size: int | Unset = UNSET
    obj_avg_size: int | Unset = UNSET
    obj_max_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        obj_min_size = self.obj_min_size

        obj_avg_size = self.obj_avg_size

        obj_max_size = self.obj_max_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if obj_min_size is not UNSET:
            field_dict["obj_min_size"] = obj_min_size
        if obj_avg_size is not UNSET:
            field_dict["obj_avg_size"] = obj_avg_size
        if obj_max_size is not UNSET:
            field_dict["obj_max_size"] = obj_max_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        obj_min_size = d.pop("obj_min_size", UNSET)

        obj_avg_size = d.pop("obj_avg_size", UNSET)

        obj_max_size = d.pop("obj_max_size", UNSET)

        bucket_summary_obj_size = cls(
            obj_min_size=obj_min_size,
            obj_avg_size=obj_avg_size,
            obj_max_size=obj_max_size,
        )

        bucket_summary_obj_size.additional_properties = d
        return bucket_summary_obj_size

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
