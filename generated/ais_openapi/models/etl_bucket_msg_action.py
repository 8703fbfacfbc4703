from enum import StrEnum


class EtlBucketMsgAction(StrEnum):
    ETL_BCK = "etl-bck"

    def __str__(self) -> str:
        return str(self.value)
