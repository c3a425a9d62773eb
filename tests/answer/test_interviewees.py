"""Who an interview is with (answer/interviewees.py) on made-up interviews: the heading's ——访…
line answers; who interviewed, a role the heading does not give, and other questions are left
to the other steps."""

from __future__ import annotations

from assistant.answer import interviewees
from assistant.query.question import analyse
from assistant.records import Hit
from support import drafted_text, made_chunk

TITLE_A = "扎实苦干 推动青河高质量发展 ——访县人大代表、青河县县长 李明"
OPENING_A = "扎实苦干 推动青河高质量发展\n——访县人大代表、青河县县长 李明\n本报记者 王华\n“今年全县要抓好三件事。”李明说。"
TITLE_B = "建设开放新高地 ——访县人大代表、白沙开发区管委会主任 赵刚"
OPENING_B = "建设开放新高地\n——访县人大代表、白沙开发区管委会主任 赵刚\n本报记者 王华\n白沙开发区今年要引进项目二十个。"


def _hit(text: str, title: str, article: int, n: int) -> Hit:
    return Hit(made_chunk(text, title, cid=f"c{n}", source="made/a.txt", article=article), 1.0)


HITS = [_hit(OPENING_A, TITLE_A, 0, 0), _hit(OPENING_B, TITLE_B, 1, 1)]


def _answer(question: str) -> str | None:
    draft = interviewees.draft(analyse(question), HITS)
    return drafted_text(draft)


def test_the_interviewee_is_named_by_the_heading():
    assert _answer("那组代表专访里，白沙开发区接受采访的负责人是哪位？") == "访县人大代表、白沙开发区管委会主任 赵刚"
    assert _answer("青河县受访的县长是谁？") == "访县人大代表、青河县县长 李明"


def test_a_role_the_heading_does_not_give_is_left_to_the_other_steps():
    assert _answer("白沙开发区接受采访的县长是谁？") is None


def test_who_interviewed_and_other_questions_are_left_to_the_other_steps():
    assert _answer("哪位记者采访了青河县县长？") is None
    assert _answer("青河县县长是谁？") is None
