"""A supported claim whose act its sentence does not write: the same act reworded, or another act?

The figure, measure and subject checks read the claim's nouns and figure; the act the claim says was
done to them (新增, 拆除, 出售) is read only when a check's own lists name it. A claim with its act
swapped for another (某市拆除路灯300盏 against 某市新增路灯300盏) then keeps the sentence's support: in a
probe of 99 supported claims of the sets with one act word swapped, 45 stayed supported.

No word list can tell every rewording (花费 for 投入) from another act (收回 for 投入), and the dense
encoder's similarity of the two words alone does not either: a word says too little (e5 rates 建设 as
near to 新建, 0.91, as 发展 to 投资). Read in the claim, it does: the claim with its act word put as the
sentence writes it (each verb of the sentence tried) is nearly the same text when the act is only
reworded, and moves further when it is another act. Below `THRESHOLD` for every verb of the sentence,
the claim's act is not the sentence's and the claim is left not_enough_info (never refuted: the act may
be the sentence's in words the encoder does not know). THRESHOLD was chosen on the probes made from the
seed sets' claims (none of their right supports lost) and held on those made from the news sets'.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from assistant.check.action_words import SYNONYMS
from assistant.check.claim_words import LEVEL_VERBS
from assistant.check.slots import SPEECH_RE
from assistant.check.statements import SUPPORTED, UNKNOWN
from assistant.text import words

THRESHOLD = 0.988
ACT_FLAGS = ("v",)  # jieba's verbs; a verbal noun (vn) names a measure more often than an act
# how a claim frames its fact (要, 将, 计划): no act done to what it counts
FRAMING = frozenset("要 将 会 能 可以 进行 是 有 预计 显示 据 提出".split())


def acts(claim: str, written: str) -> list[str]:
    """The claim's act words that `written` (the deciding sentences and their passages) does not write,
    nor an action of the same group (action_words)."""
    out = []
    for w, flag in words.tagged(claim):
        if (flag in ACT_FLAGS and len(w) >= 2 and w not in written and w not in LEVEL_VERBS and w not in FRAMING
                and not SPEECH_RE.fullmatch(w) and not any(w in g and any(o in written for o in g) for g in SYNONYMS)):
            out.append(w)
    return list(dict.fromkeys(out))


def nearest(claim: str, act: str, sentence: str, embed) -> float:
    """How near the claim stays with its act put as each verb of the sentence, at best (cosine)."""
    theirs = [w for w, flag in words.tagged(sentence) if flag in ("v", "vn") and len(w) >= 2 and w != act]
    if not theirs:
        return 0.0
    texts = [claim] + [claim.replace(act, w, 1) for w in dict.fromkeys(theirs)]
    batch = getattr(embed, "embed_queries", None)  # both bundled encoders have it
    vectors = np.asarray(batch(texts) if batch else [embed.embed_query(t) for t in texts])
    return float(np.max(vectors[1:] @ vectors[0]))


def changed(claim: str, sentences: list[str], written: str, embed) -> str:
    """The claim's act word that no deciding sentence writes in a reading near the claim's, or ''."""
    for act in acts(claim, written):
        if max((nearest(claim, act, s, embed) for s in sentences), default=0.0) < THRESHOLD:
            return act
    return ""


def veto(found, embed):
    """A supported verdict (claims.Verdict) left not_enough_info when its act is not its sentences'."""
    if found.verdict != SUPPORTED or not found.citations:
        return found
    written = " ".join(x for c in found.citations for x in (c.title, c.passage, c.quote))
    act = changed(found.claim, [c.quote for c in found.citations], written, embed)
    if not act:
        return found
    return replace(found, verdict=UNKNOWN, citations=(), support=0.0,
                   text=f"无法核实 not enough info：资料的句子说的不是“{act}”这一做法。")
