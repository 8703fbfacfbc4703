from enum import StrEnum


class DlMultiMsgType(StrEnum):
    MULTI = "multi"

    def __str__(self) -> str:
        return str(self.value)
