"""How the bridge reads CC-CEDICT: British spellings reach the dictionary's American ones."""

from assistant.query.crosslingual import Bridge, variants


def test_british_spellings_reach_the_american_ones():
    assert "center" in variants("centre")
    assert "meter" in variants("metres")
    assert "defense" in variants("defence")
    assert "labor" in variants("labour")
    assert "organize" in variants("organised")
    assert variants("four") == ["four"], "too short to be a British spelling"


def test_the_bridge_translates_a_british_spelling():
    bridge = Bridge(["中心", "健身", "国防"])
    groups, _, _ = bridge.groups("How big is the fitness centre of the defence ministry?")
    assert any("中心" in g for g in groups)
    assert any("国防" in g for g in groups)


def test_an_acronym_the_corpus_writes_in_latin_letters_is_its_own_translation():
    bridge = Bridge(["ceo", "总经理", "完美", "世界"])
    groups, _, _ = bridge.groups("Who is the CEO of Perfect World?")
    assert any("CEO" in g and "总经理" in g for g in groups)
    groups, _, _ = Bridge(["总经理", "完美", "世界"]).groups("Who is the CEO of Perfect World?")
    assert not any("CEO" in g for g in groups), "only where the corpus writes it"


def test_a_spelling_that_also_writes_an_unknown_name_gives_no_place():
    # Yida spells 意达 (jieba: a place) and 亿达 (a company jieba does not know, cut 亿|达):
    # which one is asked the name check decides, so the place check asks for neither
    _, names, _ = Bridge(["意达", "亿达", "大学"]).groups("Which university does Yida Carbon work with?")
    assert names == []
    _, names, _ = Bridge(["意达", "大学"]).groups("Which university does Yida Carbon work with?")
    assert names == ["意达"]
    # a common word of the same sound (东风, east wind) leaves the place as it was
    _, names, _ = Bridge(["东丰", "东丰县", "东风"]).groups("How much did Dongfeng County grow?")
    assert "东丰" in names or "东丰县" in names


def test_a_noun_in_ment_reaches_the_words_of_its_verb():
    # the dictionary glosses 考核 "to assess", never "assessment"
    groups, _, specificity = Bridge(["考核", "评估"]).groups("How did the town do in the yearly assessment?")
    group = next(g for g in groups if "考核" in g)
    assert "评估" in group and specificity["考核"] < specificity["评估"], "the verb's words, less specifically"
    assert not any("考核" in g for g in Bridge(["考核"]).groups("What is the payment?")[0]), "pay is too short a stem"


def test_so_far_and_to_date_name_no_topic():
    vocab = ["万里", "远东", "不可", "而", "日期", "投资"]
    for question in ("How much has the park drawn in investment so far?", "How much investment has it drawn to date?"):
        groups, _, _ = Bridge(vocab).groups(question)
        assert groups and all(set(g) <= {"投资"} for g in groups), groups


def test_a_hyphened_compound_joins_a_character_of_each_half():
    # the dictionary has no 热轧 nor 冷链 as such a compound; 热 is hot, 轧 to roll, 冷 cold, 链 chain
    bridge = Bridge(["热轧", "钢材", "冷链", "仓库"])
    groups, _, _ = bridge.groups("How much hot-rolled steel does the mill make?")
    assert any("热轧" in g for g in groups)
    groups, _, _ = bridge.groups("How big is the new cold-chain warehouse?")
    assert any("冷链" in g for g in groups)
    groups, _, _ = bridge.groups("How much hot rolled bread does the bakery make?")
    assert not any("热轧" in g for g in groups), "only a hyphen makes two words one compound"
    # names joined by a hyphen are translated each on its own (China-Europe): their characters join nothing
    groups, _, _ = bridge.groups("How much steel does the Hot-Rolled mill make?")
    assert not any("热轧" in g for g in groups), "a hyphen between names joins no characters"
