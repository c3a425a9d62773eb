"""PNG charts for the benchmarks (matplotlib, no display needed)."""

from __future__ import annotations

from pathlib import Path


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _save(plt, fig, path: Path) -> Path:
    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def cmrc_chart(results: dict, path: Path) -> Path:
    plt = _pyplot()
    systems = list(results)
    metrics = [("recall@1", 1), ("recall@5", 1), ("answer_containment", 1), ("f1", 100), ("em", 100)]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2), gridspec_kw={"width_ratios": [3, 1.4]})
    width = 0.8 / len(systems)
    for i, system in enumerate(systems):
        values = [results[system][m] / scale for m, scale in metrics]
        xs = [j + i * width for j in range(len(metrics))]
        bars = left.bar(xs, values, width, label=system)
        left.bar_label(bars, fmt="%.2f", fontsize=7)
    left.set_xticks([j + width * (len(systems) - 1) / 2 for j in range(len(metrics))])
    left.set_xticklabels(["recall@1", "recall@5", "containment", "F1 (/100)", "EM (/100)"])
    left.set_ylim(0, 1.1)
    left.legend(loc="upper right", fontsize=8)
    left.set_title("CMRC 2018: retrieval and answers")
    lengths = [results[s]["median_answer_chars"] for s in systems]
    bars = right.bar(systems, lengths, color=["C0", "C1", "C2"][: len(systems)])
    right.bar_label(bars, fmt="%.0f", fontsize=8)
    right.set_title("median answer length (chars)")
    return _save(plt, fig, path)


def latency_chart(sizes: list[int], p50: list[float], p95: list[float], path: Path) -> Path:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6.5, 4))
    ax.plot(sizes, p50, marker="o", label="p50")
    ax.plot(sizes, p95, marker="s", label="p95")
    ax.axhline(300, color="grey", linestyle="--", linewidth=0.8, label="300 ms goal")
    ax.set_xscale("log")
    ax.set_xlabel("chunks in the index")
    ax.set_ylabel("question latency (ms)")
    ax.set_title("Question latency against index size (2 cores)\n"
                 "vectors from a stand-in embedder; the e5 query embedding adds about 20 ms", fontsize=10)
    ax.legend()
    return _save(plt, fig, path)
