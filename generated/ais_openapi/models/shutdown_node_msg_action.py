from enum import StrEnum


class ShutdownNodeMsgAction(StrEnum):
    SHUTDOWN_NODE = "shutdown-node"

    def __str__(self) -> str:
        return str(self.value)
