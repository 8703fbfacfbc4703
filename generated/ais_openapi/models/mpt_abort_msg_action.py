from enum import StrEnum


class MptAbortMsgAction(StrEnum):
    MPT_ABORT = "mpt-abort"

    def __str__(self) -> str:
        return str(self.value)
