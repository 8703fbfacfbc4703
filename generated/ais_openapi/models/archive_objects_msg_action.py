from enum import StrEnum


class ArchiveObjectsMsgAction(StrEnum):
    ARCHIVE = "archive"

    def __str__(self) -> str:
        return str(self.value)
