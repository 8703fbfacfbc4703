from enum import StrEnum


class DecommissionNodeMsgAction(StrEnum):
    DECOMMISSION_NODE = "decommission-node"

    def __str__(self) -> str:
        return str(self.value)
