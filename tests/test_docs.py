"""Every command and setting is documented in the README (a missing doc fails the build)."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from eventwire import config
from eventwire.cli.main import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_commands() -> None:
    blocks = re.findall(r"```bash\n(.*?)```", README, flags=re.S)
    assert "eventwire ingest samples/" in blocks[0] and "pip install -e ." in blocks[0]
    assert 'pip install -e ".[dev]"' in blocks[1] and "pytest" in blocks[1]
    assert README.index(blocks[0]) < README.index("**eventwire**")


def test_every_command_and_option_is_documented() -> None:
    group = typer.main.get_command(app)
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        assert f"eventwire {name}" in README, f"command {name} lacks docs"
        for param in cmd.params:
            for opt in param.opts:
                if opt.startswith("--") and opt not in ("--help",):
                    assert opt in README, f"option {opt} of {name} lacks docs"


def test_every_setting_is_documented() -> None:
    for var in set(re.findall(r"EVENTWIRE_[A-Z_]+", Path(config.__file__).read_text())):
        assert var in README, f"{var} lacks docs"
