"""Refresh GraphiQL's vendored files from the npm registry: ``make graphiql-assets``.

Change a pin in ``leadhub/graphql/graphiql/assets.py``, run this, commit what changed.
``npm pack`` downloads each package's tarball and checks it against the integrity
hash the registry publishes; the pinned files and the package's licence are copied
out of it into ``static/<package>@<version>/``, and folders of other versions removed.
"""

import json
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from leadhub.graphql.graphiql.assets import STATIC, VENDORED, VendoredPackage


def main() -> None:
    with tempfile.TemporaryDirectory() as downloads:
        for package in VENDORED:
            _vendor(package, _pack(package, Path(downloads)))
    pinned = {package.folder for package in VENDORED}
    for folder in STATIC.iterdir():
        if folder.is_dir() and folder.name not in pinned:
            shutil.rmtree(folder)
            print(f"removed {folder.name}")


def _pack(package: VendoredPackage, downloads: Path) -> Path:
    """The package's tarball, downloaded and checked by npm."""
    packed = subprocess.run(
        ["npm", "pack", f"{package.name}@{package.version}", "--json"],
        cwd=downloads,
        check=True,
        capture_output=True,
        text=True,
    )
    [tarball] = json.loads(packed.stdout)
    filename: str = tarball["filename"]
    return downloads / filename


def _vendor(package: VendoredPackage, tarball: Path) -> None:
    target = STATIC / package.folder
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    with tarfile.open(tarball) as archive:
        for file in (*package.files, package.licence):
            member = archive.extractfile(f"package/{file}")
            if member is None:
                raise SystemExit(f"{package.folder} has no file {file}")
            (target / PurePosixPath(file).name).write_bytes(member.read())
    print(f"vendored {package.folder}: {', '.join(package.files)}")


if __name__ == "__main__":
    main()
