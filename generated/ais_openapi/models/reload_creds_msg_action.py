from enum import StrEnum


class ReloadCredsMsgAction(StrEnum):
    RELOAD_CREDS = "reload-creds"

    def __str__(self) -> str:
        return str(self.value)
