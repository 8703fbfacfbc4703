from enum import StrEnum


class StopXactionMsgAction(StrEnum):
    STOP = "stop"

    def __str__(self) -> str:
        return str(self.value)
