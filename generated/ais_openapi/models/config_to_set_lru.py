from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigToSetLru")


@_attrs_define
class ConfigToSetLru:
    """
    Attributes:
        dont_evict_time (str | Unset):
        capacity_upd_time (str | Unset):
        batch_size (int | Unset):
        enabled (bool | Unset):
    """

    dont_evict_time: str | Unset = UNSET
    capacity_upd_time: str | Unset = UNSET
    batch_size: int | Unset = UNSET
    enabled: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        dont_evict_time = self.dont_evict_time

        capacity_upd_time = self.capacity_upd_time

        batch_size = self.batch_size

        enabled = self.enabled

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if dont_evict_time is not UNSET:
            field_dict["dont_evict_time"] = dont_evict_time
        if capacity_upd_time is not UNSET:
            field_dict["capacity_upd_time"] = capacity_upd_time
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dont_evict_time = d.pop("dont_evict_time", UNSET)

        capacity_upd_time = d.pop("capacity_upd_time", UNSET)

        batch_size = d.pop("batch_size", UNSET)

        enabled = d.pop("enabled", UNSET)

        config_to_set_lru = cls(
            dont_evict_time=dont_evict_time,
            capacity_upd_time=capacity_upd_time,
            batch_size=batch_size,
            enabled=enabled,
        )

        return config_to_set_lru
