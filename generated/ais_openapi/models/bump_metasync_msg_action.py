from enum import StrEnum


class BumpMetasyncMsgAction(StrEnum):
    BUMP_METASYNC = "bump-metasync"

    def __str__(self) -> str:
        return str(self.value)
