from enum import StrEnum


class GetClusterMapWhat(StrEnum):
    BMD = "bmd"
    CONFIG = "config"
    LOG = "log"
    METRICS = "metrics"
    NODE_STATS = "node_stats"
    NODE_STATUS = "node_status"
    SMAP = "smap"
    SMAPVOTE = "smapvote"
    SNODE = "snode"
    SOFTWARE_VERSION = "software_version"
    SYSINFO = "sysinfo"
    TLS_CERTIFICATE = "tls_certificate"

    def __str__(self) -> str:
        return str(self.value)
