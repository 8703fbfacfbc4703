from enum import StrEnum


class EtlListRangeMsgAction(StrEnum):
    ETL_LISTRANGE = "etl-listrange"

    def __str__(self) -> str:
        return str(self.value)
