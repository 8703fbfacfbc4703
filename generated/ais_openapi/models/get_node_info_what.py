from enum import StrEnum


class GetNodeInfoWhat(StrEnum):
    BMD = "bmd"
    CONFIG = "config"
    DISK = "disk"
    LOG = "log"
    METRICS = "metrics"
    MOUNTPATHS = "mountpaths"
    NODE_STATS = "node_stats"
    NODE_STATUS = "node_status"
    REMOTE = "remote"
    SMAP = "smap"
    SMAPVOTE = "smapvote"
    SNODE = "snode"
    SOFTWARE_VERSION = "software_version"
    SYSINFO = "sysinfo"
    TLS_CERTIFICATE = "tls_certificate"

    def __str__(self) -> str:
        return str(self.value)
