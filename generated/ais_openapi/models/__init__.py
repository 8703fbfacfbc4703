"""Contains all the data models used in inputs/outputs"""

from .args_msg import ArgsMsg
from .bck import Bck
from .blob_download_msg import BlobDownloadMsg
from .blob_download_msg_action import BlobDownloadMsgAction
from .blob_msg import BlobMsg
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
from .check_lock_msg import CheckLockMsg
from .check_lock_msg_action import CheckLockMsgAction
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
from .get_object_ais_blob_download import GetObjectAisBlobDownload
from .get_object_archmode import GetObjectArchmode
from .list_objects_accept import ListObjectsAccept
from .list_objects_msg import ListObjectsMsg
from .list_objects_msg_action import ListObjectsMsgAction
from .lso_ent import LsoEnt
from .lso_ent_msgpack import LsoEntMsgpack
from .lso_msg import LsoMsg
from .lso_res import LsoRes
from .lso_res_msgpack import LsoResMsgpack
from .mpt_abort_msg import MptAbortMsg
from .mpt_abort_msg_action import MptAbortMsgAction
from .mpt_complete_msg import MptCompleteMsg
from .mpt_complete_msg_action import MptCompleteMsgAction
from .mpt_completed_part import MptCompletedPart
from .mpt_upload_msg import MptUploadMsg
from .mpt_upload_msg_action import MptUploadMsgAction
from .namespace import Namespace
from .net_info import NetInfo
from .promote_args import PromoteArgs
from .promote_msg import PromoteMsg
from .promote_msg_action import PromoteMsgAction
from .provider import Provider
from .put_object_append_type import PutObjectAppendType
from .query_msg import QueryMsg
from .query_xactions_what import QueryXactionsWhat
from .rename_object_msg import RenameObjectMsg
from .rename_object_msg_action import RenameObjectMsgAction
from .set_custom_msg import SetCustomMsg
from .set_custom_msg_value import SetCustomMsgValue
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
    "BlobDownloadMsg",
    "BlobDownloadMsgAction",
    "BlobMsg",
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
    "CheckLockMsg",
    "CheckLockMsgAction",
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
    "GetObjectAisBlobDownload",
    "GetObjectArchmode",
    "ListObjectsAccept",
    "ListObjectsMsg",
    "ListObjectsMsgAction",
    "LsoEnt",
    "LsoEntMsgpack",
    "LsoMsg",
    "LsoRes",
    "LsoResMsgpack",
    "MptAbortMsg",
    "MptAbortMsgAction",
    "MptCompleteMsg",
    "MptCompleteMsgAction",
    "MptCompletedPart",
    "MptUploadMsg",
    "MptUploadMsgAction",
    "Namespace",
    "NetInfo",
    "PromoteArgs",
    "PromoteMsg",
    "PromoteMsgAction",
    "Provider",
    "PutObjectAppendType",
    "QueryMsg",
    "QueryXactionsWhat",
    "RenameObjectMsg",
    "RenameObjectMsgAction",
    "SetCustomMsg",
    "SetCustomMsgValue",
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
