from enum import StrEnum


class StartXactionMsgAction(StrEnum):
    START = "start"

    def __str__(self) -> str:
        return str(self.value)
