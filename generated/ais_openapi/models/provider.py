from enum import StrEnum


class Provider(StrEnum):
    AIS = "ais"
    AWS = "aws"
    AZ = "az"
    AZURE = "azure"
    GCP = "gcp"
    GS = "gs"
    OC = "oc"
    OCI = "oci"
    S3 = "s3"

    def __str__(self) -> str:
        return str(self.value)
