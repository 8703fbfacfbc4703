from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lso_ent_msgpack import LsoEntMsgpack


T = TypeVar("T", bound="LsoResMsgpack")


@_attrs_define
class LsoResMsgpack:
    """One page of a msgpack listing (Go field names as keys).

    Attributes:
        uuid (str | Unset):
        continuation_token (str | Unset):
        entries (list[LsoEntMsgpack] | None | Unset):
        flags (int | Unset):
    """

    uuid: str | Unset = UNSET
    continuation_token: str | Unset = UNSET
    entries: list[LsoEntMsgpack] | None | Unset = UNSET
    flags: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        continuation_token = self.continuation_token

        entries: list[dict[str, Any]] | None | Unset
        if isinstance(self.entries, Unset):
            entries = UNSET
        elif isinstance(self.entries, list):
            entries = []
            for entries_type_0_item_data in self.entries:
                entries_type_0_item = entries_type_0_item_data.to_dict()
                entries.append(entries_type_0_item)

        else:
            entries = self.entries

        flags = self.flags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["UUID"] = uuid
        if continuation_token is not UNSET:
            field_dict["ContinuationToken"] = continuation_token
        if entries is not UNSET:
            field_dict["Entries"] = entries
        if flags is not UNSET:
            field_dict["Flags"] = flags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lso_ent_msgpack import LsoEntMsgpack

        d = dict(src_dict)
        uuid = d.pop("UUID", UNSET)

        continuation_token = d.pop("ContinuationToken", UNSET)

        def _parse_entries(data: object) -> list[LsoEntMsgpack] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entries_type_0 = []
                _entries_type_0 = data
                for entries_type_0_item_data in _entries_type_0:
                    entries_type_0_item = LsoEntMsgpack.from_dict(
                        entries_type_0_item_data
                    )

                    entries_type_0.append(entries_type_0_item)

                return entries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LsoEntMsgpack] | None | Unset, data)

        entries = _parse_entries(d.pop("Entries", UNSET))

        flags = d.pop("Flags", UNSET)

        lso_res_msgpack = cls(
            uuid=uuid,
            continuation_token=continuation_token,
            entries=entries,
            flags=flags,
        )

        lso_res_msgpack.additional_properties = d
        return lso_res_msgpack

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
