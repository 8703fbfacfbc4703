from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cluster_sys_info_proxy import ClusterSysInfoProxy
    from ..models.cluster_sys_info_target import ClusterSysInfoTarget


T = TypeVar("T", bound="ClusterSysInfo")


@_attrs_define
class ClusterSysInfo:
    """`what=sysinfo`: by node id (the answering proxy is not among `proxy`).

    Attributes:
        proxy (ClusterSysInfoProxy):
        target (ClusterSysInfoTarget):
    """

    proxy: ClusterSysInfoProxy
    target: ClusterSysInfoTarget
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        proxy = self.proxy.to_dict()

        target = self.target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "proxy": proxy,
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_sys_info_proxy import ClusterSysInfoProxy
        from ..models.cluster_sys_info_target import ClusterSysInfoTarget

        d = dict(src_dict)
        proxy = ClusterSysInfoProxy.from_dict(d.pop("proxy"))

        target = ClusterSysInfoTarget.from_dict(d.pop("target"))

        cluster_sys_info = cls(
            proxy=proxy,
            target=target,
        )

        cluster_sys_info.additional_properties = d
        return cluster_sys_info

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
