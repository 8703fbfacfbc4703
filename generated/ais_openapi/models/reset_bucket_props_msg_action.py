from enum import StrEnum


class ResetBucketPropsMsgAction(StrEnum):
    RESET_BPROPS = "reset-bprops"

    def __str__(self) -> str:
        return str(self.value)
