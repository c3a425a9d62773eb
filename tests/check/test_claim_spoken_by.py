"""A claim quoting one person whose words a source writes as another's is refuted with that person
(check/spoken_by.py); words the claim's person says too, or a person no source quotes, stay open.
Made-up interviews, no model."""

from __future__ import annotations

from support import flat_idf, made_chunk

from assistant.check.claims import check
from assistant.check.spoken_by import own_places, split
from assistant.records import Hit

HIS = ("——访市人大代表、青溪县县长 赵明远",
       "赵明远说，今年青溪县将着力打造茶叶产业集群，推动茶园提档升级。")
OTHERS = ("——访市人大代表、红石区区长 钱立新",
          "钱立新说，红石区要坚持项目为王，谋划储备项目60个以上，确保到位资金增长20%。")


def _hits(*pieces: tuple[str, str], first: int = 0) -> list[Hit]:
    return [Hit(made_chunk(text, title=title, cid=f"c{i}", source=f"made/c{i}.txt"), 1.0 / (1 + i))
            for i, (title, text) in enumerate(pieces, first)]


def _check(claim: str, first: list[Hit], again: list[Hit]):
    return check(claim, first, flat_idf, 0.43, retrieve=lambda text: again)


def test_the_quoted_person_and_what_he_said():
    assert split("青溪县县长赵明远提出，要谋划储备项目60个以上。") == ("赵明远", "要谋划储备项目60个以上。")
    # 提出 with 要 soon after quotes a proposal; a reporter's piece before it is no word of it
    assert split("据孙某采写的专访，赵明远提出青溪要谋划储备项目。") == ("赵明远", "青溪要谋划储备项目。")
    assert split("赵明远提出辞职。")[0] == ""


def test_a_place_his_heading_gives_him_is_read_with_him():
    hits = _hits(HIS)
    assert own_places("赵明远", "青溪要谋划储备项目。", hits) == "要谋划储备项目。"
    assert own_places("赵明远", "红石要谋划储备项目。", hits) == "红石要谋划储备项目。"


def test_another_persons_words_are_refuted_with_him():
    found = _check("青溪县县长赵明远提出，要谋划储备项目60个以上。", _hits(HIS), _hits(HIS, OTHERS))
    assert found.verdict == "refuted" and found.sources_say == ("钱立新",) and "钱立新" in found.text


def test_words_he_says_too_stay_open():
    his = (HIS[0], "赵明远表示，青溪县要谋划储备项目60个以上。")
    found = _check("青溪县县长赵明远提出，要谋划储备项目60个以上。", _hits(HIS), _hits(OTHERS, his, first=1))
    assert found.verdict != "refuted"


def test_a_person_no_source_quotes_stays_open():
    found = _check("孙国华说，要谋划储备项目60个以上。", _hits(OTHERS), _hits(OTHERS))
    assert found.verdict != "refuted"


def test_without_a_second_retrieval_nothing_changes():
    assert check("青溪县县长赵明远提出，要谋划储备项目60个以上。", _hits(HIS), flat_idf, 0.43).verdict != "refuted"


def test_a_work_reports_words_put_in_his_mouth_are_refuted():
    report = ("二、2025年工作安排 （青溪市） · (九)强化民生保障", "新增城镇就业岗位8000个，培训返乡务工人员2万人次。")
    found = _check("赵明远介绍，今年新增城镇就业岗位8000个。", _hits(HIS), _hits(report, first=1))
    assert found.verdict == "refuted" and found.sources_say == ("二、2025年工作安排 （青溪市）",)
    # in the report, the words are the reporting person's: no other's
    assert _check("赵明远在政府工作报告中提出，今年新增城镇就业岗位8000个。", _hits(HIS), _hits(report, first=1)
                  ).verdict != "refuted"
