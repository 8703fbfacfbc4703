from enum import StrEnum


class GetClusterMapSeverity(StrEnum):
    E = "E"
    ERROR = "error"
    I = "I"
    INFO = "info"
    W = "W"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
