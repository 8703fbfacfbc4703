from enum import StrEnum


class ClearLcacheMsgAction(StrEnum):
    CLEAR_LCACHE = "clear-lcache"

    def __str__(self) -> str:
        return str(self.value)
