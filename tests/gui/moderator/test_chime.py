"""The timer's chime: a real WAV, played by the desktop's player, the beep as fallback."""

from __future__ import annotations

import sys
import wave
from pathlib import Path

import pytest

from labinov.gui.moderator import chime


def test_chime_is_a_playable_wav_of_about_a_second(tmp_path: Path) -> None:
    path = chime.write_chime(tmp_path / "chime.wav")
    with wave.open(str(path)) as read:
        assert (read.getnchannels(), read.getsampwidth(), read.getframerate()) == (1, 2, 22050)
        seconds = read.getnframes() / read.getframerate()
        frames = read.readframes(read.getnframes())
    assert 1.0 < seconds < 1.4
    loudest = max(
        abs(int.from_bytes(frames[i : i + 2], "little", signed=True))
        for i in range(0, len(frames), 2)
    )
    assert loudest > 10000  # audible, not silence


def test_first_linux_player_found_is_used() -> None:
    if sys.platform in ("darwin", "win32"):
        pytest.skip("Linux players")
    found = {"aplay": "/usr/bin/aplay", "pw-play": "/usr/bin/pw-play"}
    assert chime.player_command(found.get) == ["/usr/bin/pw-play"]
    assert chime.player_command(lambda _name: None) is None


def test_played_without_waiting_or_beep_when_nothing_can_play(monkeypatch) -> None:
    if sys.platform == "win32":
        pytest.skip("winsound plays it on Windows")
    started: list[list[str]] = []
    beeps: list[bool] = []
    monkeypatch.setattr(chime, "player_command", lambda: ["/usr/bin/aplay"])
    monkeypatch.setattr(chime.subprocess, "Popen", lambda args, **_kw: started.append(args))
    chime.play_chime(lambda: beeps.append(True))
    assert started == [["/usr/bin/aplay", str(chime.chime_file())]] and not beeps

    monkeypatch.setattr(chime, "player_command", lambda: None)
    chime.play_chime(lambda: beeps.append(True))
    assert beeps == [True]

    def broken(*_args, **_kw):  # type: ignore[no-untyped-def]
        raise OSError("no audio device")

    monkeypatch.setattr(chime, "player_command", lambda: ["/usr/bin/aplay"])
    monkeypatch.setattr(chime.subprocess, "Popen", broken)
    chime.play_chime(lambda: beeps.append(True))
    assert beeps == [True, True]
