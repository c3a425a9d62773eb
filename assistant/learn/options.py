"""The options of `suyuan train` and `suyuan bench squad`, in one place for the CLI and for
`python -m assistant.learn.train` / `python -m assistant.learn.squad_side`. Kept free of
heavy imports: the CLI builds every parser on each call. A path left as None means the
module's own default (build.CACHE, selector.WEIGHTS, drcd.DEFAULT_DIR)."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_train_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--train-questions", type=int, default=1500, help="DRCD train-split questions to fit on")
    parser.add_argument("--heldout-questions", type=int, default=700, help="DRCD held-out questions to report on")
    parser.add_argument("--news-questions", type=int, default=800, help="figure questions generated from news_part_a")
    parser.add_argument("--cache", type=Path, help="folder of cached feature rows (default ~/.cache/suyuan-train)")
    parser.add_argument("--out", type=Path, help="weight file to write (default assistant/answer/selector_weights.json)")
    parser.add_argument("--drcd", type=Path, help="DRCD folder (default ../shared/train/drcd)")
    parser.add_argument("--no-dense", action="store_true", help="leave out the e5 similarity features (no encoder needed)")
    return parser


def add_squad_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("file", type=Path, help="a SQuAD-format JSON file (DRCD, CMRC 2018, ...)")
    parser.add_argument("--split", choices=["train", "heldout"], help="only this side of the DRCD article split")
    parser.add_argument("--limit", type=int, help="ask only the first N questions")
    parser.add_argument("--weights", type=Path, help="a selector weight file instead of the committed one")
    parser.add_argument("--json", action="store_true")
    return parser
