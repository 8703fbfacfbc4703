from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.capacity import Capacity
    from ..models.mem_cpu_info import MemCPUInfo
    from ..models.node_state_info import NodeStateInfo
    from ..models.node_status_rebalance_snap_type_0 import NodeStatusRebalanceSnapType0
    from ..models.node_status_tracker_type_0 import NodeStatusTrackerType0
    from ..models.snode import Snode


T = TypeVar("T", bound="NodeStatus")


@_attrs_define
class NodeStatus:
    """`what=node_status`: `NodeStats` plus state, versions, `NodeStateInfo` and sys info.

    Attributes:
        status (str): Empty when online; `maintenance`, `decommission`, ...
        snode (Snode): A node of the cluster map.
        deployment (str | Unset):
        ais_version (str | Unset):
        build_time (str | Unset):
        k8s_pod_name (str | Unset):
        tracker (NodeStatusTrackerType0 | None | Unset): Metric name => value; null in the proxy's stand-in answer for a
            node in maintenance.
        capacity (Capacity | Unset): Capacity of a node's mountpaths (all zero on proxies). Sizes are decimal strings.
        cluster (NodeStateInfo | Unset): `cos.NodeStateInfo`: metadata versions and state flags of a node
            (`health?cii=true`).
        sys_info (MemCPUInfo | Unset): Memory and CPU usage of a node (`what=sysinfo`).
        smap_version (str | Unset):
        rebalance_snap (NodeStatusRebalanceSnapType0 | None | Unset):
    """

    status: str
    snode: Snode
    deployment: str | Unset = UNSET
    ais_version: str | Unset = UNSET
    build_time: str | Unset = UNSET
    k8s_pod_name: str | Unset = UNSET
    tracker: NodeStatusTrackerType0 | None | Unset = UNSET
    capacity: Capacity | Unset = UNSET
    cluster: NodeStateInfo | Unset = UNSET
    sys_info: MemCPUInfo | Unset = UNSET
    smap_version: str | Unset = UNSET
    rebalance_snap: NodeStatusRebalanceSnapType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.node_status_rebalance_snap_type_0 import (
            NodeStatusRebalanceSnapType0,
        )
        from ..models.node_status_tracker_type_0 import NodeStatusTrackerType0

        status = self.status

        snode = self.snode.to_dict()

        deployment = self.deployment

        ais_version = self.ais_version

        build_time = self.build_time

        k8s_pod_name = self.k8s_pod_name

        tracker: dict[str, Any] | None | Unset
        if isinstance(self.tracker, Unset):
            tracker = UNSET
        elif isinstance(self.tracker, NodeStatusTrackerType0):
            tracker = self.tracker.to_dict()
        else:
            tracker = self.tracker

        capacity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capacity, Unset):
            capacity = self.capacity.to_dict()

        cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster, Unset):
            cluster = self.cluster.to_dict()

        sys_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sys_info, Unset):
            sys_info = self.sys_info.to_dict()

        smap_version = self.smap_version

        rebalance_snap: dict[str, Any] | None | Unset
        if isinstance(self.rebalance_snap, Unset):
            rebalance_snap = UNSET
        elif isinstance(self.rebalance_snap, NodeStatusRebalanceSnapType0):
            rebalance_snap = self.rebalance_snap.to_dict()
        else:
            rebalance_snap = self.rebalance_snap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "snode": snode,
            }
        )
        if deployment is not UNSET:
            field_dict["deployment"] = deployment
        if ais_version is not UNSET:
            field_dict["ais_version"] = ais_version
        if build_time is not UNSET:
            field_dict["build_time"] = build_time
        if k8s_pod_name is not UNSET:
            field_dict["k8s_pod_name"] = k8s_pod_name
        if tracker is not UNSET:
            field_dict["tracker"] = tracker
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if sys_info is not UNSET:
            field_dict["sys_info"] = sys_info
        if smap_version is not UNSET:
            field_dict["smap_version"] = smap_version
        if rebalance_snap is not UNSET:
            field_dict["rebalance_snap"] = rebalance_snap

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.capacity import Capacity
        from ..models.mem_cpu_info import MemCPUInfo
        from ..models.node_state_info import NodeStateInfo
        from ..models.node_status_rebalance_snap_type_0 import (
            NodeStatusRebalanceSnapType0,
        )
        from ..models.node_status_tracker_type_0 import NodeStatusTrackerType0
        from ..models.snode import Snode

        d = dict(src_dict)
        status = d.pop("status")

        snode = Snode.from_dict(d.pop("snode"))

        deployment = d.pop("deployment", UNSET)

        ais_version = d.pop("ais_version", UNSET)

        build_time = d.pop("build_time", UNSET)

        k8s_pod_name = d.pop("k8s_pod_name", UNSET)

        def _parse_tracker(data: object) -> NodeStatusTrackerType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tracker_type_0 = NodeStatusTrackerType0.from_dict(data)

                return tracker_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NodeStatusTrackerType0 | None | Unset, data)

        tracker = _parse_tracker(d.pop("tracker", UNSET))

        _capacity = d.pop("capacity", UNSET)
        capacity: Capacity | Unset
        if isinstance(_capacity, Unset):
            capacity = UNSET
        else:
            capacity = Capacity.from_dict(_capacity)

        _cluster = d.pop("cluster", UNSET)
        cluster: NodeStateInfo | Unset
        if isinstance(_cluster, Unset):
            cluster = UNSET
        else:
            cluster = NodeStateInfo.from_dict(_cluster)

        _sys_info = d.pop("sys_info", UNSET)
        sys_info: MemCPUInfo | Unset
        if isinstance(_sys_info, Unset):
            sys_info = UNSET
        else:
            sys_info = MemCPUInfo.from_dict(_sys_info)

        smap_version = d.pop("smap_version", UNSET)

        def _parse_rebalance_snap(
            data: object,
        ) -> NodeStatusRebalanceSnapType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rebalance_snap_type_0 = NodeStatusRebalanceSnapType0.from_dict(data)

                return rebalance_snap_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NodeStatusRebalanceSnapType0 | None | Unset, data)

        rebalance_snap = _parse_rebalance_snap(d.pop("rebalance_snap", UNSET))

        node_status = cls(
            status=status,
            snode=snode,
            deployment=deployment,
            ais_version=ais_version,
            build_time=build_time,
            k8s_pod_name=k8s_pod_name,
            tracker=tracker,
            capacity=capacity,
            cluster=cluster,
            sys_info=sys_info,
            smap_version=smap_version,
            rebalance_snap=rebalance_snap,
        )

        node_status.additional_properties = d
        return node_status

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
