from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvdValue")


@_attrs_define
class EvdValue:
    """`apc.EvdMsg`: the objects (an `apc.ListRange`: `objnames`, a list, or `template`, a prefix
    or a brace range such as `obj-{0..9}.txt`; an empty template means all) and how.

        Attributes:
            objnames (list[str] | None | Unset):
            template (str | Unset):
            num_workers (int | Unset):
            coer (bool | Unset): Continue on error.
            non_recurs (bool | Unset): Do not descend into virtual subdirectories.
    """

    objnames: list[str] | None | Unset = UNSET
    template: str | Unset = UNSET
    num_workers: int | Unset = UNSET
    coer: bool | Unset = UNSET
    non_recurs: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        objnames: list[str] | None | Unset
        if isinstance(self.objnames, Unset):
            objnames = UNSET
        elif isinstance(self.objnames, list):
            objnames = self.objnames

        else:
            objnames = self.objnames

        template = self.template

        num_workers = self.num_workers

        coer = self.coer

        non_recurs = self.non_recurs

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if objnames is not UNSET:
            field_dict["objnames"] = objnames
        if template is not UNSET:
            field_dict["template"] = template
        if num_workers is not UNSET:
            field_dict["num-workers"] = num_workers
        if coer is not UNSET:
            field_dict["coer"] = coer
        if non_recurs is not UNSET:
            field_dict["non-recurs"] = non_recurs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

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

        num_workers = d.pop("num-workers", UNSET)

        coer = d.pop("coer", UNSET)

        non_recurs = d.pop("non-recurs", UNSET)

        evd_value = cls(
            objnames=objnames,
            template=template,
            num_workers=num_workers,
            coer=coer,
            non_recurs=non_recurs,
        )

        return evd_value
