from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.etl_bucket_value_ext import EtlBucketValueExt


T = TypeVar("T", bound="EtlBucketValue")


@_attrs_define
class EtlBucketValue:
    """`apc.TCBMsg` of `etl-bck`: `id` names the ETL; copy options as for `copy-bck`.

    Attributes:
        id (str | Unset): ETL name.
        request_timeout (str | Unset): Go duration.
        prefix (str | Unset):
        prepend (str | Unset):
        dry_run (bool | Unset):
        force (bool | Unset):
        num_workers (int | Unset):
        ext (EtlBucketValueExt | Unset): Extension renames, e.g. `{"jpg": "png"}`.
    """

    id: str | Unset = UNSET
    request_timeout: str | Unset = UNSET
    prefix: str | Unset = UNSET
    prepend: str | Unset = UNSET
    dry_run: bool | Unset = UNSET
    force: bool | Unset = UNSET
    num_workers: int | Unset = UNSET
    ext: EtlBucketValueExt | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        request_timeout = self.request_timeout

        prefix = self.prefix

        prepend = self.prepend

        dry_run = self.dry_run

        force = self.force

        num_workers = self.num_workers

        ext: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ext, Unset):
            ext = self.ext.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if request_timeout is not UNSET:
            field_dict["request_timeout"] = request_timeout
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if prepend is not UNSET:
            field_dict["prepend"] = prepend
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if force is not UNSET:
            field_dict["force"] = force
        if num_workers is not UNSET:
            field_dict["num-workers"] = num_workers
        if ext is not UNSET:
            field_dict["ext"] = ext

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.etl_bucket_value_ext import EtlBucketValueExt

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        request_timeout = d.pop("request_timeout", UNSET)

        prefix = d.pop("prefix", UNSET)

        prepend = d.pop("prepend", UNSET)

        dry_run = d.pop("dry_run", UNSET)

        force = d.pop("force", UNSET)

        num_workers = d.pop("num-workers", UNSET)

        _ext = d.pop("ext", UNSET)
        ext: EtlBucketValueExt | Unset
        if isinstance(_ext, Unset):
            ext = UNSET
        else:
            ext = EtlBucketValueExt.from_dict(_ext)

        etl_bucket_value = cls(
            id=id,
            request_timeout=request_timeout,
            prefix=prefix,
            prepend=prepend,
            dry_run=dry_run,
            force=force,
            num_workers=num_workers,
            ext=ext,
        )

        return etl_bucket_value
