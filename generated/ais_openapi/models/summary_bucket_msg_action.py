from enum import StrEnum


class SummaryBucketMsgAction(StrEnum):
    SUMMARY_BCK = "summary-bck"

    def __str__(self) -> str:
        return str(self.value)
