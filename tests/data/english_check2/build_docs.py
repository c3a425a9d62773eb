"""Write the documents of the second held-out English check set (english_check2/questions.jsonl),
written blind to judge the English scorer on articles it was never fitted on.

Thirty real articles of ../shared/corpora/news/news_part_a.txt, each printed on its own as
news_a_NNNN.txt (the file name english_train's and english_check's builders use):

     20 Haikou: Meilan airport adds Hong Kong Airlines flights to Hong Kong for the summer
     58 Qinghai: a weather station at the Xueshan Pasture radio observatory, Qilian Mountains
     73 Chongqing: the BYD solar-plus-storage project of the Bishan zero-carbon power plant
    197 Japan: the LDP lawmaker Akimoto resigns over a wind-power bribery probe
    204 Musk says Twitter's blue bird logo will give way to "X"
    278 Santo Domingo: an explosion and fire in a market district
    304 South Korea: babies with no birth registration in January-May 2023
    467 Tesla's recall of Model S and Model X cars over seat belts
    571 Beijing: the 2023 ceilings and floors of the social insurance contribution base
    640 Chengdu: the Universiade Museum opens
    944 Anyang: the Ministry of Education on Putonghua training for Hong Kong and Macau
    950 Kunming: railway police seize methamphetamine
    966 the end of the South China Sea summer fishing moratorium
    972 Taipei: a fire in a National Taiwan University chemical engineering laboratory
   1037 Geely's Aerofugia (Wofei Changkong) and Hualong Aviation: an order for AE200 eVTOLs
   1054 Micron's HBM3 Gen2 memory
   1079 Wuling Motors' profit estimate for the first half of 2023
   1088 Transsion's results estimate for the first half of 2023
   1099 BMW's iX5 Hydrogen trial in Japan
   1176 the global smartphone market in the second quarter of 2023
   1195 a car-carrier fire off the Netherlands
   1240 Zhuozhou (Hebei): rainfall, evacuations and flood relief
   1311 Great Wall's Tank 500 Hi4-T orders
   1321 China's seventh fuel price rise of 2023
   1336 Counterpoint on US smartphone shipments in the second quarter of 2023
   1383 China's power battery installations in June 2023
   1423 the Audi Group's first half of 2023
   1482 Nanning: women's handball at the first National Student (Youth) Games
   1485 the ITU's report on ICT affordability in 2022
   1494 the logistics federation's 2023 survey of the business environment

Why these: none is a line any file of tests/data reads (not english_train's or english_check's
ARTICLES or questions, not the lines news_part_a_dev and counterfactual name, not
the part-a fillers (FILLER_A) of the news checks' long documents, and no part-a article dated on
a day the longdocs builder prints), and none shares over 15% of its six-character runs with one
of those, with any article of part b, or with another article of this set (no retold story).
Among the free lines they were picked by hand for a spread of subjects (regional and government
news, transport, energy, company results, products, international news, sport, science and
industry surveys; July and August 2023), for subjects other than the earlier English sets', and
for carrying plain facts an English-speaking reader would ask about: figures, names, places,
dates, organisations and products.

The 80 questions (55 answerable, 25 unanswerable: a near fact no printed article gives) are
English, written by hand from these articles; every answer and evidence string occurs verbatim
in its article. The documents are rebuilt here and never committed.

    python english_check2/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402


NEWS, PART = news_docs.NEWS, news_docs.PART_A

ARTICLES = (20, 58, 73, 197, 204, 278, 304, 467, 571, 640, 944, 950, 966, 972, 1037, 1054, 1079, 1088,
            1099, 1176, 1195, 1240, 1311, 1321, 1336, 1383, 1423, 1482, 1485, 1494)


document_of = news_docs.part_a_file  # the file an article of the set is printed in


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.write_part_a(out, news, ARTICLES)


if __name__ == "__main__":
    news_docs.main(build, "Write the second held-out English check set's documents from ../shared.")
