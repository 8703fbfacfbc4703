from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.capacity import Capacity
    from ..models.node_stats_tracker_type_0 import NodeStatsTrackerType0
    from ..models.snode import Snode


T = TypeVar("T", bound="NodeStats")


@_attrs_define
class NodeStats:
    """`what=node_stats`: the node, its metrics (`tracker`: name => value) and capacity.

    Attributes:
        snode (Snode): A node of the cluster map.
        tracker (NodeStatsTrackerType0 | None): Metric name => value; null in the proxy's stand-in answer for a node in
            maintenance.
        capacity (Capacity | Unset): Capacity of a node's mountpaths (all zero on proxies). Sizes are decimal strings.
    """

    snode: Snode
    tracker: NodeStatsTrackerType0 | None
    capacity: Capacity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.node_stats_tracker_type_0 import NodeStatsTrackerType0

        snode = self.snode.to_dict()

        tracker: dict[str, Any] | None
        if isinstance(self.tracker, NodeStatsTrackerType0):
            tracker = self.tracker.to_dict()
        else:
            tracker = self.tracker

        capacity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capacity, Unset):
            capacity = self.capacity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snode": snode,
                "tracker": tracker,
            }
        )
        if capacity is not UNSET:
            field_dict["capacity"] = capacity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.capacity import Capacity
        from ..models.node_stats_tracker_type_0 import NodeStatsTrackerType0
        from ..models.snode import Snode

        d = dict(src_dict)
        snode = Snode.from_dict(d.pop("snode"))

        def _parse_tracker(data: object) -> NodeStatsTrackerType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tracker_type_0 = NodeStatsTrackerType0.from_dict(data)

                return tracker_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NodeStatsTrackerType0 | None, data)

        tracker = _parse_tracker(d.pop("tracker"))

        _capacity = d.pop("capacity", UNSET)
        capacity: Capacity | Unset
        if isinstance(_capacity, Unset):
            capacity = UNSET
        else:
            capacity = Capacity.from_dict(_capacity)

        node_stats = cls(
            snode=snode,
            tracker=tracker,
            capacity=capacity,
        )

        node_stats.additional_properties = d
        return node_stats

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
