from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromoteArgs")


@_attrs_define
class PromoteArgs:
    """`apc.PromoteArgs`; unknown keys are a 400.

    Attributes:
        src (str | Unset): Absolute source file or directory under `/var/lib/ais/promote`.
        obj (str | Unset): Destination object name (file) or prefix (directory).
        tid (str | Unset): Only this target reads the source (its id in the cluster map).
        rcr (bool | Unset): Descend into subdirectories.
        ovw (bool | Unset): Overwrite existing destination objects.
        dls (bool | Unset): Delete each source file once promoted.
        notshr (bool | Unset): The source is not a file share seen by every target (skip detection).
    """

    src: str | Unset = UNSET
    obj: str | Unset = UNSET
    tid: str | Unset = UNSET
    rcr: bool | Unset = UNSET
    ovw: bool | Unset = UNSET
    dls: bool | Unset = UNSET
    notshr: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        src = self.src

        obj = self.obj

        tid = self.tid

        rcr = self.rcr

        ovw = self.ovw

        dls = self.dls

        notshr = self.notshr

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if src is not UNSET:
            field_dict["src"] = src
        if obj is not UNSET:
            field_dict["obj"] = obj
        if tid is not UNSET:
            field_dict["tid"] = tid
        if rcr is not UNSET:
            field_dict["rcr"] = rcr
        if ovw is not UNSET:
            field_dict["ovw"] = ovw
        if dls is not UNSET:
            field_dict["dls"] = dls
        if notshr is not UNSET:
            field_dict["notshr"] = notshr

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        src = d.pop("src", UNSET)

        obj = d.pop("obj", UNSET)

        tid = d.pop("tid", UNSET)

        rcr = d.pop("rcr", UNSET)

        ovw = d.pop("ovw", UNSET)

        dls = d.pop("dls", UNSET)

        notshr = d.pop("notshr", UNSET)

        promote_args = cls(
            src=src,
            obj=obj,
            tid=tid,
            rcr=rcr,
            ovw=ovw,
            dls=dls,
            notshr=notshr,
        )

        return promote_args
