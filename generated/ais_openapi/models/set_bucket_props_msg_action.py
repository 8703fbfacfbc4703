from enum import StrEnum


class SetBucketPropsMsgAction(StrEnum):
    SET_BPROPS = "set-bprops"

    def __str__(self) -> str:
        return str(self.value)
