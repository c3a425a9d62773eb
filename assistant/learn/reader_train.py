"""`python -m assistant.learn.reader_train`: train the reader (answer/reader.py) and write
`assistant/answer/reader_weights.safetensors`.

Data: the selector's candidate rows (learn/build.py: the rules' best sentences of the passages
a BM25 search returns, each labelled by whether it holds a gold answer, once with the gold
paragraph indexed and once without it) for DRCD questions and figure questions generated from
news_part_a, plus each figure question with one qualifier changed (learn/tempting.py) against
its own gold sentence, labelled 0: the near miss a shared phrase makes tempting.

Only articles on the reader's side of a fixed hash split (`reader_side`) are read here; the
selector fits on the other side (learn/train.py), so the reader column it learns to weigh is
the reader's score on articles the reader never saw. DRCD's held-out articles report both.

Low-rank (LoRA) changes to the top layers of the bundled e5 encoder and a linear head are the
only trained weights; the rest stays frozen, so a run takes minutes on two cores and the file
stays small. Fixed seeds: the same data gives the same file.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from pathlib import Path

import numpy as np

from assistant.answer import reader
from assistant.learn import build, drcd, news_figures, tempting

SIDE_SEED = "suyuan-reader-1"
RANK, ALPHA, TOP = 16, 32, 4
TARGETS = ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
           "intermediate.dense", "output.dense")
NEGATIVES_WITH, NEGATIVES_WITHOUT = 4, 2


def reader_side(article: str) -> bool:
    """Half of the training articles are the reader's; the selector fits on the others."""
    return drcd.split_of(article, SIDE_SEED, 0.5) == "heldout"


def pairs_of(record: dict, rng: random.Random) -> list[tuple[str, str, int]]:
    q = record["question"]
    out = []
    w = record["with"]
    negatives = [t for t, y in zip(w["texts"], w["labels"]) if not y][:NEGATIVES_WITH]
    out += [(q, t, 1) for t, y in zip(w["texts"], w["labels"]) if y]
    out += [(q, t, 0) for t in negatives]
    without = [t for t, y in zip(record["without"]["texts"], record["without"]["labels"]) if not y]
    out += [(q, t, 0) for t in rng.sample(without, min(NEGATIVES_WITHOUT, len(without)))]
    return out


def training_pairs(cache: Path, drcd_questions: int, news_questions: int, seed: int = 7) -> list[tuple[str, str, int]]:
    rng = random.Random(seed)
    paragraphs, qs, split = drcd.load()
    titles = {p.id: p.title for p in paragraphs}
    side = {pid: ("train" if split[pid] == "train" and reader_side(titles[pid] or pid) else "other") for pid in split}
    # the cache may hold more questions than asked for (an earlier, larger run): the first ones are this run's
    rows = build.load_rows(build.build(paragraphs, qs, side, {"train": drcd_questions}, cache / "rows_reader.jsonl"))[:drcd_questions]
    news_paragraphs, news_qs = news_figures.load(limit=news_questions)
    news_side = {p.id: ("train" if reader_side(p.id) else "other") for p in news_paragraphs}
    news_rows = build.load_rows(build.build(news_paragraphs, news_qs, news_side, {"train": news_questions},
                                            cache / "rows_reader_news.jsonl"))[:news_questions]
    out = [p for r in rows + news_rows for p in pairs_of(r, rng)]
    tempted = {t.id.split("-t-")[0]: t.text for t in tempting.questions([q for q in news_qs if news_side[q.paragraph] == "train"],
                                                                        news_paragraphs)}
    for r in news_rows:
        if r["id"] in tempted:
            out += [(tempted[r["id"]], t, 0) for t, y in zip(r["with"]["texts"], r["with"]["labels"]) if y]
    rng.shuffle(out)
    return out


class LoRA:
    """y = x W^T + b + (x A^T B^T) * scale on one frozen linear layer."""

    @staticmethod
    def attach(bert, rank: int = RANK, alpha: float = ALPHA, top: int = TOP) -> dict:
        import torch

        params = {}
        layers = len(bert.encoder.layer)
        for i in range(layers - top, layers):
            for target in TARGETS:
                name = f"encoder.layer.{i}.{target}"
                linear = bert.get_submodule(name)
                a = torch.nn.Parameter(torch.randn(rank, linear.in_features) / math.sqrt(linear.in_features))
                b = torch.nn.Parameter(torch.zeros(linear.out_features, rank))
                base = linear.forward

                def forward(x, base=base, a=a, b=b):
                    return base(x) + (x @ a.T @ b.T) * (alpha / rank)

                linear.forward = forward
                params[f"{name}.lora_a"], params[f"{name}.lora_b"] = a, b
        return params


def encode(bert, tokenizer, texts: list[str]):
    import torch

    enc = tokenizer.encode_batch(texts)
    width = max(len(e.ids) for e in enc)
    ids = torch.tensor([e.ids + [1] * (width - len(e.ids)) for e in enc])
    mask = torch.tensor([[1] * len(e.ids) + [0] * (width - len(e.ids)) for e in enc])
    hidden = bert(input_ids=ids, attention_mask=mask).last_hidden_state
    pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
    return torch.nn.functional.normalize(pooled, dim=-1)


def train(pairs, e5_folder: Path, epochs: int = 1, batch: int = 16, lr: float = 5e-4, log=print):
    import torch
    from tokenizers import Tokenizer
    from transformers import BertModel

    torch.manual_seed(0)
    torch.set_num_threads(2)
    bert = BertModel.from_pretrained(e5_folder, add_pooling_layer=False, attn_implementation="eager")
    for p in bert.parameters():
        p.requires_grad = False
    tokenizer = Tokenizer.from_file(str(e5_folder / "tokenizer.json"))
    tokenizer.enable_truncation(256)
    lora = LoRA.attach(bert)
    head = torch.nn.Linear(bert.config.hidden_size, 1)
    torch.nn.init.zeros_(head.weight)
    optimiser = torch.optim.AdamW([{"params": list(lora.values()), "lr": lr},
                                   {"params": list(head.parameters()), "lr": lr * 20}], weight_decay=0.0)
    steps = epochs * math.ceil(len(pairs) / batch)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda s: min(1.0, (s + 1) / 50) * max(0.05, 1 - s / steps))
    loss_fn = torch.nn.BCEWithLogitsLoss()
    bert.train()
    t0, step = time.perf_counter(), 0
    for _ in range(epochs):
        for i in range(0, len(pairs), batch):
            part = pairs[i: i + batch]
            vectors = encode(bert, tokenizer, [reader.pair_text(q, s) for q, s, _ in part])
            loss = loss_fn(head(vectors).squeeze(-1), torch.tensor([float(y) for _, _, y in part]))
            loss.backward()
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            step += 1
            if step % 50 == 0:
                log(f"step {step}/{steps}, loss {loss.item():.3f}, {time.perf_counter() - t0:.0f} s")
    bert.eval()
    tensors = {k: v.detach().numpy().astype(np.float32) for k, v in lora.items()}
    tensors["head.weight"] = head.weight.detach().numpy().astype(np.float32)
    tensors["head.bias"] = head.bias.detach().numpy().astype(np.float32)
    return tensors


def save(tensors: dict, meta: dict, out: Path) -> None:
    from safetensors.numpy import save_file

    save_file(tensors, str(out), metadata={"meta": json.dumps(meta, ensure_ascii=False)})


def heldout_report(scorer, records: list[dict]) -> dict:
    """Top-1 among the 'with' candidates of answerable held-out questions: the reader's pick
    against the rules' first; and the share of 'without' questions whose best reader score
    is below 0 (no sentence judged to answer)."""
    answerable = [r for r in records if any(r["with"]["labels"])]
    right = rules = 0
    for r in answerable:
        s = scorer(r["question"], r["with"]["texts"])
        right += bool(r["with"]["labels"][int(np.argmax(s))])
        rules += bool(r["with"]["labels"][0])
    empty = [r for r in records if r["without"]["texts"] and not any(r["without"]["labels"])]
    below = sum(max(scorer(r["question"], r["without"]["texts"])) < 0 for r in empty)
    return {"answerable": len(answerable), "top1_reader": round(right / max(len(answerable), 1), 4),
            "top1_rules": round(rules / max(len(answerable), 1), 4),
            "without_gold": len(empty), "without_gold_all_below_0": round(below / max(len(empty), 1), 4)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Train the reader (a cross-encoder over question and sentence).")
    # the defaults made the committed file (docs/benchmarks.md, session 62)
    parser.add_argument("--drcd-questions", type=int, default=800, help="DRCD train questions of the reader's articles")
    parser.add_argument("--news-questions", type=int, default=1000, help="generated news figure questions (the reader's half is read)")
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--cache", type=Path, default=build.CACHE)
    parser.add_argument("--out", type=Path, default=reader.WEIGHTS)
    parser.add_argument("--heldout", type=int, default=400,
                        help="DRCD held-out questions to report on (rows `suyuan train` cached)")
    args = parser.parse_args(argv)
    from assistant.config import Settings
    from assistant.index.embedding import resolve_model_path

    args.cache.mkdir(parents=True, exist_ok=True)
    e5 = Path(resolve_model_path(Settings()))
    pairs = training_pairs(args.cache, args.drcd_questions, args.news_questions)
    print(f"{len(pairs)} pairs, {sum(y for _, _, y in pairs)} positive")
    tensors = train(pairs, e5, args.epochs)
    meta = {"rank": RANK, "alpha": ALPHA, "scale": ALPHA / RANK, "top_layers": TOP, "targets": list(TARGETS),
            "pairs": len(pairs), "positives": sum(y for _, _, y in pairs), "epochs": args.epochs,
            "trained_by": "python -m assistant.learn.reader_train",
            "data": "DRCD 1.3 (CC BY-SA 3.0, OpenCC t2s) and figure questions generated from news_part_a, reader side "
                    f"of the article split '{SIDE_SEED}'; tempting variants (learn/tempting.py) as negatives"}
    save(tensors, meta, args.out)
    heldout = [r for r in build.load_rows(args.cache / "rows.jsonl") if r["split"] == "heldout"][: args.heldout] \
        if (args.cache / "rows.jsonl").exists() else []
    if heldout:
        scorer = reader.Reader(reader.ensure_model(e5, args.out), args.out)
        meta["heldout"] = heldout_report(scorer.scores, heldout)
        save(tensors, meta, args.out)
    print(json.dumps(meta, ensure_ascii=False, indent=1))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
