from enum import StrEnum


class PromoteMsgAction(StrEnum):
    PROMOTE = "promote"

    def __str__(self) -> str:
        return str(self.value)
