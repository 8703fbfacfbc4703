from enum import StrEnum


class RotateLogsMsgAction(StrEnum):
    ROTATE_LOGS = "rotate-logs"

    def __str__(self) -> str:
        return str(self.value)
