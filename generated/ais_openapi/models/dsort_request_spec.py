from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dsort_request_spec_dsorter_type import DsortRequestSpecDsorterType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bck import Bck
    from ..models.dsort_algorithm import DsortAlgorithm
    from ..models.dsort_request_spec_input_format import DsortRequestSpecInputFormat


T = TypeVar("T", bound="DsortRequestSpec")


@_attrs_define
class DsortRequestSpec:
    """`dsort.RequestSpec`.

    Attributes:
        input_bck (Bck): A bucket's identity.
        input_format (DsortRequestSpecInputFormat): The input shards, by brace template (`shard-{0..9}.tar`) or names.
        output_shard_size (str): Size of an output shard, e.g. `10MiB`.
        input_extension (str | Unset): `.tar`, `.tgz`, `.tar.gz`, `.zip`, `.tar.lz4` (from the template when absent).
        output_format (str | Unset): Template of the output shard names, e.g. `out-{0..99}`.
        output_extension (str | Unset):
        output_bck (Bck | Unset): A bucket's identity.
        description (str | Unset):
        algorithm (DsortAlgorithm | Unset):
        ekm_file (str | Unset): URL of an external key map (instead of `output_format`).
        ekm_file_sep (str | Unset):
        max_mem_usage (str | Unset): E.g. `80%` or `2GiB`.
        extract_concurrency_max_limit (int | Unset):
        create_concurrency_max_limit (int | Unset):
        dsorter_type (DsortRequestSpecDsorterType | Unset): Send it: see the operation's description.
        dry_run (bool | Unset):
    """

    input_bck: Bck
    input_format: DsortRequestSpecInputFormat
    output_shard_size: str
    input_extension: str | Unset = UNSET
    output_format: str | Unset = UNSET
    output_extension: str | Unset = UNSET
    output_bck: Bck | Unset = UNSET
    description: str | Unset = UNSET
    algorithm: DsortAlgorithm | Unset = UNSET
    ekm_file: str | Unset = UNSET
    ekm_file_sep: str | Unset = UNSET
    max_mem_usage: str | Unset = UNSET
    extract_concurrency_max_limit: int | Unset = UNSET
    create_concurrency_max_limit: int | Unset = UNSET
    dsorter_type: DsortRequestSpecDsorterType | Unset = UNSET
    dry_run: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_bck = self.input_bck.to_dict()

        input_format = self.input_format.to_dict()

        output_shard_size = self.output_shard_size

        input_extension = self.input_extension

        output_format = self.output_format

        output_extension = self.output_extension

        output_bck: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_bck, Unset):
            output_bck = self.output_bck.to_dict()

        description = self.description

        algorithm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.algorithm, Unset):
            algorithm = self.algorithm.to_dict()

        ekm_file = self.ekm_file

        ekm_file_sep = self.ekm_file_sep

        max_mem_usage = self.max_mem_usage

        extract_concurrency_max_limit = self.extract_concurrency_max_limit

        create_concurrency_max_limit = self.create_concurrency_max_limit

        dsorter_type: str | Unset = UNSET
        if not isinstance(self.dsorter_type, Unset):
            dsorter_type = self.dsorter_type.value

        dry_run = self.dry_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_bck": input_bck,
                "input_format": input_format,
                "output_shard_size": output_shard_size,
            }
        )
        if input_extension is not UNSET:
            field_dict["input_extension"] = input_extension
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_extension is not UNSET:
            field_dict["output_extension"] = output_extension
        if output_bck is not UNSET:
            field_dict["output_bck"] = output_bck
        if description is not UNSET:
            field_dict["description"] = description
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if ekm_file is not UNSET:
            field_dict["ekm_file"] = ekm_file
        if ekm_file_sep is not UNSET:
            field_dict["ekm_file_sep"] = ekm_file_sep
        if max_mem_usage is not UNSET:
            field_dict["max_mem_usage"] = max_mem_usage
        if extract_concurrency_max_limit is not UNSET:
            field_dict["extract_concurrency_max_limit"] = extract_concurrency_max_limit
        if create_concurrency_max_limit is not UNSET:
            field_dict["create_concurrency_max_limit"] = create_concurrency_max_limit
        if dsorter_type is not UNSET:
            field_dict["dsorter_type"] = dsorter_type
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bck import Bck
        from ..models.dsort_algorithm import DsortAlgorithm
        from ..models.dsort_request_spec_input_format import DsortRequestSpecInputFormat

        d = dict(src_dict)
        input_bck = Bck.from_dict(d.pop("input_bck"))

        input_format = DsortRequestSpecInputFormat.from_dict(d.pop("input_format"))

        output_shard_size = d.pop("output_shard_size")

        input_extension = d.pop("input_extension", UNSET)

        output_format = d.pop("output_format", UNSET)

        output_extension = d.pop("output_extension", UNSET)

        _output_bck = d.pop("output_bck", UNSET)
        output_bck: Bck | Unset
        if isinstance(_output_bck, Unset):
            output_bck = UNSET
        else:
            output_bck = Bck.from_dict(_output_bck)

        description = d.pop("description", UNSET)

        _algorithm = d.pop("algorithm", UNSET)
        algorithm: DsortAlgorithm | Unset
        if isinstance(_algorithm, Unset):
            algorithm = UNSET
        else:
            algorithm = DsortAlgorithm.from_dict(_algorithm)

        ekm_file = d.pop("ekm_file", UNSET)

        ekm_file_sep = d.pop("ekm_file_sep", UNSET)

        max_mem_usage = d.pop("max_mem_usage", UNSET)

        extract_concurrency_max_limit = d.pop("extract_concurrency_max_limit", UNSET)

        create_concurrency_max_limit = d.pop("create_concurrency_max_limit", UNSET)

        _dsorter_type = d.pop("dsorter_type", UNSET)
        dsorter_type: DsortRequestSpecDsorterType | Unset
        if isinstance(_dsorter_type, Unset):
            dsorter_type = UNSET
        else:
            dsorter_type = DsortRequestSpecDsorterType(_dsorter_type)

        dry_run = d.pop("dry_run", UNSET)

        dsort_request_spec = cls(
            input_bck=input_bck,
            input_format=input_format,
            output_shard_size=output_shard_size,
            input_extension=input_extension,
            output_format=output_format,
            output_extension=output_extension,
            output_bck=output_bck,
            description=description,
            algorithm=algorithm,
            ekm_file=ekm_file,
            ekm_file_sep=ekm_file_sep,
            max_mem_usage=max_mem_usage,
            extract_concurrency_max_limit=extract_concurrency_max_limit,
            create_concurrency_max_limit=create_concurrency_max_limit,
            dsorter_type=dsorter_type,
            dry_run=dry_run,
        )

        dsort_request_spec.additional_properties = d
        return dsort_request_spec

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
