"""A list written one item a sentence under a shared frame the question writes (answer/frame_runs.py)."""

from types import SimpleNamespace

from support import made_chunk

from assistant.answer import evidence, extractive, frame_runs
from assistant.records import Hit

PASSAGE = ("我们要始终把群众放在心上。我们要全面持续加强队伍建设,选好用好干部。培训要常态化。"
           "我们要全面持续加强制度建设,完善议事规则。我们要全面持续加强能力建设,提高办事效率。"
           "我们要全面持续加强文化建设,营造良好风气。")


def _sentences(text: str = PASSAGE):
    return evidence.sentences_of([Hit(made_chunk(text, cid="a", start=0), 1.0)])


def _draft(*shown):
    return extractive.Draft([extractive.make_part(s, s.a, s.b, 1.0) for s in shown], 0.6, kind="list")


def _question(text: str):
    return SimpleNamespace(text=text, kind="list", english=False)


def _shown(draft) -> list[str]:
    return [p.sentence.chunk.text[p.a : p.b] for p in draft.parts]


def test_two_sentences_of_a_framed_list_become_all_four():
    sentences = _sentences()
    two = [s for s in sentences if "制度建设" in s.text or "队伍建设" in s.text]
    draft = frame_runs.gathered(_question("机关要全面持续加强哪几方面的建设？"), _draft(*two), sentences)
    assert _shown(draft) == ["我们要全面持续加强队伍建设", "我们要全面持续加强制度建设", "我们要全面持续加强能力建设",
                             "我们要全面持续加强文化建设"]


def test_a_frame_the_question_does_not_write_is_left_alone():
    sentences = _sentences()
    one = [s for s in sentences if "制度建设" in s.text]
    draft = frame_runs.gathered(_question("机关有哪些议事规则？"), _draft(*one), sentences)
    assert _shown(draft) == ["我们要全面持续加强制度建设,完善议事规则"]


def test_a_counted_question_needs_as_many_framed_items():
    sentences = _sentences()
    one = [s for s in sentences if "制度建设" in s.text]
    draft = frame_runs.gathered(_question("机关要全面持续加强哪三方面的建设？"), _draft(*one), sentences)
    assert len(draft.parts) == 1


def test_a_shared_opening_of_a_pronoun_and_a_modal_is_no_frame():
    assert frame_runs.shared_frame("我们要始终把群众放在心上。", "我们要全面持续加强队伍建设,选好用好干部。") == ""
    assert frame_runs.shared_frame("我们要全面持续加强队伍建设。", "我们要全面持续加强制度建设。") == "我们要全面持续加强"
    assert not frame_runs.opens_with("我们要全面持续加强。", "我们要全面持续加强")


def test_the_items_shared_end_is_part_of_the_frame_the_question_writes():
    sentences = _sentences()
    one = [s for s in sentences if "制度建设" in s.text]
    draft = frame_runs.gathered(_question("机关要加强哪几方面的建设？"), _draft(*one), sentences)
    assert len(draft.parts) == 4


def test_a_question_naming_one_item_asks_within_its_sentence():
    sentences = _sentences()
    one = [s for s in sentences if "制度建设" in s.text]
    draft = frame_runs.gathered(_question("全面持续加强制度建设，要完善哪几样？"), _draft(*one), sentences)
    assert len(draft.parts) == 1


def test_a_count_asked_without_a_noun_must_match_too():
    sentences = _sentences()
    one = [s for s in sentences if "制度建设" in s.text]
    draft = frame_runs.gathered(_question("机关要全面持续加强哪三样建设？"), _draft(*one), sentences)
    assert len(draft.parts) == 1


def test_a_question_writing_the_kind_of_one_item_asks_within_its_sentence():
    assert frame_runs.picks_one("今年的四个新兴产业是哪些？", ["甲、乙两个优势产业", "丙、丁、戊、己四个新兴产业", "庚、辛两个接续产业"])
    assert not frame_runs.picks_one("要加强哪几方面的建设？", ["队伍建设", "制度建设", "能力建设"])


def test_sentences_opening_with_one_subject_are_no_frame_of_a_list():
    text = "Nova X2手机搭载了新芯片。Nova X2手机的外观设计独特。Nova X2手机内置了大电池。Nova X2手机有蓝色和黑色可选。"
    sentences = _sentences(text)
    one = [s for s in sentences if "蓝色" in s.text]
    draft = frame_runs.gathered(_question("Nova X2手机有哪些颜色可选？"), _draft(*one), sentences)
    assert len(draft.parts) == 1
