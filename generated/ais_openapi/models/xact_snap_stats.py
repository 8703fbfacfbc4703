from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="XactSnapStats")


@_attrs_define
class XactSnapStats:
    """Counters, decimal strings.

    Attributes:
        loc_objs (str | Unset):
        loc_bytes (str | Unset):
        out_objs (str | Unset):
        out_bytes (str | Unset):
        in_objs (str | Unset):
        in_bytes (str | Unset):
    """

    loc_objs: str | Unset = UNSET
    loc_bytes: str | Unset = UNSET
    out_objs: str | Unset = UNSET
    out_bytes: str | Unset = UNSET
    in_objs: str | Unset = UNSET
    in_bytes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loc_objs = self.loc_objs

        loc_bytes = self.loc_bytes

        out_objs = self.out_objs

        out_bytes = self.out_bytes

        in_objs = self.in_objs

        in_bytes = self.in_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if loc_objs is not UNSET:
            field_dict["loc-objs"] = loc_objs
        if loc_bytes is not UNSET:
            field_dict["loc-bytes"] = loc_bytes
        if out_objs is not UNSET:
            field_dict["out-objs"] = out_objs
        if out_bytes is not UNSET:
            field_dict["out-bytes"] = out_bytes
        if in_objs is not UNSET:
            field_dict["in-objs"] = in_objs
        if in_bytes is not UNSET:
            field_dict["in-bytes"] = in_bytes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        loc_objs = d.pop("loc-objs", UNSET)

        loc_bytes = d.pop("loc-bytes", UNSET)

        out_objs = d.pop("out-objs", UNSET)

        out_bytes = d.pop("out-bytes", UNSET)

        in_objs = d.pop("in-objs", UNSET)

        in_bytes = d.pop("in-bytes", UNSET)

        xact_snap_stats = cls(
            loc_objs=loc_objs,
            loc_bytes=loc_bytes,
            out_objs=out_objs,
            out_bytes=out_bytes,
            in_objs=in_objs,
            in_bytes=in_bytes,
        )

        xact_snap_stats.additional_properties = d
        return xact_snap_stats

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
