from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BucketSummaryTotalSize")


@_attrs_define
class BucketSummaryTotalSize:
    """
    Attributes:
        size_on_disk (str | Unset):
        size_all_present_objs (str | Unset):
        size_all_remote_objs (str | Unset):
        total_disks_size (str | Unset):
    """

    size_on_disk: str | Unset = UNSET
    size_all_present_objs: str | Unset = UNSET
    size_all_remote_objs: str | Unset = UNSET
    total_disks_size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size_on_disk = self.size_on_disk

        size_all_present_objs = self.size_all_present_objs

        size_all_remote_objs = self.size_all_remote_objs

        total_disks_size = self.total_disks_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size_on_disk is not UNSET:
            field_dict["size_on_disk"] = size_on_disk
        if size_all_present_objs is not UNSET:
            field_dict["size_all_present_objs"] = size_all_present_objs
        if size_all_remote_objs is not UNSET:
            field_dict["size_all_remote_objs"] = size_all_remote_objs
        if total_disks_size is not UNSET:
            field_dict["total_disks_size"] = total_disks_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        size_on_disk = d.pop("size_on_disk", UNSET)

        size_all_present_objs = d.pop("size_all_present_objs", UNSET)

        size_all_remote_objs = d.pop("size_all_remote_objs", UNSET)

        total_disks_size = d.pop("total_disks_size", UNSET)

        bucket_summary_total_size = cls(
            size_on_disk=size_on_disk,
            size_all_present_objs=size_all_present_objs,
            size_all_remote_objs=size_all_remote_objs,
            total_disks_size=total_disks_size,
        )

        bucket_summary_total_size.additional_properties = d
        return bucket_summary_total_size

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
