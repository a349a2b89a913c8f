"""Any S3-compatible bucket: ``s3://bucket/prefix``.

The endpoint and credentials come from boto3's own chain (``AWS_ENDPOINT_URL``, ``AWS_PROFILE``,
``AWS_ACCESS_KEY_ID``...), so AWS, R2, MinIO and B2 work alike; retries are botocore's.
"""

from __future__ import annotations

import os
import threading
import uuid
from contextlib import contextmanager
from pathlib import Path

import boto3
from boto3.exceptions import S3UploadFailedError
from boto3.s3.transfer import TransferConfig
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError

from tasks.errors import (
    ConditionalWritesUnsupported,
    PreconditionFailed,
    SourceMissing,
    SourceUnavailable,
    StoreError,
    StoreUnavailable,
)
from tasks.storage.base import Store, Versioned, check_key

MAX_ATTEMPTS = 6  # in all; botocore "standard" mode: exponential backoff, retries 5xx, throttling, resets
# Episodes are tens of MB: multipart above 16 MB keeps a dropped connection from restarting it all.
TRANSFER = TransferConfig(multipart_threshold=16 * 1024 * 1024, multipart_chunksize=16 * 1024 * 1024,
                          max_concurrency=4)


def s3_client(endpoint_url: str | None = None):
    # A stalled connection is abandoned after CASTFLOW_S3_TIMEOUT seconds and retried by botocore.
    timeout = float(os.environ.get("CASTFLOW_S3_TIMEOUT", "60"))
    # AWS_MAX_ATTEMPTS is the AWS tools' own setting (attempts in all, the first included); botocore
    # would ignore it beside an explicit Config. Config's "max_attempts" would count retries only.
    attempts = int(os.environ.get("AWS_MAX_ATTEMPTS", MAX_ATTEMPTS))
    config = Config(retries={"mode": "standard", "total_max_attempts": attempts}, connect_timeout=min(timeout, 10),
                    read_timeout=timeout, s3={"addressing_style": os.environ.get("CASTFLOW_S3_ADDRESSING", "path")})
    return boto3.client("s3", endpoint_url=endpoint_url, config=config)


# Answers that no retry can change: the bucket, the key or the credentials are wrong.
REFUSALS = {"AccessDenied", "AllAccessDisabled", "InvalidAccessKeyId", "InvalidBucketName", "NoSuchBucket",
            "SignatureDoesNotMatch", "403"}
MISSING = {"NoSuchKey", "404", "NotFound"}


def _code(error: ClientError) -> str:
    return str(error.response.get("Error", {}).get("Code", ""))


@contextmanager
def _plainly(where: str):
    """botocore's errors as castflow's two kinds, in one line naming the object.

    botocore has already retried what it could (``MAX_ATTEMPTS``); what is left is either a refusal
    (input: wrong bucket or credentials) or a store still failing (transient: Prefect retries the task).
    """
    try:
        yield
    except ClientError as error:
        kind = StoreError if _code(error) in REFUSALS else StoreUnavailable
        raise kind(f"{where}: {_code(error) or error}") from error
    except NoCredentialsError:
        raise StoreError(f"{where}: no S3 credentials (AWS_ACCESS_KEY_ID, AWS_PROFILE...)") from None
    except (BotoCoreError, S3UploadFailedError) as error:
        raise StoreUnavailable(f"{where}: {type(error).__name__}: {error}") from error


def _refused(error: ClientError) -> bool:
    """The store evaluated a precondition and said no (S3 answers 412; R2 409 on a race)."""
    status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    return _code(error) in {"PreconditionFailed", "ConditionalRequestConflict", "412", "409"} or status in (409, 412)


# (endpoint, bucket) → None once the store was seen to honour conditional writes, or why it does not.
_PROBED: dict[tuple[str, str], str | None] = {}
_PROBE_LOCK = threading.Lock()


class S3Store(Store):
    def __init__(self, bucket: str, prefix: str = "", endpoint_url: str | None = None):
        self.bucket = bucket
        self.prefix = prefix.strip("/")
        self.url = f"s3://{bucket}/{self.prefix}".rstrip("/")
        self.client = s3_client(endpoint_url)

    def _key(self, key: str) -> str:
        check_key(key)
        return f"{self.prefix}/{key}" if self.prefix else key

    def _url(self, key: str) -> str:
        return f"s3://{self.bucket}/{self._key(key)}"

    def put_file(self, key: str, path: Path) -> None:
        content_type, cache_control = self.headers_for(key)
        with _plainly(self._url(key)):
            self.client.upload_file(str(path), self.bucket, self._key(key), Config=TRANSFER,
                                    ExtraArgs={"ContentType": content_type, "CacheControl": cache_control})

    def require_conditional_writes(self) -> None:
        """Refuse a store that ignores ``If-Match``/``If-None-Match`` on PUT.

        On such a store two runs publishing at once would both "win" and one episode would vanish
        from the index, silently. Probed once per bucket and process, on a throwaway object.
        """
        where = (self.client.meta.endpoint_url, self.bucket)
        with _PROBE_LOCK:
            if where not in _PROBED:
                _PROBED[where] = self._probe()
            problem = _PROBED[where]
        if problem:
            raise ConditionalWritesUnsupported(
                f"{self.url} (at {where[0]}) {problem}: castflow needs conditional writes to publish "
                "safely; see docs/storage.md for stores that have them")

    def _probe(self) -> str | None:
        key = f"{self.prefix}/.castflow-probe-{uuid.uuid4().hex}".lstrip("/")

        def put(**condition) -> str:
            try:
                self.client.put_object(Bucket=self.bucket, Key=key, Body=b"probe", **condition)
            except ClientError as error:
                if _refused(error):
                    return "refused"
                if _code(error) in {"NotImplemented", "501"}:  # Backblaze B2, older gateways
                    return "not implemented"
                raise
            return "written"

        try:
            created = put(IfNoneMatch="*")
            if created != "written":
                return f"answered {created!r} to If-None-Match: * on a new object"
            overwritten = put(IfNoneMatch="*")
            if overwritten != "refused":
                return f"answered {overwritten!r} to If-None-Match: * on an existing object, not 412"
            mismatched = put(IfMatch='"00000000000000000000000000000000"')
            if mismatched != "refused":
                return f"answered {mismatched!r} to If-Match with a wrong ETag, not 412"
            return None
        finally:
            self.client.delete_object(Bucket=self.bucket, Key=key)

    def put_bytes(self, key: str, data: bytes, *, if_match: str | None = None,
                  if_absent: bool = False) -> str:
        content_type, cache_control = self.headers_for(key)
        extra = {}
        if if_match is not None:
            extra["IfMatch"] = if_match
        if if_absent:
            extra["IfNoneMatch"] = "*"
        if extra:
            self.require_conditional_writes()
        with _plainly(self._url(key)):
            try:
                response = self.client.put_object(Bucket=self.bucket, Key=self._key(key), Body=data,
                                                  ContentType=content_type, CacheControl=cache_control, **extra)
            except ClientError as error:
                if _refused(error):
                    raise PreconditionFailed(f"{key} changed since it was read") from None
                if if_match is not None and _code(error) in {"NoSuchKey", "404"}:
                    raise PreconditionFailed(f"{key} was deleted since it was read") from None
                raise
        return response["ETag"]

    def get(self, key: str) -> Versioned | None:
        with _plainly(self._url(key)):
            try:
                response = self.client.get_object(Bucket=self.bucket, Key=self._key(key))
            except ClientError as error:
                if _code(error) in MISSING:
                    return None
                raise
            return Versioned(response["Body"].read(), response["ETag"])

    def size(self, key: str) -> int | None:
        with _plainly(self._url(key)):
            try:
                return int(self.client.head_object(Bucket=self.bucket, Key=self._key(key))["ContentLength"])
            except ClientError as error:
                if _code(error) in MISSING:
                    return None
                raise

    def delete(self, key: str) -> None:
        with _plainly(self._url(key)):
            self.client.delete_object(Bucket=self.bucket, Key=self._key(key))

    def keys(self, prefix: str = "") -> list[str]:
        if prefix:
            check_key(prefix.rstrip("/"))
        full = f"{self.prefix}/{prefix}" if self.prefix else prefix
        strip = len(self.prefix) + 1 if self.prefix else 0
        found = []
        with _plainly(f"s3://{self.bucket}/{full}"):
            for page in self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=full):
                found.extend(item["Key"][strip:] for item in page.get("Contents", []))
        return sorted(found)

    def download(self, key: str, target: Path) -> Path:
        """Fetch a source: a missing key is the input's mistake, a failing store is not."""
        try:
            with _plainly(self._url(key)):
                try:
                    self.client.download_file(self.bucket, self._key(key), str(target), Config=TRANSFER)
                except ClientError as error:
                    if _code(error) in MISSING:
                        raise SourceMissing(f"{self._url(key)}: no such object") from None
                    raise
        except StoreUnavailable as error:
            raise SourceUnavailable(str(error)) from error.__cause__
        except StoreError as error:  # no such bucket, no access: the episode names a source it cannot have
            raise SourceMissing(str(error)) from error.__cause__
        return target
