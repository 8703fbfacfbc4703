from enum import StrEnum


class CreateBucketMsgAction(StrEnum):
    CREATE_BCK = "create-bck"

    def __str__(self) -> str:
        return str(self.value)
