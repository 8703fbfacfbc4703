"""aisclient: the ergonomic AIStore client (hand-written overlay over ais_openapi).

The job-wait timeout exception is `errors.Timeout` (alias of `XactionWaitTimeout`); it is not
exported here so that it is never mistaken for the `timeout=` option (a number or `httpx.Timeout`).
"""

__version__ = "0.1.0"

from . import errors
from ._core.options import DEFAULT_LIMITS, DEFAULT_TIMEOUT
from ._core.raw import RawResponse
from ._core.reader import DEFAULT_CHUNK_SIZE
from ._core.retry import DEFAULT_RETRY, NO_RETRY, RetryPolicy
from ._core.validate import PROVIDER_AIS, PROVIDERS
from ._surface import AsyncBucket, AsyncClient, AsyncObject, Bucket, Client, Object
from .batch import BatchObject
from .errors import (
    AISError,
    AISException,
    ChecksumMismatch,
    ErrBckAlreadyExists,
    ErrBckNotFound,
    ErrObjNotFound,
    InvalidBckProvider,
    XactionWaitTimeout,
)
from .headers import BucketHeader, Header, ObjectHeader
from .jobs import STARTABLE_KINDS
from .listing import DEFAULT_PROPS, ListFlag
from .models import (
    Bck,
    BucketEntry,
    BucketList,
    BucketProps,
    Namespace,
    NetInfo,
    ObjectProps,
    Smap,
    Snode,
    XactStatus,
)
from .streams_async import AsyncBatchStream, AsyncBucketLister, AsyncObjStream
from .streams_sync import BatchStream, BucketLister, ObjStream
from .transfer_models import TransferSummary

ProviderAIS = PROVIDER_AIS  # seed spelling

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_LIMITS",
    "DEFAULT_PROPS",
    "DEFAULT_RETRY",
    "DEFAULT_TIMEOUT",
    "NO_RETRY",
    "PROVIDERS",
    "PROVIDER_AIS",
    "STARTABLE_KINDS",
    "AISError",
    "AISException",
    "AsyncBatchStream",
    "AsyncBucket",
    "AsyncBucketLister",
    "AsyncClient",
    "AsyncObjStream",
    "AsyncObject",
    "BatchObject",
    "BatchStream",
    "Bck",
    "Bucket",
    "BucketEntry",
    "BucketHeader",
    "BucketList",
    "BucketLister",
    "BucketProps",
    "ChecksumMismatch",
    "Client",
    "ErrBckAlreadyExists",
    "ErrBckNotFound",
    "ErrObjNotFound",
    "Header",
    "InvalidBckProvider",
    "ListFlag",
    "Namespace",
    "NetInfo",
    "ObjStream",
    "Object",
    "ObjectHeader",
    "ObjectProps",
    "ProviderAIS",
    "RawResponse",
    "RetryPolicy",
    "Smap",
    "Snode",
    "TransferSummary",
    "XactStatus",
    "XactionWaitTimeout",
    "errors",
]
