from enum import StrEnum


class ListObjectsMsgAction(StrEnum):
    LIST = "list"

    def __str__(self) -> str:
        return str(self.value)
