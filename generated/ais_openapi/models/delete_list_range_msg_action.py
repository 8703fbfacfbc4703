from enum import StrEnum


class DeleteListRangeMsgAction(StrEnum):
    DELETE_LISTRANGE = "delete-listrange"

    def __str__(self) -> str:
        return str(self.value)
