from enum import StrEnum


class SetConfigMsgAction(StrEnum):
    SET_CONFIG = "set-config"

    def __str__(self) -> str:
        return str(self.value)
