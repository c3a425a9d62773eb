from assistant.config import Settings
from support import ROOT


def test_every_setting_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [f"SUYUAN_{name.upper()}" for name in Settings.model_fields if f"`SUYUAN_{name.upper()}`" not in readme]
    assert missing == []


def test_environment_is_read_and_flags_win(monkeypatch):
    from assistant.cli import build_parser, settings_from

    monkeypatch.setenv("SUYUAN_TOP_K", "7")
    monkeypatch.setenv("SUYUAN_CHUNK_TOKENS", "300")
    args = build_parser().parse_args(["ask", "q", "-k", "3"])
    s = settings_from(args)
    assert s.top_k == 3 and s.chunk_tokens == 300


def test_readme_quick_start_is_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Quick start", 1)[1].split("```")[1]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["make run", "make test"]
