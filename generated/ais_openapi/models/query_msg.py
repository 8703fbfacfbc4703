from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bck import Bck


T = TypeVar("T", bound="QueryMsg")


@_attrs_define
class QueryMsg:
    """`xact.QueryMsg`: which xactions a status query selects.

    Attributes:
        id (str | Unset): Xaction id.
        kind (str | Unset): Xaction kind (e.g. `copy-bck`) or its display name.
        node (str | Unset): Only xactions on this node.
        show_active (bool | None | Unset): Only running xactions.
        bck (Bck | Unset): A bucket's identity.
    """

    id: str | Unset = UNSET
    kind: str | Unset = UNSET
    node: str | Unset = UNSET
    show_active: bool | None | Unset = UNSET
    bck: Bck | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind

        node = self.node

        show_active: bool | None | Unset
        if isinstance(self.show_active, Unset):
            show_active = UNSET
        else:
            show_active = self.show_active

        bck: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bck, Unset):
            bck = self.bck.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if node is not UNSET:
            field_dict["node"] = node
        if show_active is not UNSET:
            field_dict["show_active"] = show_active
        if bck is not UNSET:
            field_dict["bck"] = bck

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bck import Bck

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        kind = d.pop("kind", UNSET)

        node = d.pop("node", UNSET)

        def _parse_show_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        show_active = _parse_show_active(d.pop("show_active", UNSET))

        _bck = d.pop("bck", UNSET)
        bck: Bck | Unset
        if isinstance(_bck, Unset):
            bck = UNSET
        else:
            bck = Bck.from_dict(_bck)

        query_msg = cls(
            id=id,
            kind=kind,
            node=node,
            show_active=show_active,
            bck=bck,
        )

        return query_msg
