from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bck import Bck


T = TypeVar("T", bound="ArchiveObjectsValue")


@_attrs_define
class ArchiveObjectsValue:
    """`cmn.ArchiveBckMsg`: the destination bucket and archive, the objects, options.

    Attributes:
        tobck (Bck): A bucket's identity.
        archname (str): Archive object name with its extension, e.g. `a.tar`.
        mime (str | Unset): Override the archive type inferred from `archname`.
        objnames (list[str] | None | Unset):
        template (str | Unset):
        bnonly (bool | Unset): Store entries under base names only.
        isbn (bool | Unset): Prefix entries with the source bucket name.
        aate (bool | Unset): Append to an existing archive.
        coer (bool | Unset): Continue on error.
        non_recurs (bool | Unset):
    """

    tobck: Bck
    archname: str
    mime: str | Unset = UNSET
    objnames: list[str] | None | Unset = UNSET
    template: str | Unset = UNSET
    bnonly: bool | Unset = UNSET
    isbn: bool | Unset = UNSET
    aate: bool | Unset = UNSET
    coer: bool | Unset = UNSET
    non_recurs: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tobck = self.tobck.to_dict()

        archname = self.archname

        mime = self.mime

        objnames: list[str] | None | Unset
        if isinstance(self.objnames, Unset):
            objnames = UNSET
        elif isinstance(self.objnames, list):
            objnames = self.objnames

        else:
            objnames = self.objnames

        template = self.template

        bnonly = self.bnonly

        isbn = self.isbn

        aate = self.aate

        coer = self.coer

        non_recurs = self.non_recurs

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tobck": tobck,
                "archname": archname,
            }
        )
        if mime is not UNSET:
            field_dict["mime"] = mime
        if objnames is not UNSET:
            field_dict["objnames"] = objnames
        if template is not UNSET:
            field_dict["template"] = template
        if bnonly is not UNSET:
            field_dict["bnonly"] = bnonly
        if isbn is not UNSET:
            field_dict["isbn"] = isbn
        if aate is not UNSET:
            field_dict["aate"] = aate
        if coer is not UNSET:
            field_dict["coer"] = coer
        if non_recurs is not UNSET:
            field_dict["non-recurs"] = non_recurs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bck import Bck

        d = dict(src_dict)
        tobck = Bck.from_dict(d.pop("tobck"))

        archname = d.pop("archname")

        mime = d.pop("mime", UNSET)

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

        bnonly = d.pop("bnonly", UNSET)

        isbn = d.pop("isbn", UNSET)

        aate = d.pop("aate", UNSET)

        coer = d.pop("coer", UNSET)

        non_recurs = d.pop("non-recurs", UNSET)

        archive_objects_value = cls(
            tobck=tobck,
            archname=archname,
            mime=mime,
            objnames=objnames,
            template=template,
            bnonly=bnonly,
            isbn=isbn,
            aate=aate,
            coer=coer,
            non_recurs=non_recurs,
        )

        return archive_objects_value
