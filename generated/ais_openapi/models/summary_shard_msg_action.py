from enum import StrEnum


class SummaryShardMsgAction(StrEnum):
    SUMMARY_SHARD = "summary-shard"

    def __str__(self) -> str:
        return str(self.value)
