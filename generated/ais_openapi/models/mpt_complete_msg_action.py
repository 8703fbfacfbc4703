from enum import StrEnum


class MptCompleteMsgAction(StrEnum):
    MPT_COMPLETE = "mpt-complete"

    def __str__(self) -> str:
        return str(self.value)
