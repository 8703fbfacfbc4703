from enum import StrEnum


class PutObjectAppendType(StrEnum):
    APPEND = "append"
    FLUSH = "flush"

    def __str__(self) -> str:
        return str(self.value)
