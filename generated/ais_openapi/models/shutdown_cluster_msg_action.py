from enum import StrEnum


class ShutdownClusterMsgAction(StrEnum):
    SHUTDOWN = "shutdown"

    def __str__(self) -> str:
        return str(self.value)
