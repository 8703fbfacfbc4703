from enum import StrEnum


class RechunkBucketMsgAction(StrEnum):
    RECHUNK = "rechunk"

    def __str__(self) -> str:
        return str(self.value)
