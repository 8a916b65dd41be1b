"""Size of a one-folder bundle by component: what each library costs.

    python3 tools/bundle_size.py dist/labinov [other/dist/labinov]

Files under ``_internal`` are grouped by what they belong to (a Qt library, a Python
package, the interpreter); the Python modules packed inside each executable's archive
(PYZ) are grouped by top-level package with their compressed size. Two folders: side by
side, with the difference.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

_QT_LIB = re.compile(r"lib(Qt6\w+?)\.so|(Qt6?\w+?)\d?\.dll|(Qt\w+)\.framework")


def _component(relative: Path) -> str:
    parts = relative.parts
    name = relative.name
    if parts[0] in ("resources", "ui"):
        return f"labinov {parts[0]}/"
    if parts[0] == "labinov":
        return "labinov (migrations)"
    if parts[0] in ("PySide6", "shiboken6"):
        if "plugins" in parts:
            return f"Qt plugins: {parts[parts.index('plugins') + 1]}"
        if "translations" in parts:
            return "Qt translations"
        match = _QT_LIB.search(name)
        if match:
            return "Qt " + next(g for g in match.groups() if g).removeprefix("Qt6")
        if name.startswith(("libicu", "icu")):
            return "Qt ICU (unicode data)"
        if name.endswith((".so", ".pyd")) and parts[0] == "PySide6":
            return "PySide6 bindings"
        return f"{parts[0]} other"
    if name.startswith(("libpython", "python3")) or parts[0] in ("lib-dynload", "base_library.zip"):
        return "Python runtime"
    if parts[0].startswith("python3") and len(parts) > 1 and parts[1] == "lib-dynload":
        return "Python runtime"
    if len(parts) > 1:
        return re.sub(r"[-.].*", "", parts[0]).lower()  # a package's folder (binaries, data)
    return f"shared libraries ({name.split('.so')[0]})" if ".so" in name else "other"


def _pyz_sizes(executable: Path) -> Counter[str]:
    from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader

    sizes: Counter[str] = Counter()
    try:
        archive = CArchiveReader(str(executable))
    except Exception:
        return sizes
    for name, entry in archive.toc.items():
        if entry[-1] == "z":  # the PYZ of Python modules
            pyz = ZlibArchiveReader(f"{executable}?{archive._start_offset + entry[0]}")
            for module, item in pyz.toc.items():
                sizes["python: " + module.split(".")[0]] += item[-1]
        else:
            sizes["executable: " + name] += entry[1]
    return sizes


def measure(folder: Path) -> Counter[str]:
    sizes: Counter[str] = Counter()
    internal = folder / "_internal"
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        if path.parent == folder:  # the programs: their archive, by package
            sizes[f"program {path.name} (total)"] += path.stat().st_size
            continue
        sizes[_component(path.relative_to(internal))] += path.stat().st_size
    for program in folder.iterdir():
        if program.is_file():
            sizes.update(_pyz_sizes(program))
            break  # the programs carry the same archive: count it once
    return sizes


def main(folders: list[str]) -> int:
    measured = [measure(Path(f)) for f in folders]
    keys = sorted(set().union(*measured), key=lambda k: -max(m[k] for m in measured))
    mb = 1 / (1024 * 1024)
    head = "".join(f"{Path(f).parent.parent.name or f:>14}" for f in folders)
    print(f"{'component':<44}{head}" + ("      change" if len(folders) == 2 else ""))
    for key in keys:
        row = "".join(f"{m[key] * mb:>12.1f}MB" for m in measured)
        if len(measured) == 2:
            row += f"{(measured[0][key] - measured[1][key]) * mb:>+11.1f}MB"
        print(f"{key[:43]:<44}{row}")
    totals = [sum(s.stat().st_size for s in Path(f).rglob("*") if s.is_file()) for f in folders]
    print(f"{'TOTAL on disk':<44}" + "".join(f"{t * mb:>12.1f}MB" for t in totals))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
