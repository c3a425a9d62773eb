"""Names written in Latin letters right after a Chinese role (交通部长Corey Wingard,
首席技术官Mark PaperMaster, 董事长Bhargava): jieba tags no Latin word as a name, so such a
person was never found; 4 of the 7 refused 谁 questions of news checks 8 and 9 ask for one.
Capitalised words only, so an acronym or a brand in lower case (AMD, iPhone) is no name, and
only before what ends a name (a separator, 表示, 说…): a product (机器人Unitree Go2) goes on.
"""

from __future__ import annotations

import re

from assistant.answer.roles import INTRODUCING_ROLE

# What ends a name, Chinese or Latin (区长孙琥峰在接受采访时说, 总裁Tom Lee表示): a separator or the end, or a
# speech verb, an act or an adverb of his own (people.AFTER_NAME adds to it for Chinese names, LATIN_NAME_RE here)
NAME_ENDS = r"[，,。、；;：:）)“”]|$|在|说|表示|称|认为|指出|介绍|强调|提出|接受|带领|主持|出席|也|曾"
# Luca de Meo, Jerry del Missier: particles inside a name stay lower case
LATIN_NAME_RE = re.compile(r"(?<![A-Za-z\d])[A-Z][a-z]+(?:[ ·\-](?:(?:de|del|van|von|der|da|di|du|le) )?[A-Z][a-zA-Z]+){0,3}"
                           r"(?=\s(?![A-Za-z\d])|" + NAME_ENDS + r"|透露|解释|补充|和|以及|等"
                           r"|领导|率领|创立|创办|负责|主导|牵头|签署|宣布|回应|告诉|写道"  # verbs only a person does
                           r"|近日|日前|近期|最近|此前|今天|今日|昨天|昨日|当天|随后|已经)")  # when he acts: CEO X近日在接受采访时
# a role noun the name follows: INTRODUCING_ROLE's endings (长, 师, 官, 员, 人, CEO...) and the
# executive ones it lacks; not 手, 将 or 家 (智能助手Google Assistant, 米家App are no people)
ROLE_RE = re.compile(r"(?:总裁|总监|董事|主管)$")


def after_roles(text: str, asked: tuple[str, ...], role_before) -> list[tuple[str, int, int, str]]:
    """(name, start of role, end of name, role) of each Latin name the Chinese words right
    before it give a role (`role_before`, people's reader of the words before a name): a
    role noun's ending, or the role the question asks."""
    out, previous = [], 0
    for m in LATIN_NAME_RE.finditer(text):
        role, start = role_before(text, m.start(), asked)
        if start < previous:  # 分析师Jane Doe和副总裁John Roe: a role ends at the name before
            role = text[previous : m.start()].lstrip("及和与、 ")
            start = m.start() - len(role)
        previous = m.end()
        if INTRODUCING_ROLE.search(role) or ROLE_RE.search(role) or any(len(a) >= 2 and role.endswith(a) for a in asked):
            out.append((m.group(), start, m.end(), role))
    return out
