"""Writing a ``.labinov`` bundle, and reading one defensively.

The reader trusts nothing in the file: entry names are checked (absolute, drive, UNC, ``..``,
null bytes, backslashes), links and unexpected entries are refused, sizes are counted while
decompressing (the zip headers may lie) with a per-entry and total limit and a compression
ratio limit (zip bombs), the manifest's format version is checked before anything else,
and every document is validated by the pydantic models of ``format``. Every refusal is a
translated ``UserError``; the reader never touches the store.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from labinov import __version__
from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.exchange import format as fmt
from labinov.exchange.older import upgrade_documents
from labinov.exchange.rows import Row
from labinov.files import write_atomically

MB = 1024 * 1024
MAX_ENTRIES = 20_000
MAX_ENTRY_BYTES = 200 * MB
# the largest picture Labinov takes (services.canvases.MAX_IMAGE_BYTES); an attachment is
# held in memory once while it is written, so this bounds what an import holds
MAX_ATTACHMENT_BYTES = 20 * MB
MAX_TOTAL_BYTES = 1024 * MB
MAX_RATIO = 250  # JSON of notes compresses ~10-40x; a bomb compresses ~1000x
RATIO_FLOOR = 1024 * 1024  # small entries may compress as much as they like
CHUNK = 1 << 16
_DRIVE = re.compile(r"^[A-Za-z]:")
_DIRECTORIES = ("projects/", "frames/", "attachments/")


@dataclass
class Bundle:
    """A validated bundle: manifest, documents (validated rows) and its attachments (read
    when written)."""

    manifest: fmt.Manifest
    attachments: Attachments
    documents: list[Any] = field(default_factory=list)
    numbers_to_check: int = 0  # old numbers marked for a check (a format-1 bundle)


def write_bundle(
    path: Path,
    manifest: dict[str, Any],
    documents: dict[str, dict[str, Any]],
    attachments: dict[str, bytes],
) -> None:
    """Write the zip next to ``path`` and move it into place (no half-written bundle)."""

    def write(temp: Path) -> None:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            zf.writestr(fmt.MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            for name, document in documents.items():
                zf.writestr(name, json.dumps(document, ensure_ascii=False, separators=(",", ":")))
            for attachment_id, data in attachments.items():
                zf.writestr(f"attachments/{attachment_id}", data, compress_type=zipfile.ZIP_STORED)

    write_atomically(Path(path), write)


def new_manifest(
    kind: str,
    scope_id: str,
    device_id: str,
    documents: list[str],
    attachments: list[dict[str, Any]],
    tombstones: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    return {
        "format": fmt.FORMAT_NAME,
        "format_version": fmt.FORMAT_VERSION,
        "app_version": __version__,
        "created_at": datetime.now(UTC).isoformat(),
        "device_id": device_id,
        "scope": {"kind": kind, "id": scope_id},
        "documents": documents,
        "attachments": attachments,
        "tombstones": tombstones or [],
    }


def _shown(name: str) -> str:
    """An entry name safe to put in a message."""
    text = name.replace("\x00", "\\0")
    return text if len(text) <= 80 else text[:77] + "..."


def _damaged(message: str, **params: Any) -> UserError:
    return UserError(message, **params)


def check_name(info: zipfile.ZipInfo) -> None:
    raw = info.orig_filename
    name = info.filename
    parts = raw.replace("\\", "/").split("/")
    if (
        "\x00" in raw
        or "\\" in raw
        or raw.startswith("/")
        or _DRIVE.match(raw)
        or ":" in raw
        or ".." in parts
        or not raw.strip()
    ):
        raise _damaged(
            QT_TRANSLATE_NOOP("UserError", "The bundle has an unsafe entry name: {name}"),
            name=_shown(raw),
        )
    mode = info.external_attr >> 16
    if info.create_system == 3 and stat.S_ISLNK(mode):
        raise _damaged(
            QT_TRANSLATE_NOOP(
                "UserError", "The bundle contains a link ({name}); links are not allowed."
            ),
            name=_shown(name),
        )


class _Reader:
    """Reads entries with sizes counted while decompressing, and a running total."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        self.total = 0

    def read(self, info: zipfile.ZipInfo) -> bytes:
        return b"".join(self.chunks(info))

    def chunks(self, info: zipfile.ZipInfo, limit: int | None = None) -> Iterator[bytes]:
        """The entry's bytes in chunks, refused as soon as it passes ``limit`` (default
        ``MAX_ENTRY_BYTES``), the total passes ``MAX_TOTAL_BYTES`` or it expands like a
        zip bomb."""
        limit = MAX_ENTRY_BYTES if limit is None else limit
        size = 0
        try:
            with self.zf.open(info) as stream:
                while chunk := stream.read(CHUNK):
                    size += len(chunk)
                    self.total += len(chunk)
                    if size > limit:
                        raise _too_large(info.filename, limit)
                    if self.total > MAX_TOTAL_BYTES:
                        raise _too_large_total()
                    if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
                        raise _damaged(
                            QT_TRANSLATE_NOOP(
                                "UserError",
                                "The bundle entry {name} is compressed suspiciously much "
                                "(a zip bomb?); it was not imported.",
                            ),
                            name=_shown(info.filename),
                        )
                    yield chunk
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            zlib.error,
            struct.error,
            EOFError,
            OSError,
            ValueError,
            NotImplementedError,
            RuntimeError,
        ) as error:
            raise _damaged(
                QT_TRANSLATE_NOOP(
                    "UserError", "The bundle is damaged: {name} cannot be read ({reason})."
                ),
                name=_shown(info.filename),
                reason=str(error),
            ) from error


def _too_large(name: str, limit: int) -> UserError:
    return _damaged(
        QT_TRANSLATE_NOOP("UserError", "The bundle entry {name} is too large (over {limit} MB)."),
        name=_shown(name),
        limit=limit // MB,
    )


def _too_large_total() -> UserError:
    return _damaged(
        QT_TRANSLATE_NOOP(
            "UserError", "The bundle is too large: its contents pass {limit} MB in all."
        ),
        limit=MAX_TOTAL_BYTES // MB,
    )


def _checksum_error(name: str) -> UserError:
    return _damaged(
        QT_TRANSLATE_NOOP(
            "UserError",
            "The bundle is damaged: the attachment {name} does not match its checksum.",
        ),
        name=_shown(name),
    )


class Attachments:
    """The bundle's attachments, checked once while reading but not held in memory (two
    thousand pictures would not fit): ``read`` takes one from the file again, checking it
    again (the file may have changed since). Use ``opened()`` around many reads."""

    def __init__(self, path: Path, entries: dict[str, tuple[zipfile.ZipInfo, int, str]]) -> None:
        self.path = path
        self._entries = entries  # id -> (zip entry, size, sha256)
        self._zf: zipfile.ZipFile | None = None

    def __contains__(self, attachment_id: object) -> bool:
        return attachment_id in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def sha256(self, attachment_id: str) -> str:
        return self._entries[attachment_id][2]

    @contextmanager
    def opened(self) -> Iterator[Attachments]:
        """Keep the bundle open while reading many attachments."""
        if self._zf is not None:
            yield self
            return
        try:
            self._zf = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            message = QT_TRANSLATE_NOOP(
                "UserError", "The bundle {path} cannot be read again ({reason})."
            )
            raise UserError(message, path=str(self.path), reason=str(error)) from error
        try:
            yield self
        finally:
            self._zf.close()
            self._zf = None

    def read(self, attachment_id: str) -> bytes:
        with self.opened():
            assert self._zf is not None
            info, size, digest = self._entries[attachment_id]
            data = b"".join(_checked(_Reader(self._zf), info, size, digest))
        return data


def _checked(reader: _Reader, info: zipfile.ZipInfo, size: int, digest: str) -> Iterator[bytes]:
    """An attachment's chunks, refused when they pass the size the manifest gives or do
    not end with its checksum."""
    hasher = hashlib.sha256()
    seen = 0
    for chunk in reader.chunks(info, MAX_ATTACHMENT_BYTES):
        seen += len(chunk)
        if seen > size:
            raise _checksum_error(info.filename)
        hasher.update(chunk)
        yield chunk
    if seen != size or hasher.hexdigest() != digest:
        raise _checksum_error(info.filename)


def _json(reader: _Reader, info: zipfile.ZipInfo) -> Any:
    data = reader.read(info)
    try:
        return json.loads(data.decode("utf-8"))
    # ValueError covers the decode errors and an integer of over 4,300 digits
    except (ValueError, RecursionError) as error:
        raise _damaged(
            QT_TRANSLATE_NOOP(
                "UserError", "The bundle is damaged: {name} is not valid JSON ({reason})."
            ),
            name=_shown(info.filename),
            reason=str(error)[:120],
        ) from error


def _not_json(name: str, reason: str) -> UserError:
    return _damaged(
        QT_TRANSLATE_NOOP(
            "UserError", "The bundle is damaged: {name} is not valid JSON ({reason})."
        ),
        name=_shown(name),
        reason=reason[:120],
    )


def _invalid(name: str, error: ValidationError) -> UserError:
    first: dict[str, Any] = dict(error.errors()[0]) if error.errors() else {}
    where = ".".join(str(p) for p in first.get("loc", ()))[:80]
    return _damaged(
        QT_TRANSLATE_NOOP(
            "UserError", "The bundle is damaged: {name} does not match the format ({reason})."
        ),
        name=_shown(name),
        reason=f"{where}: {first.get('msg', '')}"[:160],
    )


def read_bundle(path: Path) -> Bundle:
    """Open, check and validate the bundle at ``path``; raise ``UserError`` on any problem."""
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The file {path} does not exist."), path=str(path)
        ) from error
    except (
        zipfile.BadZipFile,
        OSError,
        ValueError,
        EOFError,
        struct.error,
        NotImplementedError,
        RuntimeError,
    ) as error:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "{path} is not a Labinov bundle (not a zip file)."),
            path=str(path),
        ) from error
    with zf:
        return _read(zf, Path(path))


def _read(zf: zipfile.ZipFile, path: Path) -> Bundle:
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _damaged(
            QT_TRANSLATE_NOOP(
                "UserError", "The bundle has too many entries ({count}, at most {limit})."
            ),
            count=len(infos),
            limit=MAX_ENTRIES,
        )
    entries: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        check_name(info)
        if info.filename in entries:
            raise _damaged(
                QT_TRANSLATE_NOOP("UserError", "The bundle is damaged: {name} appears twice."),
                name=_shown(info.filename),
            )
        entries[info.filename] = info
    if fmt.MANIFEST not in entries:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "This file is not a Labinov bundle (no manifest).")
        )
    reader = _Reader(zf)
    raw = _json(reader, entries[fmt.MANIFEST])
    version = raw.get("format_version") if isinstance(raw, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and version > fmt.FORMAT_VERSION:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "This bundle was made by a newer Labinov (format {version}); "
                "please update Labinov to import it.",
            ),
            version=version,
        )
    try:
        manifest = fmt.Manifest.model_validate(raw)
    except ValidationError as error:
        raise _invalid(fmt.MANIFEST, error) from error
    if manifest.tombstones and manifest.format_version < 4:
        raise _damaged(
            QT_TRANSLATE_NOOP(
                "UserError", "The bundle is damaged: {name} does not match the format ({reason})."
            ),
            name=fmt.MANIFEST,
            reason="tombstones: format 4 or later",
        )
    expected = {
        fmt.MANIFEST,
        *manifest.documents,
        *(f"attachments/{a.id}" for a in manifest.attachments),
    }
    for name in entries:
        if name not in expected and name not in _DIRECTORIES:
            raise _damaged(
                QT_TRANSLATE_NOOP("UserError", "The bundle is damaged: unexpected entry {name}."),
                name=_shown(name),
            )
    _check_sizes(manifest)
    attachments: dict[str, tuple[zipfile.ZipInfo, int, str]] = {}
    for entry in manifest.attachments:
        name = f"attachments/{entry.id}"
        if name not in entries:
            raise _missing(name)
        attachments[entry.id] = (entries[name], entry.size, entry.sha256)
    bundle = Bundle(manifest, Attachments(path, attachments))
    adapter = fmt.document_adapter()
    for name in manifest.documents:
        if name not in entries:
            raise _missing(name)
        data = reader.read(entries[name])
        try:
            # pydantic parses the JSON itself: no Python objects for what is refused
            bundle.documents.append(adapter.validate_json(data))
        except ValidationError as error:
            if any(e.get("type") == "json_invalid" for e in error.errors()):
                raise _not_json(name, error.errors()[0].get("msg", "")) from error
            raise _invalid(name, error) from error
        except (RecursionError, UnicodeDecodeError, ValueError) as error:
            raise _not_json(name, str(error)) from error
    for info, size, digest in attachments.values():
        for _ in _checked(reader, info, size, digest):
            pass  # counted and hashed, not kept
    bundle.numbers_to_check = upgrade_documents(bundle.documents, manifest.format_version)
    return bundle


def _check_sizes(manifest: fmt.Manifest) -> None:
    """Refuse what the manifest itself says is too large before reading any of it (the
    running counts catch a manifest that lies)."""
    for entry in manifest.attachments:
        if entry.size > MAX_ATTACHMENT_BYTES:
            raise _too_large(f"attachments/{entry.id}", MAX_ATTACHMENT_BYTES)
    if sum(entry.size for entry in manifest.attachments) > MAX_TOTAL_BYTES:
        raise _too_large_total()


def _missing(name: str) -> UserError:
    return _damaged(
        QT_TRANSLATE_NOOP("UserError", "The bundle is damaged: {name} is listed but missing."),
        name=_shown(name),
    )


def rows_of(bundle: Bundle) -> dict[str, dict[str, Row]]:
    """All rows of the bundle by table and id, the columns a row leaves out filled with
    their defaults (duplicates across documents must agree); a listed attachment whose
    file is missing is refused."""
    out: dict[str, dict[str, Row]] = {}
    for document in bundle.documents:
        for table_name, rows in document["tables"].items():
            bucket = out.setdefault(table_name, {})
            missing = fmt.defaults(table_name)
            complete = fmt.column_count(table_name)
            for values in rows:
                if len(values) < complete:  # no unknown keys (validated): some left out
                    for name, make in missing:
                        if name not in values:
                            values[name] = make()
                previous = bucket.get(values["id"])
                if previous is not None and previous != values:
                    raise _damaged(
                        QT_TRANSLATE_NOOP(
                            "UserError",
                            "The bundle is damaged: row {id} of {table} differs between copies.",
                        ),
                        id=values["id"],
                        table=table_name,
                    )
                bucket[values["id"]] = values
    for attachment_id in out.get("attachment", {}):  # every picture's bytes are there
        if attachment_id not in bundle.attachments:
            raise _missing(f"attachments/{attachment_id}")
    return out
