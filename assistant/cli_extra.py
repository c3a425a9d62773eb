"""Commands beyond index/ask/eval: fact-checking, briefings, benchmarks."""

COMMANDS: dict = {}


def add_commands(sub, common) -> None:
    return None
