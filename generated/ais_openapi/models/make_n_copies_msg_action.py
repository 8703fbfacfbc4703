from enum import StrEnum


class MakeNCopiesMsgAction(StrEnum):
    MAKE_N_COPIES = "make-n-copies"

    def __str__(self) -> str:
        return str(self.value)
