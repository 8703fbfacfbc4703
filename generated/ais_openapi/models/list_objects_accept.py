from enum import StrEnum


class ListObjectsAccept(StrEnum):
    APPLICATIONJSON = "application/json"
    APPLICATIONMSGPACK = "application/msgpack"

    def __str__(self) -> str:
        return str(self.value)
