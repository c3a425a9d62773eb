"""Write the documents of the third held-out English check set (english_check3/questions.jsonl),
written blind to judge the English scorer on articles it was never fitted on.

Thirty real articles of ../shared/corpora/news/news_part_a.txt, each printed on its own as
news_a_NNNN.txt (the file name english_train's, english_check's and english_check2's builders use):

     12 Himachal Pradesh (India): deaths and road closures from monsoon floods and landslides
     21 Hezhou (Guangxi): eight hikers trapped by a flash flood in the Gupo Mountain forest park
     32 Chongqing: the Liuzibao tunnel of the Chongqing-Wanzhou high-speed railway holed through
     69 Nanjing: the Meiyuan South Road bridge over the Qinhuai New River pushed across
     71 Changchun: the Jilin Overseas Friendship Association elects its council president
     76 Hekou (Yunnan): the first Vietnamese motorcycle touring convoy enters since reopening
    245 Germany: Baerbock's government jet breaks down in Abu Dhabi, Indo-Pacific trip cancelled
    265 the pairs skater Han Cong withdraws from the Milan Olympic cycle
    289 Shanghai: Hongqiao airport's international flights fully restored
    396 China's social financing in July 2023
    401 Loongson processors in a home-grown ETC lane controller in Sichuan
    413 the Honor Smart Screen 5 television on sale
    466 RUNTO's figures on China's monitor market in the first half of 2023
    532 Zhoukoudian: a human parietal bone identified at Locality 15
    605 Beijing: stranded passengers of three trains on the flooded Fengsha line transferred
    679 Sichuan: the station buildings of the Chengdu-Yibin high-speed railway completed
    682 Qingdao: the hull of the cylindrical FPSO Haiyang Shiyou 122 completed
    768 Jilin city: a Rolex lost by SF Express
    820 CATL's first half of 2023 and its share incentive plan
    834 the Lexus LBX on sale in Germany
    856 the EU Council adopts the Chips Act
    939 Hong Kong: the eighth batch of Silver Bonds
    948 Hong Kong Exchanges and Clearing's first half of 2023
   1174 Intel's second quarter of 2023
   1193 the 2023 Fortune China 500
   1235 Guangxi: the first steel box girder of the Longmen Bridge lifted
   1296 Renault's first half of 2023
   1334 Cainiao's Jakarta cHub opens
   1777 Gotion High-Tech's Michigan battery plant
   1894 BYD's Dolphin launched in Malaysia

Why these: none is a line any file of tests/data reads (not english_train's or english_check's
ARTICLES or questions, not english_check2's ARTICLES, not the lines news_part_a_dev and
counterfactual name, not the part-a fillers (FILLER_A) of the news checks' long documents, and no
part-a article dated on a day the longdocs builder prints), and none shares over 15% of its
six-character runs with one of those, with any article of part b, or with another article of this
set (no retold story). Articles that splice two unrelated stories into one line were passed over.
Among the free lines they were picked by hand for a spread of subjects (regional news and
disasters, transport and construction, finance, company results, products, science, sport and
international news; July and August 2023), for subjects other than the earlier English sets', and
for carrying plain facts an English-speaking reader would ask about: figures, names, places,
dates, organisations and products.

The 80 questions (55 answerable, 25 unanswerable: a near fact no printed article gives) are
English, written by hand from these articles; every answer and evidence string occurs verbatim
in its article. The documents are rebuilt here and never committed.

    python english_check3/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402


NEWS, PART = news_docs.NEWS, news_docs.PART_A

ARTICLES = (12, 21, 32, 69, 71, 76, 245, 265, 289, 396, 401, 413, 466, 532, 605, 679, 682, 768, 820,
            834, 856, 939, 948, 1174, 1193, 1235, 1296, 1334, 1777, 1894)


document_of = news_docs.part_a_file  # the file an article of the set is printed in


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.write_part_a(out, news, ARTICLES)


if __name__ == "__main__":
    news_docs.main(build, "Write the third held-out English check set's documents from ../shared.")
