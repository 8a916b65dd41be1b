"""Fixtures of the server GUI tests: the system keyring's stand-in and a fresh database at
head on the test server."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest
from keyring.backend import KeyringBackend

from tests.pg.fixtures import create_database, drop_database


class MemoryKeyring(KeyringBackend):
    """The system keyring's stand-in: the same ``keyring`` API, kept in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    import keyring

    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)


@pytest.fixture
def server_db(pg_server: str, pg_template: str) -> Iterator[str]:
    name = f"c_{secrets.token_hex(6)}"
    yield create_database(pg_server, name, template=pg_template)
    drop_database(pg_server, name)
