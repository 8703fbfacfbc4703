"""Contains all the data models used in inputs/outputs"""

from .act_val_rm_node import ActValRmNode
from .archive_objects_msg import ArchiveObjectsMsg
from .archive_objects_msg_action import ArchiveObjectsMsgAction
from .archive_objects_value import ArchiveObjectsValue
from .args_msg import ArgsMsg
from .attach_remote_cluster_what import AttachRemoteClusterWhat
from .bck import Bck
from .blob_download_msg import BlobDownloadMsg
from .blob_download_msg_action import BlobDownloadMsgAction
from .blob_msg import BlobMsg
from .bmd import BMD
from .bmd_providers import BMDProviders
from .bmd_providers_additional_property import BMDProvidersAdditionalProperty
from .bmd_providers_additional_property_additional_property import (
    BMDProvidersAdditionalPropertyAdditionalProperty,
)
from .bmd_providers_additional_property_additional_property_additional_property import (
    BMDProvidersAdditionalPropertyAdditionalPropertyAdditionalProperty,
)
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
from .bucket_summary import BucketSummary
from .bucket_summary_obj_count import BucketSummaryObjCount
from .bucket_summary_obj_size import BucketSummaryObjSize
from .bucket_summary_total_size import BucketSummaryTotalSize
from .bump_metasync_msg import BumpMetasyncMsg
from .bump_metasync_msg_action import BumpMetasyncMsgAction
from .capacity import Capacity
from .capacity_mountpaths_type_0 import CapacityMountpathsType0
from .capacity_mountpaths_type_0_additional_property import (
    CapacityMountpathsType0AdditionalProperty,
)
from .check_lock_msg import CheckLockMsg
from .check_lock_msg_action import CheckLockMsgAction
from .checksum_type import ChecksumType
from .clear_lcache_msg import ClearLcacheMsg
from .clear_lcache_msg_action import ClearLcacheMsgAction
from .cluster_config import ClusterConfig
from .cluster_config_backend import ClusterConfigBackend
from .cluster_config_lru import ClusterConfigLru
from .cluster_config_net import ClusterConfigNet
from .cluster_config_periodic import ClusterConfigPeriodic
from .cluster_config_proxy import ClusterConfigProxy
from .cluster_config_timeout import ClusterConfigTimeout
from .cluster_mountpaths import ClusterMountpaths
from .cluster_mountpaths_targets import ClusterMountpathsTargets
from .cluster_stats import ClusterStats
from .cluster_stats_target import ClusterStatsTarget
from .cluster_sys_info import ClusterSysInfo
from .cluster_sys_info_proxy import ClusterSysInfoProxy
from .cluster_sys_info_target import ClusterSysInfoTarget
from .config_to_set import ConfigToSet
from .config_to_set_arch import ConfigToSetArch
from .config_to_set_auth import ConfigToSetAuth
from .config_to_set_backend import ConfigToSetBackend
from .config_to_set_checksum import ConfigToSetChecksum
from .config_to_set_chunks import ConfigToSetChunks
from .config_to_set_client import ConfigToSetClient
from .config_to_set_disk import ConfigToSetDisk
from .config_to_set_distributed_sort import ConfigToSetDistributedSort
from .config_to_set_downloader import ConfigToSetDownloader
from .config_to_set_ec import ConfigToSetEc
from .config_to_set_fshc import ConfigToSetFshc
from .config_to_set_fspaths import ConfigToSetFspaths
from .config_to_set_get_batch import ConfigToSetGetBatch
from .config_to_set_keepalivetracker import ConfigToSetKeepalivetracker
from .config_to_set_log import ConfigToSetLog
from .config_to_set_lru import ConfigToSetLru
from .config_to_set_lso import ConfigToSetLso
from .config_to_set_memsys import ConfigToSetMemsys
from .config_to_set_mirror import ConfigToSetMirror
from .config_to_set_net import ConfigToSetNet
from .config_to_set_periodic import ConfigToSetPeriodic
from .config_to_set_proxy import ConfigToSetProxy
from .config_to_set_rate_limit import ConfigToSetRateLimit
from .config_to_set_rebalance import ConfigToSetRebalance
from .config_to_set_resilver import ConfigToSetResilver
from .config_to_set_space import ConfigToSetSpace
from .config_to_set_tcb import ConfigToSetTcb
from .config_to_set_tco import ConfigToSetTco
from .config_to_set_timeout import ConfigToSetTimeout
from .config_to_set_tracing import ConfigToSetTracing
from .config_to_set_transport import ConfigToSetTransport
from .config_to_set_versioning import ConfigToSetVersioning
from .config_to_set_write_policy import ConfigToSetWritePolicy
from .copy_bucket_msg import CopyBucketMsg
from .copy_bucket_msg_action import CopyBucketMsgAction
from .copy_bucket_value import CopyBucketValue
from .copy_list_range_msg import CopyListRangeMsg
from .copy_list_range_msg_action import CopyListRangeMsgAction
from .copy_list_range_value import CopyListRangeValue
from .create_bucket_msg import CreateBucketMsg
from .create_bucket_msg_action import CreateBucketMsgAction
from .create_inventory_msg import CreateInventoryMsg
from .create_inventory_msg_action import CreateInventoryMsgAction
from .create_inventory_value import CreateInventoryValue
from .daemon_info_type_9_item import DaemonInfoType9Item
from .decommission_cluster_msg import DecommissionClusterMsg
from .decommission_cluster_msg_action import DecommissionClusterMsgAction
from .decommission_cluster_msg_value import DecommissionClusterMsgValue
from .decommission_node_msg import DecommissionNodeMsg
from .decommission_node_msg_action import DecommissionNodeMsgAction
from .delete_list_range_msg import DeleteListRangeMsg
from .delete_list_range_msg_action import DeleteListRangeMsgAction
from .destroy_bucket_msg import DestroyBucketMsg
from .destroy_bucket_msg_action import DestroyBucketMsgAction
from .detach_remote_cluster_what import DetachRemoteClusterWhat
from .disk_stats import DiskStats
from .disk_stats_all_disk_stats_type_0 import DiskStatsAllDiskStatsType0
from .disk_stats_all_disk_stats_type_0_additional_property import (
    DiskStatsAllDiskStatsType0AdditionalProperty,
)
from .disk_stats_mountpaths_type_0 import DiskStatsMountpathsType0
from .disk_stats_mountpaths_type_0_additional_property import (
    DiskStatsMountpathsType0AdditionalProperty,
)
from .dl_admin_msg import DlAdminMsg
from .dl_backend_msg import DlBackendMsg
from .dl_backend_msg_type import DlBackendMsgType
from .dl_base import DlBase
from .dl_base_headers import DlBaseHeaders
from .dl_job import DlJob
from .dl_job_id_msg import DlJobIdMsg
from .dl_limits import DlLimits
from .dl_multi_msg import DlMultiMsg
from .dl_multi_msg_objects_type_1 import DlMultiMsgObjectsType1
from .dl_multi_msg_type import DlMultiMsgType
from .dl_range_msg import DlRangeMsg
from .dl_range_msg_type import DlRangeMsgType
from .dl_single_msg import DlSingleMsg
from .dl_single_msg_type import DlSingleMsgType
from .dl_start_resp import DlStartResp
from .dl_status import DlStatus
from .dl_status_download_errors_item import DlStatusDownloadErrorsItem
from .dl_task_info import DlTaskInfo
from .dsort_algorithm import DsortAlgorithm
from .dsort_algorithm_content_key_type import DsortAlgorithmContentKeyType
from .dsort_algorithm_kind import DsortAlgorithmKind
from .dsort_job_info import DsortJobInfo
from .dsort_job_info_metrics import DsortJobInfoMetrics
from .dsort_request_spec import DsortRequestSpec
from .dsort_request_spec_dsorter_type import DsortRequestSpecDsorterType
from .dsort_request_spec_input_format import DsortRequestSpecInputFormat
from .ec_encode_msg import EcEncodeMsg
from .ec_encode_msg_action import EcEncodeMsgAction
from .ec_encode_value import EcEncodeValue
from .err_http import ErrHTTP
from .etl_bucket_msg import EtlBucketMsg
from .etl_bucket_msg_action import EtlBucketMsgAction
from .etl_bucket_value import EtlBucketValue
from .etl_bucket_value_ext import EtlBucketValueExt
from .etl_cpu_mem import EtlCpuMem
from .etl_details import EtlDetails
from .etl_details_init_msg import EtlDetailsInitMsg
from .etl_details_obj_errors_item import EtlDetailsObjErrorsItem
from .etl_health import EtlHealth
from .etl_info import EtlInfo
from .etl_init_base import EtlInitBase
from .etl_init_base_env_item import EtlInitBaseEnvItem
from .etl_list_range_msg import EtlListRangeMsg
from .etl_list_range_msg_action import EtlListRangeMsgAction
from .etl_list_range_value import EtlListRangeValue
from .etl_logs import EtlLogs
from .etl_pod_spec_msg import EtlPodSpecMsg
from .etl_spec_msg import EtlSpecMsg
from .etl_spec_msg_resources import EtlSpecMsgResources
from .etl_spec_msg_runtime import EtlSpecMsgRuntime
from .etl_spec_msg_runtime_env_item import EtlSpecMsgRuntimeEnvItem
from .evd_value import EvdValue
from .evict_list_range_msg import EvictListRangeMsg
from .evict_list_range_msg_action import EvictListRangeMsgAction
from .evict_remote_bucket_msg import EvictRemoteBucketMsg
from .evict_remote_bucket_msg_action import EvictRemoteBucketMsgAction
from .get_cluster_map_severity import GetClusterMapSeverity
from .get_cluster_map_what import GetClusterMapWhat
from .get_node_info_severity import GetNodeInfoSeverity
from .get_node_info_what import GetNodeInfoWhat
from .get_object_ais_blob_download import GetObjectAisBlobDownload
from .get_object_archmode import GetObjectArchmode
from .inventory_info import InventoryInfo
from .inventory_info_additional_property import InventoryInfoAdditionalProperty
from .list_buckets_msg import ListBucketsMsg
from .list_buckets_msg_action import ListBucketsMsgAction
from .list_objects_accept import ListObjectsAccept
from .list_objects_msg import ListObjectsMsg
from .list_objects_msg_action import ListObjectsMsgAction
from .lso_ent import LsoEnt
from .lso_ent_msgpack import LsoEntMsgpack
from .lso_msg import LsoMsg
from .lso_res import LsoRes
from .lso_res_msgpack import LsoResMsgpack
from .make_n_copies_msg import MakeNCopiesMsg
from .make_n_copies_msg_action import MakeNCopiesMsgAction
from .mem_cpu_info import MemCPUInfo
from .mem_cpu_info_load_avg import MemCPUInfoLoadAvg
from .mem_cpu_info_mem import MemCPUInfoMem
from .mem_cpu_info_proc import MemCPUInfoProc
from .metric_names import MetricNames
from .moss_in import MossIn
from .moss_out import MossOut
from .moss_req import MossReq
from .moss_req_mime import MossReqMime
from .moss_resp import MossResp
from .mountpath_list import MountpathList
from .move_bucket_msg import MoveBucketMsg
from .move_bucket_msg_action import MoveBucketMsgAction
from .mpt_abort_msg import MptAbortMsg
from .mpt_abort_msg_action import MptAbortMsgAction
from .mpt_complete_msg import MptCompleteMsg
from .mpt_complete_msg_action import MptCompleteMsgAction
from .mpt_completed_part import MptCompletedPart
from .mpt_upload_msg import MptUploadMsg
from .mpt_upload_msg_action import MptUploadMsgAction
from .namespace import Namespace
from .net_info import NetInfo
from .node_config import NodeConfig
from .node_config_fspaths import NodeConfigFspaths
from .node_config_host_net import NodeConfigHostNet
from .node_config_test_fspaths import NodeConfigTestFspaths
from .node_state_info import NodeStateInfo
from .node_state_info_bmd import NodeStateInfoBmd
from .node_state_info_config import NodeStateInfoConfig
from .node_state_info_etlmd import NodeStateInfoEtlmd
from .node_state_info_rmd import NodeStateInfoRmd
from .node_state_info_smap import NodeStateInfoSmap
from .node_state_info_smap_primary import NodeStateInfoSmapPrimary
from .node_stats import NodeStats
from .node_stats_tracker_type_0 import NodeStatsTrackerType0
from .node_status import NodeStatus
from .node_status_rebalance_snap_type_0 import NodeStatusRebalanceSnapType0
from .node_status_tracker_type_0 import NodeStatusTrackerType0
from .prefetch_list_range_msg import PrefetchListRangeMsg
from .prefetch_list_range_msg_action import PrefetchListRangeMsgAction
from .prefetch_value import PrefetchValue
from .promote_args import PromoteArgs
from .promote_msg import PromoteMsg
from .promote_msg_action import PromoteMsgAction
from .provider import Provider
from .put_object_append_type import PutObjectAppendType
from .query_cluster_what import QueryClusterWhat
from .query_msg import QueryMsg
from .rechunk_bucket_msg import RechunkBucketMsg
from .rechunk_bucket_msg_action import RechunkBucketMsgAction
from .rechunk_value import RechunkValue
from .reload_creds_msg import ReloadCredsMsg
from .reload_creds_msg_action import ReloadCredsMsgAction
from .rem_ais import RemAis
from .rem_ais_smap_type_0 import RemAisSmapType0
from .rem_ais_vec import RemAisVec
from .rename_object_msg import RenameObjectMsg
from .rename_object_msg_action import RenameObjectMsgAction
from .reset_bucket_props_msg import ResetBucketPropsMsg
from .reset_bucket_props_msg_action import ResetBucketPropsMsgAction
from .reset_config_msg import ResetConfigMsg
from .reset_config_msg_action import ResetConfigMsgAction
from .reset_stats_msg import ResetStatsMsg
from .reset_stats_msg_action import ResetStatsMsgAction
from .rm_node_unsafe_msg import RmNodeUnsafeMsg
from .rm_node_unsafe_msg_action import RmNodeUnsafeMsgAction
from .rotate_logs_msg import RotateLogsMsg
from .rotate_logs_msg_action import RotateLogsMsgAction
from .set_bucket_props_msg import SetBucketPropsMsg
from .set_bucket_props_msg_action import SetBucketPropsMsgAction
from .set_config_msg import SetConfigMsg
from .set_config_msg_action import SetConfigMsgAction
from .set_custom_msg import SetCustomMsg
from .set_custom_msg_value import SetCustomMsgValue
from .shard_summary import ShardSummary
from .show_inventory_msg import ShowInventoryMsg
from .show_inventory_msg_action import ShowInventoryMsgAction
from .shutdown_cluster_msg import ShutdownClusterMsg
from .shutdown_cluster_msg_action import ShutdownClusterMsgAction
from .shutdown_node_msg import ShutdownNodeMsg
from .shutdown_node_msg_action import ShutdownNodeMsgAction
from .smap import Smap
from .smap_pmap import SmapPmap
from .smap_tmap import SmapTmap
from .smap_vote import SmapVote
from .smap_vote_etl_md import SmapVoteEtlMD
from .smap_vote_rmd import SmapVoteRmd
from .snode import Snode
from .start_maintenance_msg import StartMaintenanceMsg
from .start_maintenance_msg_action import StartMaintenanceMsgAction
from .start_xaction_msg import StartXactionMsg
from .start_xaction_msg_action import StartXactionMsgAction
from .stop_maintenance_msg import StopMaintenanceMsg
from .stop_maintenance_msg_action import StopMaintenanceMsgAction
from .stop_xaction_msg import StopXactionMsg
from .stop_xaction_msg_action import StopXactionMsgAction
from .summary_bucket_msg import SummaryBucketMsg
from .summary_bucket_msg_action import SummaryBucketMsgAction
from .summary_bucket_value import SummaryBucketValue
from .summary_shard_msg import SummaryShardMsg
from .summary_shard_msg_action import SummaryShardMsgAction
from .summary_shard_value import SummaryShardValue
from .target_sys_info import TargetSysInfo
from .xact_snap import XactSnap
from .xact_snap_stats import XactSnapStats
from .xact_snaps_by_target import XactSnapsByTarget
from .xact_status import XactStatus
from .xaction_kind import XactionKind

__all__ = (
    "BMD",
    "ActValRmNode",
    "ArchiveObjectsMsg",
    "ArchiveObjectsMsgAction",
    "ArchiveObjectsValue",
    "ArgsMsg",
    "AttachRemoteClusterWhat",
    "BMDProviders",
    "BMDProvidersAdditionalProperty",
    "BMDProvidersAdditionalPropertyAdditionalProperty",
    "BMDProvidersAdditionalPropertyAdditionalPropertyAdditionalProperty",
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
    "BucketSummary",
    "BucketSummaryObjCount",
    "BucketSummaryObjSize",
    "BucketSummaryTotalSize",
    "BumpMetasyncMsg",
    "BumpMetasyncMsgAction",
    "Capacity",
    "CapacityMountpathsType0",
    "CapacityMountpathsType0AdditionalProperty",
    "CheckLockMsg",
    "CheckLockMsgAction",
    "ChecksumType",
    "ClearLcacheMsg",
    "ClearLcacheMsgAction",
    "ClusterConfig",
    "ClusterConfigBackend",
    "ClusterConfigLru",
    "ClusterConfigNet",
    "ClusterConfigPeriodic",
    "ClusterConfigProxy",
    "ClusterConfigTimeout",
    "ClusterMountpaths",
    "ClusterMountpathsTargets",
    "ClusterStats",
    "ClusterStatsTarget",
    "ClusterSysInfo",
    "ClusterSysInfoProxy",
    "ClusterSysInfoTarget",
    "ConfigToSet",
    "ConfigToSetArch",
    "ConfigToSetAuth",
    "ConfigToSetBackend",
    "ConfigToSetChecksum",
    "ConfigToSetChunks",
    "ConfigToSetClient",
    "ConfigToSetDisk",
    "ConfigToSetDistributedSort",
    "ConfigToSetDownloader",
    "ConfigToSetEc",
    "ConfigToSetFshc",
    "ConfigToSetFspaths",
    "ConfigToSetGetBatch",
    "ConfigToSetKeepalivetracker",
    "ConfigToSetLog",
    "ConfigToSetLru",
    "ConfigToSetLso",
    "ConfigToSetMemsys",
    "ConfigToSetMirror",
    "ConfigToSetNet",
    "ConfigToSetPeriodic",
    "ConfigToSetProxy",
    "ConfigToSetRateLimit",
    "ConfigToSetRebalance",
    "ConfigToSetResilver",
    "ConfigToSetSpace",
    "ConfigToSetTcb",
    "ConfigToSetTco",
    "ConfigToSetTimeout",
    "ConfigToSetTracing",
    "ConfigToSetTransport",
    "ConfigToSetVersioning",
    "ConfigToSetWritePolicy",
    "CopyBucketMsg",
    "CopyBucketMsgAction",
    "CopyBucketValue",
    "CopyListRangeMsg",
    "CopyListRangeMsgAction",
    "CopyListRangeValue",
    "CreateBucketMsg",
    "CreateBucketMsgAction",
    "CreateInventoryMsg",
    "CreateInventoryMsgAction",
    "CreateInventoryValue",
    "DaemonInfoType9Item",
    "DecommissionClusterMsg",
    "DecommissionClusterMsgAction",
    "DecommissionClusterMsgValue",
    "DecommissionNodeMsg",
    "DecommissionNodeMsgAction",
    "DeleteListRangeMsg",
    "DeleteListRangeMsgAction",
    "DestroyBucketMsg",
    "DestroyBucketMsgAction",
    "DetachRemoteClusterWhat",
    "DiskStats",
    "DiskStatsAllDiskStatsType0",
    "DiskStatsAllDiskStatsType0AdditionalProperty",
    "DiskStatsMountpathsType0",
    "DiskStatsMountpathsType0AdditionalProperty",
    "DlAdminMsg",
    "DlBackendMsg",
    "DlBackendMsgType",
    "DlBase",
    "DlBaseHeaders",
    "DlJob",
    "DlJobIdMsg",
    "DlLimits",
    "DlMultiMsg",
    "DlMultiMsgObjectsType1",
    "DlMultiMsgType",
    "DlRangeMsg",
    "DlRangeMsgType",
    "DlSingleMsg",
    "DlSingleMsgType",
    "DlStartResp",
    "DlStatus",
    "DlStatusDownloadErrorsItem",
    "DlTaskInfo",
    "DsortAlgorithm",
    "DsortAlgorithmContentKeyType",
    "DsortAlgorithmKind",
    "DsortJobInfo",
    "DsortJobInfoMetrics",
    "DsortRequestSpec",
    "DsortRequestSpecDsorterType",
    "DsortRequestSpecInputFormat",
    "EcEncodeMsg",
    "EcEncodeMsgAction",
    "EcEncodeValue",
    "ErrHTTP",
    "EtlBucketMsg",
    "EtlBucketMsgAction",
    "EtlBucketValue",
    "EtlBucketValueExt",
    "EtlCpuMem",
    "EtlDetails",
    "EtlDetailsInitMsg",
    "EtlDetailsObjErrorsItem",
    "EtlHealth",
    "EtlInfo",
    "EtlInitBase",
    "EtlInitBaseEnvItem",
    "EtlListRangeMsg",
    "EtlListRangeMsgAction",
    "EtlListRangeValue",
    "EtlLogs",
    "EtlPodSpecMsg",
    "EtlSpecMsg",
    "EtlSpecMsgResources",
    "EtlSpecMsgRuntime",
    "EtlSpecMsgRuntimeEnvItem",
    "EvdValue",
    "EvictListRangeMsg",
    "EvictListRangeMsgAction",
    "EvictRemoteBucketMsg",
    "EvictRemoteBucketMsgAction",
    "GetClusterMapSeverity",
    "GetClusterMapWhat",
    "GetNodeInfoSeverity",
    "GetNodeInfoWhat",
    "GetObjectAisBlobDownload",
    "GetObjectArchmode",
    "InventoryInfo",
    "InventoryInfoAdditionalProperty",
    "ListBucketsMsg",
    "ListBucketsMsgAction",
    "ListObjectsAccept",
    "ListObjectsMsg",
    "ListObjectsMsgAction",
    "LsoEnt",
    "LsoEntMsgpack",
    "LsoMsg",
    "LsoRes",
    "LsoResMsgpack",
    "MakeNCopiesMsg",
    "MakeNCopiesMsgAction",
    "MemCPUInfo",
    "MemCPUInfoLoadAvg",
    "MemCPUInfoMem",
    "MemCPUInfoProc",
    "MetricNames",
    "MossIn",
    "MossOut",
    "MossReq",
    "MossReqMime",
    "MossResp",
    "MountpathList",
    "MoveBucketMsg",
    "MoveBucketMsgAction",
    "MptAbortMsg",
    "MptAbortMsgAction",
    "MptCompleteMsg",
    "MptCompleteMsgAction",
    "MptCompletedPart",
    "MptUploadMsg",
    "MptUploadMsgAction",
    "Namespace",
    "NetInfo",
    "NodeConfig",
    "NodeConfigFspaths",
    "NodeConfigHostNet",
    "NodeConfigTestFspaths",
    "NodeStateInfo",
    "NodeStateInfoBmd",
    "NodeStateInfoConfig",
    "NodeStateInfoEtlmd",
    "NodeStateInfoRmd",
    "NodeStateInfoSmap",
    "NodeStateInfoSmapPrimary",
    "NodeStats",
    "NodeStatsTrackerType0",
    "NodeStatus",
    "NodeStatusRebalanceSnapType0",
    "NodeStatusTrackerType0",
    "PrefetchListRangeMsg",
    "PrefetchListRangeMsgAction",
    "PrefetchValue",
    "PromoteArgs",
    "PromoteMsg",
    "PromoteMsgAction",
    "Provider",
    "PutObjectAppendType",
    "QueryClusterWhat",
    "QueryMsg",
    "RechunkBucketMsg",
    "RechunkBucketMsgAction",
    "RechunkValue",
    "ReloadCredsMsg",
    "ReloadCredsMsgAction",
    "RemAis",
    "RemAisSmapType0",
    "RemAisVec",
    "RenameObjectMsg",
    "RenameObjectMsgAction",
    "ResetBucketPropsMsg",
    "ResetBucketPropsMsgAction",
    "ResetConfigMsg",
    "ResetConfigMsgAction",
    "ResetStatsMsg",
    "ResetStatsMsgAction",
    "RmNodeUnsafeMsg",
    "RmNodeUnsafeMsgAction",
    "RotateLogsMsg",
    "RotateLogsMsgAction",
    "SetBucketPropsMsg",
    "SetBucketPropsMsgAction",
    "SetConfigMsg",
    "SetConfigMsgAction",
    "SetCustomMsg",
    "SetCustomMsgValue",
    "ShardSummary",
    "ShowInventoryMsg",
    "ShowInventoryMsgAction",
    "ShutdownClusterMsg",
    "ShutdownClusterMsgAction",
    "ShutdownNodeMsg",
    "ShutdownNodeMsgAction",
    "Smap",
    "SmapPmap",
    "SmapTmap",
    "SmapVote",
    "SmapVoteEtlMD",
    "SmapVoteRmd",
    "Snode",
    "StartMaintenanceMsg",
    "StartMaintenanceMsgAction",
    "StartXactionMsg",
    "StartXactionMsgAction",
    "StopMaintenanceMsg",
    "StopMaintenanceMsgAction",
    "StopXactionMsg",
    "StopXactionMsgAction",
    "SummaryBucketMsg",
    "SummaryBucketMsgAction",
    "SummaryBucketValue",
    "SummaryShardMsg",
    "SummaryShardMsgAction",
    "SummaryShardValue",
    "TargetSysInfo",
    "XactSnap",
    "XactSnapStats",
    "XactSnapsByTarget",
    "XactStatus",
    "XactionKind",
)
