"""Write the documents of the eleventh held-out English check set (english_check11/questions.jsonl),
written blind to judge the English scorer on articles it was never fitted on.

Thirty real articles of ../shared/corpora/news/news_part_a.txt, each printed on its own as
news_a_NNNN.txt (the file name english_train's and the earlier English check sets' builders use):

     82 the 2023 "Root-Seeking Journey" Yellow River camp: overseas Chinese youth make paper the old way
    510 Corsair's 3000D Airflow PC case on sale (standard and RGB editions)
    527 Liaoning: the provincial court and justice department send nine kinds of dispute to mediation first
    583 Jining (Shandong): childcare places and the "medical care, nurture and education" model
    588 Suzhou (Xiangcheng district): subsidised meals for older people, central kitchens and meal points
    590 North China's extreme rain of 29-31 July 2023 and telecoms repairs in Fangshan and Mentougou
    599 Lishui (Zhejiang): gross ecosystem product (GEP) accounting and Yunhe's "ecological land"
    602 Beijing: the culture and tourism bureau's flood notice as ten districts lift their warning
    685 Shangli county (Pingxiang, Jiangxi): cadres as the "close friends of the people" since 2008
    692 Xiangshan county (Zhejiang): family hospital beds for elderly patients at home
    955 a rumour-buster: honey and garlic do not kill Helicobacter pylori
    993 Zotac's RTX 4060 SOLO ITX single-fan graphics card
    994 Ken Pillonel's repairable USB-C charging case for the AirPods Pro
    997 SentinelOne on Realst, crypto-stealing malware hidden in fake blockchain games
   1011 Nanjing: the 2023 World Semiconductor Conference and Actions Technology's ATS2835P chip
   1031 Intel's 18A process: custom 5G SoCs for Ericsson
   1043 Amazon's Bedrock generative-AI service and its trial customers
   1051 California's attorney general investigates Tesla's Autopilot and FSD claims
   1089 Tesla's Fremont factory paused for upgrades in the third quarter
   1098 the Denza N7's dual-gun fast charging
   1117 Mercedes-AMG CLE 53 and CLE 63 prototypes spotted in Arizona
   1159 Counterpoint Research: a foldable iPhone in 2025 and the foldable-phone market to 2027
   1411 Activision Blizzard sues the music critic Anthony Fantano over a TikTok audio clip
   1458 Marvel's Spider-Man 2 PS5 console covers sold out and resold
   1469 Microsoft names GPU availability a risk to its data-centre services
   1564 Zaozhuang (Yicheng district, Shandong): grasshoppers farmed in greenhouses
   1690 Chongqing (Banan district): an inspection team gets Huxiao village's sewage ditch fixed
   1691 Wuding county (Chuxiong, Yunnan): the bribery case of the natural resources bureau's enforcement chief
   1694 Zigong (Yantan town): support funds wrongly drawn through a town nursing home
   1697 Henan: the five party-spirit cadre colleges (Jiao Yulu, Red Flag Canal, Dabie Mountains ...)

Why these: none is a line any file of tests/data reads or names. Every number written anywhere in a
builder script there (part a or b, ARTICLES, FILLER_A, LONG, SINGLE, _KEPT, HALVES, docstrings and
code alike, and every line of a range such as 1850-1930 written there) was left out, and so was every
line a data file names: the "source" fields (news_part_a.txt:N, news_part_b.txt:N) and "line" fields
of english_train's, english_check's to english_check10's, counterfactual's, news_part_a_dev's,
news_heldout's, news_open's and the news checks' items, and any news_a_NNNN or news_b_NNNN written in
a file; every part-a article holding a string of 10 or more characters (answers, evidence, sentences,
original texts) of any data file there (longdocs', extra's, the claims', the drafts' and the seed
checks' among them); and every part-a article stamped, in any of the corpus's date forms, with a day
the longdocs builder prints. None shares over 15% of its six-character runs with one of those, with
any article of part b, or with another article of this set, counted both ways (of its runs and of the
other's), on the whole line and on its body without the date, editor and zol.com.cn trailers. Free
lines were also read beside the excluded or part-b articles they share most with (four-character runs)
and passed over where they retell one of those stories: the RX 7900 GRE's launch, PlayStation Plus's
August games, the Li Auto poster row, Nintendo's next console, AMD's HIP SDK, Win11 23H2's taskbar,
Safari 17, Intel's 14th-generation leaks; of free lines telling one story twice (Galaxy S23 FE, Weibo's
translation button, Tesla's California inquiry, Colorful's MEOW SSD, Jiangxi's "close friends",
Xiangshan's family beds, the North China rain) one was taken. Articles that splice two unrelated
stories into one line were passed over (Liaoning's mediation rules with its resident doctors, Shanxi's
mine cover-up with Jining's childcare, Suzhou's meals with Lishui's homestays, Beijing's rain with the
Xichang-Ningnan expressway, Hubei's graduates with rain advice, Chengde's trade unions with Jiangsu's
cloud images, Sony's Spider-Man 2 bundle with Xbox emulators, and the like), and so were stories an
earlier English set passed over (typhoon Doksuri's forecasts, the end of the fishing moratorium,
Micron's memory, the 26 July fuel price rise, EnerVenue's battery, Volkswagen's stake in Xpeng, the
Fukuoka diving finals, Liaoning's chronic-disease policy, Lenovo's Bilibili World launch). Among the
free lines they were picked by hand for a spread of subjects (regional and government news, statistics,
economy and companies, energy and cars, disasters, international news, products, science and health,
culture; July and August 2023) and for carrying plain facts an English-speaking reader would ask
about: figures, names, places, dates, organisations and products. Part a's free lines hold no sport
story that does not retell an excluded one, so this set has none.

The 80 questions (55 answerable, 25 unanswerable: a near fact no printed article gives) are
English, written by hand from these articles; every answer and evidence string occurs verbatim
in its article (after NFKC and with whitespace removed). The documents are rebuilt here and never
committed.

    python english_check11/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402


NEWS, PART = news_docs.NEWS, news_docs.PART_A

ARTICLES = (82, 510, 527, 583, 588, 590, 599, 602, 685, 692, 955, 993, 994, 997, 1011, 1031, 1043, 1051,
            1089, 1098, 1117, 1159, 1411, 1458, 1469, 1564, 1690, 1691, 1694, 1697)


document_of = news_docs.part_a_file  # the file an article of the set is printed in


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.write_part_a(out, news, ARTICLES)


if __name__ == "__main__":
    news_docs.main(build, "Write the eleventh held-out English check set's documents from ../shared.")
