#!/usr/bin/env python3
"""Checks the core's layering: no core file includes ImGui, SDL, Emscripten, Boost or
anything from ui/, platform/ or server/, every core file lies in one of the folders below,
and a folder includes only itself and the folders before it in LAYERS (README, section
"Architecture"). Usage: core_layers.py CORE_DIR; prints each violation, exits 1 if any."""
import pathlib
import re
import sys

# Lowest first: each folder may include itself and those before it.
LAYERS = ["text", "model", "io", "geo", "analysis", "voting", "import", "export", "sample"]
FORBIDDEN = re.compile(r'^[<"](imgui|SDL|emscripten|boost/|ui/|platform/|server/|GL/|GLES)', re.IGNORECASE)
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"][^>"]+[>"])', re.MULTILINE)
SOURCES = {".hpp", ".cpp", ".h", ".inc"}


def violations(core: pathlib.Path):
    for path in sorted(p for p in core.rglob("*") if p.suffix in SOURCES):
        name = path.relative_to(core.parent).as_posix()
        folder = path.relative_to(core).parts[0] if len(path.relative_to(core).parts) > 1 else None
        if folder not in LAYERS:
            yield f"{name} lies outside the core's folders ({', '.join(LAYERS)})"
            continue
        for target in INCLUDE.findall(path.read_text(encoding="utf-8")):
            if FORBIDDEN.match(target):
                yield f"{name} includes {target[1:-1]}: the core may not use UI, platform or server code"
                continue
            used = re.match(r'"core/([^/"]+)/', target)
            if used and (used.group(1) not in LAYERS or LAYERS.index(used.group(1)) > LAYERS.index(folder)):
                yield f"{name} includes {target[1:-1]}: core/{folder} may use only " + \
                      ", ".join(f"core/{l}" for l in LAYERS[:LAYERS.index(folder) + 1])


def main():
    found = list(violations(pathlib.Path(sys.argv[1])))
    for v in found:
        print(v)
    print(f"{len(found)} layering violation(s)" if found else "The core's layering holds.")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
