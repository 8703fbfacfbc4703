from enum import StrEnum


class CreateInventoryMsgAction(StrEnum):
    CREATE_INVENTORY = "create-inventory"

    def __str__(self) -> str:
        return str(self.value)
