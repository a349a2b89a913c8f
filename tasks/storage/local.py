"""A folder as a store: ``file://public``. Atomic renames so readers never see half a file."""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tasks.storage.base import PreconditionFailed, Store, Versioned, check_key


def _etag(data: bytes) -> str:
    return '"' + hashlib.md5(data, usedforsecurity=False).hexdigest() + '"'


class LocalStore(Store):
    def __init__(self, root: Path):
        self.root = root.resolve()
        self.url = f"file://{self.root}"
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        return self.root / check_key(key)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        # One lock for the whole store: conditional writes compare and swap under it,
        # the local equivalent of S3 evaluating If-Match atomically.
        with open(self.root / ".lock", "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _replace(self, path: Path, write) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                write(handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temporary, 0o644)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def put_file(self, key: str, path: Path) -> None:
        with path.open("rb") as source:
            self._replace(self._path(key), lambda handle: shutil.copyfileobj(source, handle, 1 << 20))

    def put_bytes(self, key: str, data: bytes, *, if_match: str | None = None,
                  if_absent: bool = False) -> str:
        target = self._path(key)
        with self._locked():
            if if_absent and target.exists():
                raise PreconditionFailed(f"{key} already exists")
            if if_match is not None:
                current = target.read_bytes() if target.exists() else None
                if current is None or _etag(current) != if_match:
                    raise PreconditionFailed(f"{key} changed since it was read")
            self._replace(target, lambda handle: handle.write(data))
        return _etag(data)

    def get(self, key: str) -> Versioned | None:
        path = self._path(key)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        return Versioned(data, _etag(data))

    def size(self, key: str) -> int | None:
        path = self._path(key)
        return path.stat().st_size if path.is_file() else None

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def keys(self, prefix: str = "") -> list[str]:
        found = []
        for path in self.root.rglob("*"):
            relative = path.relative_to(self.root).as_posix()
            if path.is_file() and not path.name.startswith(".") and relative.startswith(prefix):
                found.append(relative)
        return sorted(found)
