from enum import StrEnum


class DsortAlgorithmKind(StrEnum):
    ALPHANUMERIC = "alphanumeric"
    CONTENT = "content"
    MD5 = "md5"
    NONE = "none"
    SHUFFLE = "shuffle"

    def __str__(self) -> str:
        return str(self.value)
