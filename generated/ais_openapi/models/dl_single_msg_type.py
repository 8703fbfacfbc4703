from enum import StrEnum


class DlSingleMsgType(StrEnum):
    SINGLE = "single"

    def __str__(self) -> str:
        return str(self.value)
