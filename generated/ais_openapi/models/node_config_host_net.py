from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeConfigHostNet")


@_attrs_define
class NodeConfigHostNet:
    """
    Attributes:
        hostname (str | Unset):
        port (str | Unset):
        port_intra_control (str | Unset):
        port_intra_data (str | Unset):
    """

    hostname: str | Unset = UNSET
    port: str | Unset = UNSET
    port_intra_control: str | Unset = UNSET
    port_intra_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        port = self.port

        port_intra_control = self.port_intra_control

        port_intra_data = self.port_intra_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if port is not UNSET:
            field_dict["port"] = port
        if port_intra_control is not UNSET:
            field_dict["port_intra_control"] = port_intra_control
        if port_intra_data is not UNSET:
            field_dict["port_intra_data"] = port_intra_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        hostname = d.pop("hostname", UNSET)

        port = d.pop("port", UNSET)

        port_intra_control = d.pop("port_intra_control", UNSET)

        port_intra_data = d.pop("port_intra_data", UNSET)

        node_config_host_net = cls(
            hostname=hostname,
            port=port,
            port_intra_control=port_intra_control,
            port_intra_data=port_intra_data,
        )

        node_config_host_net.additional_properties = d
        return node_config_host_net

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
