from enum import StrEnum


class ShowInventoryMsgAction(StrEnum):
    SHOW_INVENTORY = "show-inventory"

    def __str__(self) -> str:
        return str(self.value)
