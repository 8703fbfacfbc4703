from enum import StrEnum


class DlBackendMsgType(StrEnum):
    BACKEND = "backend"

    def __str__(self) -> str:
        return str(self.value)
