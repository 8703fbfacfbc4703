from enum import StrEnum


class DsortRequestSpecDsorterType(StrEnum):
    DSORT_GENERAL = "dsort_general"
    DSORT_MEM = "dsort_mem"

    def __str__(self) -> str:
        return str(self.value)
