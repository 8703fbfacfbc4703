from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlobMsg")


@_attrs_define
class BlobMsg:
    """`apc.BlobMsg`: blob downloader options.

    Attributes:
        chunk_size (int | Unset): Bytes; 0 = default.
        full_size (int | Unset): The object's size if known.
        num_workers (int | Unset): 0 = automatic.
        latest_ver (bool | Unset): Check the remote version of an in-cluster copy.
    """

    chunk_size: int | Unset = UNSET
    full_size: int | Unset = UNSET
    num_workers: int | Unset = UNSET
    latest_ver: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        chunk_size = self.chunk_size

        full_size = self.full_size

        num_workers = self.num_workers

        latest_ver = self.latest_ver

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if chunk_size is not UNSET:
            field_dict["chunk-size"] = chunk_size
        if full_size is not UNSET:
            field_dict["full-size"] = full_size
        if num_workers is not UNSET:
            field_dict["num-workers"] = num_workers
        if latest_ver is not UNSET:
            field_dict["latest-ver"] = latest_ver

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        chunk_size = d.pop("chunk-size", UNSET)

        full_size = d.pop("full-size", UNSET)

        num_workers = d.pop("num-workers", UNSET)

        latest_ver = d.pop("latest-ver", UNSET)

        blob_msg = cls(
            chunk_size=chunk_size,
            full_size=full_size,
            num_workers=num_workers,
            latest_ver=latest_ver,
        )

        return blob_msg
