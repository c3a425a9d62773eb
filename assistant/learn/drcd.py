"""DRCD (Delta Reading Comprehension Dataset, CC BY-SA 3.0) in simplified Chinese, split by
article into train and held-out parts that never share a Wikipedia article.

Read from ../shared/train/drcd/ (never copied into the repository); converted with OpenCC
(`opencc` package, dictionaries bundled in the wheel, no download).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from assistant.bench import squad

DEFAULT_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "train" / "drcd"
FILES = ("DRCD_dev.json", "DRCD_test.json")
HELDOUT_SHARE = 0.2
SEED = "suyuan-drcd-1"


def split_of(title: str, seed: str = SEED, heldout: float = HELDOUT_SHARE) -> str:
    """'train' or 'heldout' for an article, fixed by a hash of its title and the seed."""
    digest = hashlib.sha256(f"{seed}|{title}".encode()).digest()
    return "heldout" if int.from_bytes(digest[:4], "big") / 2**32 < heldout else "train"


def converter():
    try:
        import opencc
    except ImportError as exc:  # a training-only dependency
        raise SystemExit("DRCD is traditional Chinese: pip install -c constraints.txt opencc") from exc
    return opencc.OpenCC("t2s")


def load(directory: Path = DEFAULT_DIR, files=FILES) -> tuple[list[squad.Paragraph], list[squad.Question], dict]:
    """Paragraphs and questions of every file in simplified Chinese, and each paragraph's split."""
    convert = converter().convert
    paragraphs, questions, split = [], [], {}
    for name in files:
        ps, qs = squad.load(Path(directory) / name)
        for p in ps:
            p = replace(p, title=convert(p.title), context=convert(p.context))
            split[p.id] = split_of(p.title)
            paragraphs.append(p)
        questions.extend(replace(q, text=convert(q.text), answers=tuple(convert(a) for a in q.answers)) for q in qs)
    return paragraphs, questions, split


def squad_split(path: Path, which: str) -> tuple[list[squad.Paragraph], list[squad.Question]]:
    """A SQuAD-format file limited to one split of its articles (`which` is 'train' or
    'heldout'); traditional Chinese text is converted when OpenCC is installed."""
    ps, qs = squad.load(path)
    try:
        convert = converter().convert
    except SystemExit:
        convert = str
    keep = {p.id for p in ps if split_of(convert(p.title)) == which}
    ps = [replace(p, title=convert(p.title), context=convert(p.context)) for p in ps if p.id in keep]
    qs = [replace(q, text=convert(q.text), answers=tuple(convert(a) for a in q.answers)) for q in qs if q.paragraph in keep]
    return ps, qs
