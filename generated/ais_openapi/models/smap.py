from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.smap_pmap import SmapPmap
    from ..models.smap_tmap import SmapTmap
    from ..models.snode import Snode


T = TypeVar("T", bound="Smap")


@_attrs_define
class Smap:
    """The cluster map.

    Attributes:
        pmap (SmapPmap): Proxies by node id.
        tmap (SmapTmap): Targets by node id.
        proxy_si (Snode): A node of the cluster map.
        version (str): Map version, a decimal string.
        uuid (str | Unset): Cluster uuid.
        creation_time (str | Unset): Cluster creation time (UTC, human-readable).
    """

    pmap: SmapPmap
    tmap: SmapTmap
    proxy_si: Snode
    version: str
    uuid: str | Unset = UNSET
    creation_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pmap = self.pmap.to_dict()

        tmap = self.tmap.to_dict()

        proxy_si = self.proxy_si.to_dict()

        version = self.version

        uuid = self.uuid

        creation_time = self.creation_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pmap": pmap,
                "tmap": tmap,
                "proxy_si": proxy_si,
                "version": version,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.smap_pmap import SmapPmap
        from ..models.smap_tmap import SmapTmap
        from ..models.snode import Snode

        d = dict(src_dict)
        pmap = SmapPmap.from_dict(d.pop("pmap"))

        tmap = SmapTmap.from_dict(d.pop("tmap"))

        proxy_si = Snode.from_dict(d.pop("proxy_si"))

        version = d.pop("version")

        uuid = d.pop("uuid", UNSET)

        creation_time = d.pop("creation_time", UNSET)

        smap = cls(
            pmap=pmap,
            tmap=tmap,
            proxy_si=proxy_si,
            version=version,
            uuid=uuid,
            creation_time=creation_time,
        )

        smap.additional_properties = d
        return smap

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
