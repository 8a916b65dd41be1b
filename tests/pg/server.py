"""A throwaway PostgreSQL cluster for the tests: ``python3 -m tests.pg.server start DIR``
prints its URL, ``stop DIR`` stops it and removes DIR.

Debian keeps ``initdb``/``pg_ctl`` in ``/usr/lib/postgresql/<version>/bin``, off the PATH;
when none is found and we are root, Debian's ``postgresql`` is installed with apt-get.
PostgreSQL refuses to run as root, so as root the cluster belongs to the system user
``labinov-pg`` (created when missing) and its commands run through ``runuser``. The server
listens on a free loopback port (password login, so tests can try a wrong one) and on a
Unix socket inside DIR; fsync is off: the cluster lives only as long as the test run
(the benchmarks start theirs with ``durable=True``).
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import sys
from pathlib import Path

USER = "labinov-pg"
SUPERUSER = "labinov"


def find_bin_dir() -> Path | None:
    """The folder with ``initdb`` and ``pg_ctl``: Debian's versioned folders first."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True
    )
    for folder in candidates:
        if Path(folder, "initdb").exists() and Path(folder, "pg_ctl").exists():
            return Path(folder)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(os.path.realpath(initdb)).parent
    return None


def ensure_binaries() -> Path:
    found = find_bin_dir()
    if found is not None:
        return found
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        raise RuntimeError("PostgreSQL server binaries not found (apt-get install postgresql)")
    quiet = {
        "stdout": subprocess.DEVNULL,
        "env": {**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
    }
    subprocess.run(["apt-get", "update", "-qq"], check=True, **quiet)
    subprocess.run(["apt-get", "install", "-y", "-qq", "postgresql"], check=True, **quiet)
    found = find_bin_dir()
    if found is None:
        raise RuntimeError("apt-get installed postgresql but initdb/pg_ctl are not there")
    return found


def _as_owner(command: list[str]) -> list[str]:
    """Run as ``labinov-pg`` when we are root (PostgreSQL refuses root)."""
    if os.geteuid() != 0:
        return command
    if subprocess.run(["id", "-u", USER], capture_output=True).returncode != 0:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER],
            check=True,
        )
    return ["runuser", "-u", USER, "--", *command]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(folder: Path, durable: bool = False) -> str:
    """Create and start a cluster in ``folder``; return a SQLAlchemy URL of its superuser.
    ``durable``: fsync and synchronous commits on, as a real server (the benchmarks)."""
    bin_dir = ensure_binaries()
    folder.mkdir(parents=True, exist_ok=True)
    data, password = folder / "data", secrets.token_hex(12)
    (folder / "pwfile").write_text(password + "\n", encoding="ascii")
    if os.geteuid() == 0:
        _as_owner(["true"])  # creates the user
        shutil.chown(folder, USER)
        shutil.chown(folder / "pwfile", USER)
    folder.chmod(0o755)
    subprocess.run(
        _as_owner(
            [
                str(bin_dir / "initdb"),
                "-D", str(data), "-U", SUPERUSER, "--pwfile", str(folder / "pwfile"),
                "--auth-host=scram-sha-256", "--auth-local=scram-sha-256",
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
            ]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    (folder / "pwfile").unlink()
    port = _free_port()
    options = (
        f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={folder}"
        " -c max_connections=200"
    )
    if not durable:  # the tests' cluster lives only as long as the run
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    subprocess.run(
        _as_owner(
            [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-o", options,
             "-w", "-t", "60", "start"]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"postgresql+psycopg://{SUPERUSER}:{password}@127.0.0.1:{port}/postgres"
    (folder / "url").write_text(url, encoding="ascii")
    return url


def stop(folder: Path) -> None:
    """Stop the cluster of ``folder`` (if running) and remove the folder."""
    bin_dir = find_bin_dir()
    if bin_dir is not None and (folder / "data" / "postmaster.pid").exists():
        subprocess.run(
            _as_owner(
                [str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-m", "fast", "-w", "stop"]
            ),
            stdout=subprocess.DEVNULL,
            check=False,
        )
    shutil.rmtree(folder, ignore_errors=True)


def _pg_ctl(folder: Path, *args: str) -> None:
    bin_dir = ensure_binaries()
    subprocess.run(
        _as_owner([str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), *args]),
        check=True,
        capture_output=True,  # restart's "PID file does not exist" after a crash is expected
    )


def crash(folder: Path) -> None:
    """``pg_ctl stop -m immediate``: every server process quits at once, nothing is flushed
    or rolled back cleanly (the fault trials); the next start recovers from the WAL."""
    _pg_ctl(folder, "-m", "immediate", "-w", "stop")


def restart(folder: Path) -> None:
    """Start the cluster of ``folder`` again with the options it had (``postmaster.opts``)."""
    _pg_ctl(folder, "-l", str(folder / "log"), "-w", "-t", "60", "restart")


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print("usage: python3 -m tests.pg.server start|stop DIR", file=sys.stderr)
        return 2
    folder = Path(argv[1]).resolve()
    if argv[0] == "start":
        try:
            print(start(folder))
        except (RuntimeError, OSError, subprocess.CalledProcessError) as error:
            print(f"PostgreSQL did not start: {error}", file=sys.stderr)
            log = folder / "log"
            if log.exists():
                print(log.read_text(encoding="utf-8", errors="replace")[-2000:], file=sys.stderr)
            return 1
        return 0
    stop(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
