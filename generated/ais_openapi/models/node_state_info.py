from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_state_info_bmd import NodeStateInfoBmd
    from ..models.node_state_info_config import NodeStateInfoConfig
    from ..models.node_state_info_etlmd import NodeStateInfoEtlmd
    from ..models.node_state_info_rmd import NodeStateInfoRmd
    from ..models.node_state_info_smap import NodeStateInfoSmap


T = TypeVar("T", bound="NodeStateInfo")


@_attrs_define
class NodeStateInfo:
    """`cos.NodeStateInfo`: metadata versions and state flags of a node (`health?cii=true`).

    Attributes:
        smap (NodeStateInfoSmap | Unset):
        bmd (NodeStateInfoBmd | Unset):
        rmd (NodeStateInfoRmd | Unset):
        config (NodeStateInfoConfig | Unset):
        etlmd (NodeStateInfoEtlmd | Unset):
        flags (int | Unset): Node state flags (alerts) bit mask.
    """

    smap: NodeStateInfoSmap | Unset = UNSET
    bmd: NodeStateInfoBmd | Unset = UNSET
    rmd: NodeStateInfoRmd | Unset = UNSET
    config: NodeStateInfoConfig | Unset = UNSET
    etlmd: NodeStateInfoEtlmd | Unset = UNSET
    flags: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        smap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.smap, Unset):
            smap = self.smap.to_dict()

        bmd: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bmd, Unset):
            bmd = self.bmd.to_dict()

        rmd: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rmd, Unset):
            rmd = self.rmd.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        etlmd: dict[str, Any] | Unset = UNSET
        if not isinstance(self.etlmd, Unset):
            etlmd = self.etlmd.to_dict()

        flags = self.flags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if smap is not UNSET:
            field_dict["smap"] = smap
        if bmd is not UNSET:
            field_dict["bmd"] = bmd
        if rmd is not UNSET:
            field_dict["rmd"] = rmd
        if config is not UNSET:
            field_dict["config"] = config
        if etlmd is not UNSET:
            field_dict["etlmd"] = etlmd
        if flags is not UNSET:
            field_dict["flags"] = flags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.node_state_info_bmd import NodeStateInfoBmd
        from ..models.node_state_info_config import NodeStateInfoConfig
        from ..models.node_state_info_etlmd import NodeStateInfoEtlmd
        from ..models.node_state_info_rmd import NodeStateInfoRmd
        from ..models.node_state_info_smap import NodeStateInfoSmap

        d = dict(src_dict)
        _smap = d.pop("smap", UNSET)
        smap: NodeStateInfoSmap | Unset
        if isinstance(_smap, Unset):
            smap = UNSET
        else:
            smap = NodeStateInfoSmap.from_dict(_smap)

        _bmd = d.pop("bmd", UNSET)
        bmd: NodeStateInfoBmd | Unset
        if isinstance(_bmd, Unset):
            bmd = UNSET
        else:
            bmd = NodeStateInfoBmd.from_dict(_bmd)

        _rmd = d.pop("rmd", UNSET)
        rmd: NodeStateInfoRmd | Unset
        if isinstance(_rmd, Unset):
            rmd = UNSET
        else:
            rmd = NodeStateInfoRmd.from_dict(_rmd)

        _config = d.pop("config", UNSET)
        config: NodeStateInfoConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = NodeStateInfoConfig.from_dict(_config)

        _etlmd = d.pop("etlmd", UNSET)
        etlmd: NodeStateInfoEtlmd | Unset
        if isinstance(_etlmd, Unset):
            etlmd = UNSET
        else:
            etlmd = NodeStateInfoEtlmd.from_dict(_etlmd)

        flags = d.pop("flags", UNSET)

        node_state_info = cls(
            smap=smap,
            bmd=bmd,
            rmd=rmd,
            config=config,
            etlmd=etlmd,
            flags=flags,
        )

        node_state_info.additional_properties = d
        return node_state_info

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
