"""Whose stance a question asks (美国司法部对…持什么态度): another party speaking in a sentence gives its own view."""

from __future__ import annotations

import re

from assistant.answer.lead_names import ASKING_RE, CLAUSE_RE, NO_NAME_RE, company, written
from assistant.answer.subject_names import Disagreement
from assistant.ingest.sections import heading_level
from assistant.query.question import Question
from assistant.records import Chunk
from assistant.text import places, words


# 态度, 看法, 如何评价: a question asking what a named one thinks of something (美国司法部对…持什么态度)
STANCE_RE = re.compile(r"态度|看法|立场|观点|怎么看|[如怎]何?样?看待|[如怎]何?样?评价")
# where the stance question's speaker ends: 对/就 what it thinks of, 如何/怎么 the ask, 持/有 the stance
STANCE_END_RE = re.compile(r"对|就|如何|怎么|怎样|持|有何|有什么|的(?:态度|看法|立场|观点)|认为|是否")
# a clause that opens with who speaks (欧盟还指出，…; 分析人士认为…): a name, an adverb, a verb of saying
SPEAKING_RE = re.compile(r"^([\w·]{2,12}?)(?:也|还|则|又|更|同时|进一步|再次|此前|随后|曾)?"
                         r"(?:表示|指出|认为|称(?![为之作])|说|强调|警告|坚称|声明|批评|担心|呼吁|质疑)")
# jieba's tags of a speaker's name (欧盟 j, 司法部 nt, 王明 nr) and the words an organisation's name ends with
SPEAKER_FLAGS = ("nt", "nz", "ns", "nr", "nrt", "j")
ORG_END_RE = re.compile(r"(?:部|局|委|会|院|署|厅|府|盟|组织|公司|集团|银行|机构|协会|法院|政府)$")
# 他还指出, 该部门认为, 专家表示: a pronoun or a kind, whose speaker stands elsewhere and may be the one asked
UNNAMED_RE = re.compile(r"^(?:[他她它其该此这那我你]|对方|双方|有关|相关|外界|业内|媒体|专家|分析|人士|官员|报道|文章|文件|报告)")


def speaking(clause: str) -> str:
    """The named one a sentence's clause opens with speaking, or names in a longer speaker's phrase (`_titled`)."""
    return opening_speaker(clause) or _titled(clause)


def opening_speaker(clause: str) -> str:
    """The named one a clause opens with speaking (欧盟还指出，…; 司法部认为…): a name jieba tags as a
    proper one, or one ending like an organisation's; '' for none (被称为, 自称, a pronoun, a kind)."""
    m = SPEAKING_RE.match(clause)
    name = m.group(1) if m else ""
    if not name or UNNAMED_RE.match(name) or NO_NAME_RE.match(name) or ASKING_RE.search(name) or re.search(r"[被自宣号声]$", name):
        return ""
    tagged = words.tagged(name)
    named = all(flag in SPEAKER_FLAGS for _, flag in tagged) or company(name) or ORG_END_RE.search(name)
    return name if named else ""


def _titled(clause: str) -> str:
    """The name in a longer speaker's phrase before the verb (欧盟竞争事务专员玛格丽特·维斯特格表示): the first
    word of it jieba tags as a proper name, '' for none or a phrase a pronoun or a kind opens (该公司CEO表示)."""
    m = re.search(SPEAKING_RE.pattern[len(r"^([\w·]{2,12}?)"):], clause)
    lead = clause[: m.start()] if m and m.start() <= 30 else ""
    verb = re.search(r"(?:表示|指出|认为|称|说|强调|警告|坚称|声明|批评|担心|呼吁|质疑)$", m.group()) if lead else None
    if lead and not (verb and words.tagged(clause[: m.end()])[-1][0] == verb.group()):
        return ""  # 说 inside a word (演说, 解说) is no speaking
    if not lead or UNNAMED_RE.match(lead) or NO_NAME_RE.match(lead) or ASKING_RE.search(lead) or re.search(r"[被自宣号声所]$", lead):
        return ""
    return next((w for w, flag in words.tagged(lead) if flag in SPEAKER_FLAGS and len(w) >= 2), "")


def stance_speaker(q: Question) -> str:
    """The one whose stance or words a question asks (美国司法部|对…持什么态度, 欧盟委员会|如何评价…,
    欧盟|表示…), '' for none or for one naming no one (对此有何看法, 专家认为…)."""
    if q.english:
        return ""
    said = opening_speaker(q.text)  # 欧盟表示…, 司法部认为哪…: whose words the ask is in
    cut = STANCE_END_RE.search(q.text) if STANCE_RE.search(q.text) else None
    name = said or (q.text[: cut.start()].strip() if cut else "")
    if not 2 <= len(name) <= 12 or re.search(r"[^\w·]", name) or NO_NAME_RE.match(name) or ASKING_RE.search(name) \
            or UNNAMED_RE.match(name) or name in words.STOPWORDS:
        return ""
    return name


def stance_disagreement(q: Question, chunk: Chunk, a: int, b: int) -> Disagreement | None:
    """A stance question (美国司法部对…持什么态度) and a sentence that does not write its speaker while a
    clause of it opens with another one speaking (欧盟还指出，…): an article gives several parties'
    views of one matter, and the other's words share the question's words but are not the stance asked.
    The speaker is written also without a place before it (司法部 for 美国司法部)."""
    name = stance_speaker(q)
    text = chunk.text[a:b]
    if not name or written(name, text) or any(name[len(p):] and name[len(p):] in text for p in places.places(name)
                                              if name.startswith(p) and len(name) - len(p) >= 2):
        return None
    if heading_level(text.strip()) and not CLAUSE_RE.search(text.strip()[:-1]):
        return Disagreement("speaker", name, "a heading")  # 六、… 竞争对手: a compilation's keywords state no one's view
    for clause in CLAUSE_RE.split(text):
        other = speaking(clause.strip())
        if other and other not in q.text and not written(other, name) and not written(name, other):
            return Disagreement("speaker", name, other)
    return None
