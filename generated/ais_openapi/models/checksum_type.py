from enum import StrEnum


class ChecksumType(StrEnum):
    CRC32C = "crc32c"
    MD5 = "md5"
    NONE = "none"
    SHA256 = "sha256"
    SHA512 = "sha512"
    XXHASH = "xxhash"
    XXHASH2 = "xxhash2"

    def __str__(self) -> str:
        return str(self.value)
