from enum import StrEnum


class EcEncodeMsgAction(StrEnum):
    EC_ENCODE = "ec-encode"

    def __str__(self) -> str:
        return str(self.value)
