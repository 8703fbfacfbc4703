from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemCPUInfoLoadAvg")


@_attrs_define
class MemCPUInfoLoadAvg:
    """
    Attributes:
        one (float | Unset):
        five (float | Unset):
        fifteen (float | Unset):
    """

    one: float | Unset = UNSET
    five: float | Unset = UNSET
    fifteen: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        one = self.one

        five = self.five

        fifteen = self.fifteen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if one is not UNSET:
            field_dict["One"] = one
        if five is not UNSET:
            field_dict["Five"] = five
        if fifteen is not UNSET:
            field_dict["Fifteen"] = fifteen

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        one = d.pop("One", UNSET)

        five = d.pop("Five", UNSET)

        fifteen = d.pop("Fifteen", UNSET)

        mem_cpu_info_load_avg = cls(
            one=one,
            five=five,
            fifteen=fifteen,
        )

        mem_cpu_info_load_avg.additional_properties = d
        return mem_cpu_info_load_avg

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
