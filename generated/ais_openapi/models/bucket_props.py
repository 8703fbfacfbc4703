from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bck import Bck
    from ..models.bucket_props_checksum import BucketPropsChecksum
    from ..models.bucket_props_chunks import BucketPropsChunks
    from ..models.bucket_props_ec import BucketPropsEc
    from ..models.bucket_props_extra import BucketPropsExtra
    from ..models.bucket_props_lru import BucketPropsLru
    from ..models.bucket_props_mirror import BucketPropsMirror
    from ..models.bucket_props_rate_limit import BucketPropsRateLimit
    from ..models.bucket_props_versioning import BucketPropsVersioning
    from ..models.bucket_props_write_policy import BucketPropsWritePolicy


T = TypeVar("T", bound="BucketProps")


@_attrs_define
class BucketProps:
    """Bucket properties (`cmn.Bprops`); the server may add fields.

    Attributes:
        provider (str | Unset):
        backend_bck (Bck | Unset): A bucket's identity.
        write_policy (BucketPropsWritePolicy | Unset):
        checksum (BucketPropsChecksum | Unset):
        versioning (BucketPropsVersioning | Unset):
        mirror (BucketPropsMirror | Unset):
        ec (BucketPropsEc | Unset):
        lru (BucketPropsLru | Unset):
        chunks (BucketPropsChunks | Unset):
        rate_limit (BucketPropsRateLimit | Unset):
        extra (BucketPropsExtra | Unset):
        access (str | Unset): Access permission bitmask (uint64 as a decimal string).
        features (str | Unset): Feature flags (uint64 as a decimal string).
        bid (str | Unset): Bucket id (uint64 as a decimal string).
        created (str | Unset): Creation time, Unix nanoseconds as a decimal string.
        renamed (str | Unset): Deprecated.
    """

    provider: str | Unset = UNSET
    backend_bck: Bck | Unset = UNSET
    write_policy: BucketPropsWritePolicy | Unset = UNSET
    checksum: BucketPropsChecksum | Unset = UNSET
    versioning: BucketPropsVersioning | Unset = UNSET
    mirror: BucketPropsMirror | Unset = UNSET
    ec: BucketPropsEc | Unset = UNSET
    lru: BucketPropsLru | Unset = UNSET
    chunks: BucketPropsChunks | Unset = UNSET
    rate_limit: BucketPropsRateLimit | Unset = UNSET
    extra: BucketPropsExtra | Unset = UNSET
    access: str | Unset = UNSET
    features: str | Unset = UNSET
    bid: str | Unset = UNSET
    created: str | Unset = UNSET
    renamed: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        backend_bck: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backend_bck, Unset):
            backend_bck = self.backend_bck.to_dict()

        write_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.write_policy, Unset):
            write_policy = self.write_policy.to_dict()

        checksum: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checksum, Unset):
            checksum = self.checksum.to_dict()

        versioning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.versioning, Unset):
            versioning = self.versioning.to_dict()

        mirror: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mirror, Unset):
            mirror = self.mirror.to_dict()

        ec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ec, Unset):
            ec = self.ec.to_dict()

        lru: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lru, Unset):
            lru = self.lru.to_dict()

        chunks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chunks, Unset):
            chunks = self.chunks.to_dict()

        rate_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_limit, Unset):
            rate_limit = self.rate_limit.to_dict()

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        access = self.access

        features = self.features

        bid = self.bid

        created = self.created

        renamed = self.renamed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if backend_bck is not UNSET:
            field_dict["backend_bck"] = backend_bck
        if write_policy is not UNSET:
            field_dict["write_policy"] = write_policy
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if versioning is not UNSET:
            field_dict["versioning"] = versioning
        if mirror is not UNSET:
            field_dict["mirror"] = mirror
        if ec is not UNSET:
            field_dict["ec"] = ec
        if lru is not UNSET:
            field_dict["lru"] = lru
        if chunks is not UNSET:
            field_dict["chunks"] = chunks
        if rate_limit is not UNSET:
            field_dict["rate_limit"] = rate_limit
        if extra is not UNSET:
            field_dict["extra"] = extra
        if access is not UNSET:
            field_dict["access"] = access
        if features is not UNSET:
            field_dict["features"] = features
        if bid is not UNSET:
            field_dict["bid"] = bid
        if created is not UNSET:
            field_dict["created"] = created
        if renamed is not UNSET:
            field_dict["Renamed"] = renamed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bck import Bck
        from ..models.bucket_props_checksum import BucketPropsChecksum
        from ..models.bucket_props_chunks import BucketPropsChunks
        from ..models.bucket_props_ec import BucketPropsEc
        from ..models.bucket_props_extra import BucketPropsExtra
        from ..models.bucket_props_lru import BucketPropsLru
        from ..models.bucket_props_mirror import BucketPropsMirror
        from ..models.bucket_props_rate_limit import BucketPropsRateLimit
        from ..models.bucket_props_versioning import BucketPropsVersioning
        from ..models.bucket_props_write_policy import BucketPropsWritePolicy

        d = dict(src_dict)
        provider = d.pop("provider", UNSET)

        _backend_bck = d.pop("backend_bck", UNSET)
        backend_bck: Bck | Unset
        if isinstance(_backend_bck, Unset):
            backend_bck = UNSET
        else:
            backend_bck = Bck.from_dict(_backend_bck)

        _write_policy = d.pop("write_policy", UNSET)
        write_policy: BucketPropsWritePolicy | Unset
        if isinstance(_write_policy, Unset):
            write_policy = UNSET
        else:
            write_policy = BucketPropsWritePolicy.from_dict(_write_policy)

        _checksum = d.pop("checksum", UNSET)
        checksum: BucketPropsChecksum | Unset
        if isinstance(_checksum, Unset):
            checksum = UNSET
        else:
            checksum = BucketPropsChecksum.from_dict(_checksum)

        _versioning = d.pop("versioning", UNSET)
        versioning: BucketPropsVersioning | Unset
        if isinstance(_versioning, Unset):
            versioning = UNSET
        else:
            versioning = BucketPropsVersioning.from_dict(_versioning)

        _mirror = d.pop("mirror", UNSET)
        mirror: BucketPropsMirror | Unset
        if isinstance(_mirror, Unset):
            mirror = UNSET
        else:
            mirror = BucketPropsMirror.from_dict(_mirror)

        _ec = d.pop("ec", UNSET)
        ec: BucketPropsEc | Unset
        if isinstance(_ec, Unset):
            ec = UNSET
        else:
            ec = BucketPropsEc.from_dict(_ec)

        _lru = d.pop("lru", UNSET)
        lru: BucketPropsLru | Unset
        if isinstance(_lru, Unset):
            lru = UNSET
        else:
            lru = BucketPropsLru.from_dict(_lru)

        _chunks = d.pop("chunks", UNSET)
        chunks: BucketPropsChunks | Unset
        if isinstance(_chunks, Unset):
            chunks = UNSET
        else:
            chunks = BucketPropsChunks.from_dict(_chunks)

        _rate_limit = d.pop("rate_limit", UNSET)
        rate_limit: BucketPropsRateLimit | Unset
        if isinstance(_rate_limit, Unset):
            rate_limit = UNSET
        else:
            rate_limit = BucketPropsRateLimit.from_dict(_rate_limit)

        _extra = d.pop("extra", UNSET)
        extra: BucketPropsExtra | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = BucketPropsExtra.from_dict(_extra)

        access = d.pop("access", UNSET)

        features = d.pop("features", UNSET)

        bid = d.pop("bid", UNSET)

        created = d.pop("created", UNSET)

        renamed = d.pop("Renamed", UNSET)

        bucket_props = cls(
            provider=provider,
            backend_bck=backend_bck,
            write_policy=write_policy,
            checksum=checksum,
            versioning=versioning,
            mirror=mirror,
            ec=ec,
            lru=lru,
            chunks=chunks,
            rate_limit=rate_limit,
            extra=extra,
            access=access,
            features=features,
            bid=bid,
            created=created,
            renamed=renamed,
        )

        bucket_props.additional_properties = d
        return bucket_props

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
