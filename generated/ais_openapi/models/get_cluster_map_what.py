from enum import StrEnum


class GetClusterMapWhat(StrEnum):
    SMAP = "smap"

    def __str__(self) -> str:
        return str(self.value)
