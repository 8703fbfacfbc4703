from enum import StrEnum


class DecommissionClusterMsgAction(StrEnum):
    DECOMMISSION = "decommission"

    def __str__(self) -> str:
        return str(self.value)
