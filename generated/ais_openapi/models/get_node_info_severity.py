from enum import StrEnum


class GetNodeInfoSeverity(StrEnum):
    E = "E"
    ERROR = "error"
    I = "I"
    INFO = "info"
    W = "W"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
