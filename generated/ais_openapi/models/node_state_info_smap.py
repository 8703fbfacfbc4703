from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_state_info_smap_primary import NodeStateInfoSmapPrimary


T = TypeVar("T", bound="NodeStateInfoSmap")


@_attrs_define
class NodeStateInfoSmap:
    """
    Attributes:
        primary (NodeStateInfoSmapPrimary | Unset):
        uuid (str | Unset):
        version (str | Unset): Decimal string.
    """

    primary: NodeStateInfoSmapPrimary | Unset = UNSET
    uuid: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary, Unset):
            primary = self.primary.to_dict()

        uuid = self.uuid

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if primary is not UNSET:
            field_dict["Primary"] = primary
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.node_state_info_smap_primary import NodeStateInfoSmapPrimary

        d = dict(src_dict)
        _primary = d.pop("Primary", UNSET)
        primary: NodeStateInfoSmapPrimary | Unset
        if isinstance(_primary, Unset):
            primary = UNSET
        else:
            primary = NodeStateInfoSmapPrimary.from_dict(_primary)

        uuid = d.pop("uuid", UNSET)

        version = d.pop("version", UNSET)

        node_state_info_smap = cls(
            primary=primary,
            uuid=uuid,
            version=version,
        )

        node_state_info_smap.additional_properties = d
        return node_state_info_smap

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
