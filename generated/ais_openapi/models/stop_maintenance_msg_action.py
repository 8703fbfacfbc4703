from enum import StrEnum


class StopMaintenanceMsgAction(StrEnum):
    STOP_MAINTENANCE = "stop-maintenance"

    def __str__(self) -> str:
        return str(self.value)
