from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CopyBucketValue")


@_attrs_define
class CopyBucketValue:
    """`apc.TCBMsg`: options of `copy-bck`.

    Attributes:
        prefix (str | Unset): Copy only objects whose names start with this prefix.
        prepend (str | Unset): Prefix prepended to destination object names.
        dry_run (bool | Unset): Visit all objects but copy nothing.
        force (bool | Unset): Run even when conflicting xactions run.
        latest_ver (bool | Unset): Remote sources; revalidate each object's version.
        synchronize (bool | Unset): Delete destination objects no longer in the source.
        non_recurs (bool | Unset): Do not descend into virtual subdirectories.
        num_workers (int | Unset): 0 auto, -1 one per mountpath, >0 exact.
    """

    prefix: str | Unset = UNSET
    prepend: str | Unset = UNSET
    dry_run: bool | Unset = UNSET
    force: bool | Unset = UNSET
    latest_ver: bool | Unset = UNSET
    synchronize: bool | Unset = UNSET
    non_recurs: bool | Unset = UNSET
    num_workers: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prefix = self.prefix

        prepend = self.prepend

        dry_run = self.dry_run

        force = self.force

        latest_ver = self.latest_ver

        synchronize = self.synchronize

        non_recurs = self.non_recurs

        num_workers = self.num_workers

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if prepend is not UNSET:
            field_dict["prepend"] = prepend
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if force is not UNSET:
            field_dict["force"] = force
        if latest_ver is not UNSET:
            field_dict["latest-ver"] = latest_ver
        if synchronize is not UNSET:
            field_dict["synchronize"] = synchronize
        if non_recurs is not UNSET:
            field_dict["non-recurs"] = non_recurs
        if num_workers is not UNSET:
            field_dict["num-workers"] = num_workers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prefix = d.pop("prefix", UNSET)

        prepend = d.pop("prepend", UNSET)

        dry_run = d.pop("dry_run", UNSET)

        force = d.pop("force", UNSET)

        latest_ver = d.pop("latest-ver", UNSET)

        synchronize = d.pop("synchronize", UNSET)

        non_recurs = d.pop("non-recurs", UNSET)

        num_workers = d.pop("num-workers", UNSET)

        copy_bucket_value = cls(
            prefix=prefix,
            prepend=prepend,
            dry_run=dry_run,
            force=force,
            latest_ver=latest_ver,
            synchronize=synchronize,
            non_recurs=non_recurs,
            num_workers=num_workers,
        )

        return copy_bucket_value
