from enum import StrEnum


class MoveBucketMsgAction(StrEnum):
    MOVE_BCK = "move-bck"

    def __str__(self) -> str:
        return str(self.value)
