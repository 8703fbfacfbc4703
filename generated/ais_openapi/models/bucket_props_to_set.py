from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bucket_props_to_set_checksum import BucketPropsToSetChecksum
    from ..models.bucket_props_to_set_versioning import BucketPropsToSetVersioning
    from ..models.bucket_props_to_set_write_policy import BucketPropsToSetWritePolicy


T = TypeVar("T", bound="BucketPropsToSet")


@_attrs_define
class BucketPropsToSet:
    """Properties to set when creating a bucket; every field is optional.

    Attributes:
        versioning (BucketPropsToSetVersioning | Unset):
        checksum (BucketPropsToSetChecksum | Unset):
        write_policy (BucketPropsToSetWritePolicy | Unset):
    """

    versioning: BucketPropsToSetVersioning | Unset = UNSET
    checksum: BucketPropsToSetChecksum | Unset = UNSET
    write_policy: BucketPropsToSetWritePolicy | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        versioning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.versioning, Unset):
            versioning = self.versioning.to_dict()

        checksum: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checksum, Unset):
            checksum = self.checksum.to_dict()

        write_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.write_policy, Unset):
            write_policy = self.write_policy.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if versioning is not UNSET:
            field_dict["versioning"] = versioning
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if write_policy is not UNSET:
            field_dict["write_policy"] = write_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bucket_props_to_set_checksum import BucketPropsToSetChecksum
        from ..models.bucket_props_to_set_versioning import BucketPropsToSetVersioning
        from ..models.bucket_props_to_set_write_policy import (
            BucketPropsToSetWritePolicy,
        )

        d = dict(src_dict)
        _versioning = d.pop("versioning", UNSET)
        versioning: BucketPropsToSetVersioning | Unset
        if isinstance(_versioning, Unset):
            versioning = UNSET
        else:
            versioning = BucketPropsToSetVersioning.from_dict(_versioning)

        _checksum = d.pop("checksum", UNSET)
        checksum: BucketPropsToSetChecksum | Unset
        if isinstance(_checksum, Unset):
            checksum = UNSET
        else:
            checksum = BucketPropsToSetChecksum.from_dict(_checksum)

        _write_policy = d.pop("write_policy", UNSET)
        write_policy: BucketPropsToSetWritePolicy | Unset
        if isinstance(_write_policy, Unset):
            write_policy = UNSET
        else:
            write_policy = BucketPropsToSetWritePolicy.from_dict(_write_policy)

        bucket_props_to_set = cls(
            versioning=versioning,
            checksum=checksum,
            write_policy=write_policy,
        )

        return bucket_props_to_set
