"""The unit an English question names (how many people -> 人), read by question._unit_hint."""

# Units an English question names: how many people -> 人, what percentage -> %, how many times (has X run it) -> 次.
UNITS_EN = (
    (r"\bpercent|\bpercentage\b|\bshare\b|\brate\b|\bgrowth\b|\bproportion\b", "%"),
    # visitors, tourists and passengers are counted in 人次 (visits) as often as in 人: in sentences of
    # news_part_a and _b naming 游客, 旅客 or 客流, 37 figures in 人次 against 17 in 人; no unit for them
    (r"\bhow many (?:people|persons|residents|workers|employees|students)\b|\bhow many .*\b(?:died|killed|injured|employed)\b", "人"),
    (r"\bhow many times\b(?!\s+(?:more|less|fewer|larger|bigger|higher|greater|smaller|lower|faster|longer|as|that|over)\b)", "次"),  # not 倍
    (r"\b(?:tons|tonnes)\b", "吨"), (r"\byuan\b|\brmb\b", "元"),
    # an area is no length: 125平方公里 answers "how many square kilometres", 4公里 does not
    (r"\bsquare kilomet(?:er|re)s\b", "平方公里"),
    (r"\bkilomet(?:er|re)s\b", "公里"),
    # units news_part_a and _b write in Chinese far more often than in Latin letters (figures
    # counted in both parts: 英寸 506 against 10 inch or ", 欧元 146 against no €, 平方米 30
    # against 1 m², 公顷 4 against none); mm, m, kg and $ are as often Latin, so no unit for them
    (r"\binch(?:es)?\b", "英寸"),
    (r"\beuros\b", "欧元"),
    (r"\bsquare met(?:er|re)s\b", "平方米"),
    (r"\bhectares?\b", "公顷"),
)
