from enum import StrEnum


class DlRangeMsgType(StrEnum):
    RANGE = "range"

    def __str__(self) -> str:
        return str(self.value)
