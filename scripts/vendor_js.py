"""Copy the web UI's JavaScript libraries from their released npm packages into the package.

The UI has no build step and loads nothing from a CDN: the exact files a release ships are kept
under ``src/detente/web/static/vendor/<dir>/`` with their licences, and ``vendor.json`` records
for each package its version, licence, the tarball's integrity and the sha256 of every copied
file (``tests/web/test_vendor.py`` checks the files still match).

    .venv/bin/python scripts/vendor_js.py            # fetch the versions in vendor.json (npm pack)
    .venv/bin/python scripts/vendor_js.py --check    # only verify the copied files (no network)

To upgrade a library, change its ``version`` in vendor.json and run the script.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parents[1] / "src" / "detente" / "web" / "static" / "vendor"
MANIFEST = VENDOR / "vendor.json"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch(package: dict, work: Path) -> dict:
    spec = f"{package['name']}@{package['version']}"
    out = subprocess.run(
        ["npm", "pack", spec, "--json", "--pack-destination", str(work)],
        check=True,
        capture_output=True,
        text=True,
        cwd=work,
    )
    packed = json.loads(out.stdout)[0]
    with tarfile.open(work / packed["filename"]) as tar:
        tar.extractall(work / "x", filter="data")
    root = work / "x" / "package"
    target = VENDOR / package["dir"]
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    hashes = {}
    for source, name in package["files"].items():
        shutil.copyfile(root / source, target / name)
        hashes[name] = sha256(target / name)
    return {**package, "integrity": packed["integrity"], "sha256": hashes}


def check(manifest: dict) -> list[str]:
    problems = []
    for package in manifest["packages"]:
        for name, digest in package.get("sha256", {}).items():
            path = VENDOR / package["dir"] / name
            if not path.is_file():
                problems.append(f"{path}: missing")
            elif sha256(path) != digest:
                problems.append(f"{path}: sha256 differs from vendor.json")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="verify only; fetch nothing")
    args = parser.parse_args()
    manifest = json.loads(MANIFEST.read_text("utf-8"))
    if not args.check:
        with tempfile.TemporaryDirectory() as tmp:
            packages = []
            for package in manifest["packages"]:
                work = Path(tmp) / package["dir"]
                work.mkdir()
                packages.append(fetch(package, work))
        manifest["packages"] = packages
        MANIFEST.write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    problems = check(manifest)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
