from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BucketPropsToSetVersioning")


@_attrs_define
class BucketPropsToSetVersioning:
    """
    Attributes:
        enabled (bool | Unset):
        validate_warm_get (bool | Unset):
        synchronize (bool | Unset):
    """

    enabled: bool | Unset = UNSET
    validate_warm_get: bool | Unset = UNSET
    synchronize: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        validate_warm_get = self.validate_warm_get

        synchronize = self.synchronize

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if validate_warm_get is not UNSET:
            field_dict["validate_warm_get"] = validate_warm_get
        if synchronize is not UNSET:
            field_dict["synchronize"] = synchronize

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        validate_warm_get = d.pop("validate_warm_get", UNSET)

        synchronize = d.pop("synchronize", UNSET)

        bucket_props_to_set_versioning = cls(
            enabled=enabled,
            validate_warm_get=validate_warm_get,
            synchronize=synchronize,
        )

        return bucket_props_to_set_versioning
