from enum import StrEnum


class DsortAlgorithmContentKeyType(StrEnum):
    FLOAT = "float"
    INT = "int"
    STRING = "string"

    def __str__(self) -> str:
        return str(self.value)
