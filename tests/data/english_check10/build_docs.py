"""Write the documents of the tenth held-out English check set (english_check10/questions.jsonl),
written blind to judge the English scorer on articles it was never fitted on.

Thirty real articles of ../shared/corpora/news/news_part_a.txt, each printed on its own as
news_a_NNNN.txt (the file name english_train's and the earlier English check sets' builders use):

    270 San Cristobal (Dominican Republic): an explosion at a bakery west of Santo Domingo
    274 Sudan: UN human rights chief Volker Tuerk on the conflict's dead and displaced
    286 Pyongyang: KCNA's interim findings on the US soldier Travis King who crossed at Panmunjom
    292 Shanxi: seven inspection teams for the campaign against illegal mining
    384 the PNAS survey of scientists of Chinese descent in the United States
    405 the "2023 AI app market insights" report: downloads and in-app revenue of AI apps
    458 ViewSonic's VX2758 and VX2781 2K 185Hz monitors on sale
    547 Haikou: the city's bus network redrawn
    687 Jiangsu: the provincial cloud platform for medical images
    888 League of Legends: LNG beat WBG in the LPL summer playoffs
    895 Tesla's Cybertruck: over 1.9 million orders
    923 Chengdu: the opening ceremony of the 31st Summer World University Games
   1178 Hangzhou signs a strategic cooperation agreement with 360
   1236 Beijing: traffic in the heavy rain of 31 July 2023
   1252 CFLAC and the Central Civilisation Office: arts volunteers for the grassroots (2023-2025)
   1294 Meta's Reality Labs: the second-quarter loss
   1301 the Wuling Baojun Yunduo (Cloud) electric car: blind orders
   1304 Samsung extends its memory chip output cuts; SK Hynix cuts NAND
   1318 General Motors warns of fines under proposed US emissions rules
   1344 Hebi, Xinxiang and Anyang: free entry with a "Creation of the Gods" ticket stub
   1685 Hunan: the discipline commission's cases of officials living off state enterprises
   1708 Dalian: four cases of formalism and bureaucratism
   1769 an Oxford study: large language models cost more in languages other than English
   1780 the US Department of Energy's ban on incandescent bulbs
   1807 the Netherlands' new-energy car registrations, June and first half of 2023
   1854 Tencent266 in the MSU Full HD video codec comparison
   1855 Travis Scott's album Utopia
   1884 the CPCA's June 2023 report: plug-in hybrid sales
   1887 Gartner's forecast of contact-centre spending and conversational AI
   1928 NIO's August 2023 offers: battery-swap vouchers and home charger prices

Why these: none is a line any file of tests/data reads or names (every number written in any
builder script there, part a or b, ARTICLES, FILLER_A, LONG, SINGLE, docstrings and the rest, was
left out, and so was every line a data file names: "source" fields of english_train's, english_check's
to english_check9's, counterfactual's, the news checks' and news_heldout's items, the "line" fields
of news_part_a_dev and news_open; and no part-a article stamped with a day the longdocs builder
prints), and none shares over 15% of its six-character runs with one of those, with any article of
part b, or with another article of this set (no retold story: where a free line retells a story an
excluded one tells, as the 26 July fuel price rise, EnerVenue's battery, Volkswagen's stake in Xpeng,
the box office of Chang'an San Wan Li or the forecast for typhoon Doksuri do, it was passed over).
Articles that splice two unrelated stories into one line were passed over (the ancient tomb in
Xinhe with Beijing's parks at night, the village super league with Beijing's sports consumption
festival, Hubei's graduate jobs with rainstorm advice, and the like). Among the free lines they were
picked by hand for a spread of subjects (regional and government news, statistics, economy and
companies, energy, transport, disasters, international news, products, science, culture and sport;
July and August 2023) and for carrying plain facts an English-speaking reader would ask about:
figures, names, places, dates, organisations and products.

The 80 questions (55 answerable, 25 unanswerable: a near fact no printed article gives) are
English, written by hand from these articles; every answer and evidence string occurs verbatim
in its article (after NFKC and with whitespace removed). The documents are rebuilt here and never
committed.

    python english_check10/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402


NEWS, PART = news_docs.NEWS, news_docs.PART_A

ARTICLES = (270, 274, 286, 292, 384, 405, 458, 547, 687, 888, 895, 923, 1178, 1236, 1252, 1294, 1301, 1304,
            1318, 1344, 1685, 1708, 1769, 1780, 1807, 1854, 1855, 1884, 1887, 1928)


document_of = news_docs.part_a_file  # the file an article of the set is printed in


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.write_part_a(out, news, ARTICLES)


if __name__ == "__main__":
    news_docs.main(build, "Write the tenth held-out English check set's documents from ../shared.")
