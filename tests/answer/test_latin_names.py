"""Latin-letter names after a Chinese role, and who a 谁 question then finds."""

from assistant.answer import people
from assistant.query.question import analyse


def names(text: str, question: str = "谁表示了看法？") -> list[tuple[str, str]]:
    """The Latin-letter people `wanted_persons` finds (jieba's own, 谷歌, are not asked here)."""
    return [(p.name, p.role) for p in people.wanted_persons(analyse(question), text) if p.name.isascii()]


def test_a_latin_name_after_a_role_is_a_person_with_that_role():
    assert names("该州交通部长Anna Smith表示，新线路年底通车。", "谁是该州的交通部长？") == [("Anna Smith", "该州交通部长")]
    assert names("公司首席技术官Mark Stone说，芯片已量产。", "谁是公司的首席技术官？") == [("Mark Stone", "公司首席技术官")]
    assert names("这家车企的董事长Bhatt在股东大会上表示", "这家车企的董事长是谁？") == [("Bhatt", "这家车企的董事长")]
    # an executive title in Latin letters, a space before the name, a particle inside it
    assert names("该公司CEO Tom Lee表示，业务增长。") == [("Tom Lee", "该公司CEO")]
    assert names("雷诺首席执行官Luca de Meo在声明中表示") == [("Luca de Meo", "雷诺首席执行官")]


def test_a_role_asked_still_decides_who_answers():
    text = "分析师Jane Doe和副总裁John Roe出席。"
    assert names(text, "谁是副总裁？") == [("John Roe", "副总裁")]


def test_products_brands_and_acronyms_after_a_word_are_no_people():
    assert names("谷歌仍对其智能助手Google Assistant抱有期待。") == []  # 助手 is no role here
    assert names("用户可通过米家App远程操控。") == []
    assert names("四足机器人Unitree Go2正式发布。") == []  # a product name goes on
    assert names("工程师团队发布了AMD芯片。") == []


def test_a_latin_name_before_a_verb_only_people_do_is_a_person():
    assert names("由总裁Tom Lee领导的青川公司一直误导客户。", "青川公司由谁领导？") == [("Tom Lee", "由总裁")]
    assert names("总裁Tom Lee宣布，新车年底上市。") == [("Tom Lee", "总裁")]


def test_a_latin_name_ends_before_a_word_of_when_he_acted():
    """CEO X近日在接受采访时…, 首席技术官Y日前透露: a time word follows the name as a verb does."""
    assert names("据报道，星河工作室的CEO Anna Berg近日在接受采访时谈到了未来规划。") == [("Anna Berg", "星河工作室的CEO")]
    assert names("公司首席技术官Mark Stone日前透露，芯片已量产。") == [("Mark Stone", "公司首席技术官")]
    assert names("该集团总裁Tom Lee此前曾表示反对。") == [("Tom Lee", "该集团总裁")]
    assert names("四足机器人Unitree Go2近日正式发布。") == []  # a product after a word that is no role
