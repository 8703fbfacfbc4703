from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MossOut")


@_attrs_define
class MossOut:
    """
    Attributes:
        objname (str | Unset):
        archpath (str | Unset):
        bucket (str | Unset):
        provider (str | Unset): Seen live: empty for all entries but the first.
        err_msg (str | Unset):
        opaque (str | Unset):
        size (int | Unset):
    """

    objname: str | Unset = UNSET
    archpath: str | Unset = UNSET
    bucket: str | Unset = UNSET
    provider: str | Unset = UNSET
    err_msg: str | Unset = UNSET
    opaque: str | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        objname = self.objname

        archpath = self.archpath

        bucket = self.bucket

        provider = self.provider

        err_msg = self.err_msg

        opaque = self.opaque

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if objname is not UNSET:
            field_dict["objname"] = objname
        if archpath is not UNSET:
            field_dict["archpath"] = archpath
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if provider is not UNSET:
            field_dict["provider"] = provider
        if err_msg is not UNSET:
            field_dict["err_msg"] = err_msg
        if opaque is not UNSET:
            field_dict["opaque"] = opaque
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        objname = d.pop("objname", UNSET)

        archpath = d.pop("archpath", UNSET)

        bucket = d.pop("bucket", UNSET)

        provider = d.pop("provider", UNSET)

        err_msg = d.pop("err_msg", UNSET)

        opaque = d.pop("opaque", UNSET)

        size = d.pop("size", UNSET)

        moss_out = cls(
            objname=objname,
            archpath=archpath,
            bucket=bucket,
            provider=provider,
            err_msg=err_msg,
            opaque=opaque,
            size=size,
        )

        moss_out.additional_properties = d
        return moss_out

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
