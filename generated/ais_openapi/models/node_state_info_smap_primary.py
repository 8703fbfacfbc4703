from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeStateInfoSmapPrimary")


@_attrs_define
class NodeStateInfoSmapPrimary:
    """
    Attributes:
        pub_url (str | Unset):
        control_url (str | Unset):
        id (str | Unset):
    """

    pub_url: str | Unset = UNSET
    control_url: str | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pub_url = self.pub_url

        control_url = self.control_url

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pub_url is not UNSET:
            field_dict["pub_url"] = pub_url
        if control_url is not UNSET:
            field_dict["control_url"] = control_url
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pub_url = d.pop("pub_url", UNSET)

        control_url = d.pop("control_url", UNSET)

        id = d.pop("id", UNSET)

        node_state_info_smap_primary = cls(
            pub_url=pub_url,
            control_url=control_url,
            id=id,
        )

        node_state_info_smap_primary.additional_properties = d
        return node_state_info_smap_primary

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
