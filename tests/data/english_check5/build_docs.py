"""Write the documents of the fifth held-out English check set (english_check5/questions.jsonl),
written blind to judge the English scorer on articles it was never fitted on.

Thirty real articles of ../shared/corpora/news/news_part_a.txt, each printed on its own as
news_a_NNNN.txt (the file name english_train's and the earlier English check sets' builders use):

      3 Shanxi: coal output and smart mines, 2023-2027
     59 Sydney: a bomb claim turns Malaysia Airlines flight MH122 back
     66 Hong Kong: the provisional population at mid-2023
    279 Tripoli (Libya): clashes between the 444 Brigade and the Special Deterrence Force
    287 Yixing and Changshu: two new national IP rapid rights-protection centres
    663 Wuchang (Heilongjiang): rice paddies hit by the Doksuri floods
    931 Cathay Pacific's passengers and cargo in July 2023
   1122 Samsung Electronics' second quarter of 2023 and its China smartphone share
   1183 EnerVenue's nickel-hydrogen "forever" battery
   1185 Unisplendour's purchase of 49% of New H3C
   1246 the Ministry of Transport and Ministry of Finance: a coordination mechanism for freight hubs
   1288 Microsoft's Xbox business in fiscal 2023
   1325 Hong Kong Post and Geek+: a robotic parcel sorting system
   1424 the German games industry association's 2022 company count
   1468 Toyota's liquid-hydrogen engine car
   1487 the National Bureau of Statistics: industrial output in July 2023
   1569 Japan: rain halts the Tokaido Shinkansen
   1591 Hong Kong Customs' anti-drug operation, June-August 2023
   1604 Yangzhou: China's first small methanol dual-fuel container ship launched
   1615 Oklahoma City: a murder-suicide in a house
   1618 the Ministry of Water Resources' drought response for the northwest
   1647 Niger State (Nigeria): an ambush and a military helicopter crash
   1683 the National Energy Administration: renewable power capacity at the end of June 2023
   1755 China's box office in July 2023
   1826 the James Webb telescope's "cosmic question mark"
   1860 DJI's Action 4 camera
   1901 the sentence in the Uber self-driving fatal crash case
   1911 Changan Ford takes over Ford's Mustang Mach-E business in China
   1918 the Shenzhou-15 crew meet the public
   1920 car sales in 28 European countries in the first half of 2023

Why these: none is a line any file of tests/data reads (not english_train's, english_check's,
english_check2's, english_check3's or english_check4's ARTICLES or questions, not the lines
news_part_a_dev and counterfactual name, not the part-a fillers (FILLER_A) of the news checks' long
documents, and no part-a article dated on a day the longdocs builder prints), and none shares over 15%
of its six-character runs with one of those, with any article of part b, or with another article of
this set (no retold story). Articles that splice two unrelated stories into one line were passed over,
and so were subjects an earlier English set asks about. Among the free lines they were picked by hand
for a spread of subjects (regional and government news, statistics, energy, transport, disasters and
accidents, international news, company results and deals, products, science, space and film; July
and August 2023) and for carrying plain facts an English-speaking reader would ask about: figures,
names, places, dates, organisations and products.

The 80 questions (55 answerable, 25 unanswerable: a near fact no printed article gives) are
English, written by hand from these articles; every answer and evidence string occurs verbatim
in its article. The documents are rebuilt here and never committed.

    python english_check5/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402


NEWS, PART = news_docs.NEWS, news_docs.PART_A

ARTICLES = (3, 59, 66, 279, 287, 663, 931, 1122, 1183, 1185, 1246, 1288, 1325, 1424, 1468, 1487, 1569,
            1591, 1604, 1615, 1618, 1647, 1683, 1755, 1826, 1860, 1901, 1911, 1918, 1920)


document_of = news_docs.part_a_file  # the file an article of the set is printed in


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.write_part_a(out, news, ARTICLES)


if __name__ == "__main__":
    news_docs.main(build, "Write the fifth held-out English check set's documents from ../shared.")
