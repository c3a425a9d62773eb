"""The reader: a cross-encoder that reads the question and one candidate sentence together
and gives the log-odds that the sentence answers it.

The selector's other columns look at the two texts apart (shared words, the e5 cosine of two
separately made vectors, rules about types and places); the reader sees them as one input,
so it can tell "the city's target" from "a district's figure" when both share the words.
It is the bundled e5 encoder with low-rank (LoRA) changes to its top layers and a linear
head on its mean-pooled, normalised output, trained by `python -m assistant.learn.reader_train`
on DRCD and on figure questions from real news (never on the seeds).

`reader_weights.safetensors` holds only the low-rank deltas and the head (well under 1 MB);
`suyuan setup` (or the first use) merges them into a copy of the converted e5 model in the
model cache and builds its int8 ONNX graph beside it, named by the weight file's hash so a
new weight file makes a new graph.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
from pathlib import Path

import numpy as np

WEIGHTS = Path(__file__).with_name("reader_weights.safetensors")
MAX_SENTENCE = 120  # characters of a candidate the reader reads: the cost grows with the tokens
MAX_QUESTION = 80


def pair_text(question: str, sentence: str) -> str:
    """The one input the reader reads: e5's own prompts, question first."""
    return f"query: {question[:MAX_QUESTION]} passage: {sentence[:MAX_SENTENCE]}"


def read_weights(path: Path = WEIGHTS) -> tuple[dict[str, np.ndarray], dict]:
    """(tensors, meta) of a reader weight file."""
    from safetensors.numpy import load_file
    from safetensors import safe_open

    with safe_open(str(path), framework="numpy") as f:
        meta = json.loads((f.metadata() or {}).get("meta", "{}"))
    return load_file(str(path)), meta


def merge_into(bert, tensors: dict[str, np.ndarray], scale: float) -> None:
    """Add each low-rank delta (B @ A * scale) to the weight of the linear layer it names."""
    import torch

    modules = dict(bert.named_modules())
    for key, a in tensors.items():
        if not key.endswith(".lora_a"):
            continue
        name = key[: -len(".lora_a")]
        b = tensors[f"{name}.lora_b"]
        with torch.no_grad():
            modules[name].weight += torch.from_numpy(b @ a * scale).to(modules[name].weight.dtype)


def folder_for(e5_folder: Path, weights: Path = WEIGHTS) -> Path:
    digest = hashlib.sha256(Path(weights).read_bytes()).hexdigest()[:10]
    return Path(e5_folder).parent / f"{Path(e5_folder).name}-reader-{digest}"


def ensure_model(e5_folder: Path, weights: Path = WEIGHTS) -> Path:
    """The int8 ONNX folder of the reader, built once from the converted e5 folder."""
    from transformers import BertModel

    from assistant.index.onnx_encoder import ensure_onnx, is_ready, onnx_folder

    merged = folder_for(e5_folder, weights)
    if is_ready(onnx_folder(merged)):
        return onnx_folder(merged)
    tensors, meta = read_weights(weights)
    work = merged.with_name(merged.name + ".tmp")
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(e5_folder, work)
    bert = BertModel.from_pretrained(e5_folder, add_pooling_layer=False, attn_implementation="eager")
    merge_into(bert, tensors, float(meta["scale"]))
    bert.save_pretrained(work)
    shutil.rmtree(merged, ignore_errors=True)
    work.rename(merged)
    for old in Path(e5_folder).parent.glob(f"{Path(e5_folder).name}-reader-*"):
        if old.name not in (merged.name, onnx_folder(merged).name):
            shutil.rmtree(old, ignore_errors=True)
    return ensure_onnx(merged)


class Reader:
    """question, sentences -> the reader's log-odds for each; safe to share between threads."""

    def __init__(self, onnx_model: Path, weights: Path = WEIGHTS):
        from assistant.index.onnx_encoder import OnnxEmbedder

        tensors, self.meta = read_weights(weights)
        self.head = tensors["head.weight"].reshape(-1).astype(np.float32)
        self.bias = float(tensors["head.bias"].reshape(-1)[0])
        self.encoder = OnnxEmbedder(onnx_model)
        self._lock = threading.Lock()

    def scores(self, question: str, sentences: list[str]) -> list[float]:
        if not sentences:
            return []
        with self._lock:
            vectors = self.encoder.encode([pair_text(question, s) for s in sentences])
        return (vectors @ self.head + self.bias).astype(float).tolist()


_loaded: dict[str, Reader] = {}
_load_lock = threading.Lock()


def load(settings) -> Reader | None:
    """The reader for these settings, or None where it does not apply: another embedding
    model than the bundled one, or no weight file."""
    from assistant.index.embedding import DEFAULT_EMBEDDING, resolve_model_path

    if settings.embedding_model != DEFAULT_EMBEDDING or not WEIGHTS.exists():
        return None
    with _load_lock:
        key = str(settings.model_cache)
        if key not in _loaded:
            _loaded[key] = Reader(ensure_model(Path(resolve_model_path(settings))))
        return _loaded[key]
