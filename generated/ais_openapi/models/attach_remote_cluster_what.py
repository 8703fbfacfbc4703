from enum import StrEnum


class AttachRemoteClusterWhat(StrEnum):
    REMOTE = "remote"

    def __str__(self) -> str:
        return str(self.value)
