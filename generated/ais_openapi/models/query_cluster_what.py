from enum import StrEnum


class QueryClusterWhat(StrEnum):
    BACKENDS = "backends"
    BMD = "bmd"
    CLUSTER_CONFIG = "cluster_config"
    MOUNTPATHS = "mountpaths"
    NODE_STATS = "node_stats"
    QRYXSTATS = "qryxstats"
    REMOTE = "remote"
    RUNNING_ALL = "running_all"
    SMAP = "smap"
    SMAPVOTE = "smapvote"
    SNODE = "snode"
    STATUS = "status"
    STATUS_ALL = "status_all"
    SYSINFO = "sysinfo"
    TARGET_IPS = "target_ips"

    def __str__(self) -> str:
        return str(self.value)
