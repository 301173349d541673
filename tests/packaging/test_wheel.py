"""The built wheel works on its own: installed in a fresh venv, run from an empty folder.

This catches data left out of the wheel and anything that only works inside the checkout.
To keep it to seconds, the fresh venv gets srg-guide from the wheel and its dependencies
from the test environment (a ``.pth`` line), not from a package index.
"""

from __future__ import annotations

import os
import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin/ folder of a fresh venv with the wheel installed."""
    root = tmp_path_factory.mktemp("wheel")
    dist, env = root / "dist", root / "venv"
    build = [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(REPO)]
    subprocess.run(build, check=True, capture_output=True)
    [wheel] = dist.glob("srg_guide-*.whl")
    venv.create(env)
    bin_dir = env / "bin"
    [target] = (env / "lib").glob("python3*/site-packages")
    (target / "_test_dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    pip = [sys.executable, "-m", "pip", "--python", str(bin_dir / "python"), "install", "--no-deps"]
    subprocess.run([*pip, str(wheel)], check=True, capture_output=True)
    return bin_dir


def _run(bin_dir: Path, folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run bin_dir/args[0] in ``folder`` with none of the checkout's settings around."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SRG_GUIDE_", "PYTHON"))}
    env.update(SRG_GUIDE_HOME=str(folder / ".home"), SRG_GUIDE_CACHE=str(folder / ".cache"))
    return subprocess.run(
        [str(bin_dir / args[0]), *args[1:]], cwd=folder, env=env, capture_output=True, text=True
    )


def test_the_installed_wheel_works_from_an_empty_folder(installed: Path, tmp_path: Path) -> None:
    version = _run(installed, tmp_path, "srg-guide", "--version")
    assert version.returncode == 0, version.stderr
    located = _run(
        installed, tmp_path, "python", "-c", "import srg_guide; print(srg_guide.__file__)"
    )
    assert str(installed.parent) in located.stdout, "srg_guide komt niet uit het wheel"

    tree = _run(installed, tmp_path, "srg-guide", "tree", "test")
    assert tree.returncode == 0, tree.stdout + tree.stderr
    assert "scenario's geslaagd" in tree.stdout

    present = _run(installed, tmp_path, "srg-guide", "present", "--help")
    assert present.returncode == 0 and "--scenario" in present.stdout

    sample = _run(
        installed,
        tmp_path,
        "python",
        "-c",
        "from srg_guide.locations import bundled_sample as b; print(b())",
    ).stdout.strip()
    assert sample.startswith(str(installed.parent)), sample
    check = _run(installed, tmp_path, "srg-guide", "check", sample)
    assert check.returncode in (0, 1), check.stdout + check.stderr

    site_run = _run(installed, tmp_path, "srg-guide", "export", "site", "site")
    assert site_run.returncode == 0, site_run.stderr
    assert (tmp_path / "site" / "index.html").is_file()
