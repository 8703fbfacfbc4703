from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MossIn")


@_attrs_define
class MossIn:
    """`apc.MossIn`: one object, or one file of an archived object.

    Attributes:
        objname (str):
        bucket (str | Unset): Overrides the request's bucket.
        provider (str | Unset): With `bucket`; `ais` when empty.
        uname (str | Unset): Fully qualified name: bucket, provider and object at once.
        archpath (str | Unset): A file inside the object (a `.tar`, `.tgz`, `.zip`, `.tar.lz4` shard).
        opaque (str | Unset): Caller's id, echoed in `MossOut.opaque`.
        start (int | Unset): Read range: first byte.
        length (int | Unset): Read range: length.
    """

    objname: str
    bucket: str | Unset = UNSET
    provider: str | Unset = UNSET
    uname: str | Unset = UNSET
    archpath: str | Unset = UNSET
    opaque: str | Unset = UNSET
    start: int | Unset = UNSET
    length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        objname = self.objname

        bucket = self.bucket

        provider = self.provider

        uname = self.uname

        archpath = self.archpath

        opaque = self.opaque

        start = self.start

        length = self.length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "objname": objname,
            }
        )
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if provider is not UNSET:
            field_dict["provider"] = provider
        if uname is not UNSET:
            field_dict["uname"] = uname
        if archpath is not UNSET:
            field_dict["archpath"] = archpath
        if opaque is not UNSET:
            field_dict["opaque"] = opaque
        if start is not UNSET:
            field_dict["start"] = start
        if length is not UNSET:
            field_dict["length"] = length

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        objname = d.pop("objname")

        bucket = d.pop("bucket", UNSET)

        provider = d.pop("provider", UNSET)

        uname = d.pop("uname", UNSET)

        archpath = d.pop("archpath", UNSET)

        opaque = d.pop("opaque", UNSET)

        start = d.pop("start", UNSET)

        length = d.pop("length", UNSET)

        moss_in = cls(
            objname=objname,
            bucket=bucket,
            provider=provider,
            uname=uname,
            archpath=archpath,
            opaque=opaque,
            start=start,
            length=length,
        )

        moss_in.additional_properties = d
        return moss_in

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
