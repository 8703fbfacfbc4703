from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BucketPropsVersioning")


@_attrs_define
class BucketPropsVersioning:
    """
    Attributes:
        enabled (bool | Unset):
        validate_warm_get (bool | Unset):
        synchronize (bool | Unset):
    """

    enabled: bool | Unset = UNSET
    validate_warm_get: bool | Unset = UNSET
    synchronize: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        validate_warm_get = self.validate_warm_get

        synchronize = self.synchronize

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        bucket_props_versioning = cls(
            enabled=enabled,
            validate_warm_get=validate_warm_get,
            synchronize=synchronize,
        )

        bucket_props_versioning.additional_properties = d
        return bucket_props_versioning

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
