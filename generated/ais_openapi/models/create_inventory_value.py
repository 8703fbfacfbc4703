from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateInventoryValue")


@_attrs_define
class CreateInventoryValue:
    """`apc.CreateNBIMsg`: an inventory name, listing options (`LsoMsg`), names per chunk.

    Attributes:
        name (str | Unset):
        prefix (str | Unset):
        props (str | Unset):
        names_per_chunk (int | Unset):
        force (bool | Unset):
    """

    name: str | Unset = UNSET
    prefix: str | Unset = UNSET
    props: str | Unset = UNSET
    names_per_chunk: int | Unset = UNSET
    force: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prefix = self.prefix

        props = self.props

        names_per_chunk = self.names_per_chunk

        force = self.force

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if props is not UNSET:
            field_dict["props"] = props
        if names_per_chunk is not UNSET:
            field_dict["names_per_chunk"] = names_per_chunk
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        prefix = d.pop("prefix", UNSET)

        props = d.pop("props", UNSET)

        names_per_chunk = d.pop("names_per_chunk", UNSET)

        force = d.pop("force", UNSET)

        create_inventory_value = cls(
            name=name,
            prefix=prefix,
            props=props,
            names_per_chunk=names_per_chunk,
            force=force,
        )

        return create_inventory_value
