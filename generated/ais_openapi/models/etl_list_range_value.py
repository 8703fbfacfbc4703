from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bck import Bck


T = TypeVar("T", bound="EtlListRangeValue")


@_attrs_define
class EtlListRangeValue:
    """`cmn.TCOMsg` of `etl-listrange`.

    Attributes:
        tobck (Bck): A bucket's identity.
        id (str | Unset): ETL name.
        objnames (list[str] | None | Unset):
        template (str | Unset):
        prepend (str | Unset):
        dry_run (bool | Unset):
        coer (bool | Unset):
    """

    tobck: Bck
    id: str | Unset = UNSET
    objnames: list[str] | None | Unset = UNSET
    template: str | Unset = UNSET
    prepend: str | Unset = UNSET
    dry_run: bool | Unset = UNSET
    coer: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tobck = self.tobck.to_dict()

        id = self.id

        objnames: list[str] | None | Unset
        if isinstance(self.objnames, Unset):
            objnames = UNSET
        elif isinstance(self.objnames, list):
            objnames = self.objnames

        else:
            objnames = self.objnames

        template = self.template

        prepend = self.prepend

        dry_run = self.dry_run

        coer = self.coer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tobck": tobck,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if objnames is not UNSET:
            field_dict["objnames"] = objnames
        if template is not UNSET:
            field_dict["template"] = template
        if prepend is not UNSET:
            field_dict["prepend"] = prepend
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if coer is not UNSET:
            field_dict["coer"] = coer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bck import Bck

        d = dict(src_dict)
        tobck = Bck.from_dict(d.pop("tobck"))

        id = d.pop("id", UNSET)

        def _parse_objnames(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                objnames_type_0 = cast(list[str], data)

                return objnames_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        objnames = _parse_objnames(d.pop("objnames", UNSET))

        template = d.pop("template", UNSET)

        prepend = d.pop("prepend", UNSET)

        dry_run = d.pop("dry_run", UNSET)

        coer = d.pop("coer", UNSET)

        etl_list_range_value = cls(
            tobck=tobck,
            id=id,
            objnames=objnames,
            template=template,
            prepend=prepend,
            dry_run=dry_run,
            coer=coer,
        )

        return etl_list_range_value
