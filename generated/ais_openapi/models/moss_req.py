from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.moss_req_mime import MossReqMime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.moss_in import MossIn


T = TypeVar("T", bound="MossReq")


@_attrs_define
class MossReq:
    """`apc.MossReq`.

    Attributes:
        in_ (list[MossIn]):
        mime (MossReqMime | Unset): Output archive format; TAR when absent.
        coer (bool | Unset): Continue on error: keep going past missing objects/files.
        onob (bool | Unset): Name archive entries `<objname>` instead of `<bucket>/<objname>`.
        strm (bool | Unset): Stream the archive alone (no multipart, no metadata part).
        coloc (int | Unset):
    """

    in_: list[MossIn]
    mime: MossReqMime | Unset = UNSET
    coer: bool | Unset = UNSET
    onob: bool | Unset = UNSET
    strm: bool | Unset = UNSET
    coloc: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_ = []
        for in_item_data in self.in_:
            in_item = in_item_data.to_dict()
            in_.append(in_item)

        mime: str | Unset = UNSET
        if not isinstance(self.mime, Unset):
            mime = self.mime.value

        coer = self.coer

        onob = self.onob

        strm = self.strm

        coloc = self.coloc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "in": in_,
            }
        )
        if mime is not UNSET:
            field_dict["mime"] = mime
        if coer is not UNSET:
            field_dict["coer"] = coer
        if onob is not UNSET:
            field_dict["onob"] = onob
        if strm is not UNSET:
            field_dict["strm"] = strm
        if coloc is not UNSET:
            field_dict["coloc"] = coloc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.moss_in import MossIn

        d = dict(src_dict)
        in_ = []
        _in_ = d.pop("in")
        for in_item_data in _in_:
            in_item = MossIn.from_dict(in_item_data)

            in_.append(in_item)

        _mime = d.pop("mime", UNSET)
        mime: MossReqMime | Unset
        if isinstance(_mime, Unset):
            mime = UNSET
        else:
            mime = MossReqMime(_mime)

        coer = d.pop("coer", UNSET)

        onob = d.pop("onob", UNSET)

        strm = d.pop("strm", UNSET)

        coloc = d.pop("coloc", UNSET)

        moss_req = cls(
            in_=in_,
            mime=mime,
            coer=coer,
            onob=onob,
            strm=strm,
            coloc=coloc,
        )

        moss_req.additional_properties = d
        return moss_req

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
