"""Language choice and a Qt-free reader of the translation catalogue for the CLI.

The GUI loads the compiled ``.qm`` files with ``QTranslator``; the CLI must not import Qt,
so it reads the ``.ts`` sources (small XML) for the few messages it prints.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from labinov.paths import resource

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"


def system_language() -> str:
    """English when the system says so, otherwise Indonesian (the users' language)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "en" if value.lower().startswith("en") else DEFAULT_LANGUAGE
    import locale  # rarely reached: the variables above are set on most systems

    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "en" if code.lower().startswith("en") else DEFAULT_LANGUAGE


def saved_language(data_dir: Path) -> str | None:
    """The language chosen in View ▸ Language (``settings.ini``, written by QSettings)."""
    import configparser  # the CLI's; imported here, not by the GUI's start

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(data_dir / "settings.ini", encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None
    value = parser.get("ui", "language", fallback="").strip()
    return value if value in LANGUAGES else None


def translations_dir() -> Path:
    return resource("translations")


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET  # the CLI's reader; not the GUI's start

    path = translations_dir() / f"labinov_{language}.ts"
    if language == "en" or not path.is_file():
        return {}
    entries: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or not node.text:
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            entries[(name, source)] = node.text
    return entries


def translator(language: str):
    """A ``translate(context, text)`` function for ``language`` without Qt."""
    catalogue = _catalogue(language)

    def translate(context: str, text: str) -> str:
        return catalogue.get((context, text), text)

    return translate
