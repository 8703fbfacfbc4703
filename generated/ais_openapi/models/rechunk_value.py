from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RechunkValue")


@_attrs_define
class RechunkValue:
    """`apc.RechunkMsg`.

    Attributes:
        objsize_limit (int | Unset): 0 = restore monolithic objects; >0 = rechunk objects at or above.
        chunk_size (int | Unset): Required (else `400` chunk size is not set).
        prefix (str | Unset):
        sync_remote (bool | Unset):
    """

    objsize_limit: int | Unset = UNSET
    chunk_size: int | Unset = UNSET
    prefix: str | Unset = UNSET
    sync_remote: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        objsize_limit = self.objsize_limit

        chunk_size = self.chunk_size

        prefix = self.prefix

        sync_remote = self.sync_remote

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if objsize_limit is not UNSET:
            field_dict["objsize-limit"] = objsize_limit
        if chunk_size is not UNSET:
            field_dict["chunk-size"] = chunk_size
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if sync_remote is not UNSET:
            field_dict["sync-remote"] = sync_remote

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        objsize_limit = d.pop("objsize-limit", UNSET)

        chunk_size = d.pop("chunk-size", UNSET)

        prefix = d.pop("prefix", UNSET)

        sync_remote = d.pop("sync-remote", UNSET)

        rechunk_value = cls(
            objsize_limit=objsize_limit,
            chunk_size=chunk_size,
            prefix=prefix,
            sync_remote=sync_remote,
        )

        return rechunk_value
