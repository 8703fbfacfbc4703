"""Contains all the data models used in inputs/outputs"""

from .args_msg import ArgsMsg
from .bck import Bck
from .bucket_props import BucketProps
from .bucket_props_checksum import BucketPropsChecksum
from .bucket_props_chunks import BucketPropsChunks
from .bucket_props_ec import BucketPropsEc
from .bucket_props_extra import BucketPropsExtra
from .bucket_props_lru import BucketPropsLru
from .bucket_props_mirror import BucketPropsMirror
from .bucket_props_rate_limit import BucketPropsRateLimit
from .bucket_props_to_set import BucketPropsToSet
from .bucket_props_to_set_checksum import BucketPropsToSetChecksum
from .bucket_props_to_set_versioning import BucketPropsToSetVersioning
from .bucket_props_to_set_write_policy import BucketPropsToSetWritePolicy
from .bucket_props_to_set_write_policy_data import BucketPropsToSetWritePolicyData
from .bucket_props_to_set_write_policy_md import BucketPropsToSetWritePolicyMd
from .bucket_props_versioning import BucketPropsVersioning
from .bucket_props_write_policy import BucketPropsWritePolicy
from .checksum_type import ChecksumType
from .copy_bucket_msg import CopyBucketMsg
from .copy_bucket_msg_action import CopyBucketMsgAction
from .copy_bucket_value import CopyBucketValue
from .create_bucket_msg import CreateBucketMsg
from .create_bucket_msg_action import CreateBucketMsgAction
from .destroy_bucket_msg import DestroyBucketMsg
from .destroy_bucket_msg_action import DestroyBucketMsgAction
from .err_http import ErrHTTP
from .evict_remote_bucket_msg import EvictRemoteBucketMsg
from .evict_remote_bucket_msg_action import EvictRemoteBucketMsgAction
from .get_cluster_map_what import GetClusterMapWhat
from .list_objects_accept import ListObjectsAccept
from .list_objects_msg import ListObjectsMsg
from .list_objects_msg_action import ListObjectsMsgAction
from .lso_ent import LsoEnt
from .lso_ent_msgpack import LsoEntMsgpack
from .lso_msg import LsoMsg
from .lso_res import LsoRes
from .lso_res_msgpack import LsoResMsgpack
from .namespace import Namespace
from .net_info import NetInfo
from .provider import Provider
from .query_msg import QueryMsg
from .query_xactions_what import QueryXactionsWhat
from .smap import Smap
from .smap_pmap import SmapPmap
from .smap_tmap import SmapTmap
from .snode import Snode
from .start_xaction_msg import StartXactionMsg
from .start_xaction_msg_action import StartXactionMsgAction
from .stop_xaction_msg import StopXactionMsg
from .stop_xaction_msg_action import StopXactionMsgAction
from .xact_snap import XactSnap
from .xact_snap_stats import XactSnapStats
from .xact_snaps_by_target import XactSnapsByTarget
from .xact_status import XactStatus
from .xaction_kind import XactionKind

__all__ = (
    "ArgsMsg",
    "Bck",
    "BucketProps",
    "BucketPropsChecksum",
    "BucketPropsChunks",
    "BucketPropsEc",
    "BucketPropsExtra",
    "BucketPropsLru",
    "BucketPropsMirror",
    "BucketPropsRateLimit",
    "BucketPropsToSet",
    "BucketPropsToSetChecksum",
    "BucketPropsToSetVersioning",
    "BucketPropsToSetWritePolicy",
    "BucketPropsToSetWritePolicyData",
    "BucketPropsToSetWritePolicyMd",
    "BucketPropsVersioning",
    "BucketPropsWritePolicy",
    "ChecksumType",
    "CopyBucketMsg",
    "CopyBucketMsgAction",
    "CopyBucketValue",
    "CreateBucketMsg",
    "CreateBucketMsgAction",
    "DestroyBucketMsg",
    "DestroyBucketMsgAction",
    "ErrHTTP",
    "EvictRemoteBucketMsg",
    "EvictRemoteBucketMsgAction",
    "GetClusterMapWhat",
    "ListObjectsAccept",
    "ListObjectsMsg",
    "ListObjectsMsgAction",
    "LsoEnt",
    "LsoEntMsgpack",
    "LsoMsg",
    "LsoRes",
    "LsoResMsgpack",
    "Namespace",
    "NetInfo",
    "Provider",
    "QueryMsg",
    "QueryXactionsWhat",
    "Smap",
    "SmapPmap",
    "SmapTmap",
    "Snode",
    "StartXactionMsg",
    "StartXactionMsgAction",
    "StopXactionMsg",
    "StopXactionMsgAction",
    "XactSnap",
    "XactSnapStats",
    "XactSnapsByTarget",
    "XactStatus",
    "XactionKind",
)
