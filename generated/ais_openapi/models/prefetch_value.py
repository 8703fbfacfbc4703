from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrefetchValue")


@_attrs_define
class PrefetchValue:
    """`apc.PrefetchMsg`.

    Attributes:
        objnames (list[str] | None | Unset):
        template (str | Unset):
        blob_threshold (int | Unset): Objects above this size go through the blob downloader; 0 = default.
        blob_chunk_size (int | Unset):
        blob_num_workers (int | Unset):
        num_workers (int | Unset):
        coer (bool | Unset):
        latest_ver (bool | Unset):
        non_recurs (bool | Unset):
    """

    objnames: list[str] | None | Unset = UNSET
    template: str | Unset = UNSET
    blob_threshold: int | Unset = UNSET
    blob_chunk_size: int | Unset = UNSET
    blob_num_workers: int | Unset = UNSET
    num_workers: int | Unset = UNSET
    coer: bool | Unset = UNSET
    latest_ver: bool | Unset = UNSET
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

        blob_threshold = self.blob_threshold

        blob_chunk_size = self.blob_chunk_size

        blob_num_workers = self.blob_num_workers

        num_workers = self.num_workers

        coer = self.coer

        latest_ver = self.latest_ver

        non_recurs = self.non_recurs

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if objnames is not UNSET:
            field_dict["objnames"] = objnames
        if template is not UNSET:
            field_dict["template"] = template
        if blob_threshold is not UNSET:
            field_dict["blob-threshold"] = blob_threshold
        if blob_chunk_size is not UNSET:
            field_dict["blob-chunk-size"] = blob_chunk_size
        if blob_num_workers is not UNSET:
            field_dict["blob-num-workers"] = blob_num_workers
        if num_workers is not UNSET:
            field_dict["num-workers"] = num_workers
        if coer is not UNSET:
            field_dict["coer"] = coer
        if latest_ver is not UNSET:
            field_dict["latest-ver"] = latest_ver
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

        blob_threshold = d.pop("blob-threshold", UNSET)

        blob_chunk_size = d.pop("blob-chunk-size", UNSET)

        blob_num_workers = d.pop("blob-num-workers", UNSET)

        num_workers = d.pop("num-workers", UNSET)

        coer = d.pop("coer", UNSET)

        latest_ver = d.pop("latest-ver", UNSET)

        non_recurs = d.pop("non-recurs", UNSET)

        prefetch_value = cls(
            objnames=objnames,
            template=template,
            blob_threshold=blob_threshold,
            blob_chunk_size=blob_chunk_size,
            blob_num_workers=blob_num_workers,
            num_workers=num_workers,
            coer=coer,
            latest_ver=latest_ver,
            non_recurs=non_recurs,
        )

        return prefetch_value
