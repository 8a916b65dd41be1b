"""The timer's audible end: a three-note chime loud enough for a workshop room.

``QApplication.beep()`` is silent on most Linux desktops and laptops without a system
bell, and QtMultimedia is not in the PySide6 Essentials wheel. So the chime is a small WAV
made with the standard library and played by what every desktop has: ``winsound`` on
Windows, ``afplay`` on macOS, ``paplay``/``pw-play``/``aplay`` on Linux. Without any of
them, the system beep is the fallback. Playing never blocks the UI.
"""

from __future__ import annotations

import math
import shutil
import struct
import subprocess
import sys
import tempfile
import wave
from collections.abc import Callable
from pathlib import Path

RATE = 22050
NOTES = ((880.0, 0.28), (1175.0, 0.28), (1568.0, 0.6))  # A5, D6, G6: rising, then held
LINUX_PLAYERS = ("paplay", "pw-play", "aplay")


def write_chime(path: Path) -> Path:
    """Write the chime as 16-bit mono PCM (a soft attack and decay on each note)."""
    frames = bytearray()
    for frequency, seconds in NOTES:
        count = int(RATE * seconds)
        for i in range(count):
            envelope = min(1.0, i / (RATE * 0.01)) * (1 - i / count) ** 1.5
            sample = 0.6 * envelope * math.sin(2 * math.pi * frequency * i / RATE)
            frames += struct.pack("<h", int(sample * 32767))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))
    return path


def chime_file() -> Path:
    path = Path(tempfile.gettempdir()) / "labinov-chime.wav"
    if not path.exists():
        write_chime(path)
    return path


def player_command(which: Callable[[str], str | None] = shutil.which) -> list[str] | None:
    """The command that plays a WAV here, or None (Windows uses ``winsound`` instead)."""
    names = ("afplay",) if sys.platform == "darwin" else LINUX_PLAYERS
    for name in names:
        found = which(name)
        if found:
            return [found]
    return None


def play_chime(fallback: Callable[[], None]) -> None:
    """Play the chime without waiting for it; ``fallback`` (the system beep) when nothing
    here can play sound or playing fails to start."""
    try:
        path = chime_file()
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
            return
        command = player_command()
        if command is not None:
            subprocess.Popen(
                [*command, str(path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            return
    except (OSError, RuntimeError):
        pass
    fallback()
