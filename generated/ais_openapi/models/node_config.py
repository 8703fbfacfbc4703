from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_config_backend import ClusterConfigBackend
    from ..models.cluster_config_lru import ClusterConfigLru
    from ..models.cluster_config_net import ClusterConfigNet
    from ..models.cluster_config_periodic import ClusterConfigPeriodic
    from ..models.cluster_config_proxy import ClusterConfigProxy
    from ..models.cluster_config_timeout import ClusterConfigTimeout
    from ..models.node_config_fspaths import NodeConfigFspaths
    from ..models.node_config_host_net import NodeConfigHostNet
    from ..models.node_config_test_fspaths import NodeConfigTestFspaths


T = TypeVar("T", bound="NodeConfig")


@_attrs_define
class NodeConfig:
    """A node's configuration: `ClusterConfig` plus its local config (`confdir`, `host_net`, `fspaths`, ...).

    Attributes:
        host_net (NodeConfigHostNet):
        uuid (str | Unset):
        config_version (str | Unset): Decimal string.
        lastupdate_time (str | Unset):
        features (str | Unset): Feature flags, a decimal string.
        backend (ClusterConfigBackend | Unset):
        lru (ClusterConfigLru | Unset):
        periodic (ClusterConfigPeriodic | Unset):
        timeout (ClusterConfigTimeout | Unset):
        proxy (ClusterConfigProxy | Unset):
        net (ClusterConfigNet | Unset):
        confdir (str | Unset):
        log_dir (str | Unset):
        fspaths (NodeConfigFspaths | Unset): Mountpaths (targets) by path; empty on proxies.
        test_fspaths (NodeConfigTestFspaths | Unset):
    """

    host_net: NodeConfigHostNet
    uuid: str | Unset = UNSET
    config_version: str | Unset = UNSET
    lastupdate_time: str | Unset = UNSET
    features: str | Unset = UNSET
    backend: ClusterConfigBackend | Unset = UNSET
    lru: ClusterConfigLru | Unset = UNSET
    periodic: ClusterConfigPeriodic | Unset = UNSET
    timeout: ClusterConfigTimeout | Unset = UNSET
    proxy: ClusterConfigProxy | Unset = UNSET
    net: ClusterConfigNet | Unset = UNSET
    confdir: str | Unset = UNSET
    log_dir: str | Unset = UNSET
    fspaths: NodeConfigFspaths | Unset = UNSET
    test_fspaths: NodeConfigTestFspaths | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host_net = self.host_net.to_dict()

        uuid = self.uuid

        config_version = self.config_version

        lastupdate_time = self.lastupdate_time

        features = self.features

        backend: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backend, Unset):
            backend = self.backend.to_dict()

        lru: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lru, Unset):
            lru = self.lru.to_dict()

        periodic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.periodic, Unset):
            periodic = self.periodic.to_dict()

        timeout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timeout, Unset):
            timeout = self.timeout.to_dict()

        proxy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proxy, Unset):
            proxy = self.proxy.to_dict()

        net: dict[str, Any] | Unset = UNSET
        if not isinstance(self.net, Unset):
            net = self.net.to_dict()

        confdir = self.confdir

        log_dir = self.log_dir

        fspaths: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fspaths, Unset):
            fspaths = self.fspaths.to_dict()

        test_fspaths: dict[str, Any] | Unset = UNSET
        if not isinstance(self.test_fspaths, Unset):
            test_fspaths = self.test_fspaths.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host_net": host_net,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if config_version is not UNSET:
            field_dict["config_version"] = config_version
        if lastupdate_time is not UNSET:
            field_dict["lastupdate_time"] = lastupdate_time
        if features is not UNSET:
            field_dict["features"] = features
        if backend is not UNSET:
            field_dict["backend"] = backend
        if lru is not UNSET:
            field_dict["lru"] = lru
        if periodic is not UNSET:
            field_dict["periodic"] = periodic
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if proxy is not UNSET:
            field_dict["proxy"] = proxy
        if net is not UNSET:
            field_dict["net"] = net
        if confdir is not UNSET:
            field_dict["confdir"] = confdir
        if log_dir is not UNSET:
            field_dict["log_dir"] = log_dir
        if fspaths is not UNSET:
            field_dict["fspaths"] = fspaths
        if test_fspaths is not UNSET:
            field_dict["test_fspaths"] = test_fspaths

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_config_backend import ClusterConfigBackend
        from ..models.cluster_config_lru import ClusterConfigLru
        from ..models.cluster_config_net import ClusterConfigNet
        from ..models.cluster_config_periodic import ClusterConfigPeriodic
        from ..models.cluster_config_proxy import ClusterConfigProxy
        from ..models.cluster_config_timeout import ClusterConfigTimeout
        from ..models.node_config_fspaths import NodeConfigFspaths
        from ..models.node_config_host_net import NodeConfigHostNet
        from ..models.node_config_test_fspaths import NodeConfigTestFspaths

        d = dict(src_dict)
        host_net = NodeConfigHostNet.from_dict(d.pop("host_net"))

        uuid = d.pop("uuid", UNSET)

        config_version = d.pop("config_version", UNSET)

        lastupdate_time = d.pop("lastupdate_time", UNSET)

        features = d.pop("features", UNSET)

        _backend = d.pop("backend", UNSET)
        backend: ClusterConfigBackend | Unset
        if isinstance(_backend, Unset):
            backend = UNSET
        else:
            backend = ClusterConfigBackend.from_dict(_backend)

        _lru = d.pop("lru", UNSET)
        lru: ClusterConfigLru | Unset
        if isinstance(_lru, Unset):
            lru = UNSET
        else:
            lru = ClusterConfigLru.from_dict(_lru)

        _periodic = d.pop("periodic", UNSET)
        periodic: ClusterConfigPeriodic | Unset
        if isinstance(_periodic, Unset):
            periodic = UNSET
        else:
            periodic = ClusterConfigPeriodic.from_dict(_periodic)

        _timeout = d.pop("timeout", UNSET)
        timeout: ClusterConfigTimeout | Unset
        if isinstance(_timeout, Unset):
            timeout = UNSET
        else:
            timeout = ClusterConfigTimeout.from_dict(_timeout)

        _proxy = d.pop("proxy", UNSET)
        proxy: ClusterConfigProxy | Unset
        if isinstance(_proxy, Unset):
            proxy = UNSET
        else:
            proxy = ClusterConfigProxy.from_dict(_proxy)

        _net = d.pop("net", UNSET)
        net: ClusterConfigNet | Unset
        if isinstance(_net, Unset):
            net = UNSET
        else:
            net = ClusterConfigNet.from_dict(_net)

        confdir = d.pop("confdir", UNSET)

        log_dir = d.pop("log_dir", UNSET)

        _fspaths = d.pop("fspaths", UNSET)
        fspaths: NodeConfigFspaths | Unset
        if isinstance(_fspaths, Unset):
            fspaths = UNSET
        else:
            fspaths = NodeConfigFspaths.from_dict(_fspaths)

        _test_fspaths = d.pop("test_fspaths", UNSET)
        test_fspaths: NodeConfigTestFspaths | Unset
        if isinstance(_test_fspaths, Unset):
            test_fspaths = UNSET
        else:
            test_fspaths = NodeConfigTestFspaths.from_dict(_test_fspaths)

        node_config = cls(
            host_net=host_net,
            uuid=uuid,
            config_version=config_version,
            lastupdate_time=lastupdate_time,
            features=features,
            backend=backend,
            lru=lru,
            periodic=periodic,
            timeout=timeout,
            proxy=proxy,
            net=net,
            confdir=confdir,
            log_dir=log_dir,
            fspaths=fspaths,
            test_fspaths=test_fspaths,
        )

        node_config.additional_properties = d
        return node_config

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
