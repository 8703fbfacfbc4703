"""aisclient: the ergonomic AIStore client (hand-written overlay over ais_openapi).

The job-wait timeout exception is `errors.Timeout` (alias of `XactionWaitTimeout`); it is not
exported here so that it is never mistaken for the `timeout=` option (a number or `httpx.Timeout`).
"""

__version__ = "0.1.0"

from . import errors
from ._client import AsyncClient, Client
from ._listing import DEFAULT_PROPS
from ._options import DEFAULT_TIMEOUT
from ._pagers import AsyncBucketLister, BucketLister
from ._raw import RawResponse
from ._retry import DEFAULT_RETRY, NO_RETRY, RetryPolicy
from ._stream import DEFAULT_CHUNK_SIZE, AsyncObjStream, ObjStream
from ._validate import PROVIDER_AIS, PROVIDERS
from ._xaction import STARTABLE_KINDS
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

ProviderAIS = PROVIDER_AIS  # seed spelling

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_PROPS",
    "DEFAULT_RETRY",
    "DEFAULT_TIMEOUT",
    "NO_RETRY",
    "PROVIDERS",
    "PROVIDER_AIS",
    "STARTABLE_KINDS",
    "AISError",
    "AISException",
    "AsyncBucketLister",
    "AsyncClient",
    "AsyncObjStream",
    "Bck",
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
    "Namespace",
    "NetInfo",
    "ObjStream",
    "ObjectHeader",
    "ObjectProps",
    "ProviderAIS",
    "RawResponse",
    "RetryPolicy",
    "Smap",
    "Snode",
    "XactStatus",
    "XactionWaitTimeout",
    "errors",
]
