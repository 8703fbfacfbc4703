from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bck import Bck


T = TypeVar("T", bound="CopyListRangeValue")


@_attrs_define
class CopyListRangeValue:
    """`cmn.TCOMsg`: the objects (`objnames`/`template`), the destination `tobck`, and copy options.

    Attributes:
        tobck (Bck): A bucket's identity.
        objnames (list[str] | None | Unset):
        template (str | Unset):
        prefix (str | Unset):
        prepend (str | Unset): Prefix prepended to destination object names.
        dry_run (bool | Unset):
        force (bool | Unset):
        latest_ver (bool | Unset):
        synchronize (bool | Unset):
        non_recurs (bool | Unset):
        coer (bool | Unset): Continue on error.
        num_workers (int | Unset):
    """

    tobck: Bck
    objnames: list[str] | None | Unset = UNSET
    template: str | Unset = UNSET
    prefix: str | Unset = UNSET
    prepend: str | Unset = UNSET
    dry_run: bool | Unset = UNSET
    force: bool | Unset = UNSET
    latest_ver: bool | Unset = UNSET
    synchronize: bool | Unset = UNSET
    non_recurs: bool | Unset = UNSET
    coer: bool | Unset = UNSET
    num_workers: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tobck = self.tobck.to_dict()

        objnames: list[str] | None | Unset
        if isinstance(self.objnames, Unset):
            objnames = UNSET
        elif isinstance(self.objnames, list):
            objnames = self.objnames

        else:
            objnames = self.objnames

        template = self.template

        prefix = self.prefix

        prepend = self.prepend

        dry_run = self.dry_run

        force = self.force

        latest_ver = self.latest_ver

        synchronize = self.synchronize

        non_recurs = self.non_recurs

        coer = self.coer

        num_workers = self.num_workers

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tobck": tobck,
            }
        )
        if objnames is not UNSET:
            field_dict["objnames"] = objnames
        if template is not UNSET:
            field_dict["template"] = template
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if prepend is not UNSET:
            field_dict["prepend"] = prepend
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if force is not UNSET:
            field_dict["force"] = force
        if latest_ver is not UNSET:
            field_dict["latest-ver"] = latest_ver
        if synchronize is not UNSET:
            field_dict["synchronize"] = synchronize
        if non_recurs is not UNSET:
            field_dict["non-recurs"] = non_recurs
        if coer is not UNSET:
            field_dict["coer"] = coer
        if num_workers is not UNSET:
            field_dict["num-workers"] = num_workers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bck import Bck

        d = dict(src_dict)
        tobck = Bck.from_dict(d.pop("tobck"))

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

        prefix = d.pop("prefix", UNSET)

        prepend = d.pop("prepend", UNSET)

        dry_run = d.pop("dry_run", UNSET)

        force = d.pop("force", UNSET)

        latest_ver = d.pop("latest-ver", UNSET)

        synchronize = d.pop("synchronize", UNSET)

        non_recurs = d.pop("non-recurs", UNSET)

        coer = d.pop("coer", UNSET)

        num_workers = d.pop("num-workers", UNSET)

        copy_list_range_value = cls(
            tobck=tobck,
            objnames=objnames,
            template=template,
            prefix=prefix,
            prepend=prepend,
            dry_run=dry_run,
            force=force,
            latest_ver=latest_ver,
            synchronize=synchronize,
            non_recurs=non_recurs,
            coer=coer,
            num_workers=num_workers,
        )

        return copy_list_range_value
