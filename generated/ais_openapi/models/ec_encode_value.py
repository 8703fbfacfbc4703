from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EcEncodeValue")


@_attrs_define
class EcEncodeValue:
    """`cmn.ECConfToSet`: erasure-coding settings.

    Attributes:
        objsize_limit (int | Unset):
        data_slices (int | Unset):
        parity_slices (int | Unset):
        compression (str | Unset):
        disk_only (bool | Unset):
    """

    objsize_limit: int | Unset = UNSET
    data_slices: int | Unset = UNSET
    parity_slices: int | Unset = UNSET
    compression: str | Unset = UNSET
    disk_only: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        objsize_limit = self.objsize_limit

        data_slices = self.data_slices

        parity_slices = self.parity_slices

        compression = self.compression

        disk_only = self.disk_only

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if objsize_limit is not UNSET:
            field_dict["objsize_limit"] = objsize_limit
        if data_slices is not UNSET:
            field_dict["data_slices"] = data_slices
        if parity_slices is not UNSET:
            field_dict["parity_slices"] = parity_slices
        if compression is not UNSET:
            field_dict["compression"] = compression
        if disk_only is not UNSET:
            field_dict["disk_only"] = disk_only

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        objsize_limit = d.pop("objsize_limit", UNSET)

        data_slices = d.pop("data_slices", UNSET)

        parity_slices = d.pop("parity_slices", UNSET)

        compression = d.pop("compression", UNSET)

        disk_only = d.pop("disk_only", UNSET)

        ec_encode_value = cls(
            objsize_limit=objsize_limit,
            data_slices=data_slices,
            parity_slices=parity_slices,
            compression=compression,
            disk_only=disk_only,
        )

        return ec_encode_value
