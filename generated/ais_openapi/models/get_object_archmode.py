from enum import StrEnum


class GetObjectArchmode(StrEnum):
    PREFIX = "prefix"
    REGEXP = "regexp"
    SUBSTR = "substr"
    SUFFIX = "suffix"
    WDSKEY = "wdskey"

    def __str__(self) -> str:
        return str(self.value)
