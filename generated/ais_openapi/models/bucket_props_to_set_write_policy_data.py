from enum import StrEnum


class BucketPropsToSetWritePolicyData(StrEnum):
    DELAYED = "delayed"
    IMMEDIATE = "immediate"
    NEVER = "never"

    def __str__(self) -> str:
        return str(self.value)
