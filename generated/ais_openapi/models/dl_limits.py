from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DlLimits")


@_attrs_define
class DlLimits:
    """
    Attributes:
        connections (int | Unset): Max concurrent connections per target; 0 = unlimited.
        bytes_per_hour (int | Unset): Bandwidth limit per target; 0 = unlimited.
    """

    connections: int | Unset = UNSET
    bytes_per_hour: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connections = self.connections

        bytes_per_hour = self.bytes_per_hour

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connections is not UNSET:
            field_dict["connections"] = connections
        if bytes_per_hour is not UNSET:
            field_dict["bytes_per_hour"] = bytes_per_hour

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        connections = d.pop("connections", UNSET)

        bytes_per_hour = d.pop("bytes_per_hour", UNSET)

        dl_limits = cls(
            connections=connections,
            bytes_per_hour=bytes_per_hour,
        )

        dl_limits.additional_properties = d
        return dl_limits

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
