from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.disk_stats_mountpaths_type_0_additional_property import (
        DiskStatsMountpathsType0AdditionalProperty,
    )


T = TypeVar("T", bound="DiskStatsMountpathsType0")


@_attrs_define
class DiskStatsMountpathsType0:
    additional_properties: dict[str, DiskStatsMountpathsType0AdditionalProperty] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.disk_stats_mountpaths_type_0_additional_property import (
            DiskStatsMountpathsType0AdditionalProperty,
        )

        d = dict(src_dict)
        disk_stats_mountpaths_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = DiskStatsMountpathsType0AdditionalProperty.from_dict(
                prop_dict
            )

            additional_properties[prop_name] = additional_property

        disk_stats_mountpaths_type_0.additional_properties = additional_properties
        return disk_stats_mountpaths_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> DiskStatsMountpathsType0AdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: DiskStatsMountpathsType0AdditionalProperty
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
