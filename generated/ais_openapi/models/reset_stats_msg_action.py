from enum import StrEnum


class ResetStatsMsgAction(StrEnum):
    RESET_STATS = "reset-stats"

    def __str__(self) -> str:
        return str(self.value)
