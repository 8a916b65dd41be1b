"""Developer tool for the Qt catalogues (run from the checkout; needs PySide6's tools).

Source strings are English (``self.tr()``, ``QT_TRANSLATE_NOOP``); Indonesian lives in
``resources/translations/labinov_id.ts``, compiled to ``.qm`` by ``pyside6-lrelease``.
``labinov_en.ts`` holds only the English plural forms ("1 word", "2 words"). Qt's own texts
our windows show are marked in ``labinov/gui/qt_texts.py``. The app itself only loads the
``.qm`` files (``labinov.gui.translations.install``).

    python3 tools/translations.py update   # lupdate every source into the .ts files
    python3 tools/translations.py release  # lrelease the .ts files into .qm
    python3 tools/translations.py missing  # list messages lacking a translation (exit 1)
    python3 tools/translations.py fill F [LANG]  # set texts from JSON {context: {source:
                                                 # text, or [forms] for plurals}}
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CHECKOUT_DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(CHECKOUT_DIR))  # the checkout's package, not an installed one

from labinov.i18n import LANGUAGES  # noqa: E402
from labinov.paths import resource  # noqa: E402

PACKAGE_DIR = CHECKOUT_DIR / "labinov"


def ts_path(language: str) -> Path:
    return resource("translations", f"labinov_{language}.ts")


def source_files() -> list[Path]:
    sources = sorted(PACKAGE_DIR.rglob("*.py"))
    sources += sorted((CHECKOUT_DIR / "ui").glob("*.ui"))
    return [path for path in sources if "__pycache__" not in path.parts]


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    candidate = Path(sys.executable).with_name(name)
    if candidate.exists():
        return str(candidate)
    raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[test]')")


def lupdate(target: Path) -> None:
    """Merge every marked string of the sources into ``target`` (kept translations stay)."""
    files = [str(path) for path in source_files()]
    plural_only = ["-pluralonly"] if target.name.endswith("_en.ts") else []
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            *plural_only,
            *files,
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
    )


def lrelease(source: Path, target: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), str(source), "-qm", str(target)],
        check=True,
        capture_output=True,
    )


def missing(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of every message with no finished translation."""
    result = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            text = (node.text or "") if node is not None else ""
            if node is not None and message.get("numerus") == "yes":
                text = "".join(form.text or "" for form in node.iter("numerusform"))
            if node is None or not text.strip() or node.get("type") == "unfinished":
                result.append((name, message.findtext("source") or ""))
    return result


def fill(ts_file: Path, translations: dict[str, dict[str, str]]) -> int:
    """Set the translation of each (context, source) found in ``translations``."""
    tree = ET.parse(ts_file)
    filled = 0
    for context in tree.getroot().iter("context"):
        texts = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if source in texts:
                node = message.find("translation")
                if node is None:
                    node = ET.SubElement(message, "translation")
                node.attrib.pop("type", None)
                if message.get("numerus") == "yes":  # Indonesian has one form, English two
                    for child in list(node):
                        node.remove(child)
                    forms = texts[source]
                    for form in [forms] if isinstance(forms, str) else forms:
                        ET.SubElement(node, "numerusform").text = form
                    node.text = None
                else:
                    node.text = texts[source]
                filled += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    lupdate(ts_file)  # back to lupdate's own layout
    return filled


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    languages = list(LANGUAGES)
    if command == "update":
        for language in languages:
            lupdate(ts_path(language))
    elif command == "release":
        for language in languages:
            lrelease(ts_path(language), ts_path(language).with_suffix(".qm"))
    elif command == "fill":
        table = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        language = argv[2] if len(argv) > 2 else "id"
        print(f"{fill(ts_path(language), table)} messages filled in {ts_path(language).name}")
    elif command == "missing":
        gaps = [gap for language in languages for gap in missing(ts_path(language))]
        for context, source in gaps:
            print(f"{context}: {source}")
        return 1 if gaps else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
