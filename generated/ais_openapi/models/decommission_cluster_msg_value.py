from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecommissionClusterMsgValue")


@_attrs_define
class DecommissionClusterMsgValue:
    """
    Attributes:
        rm_user_data (bool | Unset): Also delete all user data.
        skip_rebalance (bool | Unset):
        keep_initial_config (bool | Unset):
        no_shutdown (bool | Unset):
    """

    rm_user_data: bool | Unset = UNSET
    skip_rebalance: bool | Unset = UNSET
    keep_initial_config: bool | Unset = UNSET
    no_shutdown: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        rm_user_data = self.rm_user_data

        skip_rebalance = self.skip_rebalance

        keep_initial_config = self.keep_initial_config

        no_shutdown = self.no_shutdown

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if rm_user_data is not UNSET:
            field_dict["rm_user_data"] = rm_user_data
        if skip_rebalance is not UNSET:
            field_dict["skip_rebalance"] = skip_rebalance
        if keep_initial_config is not UNSET:
            field_dict["keep_initial_config"] = keep_initial_config
        if no_shutdown is not UNSET:
            field_dict["no_shutdown"] = no_shutdown

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rm_user_data = d.pop("rm_user_data", UNSET)

        skip_rebalance = d.pop("skip_rebalance", UNSET)

        keep_initial_config = d.pop("keep_initial_config", UNSET)

        no_shutdown = d.pop("no_shutdown", UNSET)

        decommission_cluster_msg_value = cls(
            rm_user_data=rm_user_data,
            skip_rebalance=skip_rebalance,
            keep_initial_config=keep_initial_config,
            no_shutdown=no_shutdown,
        )

        return decommission_cluster_msg_value
