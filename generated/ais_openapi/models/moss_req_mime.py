from enum import StrEnum


class MossReqMime(StrEnum):
    VALUE_0 = ".tar"
    VALUE_1 = ".tgz"
    VALUE_2 = ".tar.gz"
    VALUE_3 = ".zip"
    VALUE_4 = ".tar.lz4"

    def __str__(self) -> str:
        return str(self.value)
