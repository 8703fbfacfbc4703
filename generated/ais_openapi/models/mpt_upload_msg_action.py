from enum import StrEnum


class MptUploadMsgAction(StrEnum):
    MPT_UPLOAD = "mpt-upload"

    def __str__(self) -> str:
        return str(self.value)
