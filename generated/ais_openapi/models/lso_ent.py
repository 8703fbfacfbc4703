from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LsoEnt")


@_attrs_define
class LsoEnt:
    """One object of a JSON listing page; absent properties were not requested or are empty.

    Attributes:
        name (str):
        size (str | Unset): Size in bytes, a decimal **string**.
        checksum (str | Unset): Checksum value (hex).
        atime (str | Unset): Access time formatted per `time_format`.
        version (str | Unset):
        location (str | Unset): `t[<target id>]:<mountpath>`
        custom_md (str | Unset): Custom metadata, Go-formatted `[k:v k:v]`.
        copies (int | Unset):
        flags (int | Unset): Bits 0-4 status (0 ok, 1 misplaced node, 2 misplaced mountpath, 3 is-copy, 4 copy missing
            main); 64 cached, 128 in archive, 256 directory, 512 archive, 1024 version changed,
            2048 version removed, 4096 head failed, 8192 chunked.
    """

    name: str
    size: str | Unset = UNSET
    checksum: str | Unset = UNSET
    atime: str | Unset = UNSET
    version: str | Unset = UNSET
    location: str | Unset = UNSET
    custom_md: str | Unset = UNSET
    copies: int | Unset = UNSET
    flags: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        size = self.size

        checksum = self.checksum

        atime = self.atime

        version = self.version

        location = self.location

        custom_md = self.custom_md

        copies = self.copies

        flags = self.flags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if atime is not UNSET:
            field_dict["atime"] = atime
        if version is not UNSET:
            field_dict["version"] = version
        if location is not UNSET:
            field_dict["location"] = location
        if custom_md is not UNSET:
            field_dict["custom-md"] = custom_md
        if copies is not UNSET:
            field_dict["copies"] = copies
        if flags is not UNSET:
            field_dict["flags"] = flags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        size = d.pop("size", UNSET)

        checksum = d.pop("checksum", UNSET)

        atime = d.pop("atime", UNSET)

        version = d.pop("version", UNSET)

        location = d.pop("location", UNSET)

        custom_md = d.pop("custom-md", UNSET)

        copies = d.pop("copies", UNSET)

        flags = d.pop("flags", UNSET)

        lso_ent = cls(
            name=name,
            size=size,
            checksum=checksum,
            atime=atime,
            version=version,
            location=location,
            custom_md=custom_md,
            copies=copies,
            flags=flags,
        )

        lso_ent.additional_properties = d
        return lso_ent

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
