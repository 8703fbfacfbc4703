from __future__ import annotations

import pickle

import pytest
from aisclient._core.protocol import Request, Upload
from aisclient._core.retry import DEFAULT_RETRY, NO_RETRY, RetryPolicy
from aisclient.errors import (
    AISBadRequest,
    AISConnectFailed,
    AISConnectionError,
    AISRateLimited,
    AISServerError,
    AISTimeoutError,
    ClusterStarting,
    ErrObjNotFound,
    InvalidBckProvider,
)

GET = Request("GET", "/v1/buckets", idempotent=True)
POST = Request("POST", "/v1/buckets/b", idempotent=False)
PUT_FILE = Request("PUT", "http://t/v1/objects/b/o", upload=Upload("/tmp/x", 3), idempotent=True)
# xact_start is a PUT that starts a job: not idempotent, whatever its method says.
START = Request("PUT", "/v1/cluster", idempotent=False)


def srv(cls: type, status: int, retry_after: float | None = None) -> Exception:
    return cls(status, "", "m", "", "GET", "u", retry_after)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("req", "error", "want"),
    [
        (GET, AISConnectionError("http://h:1", "refused"), True),
        (GET, AISTimeoutError("http://h:1", "read"), True),
        (POST, AISConnectionError("http://h:1", "reset"), False),
        (POST, AISConnectFailed("http://h:1", "refused"), True),
        (START, srv(AISServerError, 503), False),
        (START, AISConnectionError("http://h:1", "reset"), False),
        (GET, srv(AISServerError, 502), True),
        (GET, srv(AISServerError, 503), True),
        (GET, srv(AISServerError, 504), True),
        (POST, srv(AISServerError, 503), False),
        (POST, srv(ClusterStarting, 503), True),
        (POST, srv(AISRateLimited, 429), True),
        (PUT_FILE, srv(AISServerError, 503), True),
        (GET, srv(AISServerError, 500), False),
        (GET, srv(AISBadRequest, 400), False),
        (GET, srv(ErrObjNotFound, 404), False),
        (GET, InvalidBckProvider("x"), False),
        (GET, srv(AISRateLimited, 429, retry_after=3600), False),
    ],
)
def test_what_is_retried(req: Request, error: Exception, want: bool) -> None:
    assert DEFAULT_RETRY.should_retry(1, req, error) is want


def test_attempts_are_bounded() -> None:
    err = AISConnectionError("http://h:1")
    p = RetryPolicy(max_attempts=3)
    assert p.should_retry(1, GET, err) and p.should_retry(2, GET, err)
    assert not p.should_retry(3, GET, err)
    assert not NO_RETRY.should_retry(1, GET, err)


def test_backoff_exponential_capped_and_jittered() -> None:
    p = RetryPolicy(initial_backoff=0.5, max_backoff=4.0, jitter=0.25)
    assert [p.delay(n, rand=lambda: 0.0) for n in (1, 2, 3, 4, 5)] == [0.5, 1.0, 2.0, 4.0, 4.0]
    assert p.delay(1, rand=lambda: 1.0) == 0.375
    delays = {p.delay(2) for _ in range(50)}
    assert all(0.75 <= d <= 1.0 for d in delays) and len(delays) > 1


def test_retry_after_wins() -> None:
    assert DEFAULT_RETRY.delay(1, retry_after=2.0) == 2.0
    assert DEFAULT_RETRY.delay(1, retry_after=0.0) == 0.0


def test_validation_and_pickle() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_attempts=0)
    with pytest.raises(ValueError):
        RetryPolicy(jitter=2)
    assert pickle.loads(pickle.dumps(DEFAULT_RETRY)) == DEFAULT_RETRY
