from enum import StrEnum


class ResetConfigMsgAction(StrEnum):
    RESET_CONFIG = "reset-config"

    def __str__(self) -> str:
        return str(self.value)
