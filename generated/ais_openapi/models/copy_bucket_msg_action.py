from enum import StrEnum


class CopyBucketMsgAction(StrEnum):
    COPY_BCK = "copy-bck"

    def __str__(self) -> str:
        return str(self.value)
