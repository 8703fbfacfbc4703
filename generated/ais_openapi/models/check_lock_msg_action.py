from enum import StrEnum


class CheckLockMsgAction(StrEnum):
    CHECK_LOCK = "check-lock"

    def __str__(self) -> str:
        return str(self.value)
