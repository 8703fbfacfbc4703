from enum import StrEnum


class RmNodeUnsafeMsgAction(StrEnum):
    RM_UNSAFE = "rm-unsafe"

    def __str__(self) -> str:
        return str(self.value)
