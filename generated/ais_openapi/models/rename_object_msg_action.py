from enum import StrEnum


class RenameObjectMsgAction(StrEnum):
    RENAME_OBJ = "rename-obj"

    def __str__(self) -> str:
        return str(self.value)
