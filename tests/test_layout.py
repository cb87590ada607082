"""The source layout: platform/ is a source root that must not shadow the stdlib."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_platform_is_a_source_root_not_a_package() -> None:
    assert not (ROOT / "platform" / "__init__.py").exists()
    assert (ROOT / "platform" / "leadhub" / "__init__.py").exists()


def test_stdlib_platform_still_imports_from_the_repo_root() -> None:
    # given the repo root as the working directory (first on sys.path)
    result = subprocess.run(
        [sys.executable, "-c", "import platform; print(platform.system())"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    # then the standard library module answers, not the folder
    assert result.stdout.strip() == __import__("platform").system()
