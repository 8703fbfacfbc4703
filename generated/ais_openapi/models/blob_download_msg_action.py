from enum import StrEnum


class BlobDownloadMsgAction(StrEnum):
    BLOB_DOWNLOAD = "blob-download"

    def __str__(self) -> str:
        return str(self.value)
