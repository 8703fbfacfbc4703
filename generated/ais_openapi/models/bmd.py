from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bmd_providers import BMDProviders


T = TypeVar("T", bound="BMD")


@_attrs_define
class BMD:
    """Bucket metadata: buckets by provider and namespace (`{provider: {"@uuid#ns": {bucket: props}}}`).

    Attributes:
        version (str): BMD version, a decimal string.
        providers (BMDProviders | Unset):
        uuid (str | Unset): Cluster uuid.
    """

    version: str
    providers: BMDProviders | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        providers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.providers, Unset):
            providers = self.providers.to_dict()

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )
        if providers is not UNSET:
            field_dict["providers"] = providers
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bmd_providers import BMDProviders

        d = dict(src_dict)
        version = d.pop("version")

        _providers = d.pop("providers", UNSET)
        providers: BMDProviders | Unset
        if isinstance(_providers, Unset):
            providers = UNSET
        else:
            providers = BMDProviders.from_dict(_providers)

        uuid = d.pop("uuid", UNSET)

        bmd = cls(
            version=version,
            providers=providers,
            uuid=uuid,
        )

        bmd.additional_properties = d
        return bmd

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
