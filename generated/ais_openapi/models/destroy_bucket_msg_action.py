from enum import StrEnum


class DestroyBucketMsgAction(StrEnum):
    DESTROY_BCK = "destroy-bck"

    def __str__(self) -> str:
        return str(self.value)
