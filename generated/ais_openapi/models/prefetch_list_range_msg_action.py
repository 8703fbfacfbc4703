from enum import StrEnum


class PrefetchListRangeMsgAction(StrEnum):
    PREFETCH_LISTRANGE = "prefetch-listrange"

    def __str__(self) -> str:
        return str(self.value)
