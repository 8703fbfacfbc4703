from enum import StrEnum


class DetachRemoteClusterWhat(StrEnum):
    REMOTE = "remote"

    def __str__(self) -> str:
        return str(self.value)
