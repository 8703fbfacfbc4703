from enum import StrEnum


class XactionKind(StrEnum):
    BLOB_DOWNLOAD = "blob-download"
    CLEANUP_STORE = "cleanup-store"
    EC_ENCODE = "ec-encode"
    LOAD_LOM_CACHE = "load-lom-cache"
    LRU = "lru"
    MAKE_N_COPIES = "make-n-copies"
    PREFETCH_LISTRANGE = "prefetch-listrange"
    REBALANCE = "rebalance"
    RECHUNK = "rechunk"
    RESILVER = "resilver"

    def __str__(self) -> str:
        return str(self.value)
