"""Bylines and photo credits: who wrote or photographed, supported by the article or caption
they speak for (answer/credits.py), and the roles and names such questions read."""

import pytest
from support import flat_idf, made_chunk, made_hits

from assistant.answer import credits, evidence, extractive, list_asked, people, roles
from assistant.query.question import analyse
from assistant.records import Hit

THRESHOLD = 0.43  # Settings.abstain_threshold

ARTICLE = ("实施六项建设 推动发展实现新突破\n——访市人大代表、东山县县长 张明\n本报记者 李华\n"
           "在市人代会期间，市人大代表、东山县县长张明在接受记者采访时说。\n"
           "张明说，过去一年东山县经济实力显著增强。\n")


def credited(text):
    return [(p.name, photo) for p, photo in credits.credits_in(text)]


@pytest.mark.parametrize("text,name,photo", [
    ("本报记者 李华", "李华", False),  # a line of its own
    ("新华社南京7月31日电（记者刘洋）“吃饭了！”社区工作人员说。", "刘洋", False),  # in brackets
    ("中新网北京8月15日电 (记者 王芳)15日，展览开幕。", "王芳", False),
    ("图为展览现场。新华社记者 赵六 摄", "赵六", True),
    ("赵六 摄这些作品是师生创作的。", "赵六", True),  # the corpus joins a credit to the next paragraph
])
def test_credits_found(text, name, photo):
    assert (name, photo) in credited(text)


def test_reporters_named_in_the_text_are_no_credit():
    assert credited("记者张三说，今年的会议开得很好。") == []
    assert credited("人大代表王五说，报告客观全面。") == []


@pytest.mark.parametrize("question,asked", [
    ("张明接受了哪位记者的采访？", False),  # writing
    ("展览现场的照片是谁拍摄的？", True),  # a photo, no role named
    ("该文的记者是谁？", False),
    ("谁接受了记者的采访？", None),  # who was interviewed, not who interviewed
    ("东山县县长是谁？", None),
    ("本版图片由哪些记者拍摄？", True),  # a list of photographers
    ("本版图片展示了哪些场景？", None),  # a list of no people
])
def test_what_a_question_asks(question, asked):
    assert credits.asks_credit(analyse(question)) is asked


@pytest.mark.parametrize("question,role", [
    ("东山县县长张明接受了哪位记者的采访？", "记者"),  # the noun after 哪位, not the words before it
    ("哪位记者采访了县长张明？", "记者"),
    ("展览现场的照片是谁拍摄的？", None),  # 谁 before a verb: 照片 is no role
])
def test_role_asked_with_which(question, role):
    assert roles.asked_roles(analyse(question)) == ((role,) if role else ())


def test_a_byline_is_supported_by_its_article():
    q = analyse("张明接受了哪位记者的采访？")
    hits = made_hits(ARTICLE)
    draft = extractive.draft_answer(q, hits, flat_idf)
    shown = "".join(p.sentence.chunk.text[p.a:p.b] for p in draft.parts)
    scored = evidence.score_sentences(q, evidence.sentences_of(hits), flat_idf)
    own = next(sc.score for sc in scored if sc.sentence.text == "本报记者 李华")
    interview = next(sc for sc in scored if "接受记者采访" in sc.sentence.text)
    # the interview's support, as if it named the reporter; the byline's own is far lower
    assert "李华" in shown and draft.support == pytest.approx(credits.unsupported(interview)), (shown, draft.support)
    assert draft.support > own + 0.2


def test_a_byline_of_an_article_about_someone_else_stays_unsupported():
    q = analyse("王强接受了哪位记者的采访？")
    draft = extractive.draft_answer(q, made_hits(ARTICLE), flat_idf)
    assert draft is None or draft.support < THRESHOLD


def test_a_photo_credit_is_supported_by_its_caption():
    text = "书画展在市美术馆开幕。\n书画展开幕现场。\n赵六 摄\n展览将持续到月底。\n"
    draft = extractive.draft_answer(analyse("书画展开幕现场的照片是谁拍摄的？"), made_hits(text), flat_idf)
    shown = "".join(p.sentence.chunk.text[p.a:p.b] for p in draft.parts)
    assert "赵六" in shown and draft.support >= THRESHOLD, (shown, draft.support)


def test_photo_credits_answer_only_photo_questions():
    text = "外交部发言人汪文斌。薛伟 摄"
    assert [p.name for p in people.wanted_persons(analyse("谁拍摄了这张照片？"), text)] == ["薛伟"]
    assert "薛伟" not in [p.name for p in people.wanted_persons(analyse("外交部发言人是谁？"), text)]
    assert [p.name for p in people.persons("他拍摄了照片。")] == []


def test_speakers_of_one_frame_make_one_list():
    texts = ["代表们分组审议了报告。", "人大代表张凤栋说，报告客观全面。", "在今后的工作中，我将主动担当。",
             "人大代表金峰霄说，企业发展达到新的平台。", "代表们还审议了计划报告。"]
    assert list_asked.same_frame(texts, 3, "发言的人大代表有哪些？") == [1, 3]
    assert list_asked.same_frame(texts, 3, "代表们审议了哪些报告？") == []  # asks for no speakers
    assert list_asked.same_frame(["市长张三说，今年很好。", "副市长李四说，明年更好。"], 0, "哪些市长发了言？") == []


INTERVIEW_TITLE = "实施六项建设 推动发展实现新突破 ——访市人大代表、东山县县长 张明"


@pytest.mark.parametrize("question,title,asked", [
    # the article named by its subject: its headline writes it
    ("写东山县绿色转型那篇报道的记者是谁？", "东山县以绿色转型开创新局面", True),
    ("写东山县绿色转型那篇报道的记者是谁？", INTERVIEW_TITLE, False),  # an interview mentioning 东山县
    ("关于西河镇旅游发展的文章是哪位记者写的？", "西河镇旅游发展驶入快车道", True),
    ("关于西河镇旅游发展的文章是哪位记者写的？", "北岭村产业兴旺", False),
    ("张明接受了哪位记者的采访？", INTERVIEW_TITLE, True),  # the interviewee in the heading
    ("采访东山县县长张明的记者是谁？", INTERVIEW_TITLE, True),
    ("该文的记者是谁？", INTERVIEW_TITLE, True),  # names no subject: not judged
    ("王强是哪位记者？", INTERVIEW_TITLE, True),  # names no article
])
def test_a_byline_must_be_of_the_article_asked(question, title, asked):
    assert credits.titled(analyse(question), title) is asked


LIUAN_INTERVIEW = "扛起担当 奋力跨越 ——访市人大代表、柳岸县县长 冯晓川"


def test_a_piece_named_by_the_person_it_is_about_and_a_byline_asked_by_shu_ming():
    # 冯晓川谈乡村振兴的那篇访谈: the headline writes him, not what he spoke of; 署名 asks the byline, names no piece
    assert credits.titled(analyse("冯晓川谈乡村振兴的那篇访谈，署名记者是谁？"), LIUAN_INTERVIEW)
    assert credits.titled(analyse("那篇访谈的署名记者是谁？"), LIUAN_INTERVIEW)


def test_a_piece_about_one_person_is_not_another_persons_or_another_subjects():
    q = analyse("冯晓川谈乡村振兴的那篇访谈，署名记者是谁？")
    assert not credits.titled(q, "柳岸县招商引资再创新高")
    assert not credits.titled(q, "奋力开创新局面 ——访白沙县县长 韩卫东")


def test_the_byline_of_another_article_is_refused():
    q = analyse("写东山县绿色转型那篇报道的记者是谁？")
    text = ARTICLE.replace("经济实力显著增强", "绿色转型成效明显")
    hits = [Hit(made_chunk(text, title=INTERVIEW_TITLE, source="made/c0.txt"), 1.0)]
    draft = extractive.draft_answer(q, hits, flat_idf)
    shown = "".join(p.sentence.chunk.text[p.a:p.b] for p in draft.parts) if draft else ""
    assert "李华" not in shown or draft.support < THRESHOLD, (shown, draft.support)


def _shown(draft):
    return "".join(p.sentence.chunk.text[p.a:p.b] for p in draft.parts) if draft else ""


def test_a_reporter_in_a_credits_block_of_another_article_is_refused():
    # a video's credits glued into one line: 赵强记者 reads as a reporter, but the article
    # (its headline) is not the commentary asked about
    q = analyse("那篇新华社冰雪评论是哪位记者写的？")
    text = ("冬奥会上运动员奋勇拼搏。\n"
            "-END-策划：张立 王刚监制：李明 赵强记者：孙华 周伟剪辑：吴敏编辑：郑一新华社体育部制作\n")
    hits = [Hit(made_chunk(text, title="冬奥会 珠峰 运动员", source="made/c1.txt"), 1.0)]
    draft = extractive.draft_answer(q, hits, flat_idf)
    shown = _shown(draft)
    assert not any(n in shown for n in ("赵强", "孙华")) or draft.support < THRESHOLD, (shown, draft.support)


def test_a_photo_credit_does_not_answer_who_wrote():
    # the article's headline writes what is asked, but its 记者 … 摄 took the picture
    q = analyse("那篇西河镇旅游评论是哪位记者写的？")
    text = "西河镇游客络绎不绝。\n图为西河镇景区。新华社记者 赵六 摄\n"
    hits = [Hit(made_chunk(text, title="西河镇旅游火热", source="made/c2.txt"), 1.0)]
    draft = extractive.draft_answer(q, hits, flat_idf)
    shown = _shown(draft)
    assert "赵六" not in shown or draft.support < THRESHOLD, (shown, draft.support)


def test_the_byline_of_the_article_asked_still_answers():
    q = analyse("那篇西河镇旅游评论是哪位记者写的？")
    text = "西河镇旅游评论：让游客留下来\n本报记者 李华\n西河镇游客络绎不绝，评论认为要留住游客。\n"
    hits = [Hit(made_chunk(text, title="西河镇旅游评论：让游客留下来", source="made/c3.txt"), 1.0)]
    draft = extractive.draft_answer(q, hits, flat_idf)
    assert "李华" in _shown(draft), _shown(draft)


def _english(question, vocab):
    from assistant.query.crosslingual import Bridge
    from assistant.query.english_question import with_translation

    return with_translation(analyse(question), Bridge(vocab))


VOCAB = ["冰雪", "评论", "记者", "冬奥会", "运动员", "东丰县", "发展", "高质量"]


def test_an_english_question_naming_a_piece_asks_the_byline_of_that_piece():
    q = _english("Which reporter wrote the commentary on ice and snow?", VOCAB)
    block = made_chunk("-END-监制：李明 赵强记者：孙华 周伟剪辑：吴敏", title="冬奥会 运动员", source="made/e1.txt")
    own = made_chunk("本报记者 李华", title="冰雪评论：冬天也能火起来", source="made/e2.txt")
    assert not credits.may_answer(q, evidence.Sentence(0, block, 0, len(block.text)))
    assert credits.may_answer(q, evidence.Sentence(0, own, 0, len(own.text)))
    # translations of words no headline renders so (opening up, a new phase): one word written is enough
    q = _english("Who wrote the piece on Xishan Town opening up a new stage of growth?",
                 VOCAB + ["西山镇", "局面", "开启"])
    titled_piece = made_chunk("本报记者 李华", title="西山镇奋力开创发展新局面", source="made/e4.txt")
    assert credits.may_answer(q, evidence.Sentence(0, titled_piece, 0, len(titled_piece.text)))
    # naming no piece (who interviewed X): no article judged
    q = _english("Which reporter interviewed the county head?", VOCAB)
    assert credits.may_answer(q, evidence.Sentence(0, block, 0, len(block.text)))


def test_the_english_scorers_choice_of_another_pieces_credit_is_refused():
    from assistant.answer import english_answers

    q = _english("Which reporter wrote the commentary on ice and snow?", VOCAB)
    block = made_chunk("-END-监制：李明 赵强记者：孙华 周伟剪辑：吴敏", title="冬奥会 运动员", source="made/e1.txt")
    made = extractive.Draft([extractive.Part(evidence.Sentence(0, block, 0, len(block.text)), 0, len(block.text), 0.6)],
                            0.6, kind="person")
    assert english_answers.draft_standing(q, made).support == 0.0


def test_a_byline_both_scorers_chose_is_agreed_on():
    from assistant.answer import english_answers

    q = _english("Which staff reporter interviewed the county head?", VOCAB)
    chunk = made_chunk("本报记者 李华", title="访东山县县长 张明", source="made/e3.txt")
    part = lambda s: extractive.Part(evidence.Sentence(0, chunk, 0, len(chunk.text)), 0, len(chunk.text), s)
    made = extractive.Draft([part(0.2)], 0.2, kind="person")
    assert english_answers.same_cut(q, made, extractive.Draft([part(0.6)], 0.6, kind="person")).support == 0.5
    made = extractive.Draft([part(0.2)], 0.2, kind="person")
    assert english_answers.same_cut(q, made, extractive.Draft([part(0.4)], 0.4, kind="person")).support == 0.2


@pytest.mark.parametrize("question,asked", [
    ("Which two staff reporters took the photos on the page?", True),  # the English words for a picture
    ("Which reporter photographed the opening ceremony?", True),
    ("Which reporter wrote the commentary on ice and snow?", False),
    ("Which reporter interviewed the county head?", False),
    ("Whose byline appears on the interview with the county head?", False),  # its writer, not the head
    ("Who wrote the interview with the county head?", False),
    ("Who wrote to the county head?", None),  # no piece named: not a byline question
])
def test_what_an_english_question_asks(question, asked):
    assert credits.asks_credit(_english(question, VOCAB)) is asked


def test_an_english_question_asking_the_byline_of_an_interview_is_answered_by_the_byline_not_the_interviewee():
    q = _english("Whose byline appears on the interview with Zhang Ming, the county head?", VOCAB + ["张明", "县长"])
    text = "奋力开创新局面\n——访东山县县长 张明\n本报记者 李华\n县长张明在接受记者采访时说，今年要抓好发展。\n"
    hits = [Hit(made_chunk(text, title="奋力开创新局面 ——访东山县县长 张明", source="made/e5.txt"), 1.0)]
    shown = _shown(extractive.draft_answer(q, hits, flat_idf))
    assert "李华" in shown and "接受记者采访" not in shown, shown
