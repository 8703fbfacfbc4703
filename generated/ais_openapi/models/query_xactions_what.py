from enum import StrEnum


class QueryXactionsWhat(StrEnum):
    QRYXSTATS = "qryxstats"
    STATUS = "status"
    STATUS_ALL = "status_all"

    def __str__(self) -> str:
        return str(self.value)
