from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rem_ais_smap_type_0 import RemAisSmapType0


T = TypeVar("T", bound="RemAis")


@_attrs_define
class RemAis:
    """An attached remote AIS cluster.

    Attributes:
        url (str | Unset):
        alias (str | Unset):
        uuid (str | Unset):
        smap (None | RemAisSmapType0 | Unset): The remote cluster map (`Smap`) after a handshake; null in a target's
            cached answer.
    """

    url: str | Unset = UNSET
    alias: str | Unset = UNSET
    uuid: str | Unset = UNSET
    smap: None | RemAisSmapType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rem_ais_smap_type_0 import RemAisSmapType0

        url = self.url

        alias = self.alias

        uuid = self.uuid

        smap: dict[str, Any] | None | Unset
        if isinstance(self.smap, Unset):
            smap = UNSET
        elif isinstance(self.smap, RemAisSmapType0):
            smap = self.smap.to_dict()
        else:
            smap = self.smap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if alias is not UNSET:
            field_dict["alias"] = alias
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if smap is not UNSET:
            field_dict["smap"] = smap

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.rem_ais_smap_type_0 import RemAisSmapType0

        d = dict(src_dict)
        url = d.pop("url", UNSET)

        alias = d.pop("alias", UNSET)

        uuid = d.pop("uuid", UNSET)

        def _parse_smap(data: object) -> None | RemAisSmapType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                smap_type_0 = RemAisSmapType0.from_dict(data)

                return smap_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RemAisSmapType0 | Unset, data)

        smap = _parse_smap(d.pop("smap", UNSET))

        rem_ais = cls(
            url=url,
            alias=alias,
            uuid=uuid,
            smap=smap,
        )

        rem_ais.additional_properties = d
        return rem_ais

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
