from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.dsort_algorithm_content_key_type import DsortAlgorithmContentKeyType
from ..models.dsort_algorithm_kind import DsortAlgorithmKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="DsortAlgorithm")


@_attrs_define
class DsortAlgorithm:
    """
    Attributes:
        kind (DsortAlgorithmKind | Unset): Sort order of records (`alphanumeric` when empty).
        decreasing (bool | Unset):
        seed (str | Unset): `shuffle`: seed to reproduce an order.
        extension (str | Unset): `content`: the record file holding the key (e.g. `.cls`).
        content_key_type (DsortAlgorithmContentKeyType | Unset):
    """

    kind: DsortAlgorithmKind | Unset = UNSET
    decreasing: bool | Unset = UNSET
    seed: str | Unset = UNSET
    extension: str | Unset = UNSET
    content_key_type: DsortAlgorithmContentKeyType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        decreasing = self.decreasing

        seed = self.seed

        extension = self.extension

        content_key_type: str | Unset = UNSET
        if not isinstance(self.content_key_type, Unset):
            content_key_type = self.content_key_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if decreasing is not UNSET:
            field_dict["decreasing"] = decreasing
        if seed is not UNSET:
            field_dict["seed"] = seed
        if extension is not UNSET:
            field_dict["extension"] = extension
        if content_key_type is not UNSET:
            field_dict["content_key_type"] = content_key_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _kind = d.pop("kind", UNSET)
        kind: DsortAlgorithmKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = DsortAlgorithmKind(_kind)

        decreasing = d.pop("decreasing", UNSET)

        seed = d.pop("seed", UNSET)

        extension = d.pop("extension", UNSET)

        _content_key_type = d.pop("content_key_type", UNSET)
        content_key_type: DsortAlgorithmContentKeyType | Unset
        if isinstance(_content_key_type, Unset):
            content_key_type = UNSET
        else:
            content_key_type = DsortAlgorithmContentKeyType(_content_key_type)

        dsort_algorithm = cls(
            kind=kind,
            decreasing=decreasing,
            seed=seed,
            extension=extension,
            content_key_type=content_key_type,
        )

        return dsort_algorithm
