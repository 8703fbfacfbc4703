from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bmd import BMD
    from ..models.cluster_config import ClusterConfig
    from ..models.smap import Smap
    from ..models.smap_vote_etl_md import SmapVoteEtlMD
    from ..models.smap_vote_rmd import SmapVoteRmd
    from ..models.snode import Snode


T = TypeVar("T", bound="SmapVote")


@_attrs_define
class SmapVote:
    """`what=smapvote`: the node's cluster metadata (as exchanged during primary elections).

    Attributes:
        smap (Smap): The cluster map.
        bmd (BMD | Unset): Bucket metadata: buckets by provider and namespace (`{provider: {"@uuid#ns": {bucket:
            props}}}`).
        rmd (SmapVoteRmd | Unset):
        etl_md (SmapVoteEtlMD | Unset):
        config (ClusterConfig | Unset): The cluster-wide configuration (auth secrets hidden); sections as in
            `ConfigToSet`.
        si (Snode | Unset): A node of the cluster map.
        prime_time (int | Unset):
        flags (int | Unset):
    """

    smap: Smap
    bmd: BMD | Unset = UNSET
    rmd: SmapVoteRmd | Unset = UNSET
    etl_md: SmapVoteEtlMD | Unset = UNSET
    config: ClusterConfig | Unset = UNSET
    si: Snode | Unset = UNSET
    prime_time: int | Unset = UNSET
    flags: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        smap = self.smap.to_dict()

        bmd: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bmd, Unset):
            bmd = self.bmd.to_dict()

        rmd: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rmd, Unset):
            rmd = self.rmd.to_dict()

        etl_md: dict[str, Any] | Unset = UNSET
        if not isinstance(self.etl_md, Unset):
            etl_md = self.etl_md.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        si: dict[str, Any] | Unset = UNSET
        if not isinstance(self.si, Unset):
            si = self.si.to_dict()

        prime_time = self.prime_time

        flags = self.flags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "smap": smap,
            }
        )
        if bmd is not UNSET:
            field_dict["bmd"] = bmd
        if rmd is not UNSET:
            field_dict["rmd"] = rmd
        if etl_md is not UNSET:
            field_dict["etlMD"] = etl_md
        if config is not UNSET:
            field_dict["config"] = config
        if si is not UNSET:
            field_dict["si"] = si
        if prime_time is not UNSET:
            field_dict["prime_time"] = prime_time
        if flags is not UNSET:
            field_dict["flags"] = flags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bmd import BMD
        from ..models.cluster_config import ClusterConfig
        from ..models.smap import Smap
        from ..models.smap_vote_etl_md import SmapVoteEtlMD
        from ..models.smap_vote_rmd import SmapVoteRmd
        from ..models.snode import Snode

        d = dict(src_dict)
        smap = Smap.from_dict(d.pop("smap"))

        _bmd = d.pop("bmd", UNSET)
        bmd: BMD | Unset
        if isinstance(_bmd, Unset):
            bmd = UNSET
        else:
            bmd = BMD.from_dict(_bmd)

        _rmd = d.pop("rmd", UNSET)
        rmd: SmapVoteRmd | Unset
        if isinstance(_rmd, Unset):
            rmd = UNSET
        else:
            rmd = SmapVoteRmd.from_dict(_rmd)

        _etl_md = d.pop("etlMD", UNSET)
        etl_md: SmapVoteEtlMD | Unset
        if isinstance(_etl_md, Unset):
            etl_md = UNSET
        else:
            etl_md = SmapVoteEtlMD.from_dict(_etl_md)

        _config = d.pop("config", UNSET)
        config: ClusterConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = ClusterConfig.from_dict(_config)

        _si = d.pop("si", UNSET)
        si: Snode | Unset
        if isinstance(_si, Unset):
            si = UNSET
        else:
            si = Snode.from_dict(_si)

        prime_time = d.pop("prime_time", UNSET)

        flags = d.pop("flags", UNSET)

        smap_vote = cls(
            smap=smap,
            bmd=bmd,
            rmd=rmd,
            etl_md=etl_md,
            config=config,
            si=si,
            prime_time=prime_time,
            flags=flags,
        )

        smap_vote.additional_properties = d
        return smap_vote

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
