from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cluster_stats_target import ClusterStatsTarget
    from ..models.node_stats import NodeStats


T = TypeVar("T", bound="ClusterStats")


@_attrs_define
class ClusterStats:
    """`what=node_stats`: the answering proxy's stats and every target's.

    Attributes:
        proxy (NodeStats): `what=node_stats`: the node, its metrics (`tracker`: name => value) and capacity.
        target (ClusterStatsTarget):
    """

    proxy: NodeStats
    target: ClusterStatsTarget
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
        from ..models.cluster_stats_target import ClusterStatsTarget
        from ..models.node_stats import NodeStats

        d = dict(src_dict)
        proxy = NodeStats.from_dict(d.pop("proxy"))

        target = ClusterStatsTarget.from_dict(d.pop("target"))

        cluster_stats = cls(
            proxy=proxy,
            target=target,
        )

        cluster_stats.additional_properties = d
        return cluster_stats

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
