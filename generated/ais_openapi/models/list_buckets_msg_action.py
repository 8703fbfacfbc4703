from enum import StrEnum


class ListBucketsMsgAction(StrEnum):
    LIST = "list"

    def __str__(self) -> str:
        return str(self.value)
