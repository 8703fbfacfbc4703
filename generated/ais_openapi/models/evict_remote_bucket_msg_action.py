from enum import StrEnum


class EvictRemoteBucketMsgAction(StrEnum):
    EVICT_REMOTE_BCK = "evict-remote-bck"

    def __str__(self) -> str:
        return str(self.value)
