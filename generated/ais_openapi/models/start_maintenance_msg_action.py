from enum import StrEnum


class StartMaintenanceMsgAction(StrEnum):
    START_MAINTENANCE = "start-maintenance"

    def __str__(self) -> str:
        return str(self.value)
