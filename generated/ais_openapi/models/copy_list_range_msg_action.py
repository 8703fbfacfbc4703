from enum import StrEnum


class CopyListRangeMsgAction(StrEnum):
    COPY_LISTRANGE = "copy-listrange"

    def __str__(self) -> str:
        return str(self.value)
