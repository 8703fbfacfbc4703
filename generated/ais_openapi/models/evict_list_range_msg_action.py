from enum import StrEnum


class EvictListRangeMsgAction(StrEnum):
    EVICT_LISTRANGE = "evict-listrange"

    def __str__(self) -> str:
        return str(self.value)
