"""Write the documents of the sixth held-out English check set (english_check6/questions.jsonl),
written blind to judge the English scorer on articles it was never fitted on.

Thirty real articles of ../shared/corpora/news/news_part_a.txt, each printed on its own as
news_a_NNNN.txt (the file name english_train's and the earlier English check sets' builders use):

     27 Xi'an: a flash flood and mudslide in Weiziping village, Chang'an district
     74 Yangzhou: the city's people's congress elects Pan Guoqiang mayor
    271 Shizuishan: the finals of Ningxia's village basketball ("village BA") contest open
    280 Seoul and Tokyo: talks on Korean experts checking the Fukushima water discharge
    575 the housing ministry and six other departments: "complete community" pilots
    577 Beijing: more bus lanes opened to other cars at weekends and on holidays
    595 Zhejiang: the province's household registration (hukou) reform
    875 Shenzhen: a court freezes 1.5 billion yuan of the car-sharing firm Lingdong Yun's equity
    902 the new Haval Dargo (哈弗大狗) SUV on sale
    941 Nanjing: the Longtan Yangtze River bridge under construction
    953 Hohhot (Tumed Left Banner): a lorry crash and tanker fire on National Road 110
    961 Seoul: Lee Jae-myung questioned over the Baekhyeon-dong land case
   1008 Huawei's MatePad 2023 tablet
   1017 rising charging fees for electric-car drivers in Zhengzhou and other cities
   1028 Tencent adds property business to its licence: the Dachan Bay headquarters
   1045 Porsche's first "charging lounge", at Bingen am Rhein
   1094 Lenovo's Tab P12 and Tab M10 5G tablets
   1120 Tokyo Institute of Technology: wireless power by laser light
   1125 Spotify raises its Premium prices
   1378 Dota 2: the Riyadh Masters upper-bracket semifinal and The International 2023 (Ti12)
   1558 the China Film Archive, Douyin and Volcano Engine restore 100 Hong Kong films in 4K
   1562 Beijing: the China premiere of the film Gran Turismo
   1576 Kazakhstan's wheat exports, January-May 2023
   1581 CAICT's report on China's digital economy industry (2023)
   1590 Iran's foreign minister Amir-Abdollahian visits Riyadh
   1594 Jilin: Zhou Kunxun, killed fighting the Shulan floods, named a martyr
   1609 Karaganda (Kazakhstan): a fire in a coal mine
   1640 China's port throughput in the first half of 2023
   1874 Jiva Materials' Soluboard, a circuit board that dissolves in hot water
   1924 Panasonic liquidates its LCD subsidiary to make electric-car batteries at Himeji

Why these: none is a line any file of tests/data reads or names (every number in a builder
script there, part a or b, ARTICLES, FILLER_A, LONG, SINGLE and the rest, was left out, and so
was every line a data file names: english_train's, english_check's to english_check5's questions,
the lines news_part_a_dev and counterfactual name, the news checks' and news_open's lines; and
no part-a article dated on a day the longdocs builder prints), and none shares over 15% of its
six-character runs with one of those, with any article of part b, or with another article of
this set (no retold story: where a free line retells another, as the Maui fire, the Moscow drone,
the Denza N7 or the Fukuoka diving finals do, it was passed over). Articles that splice two
unrelated stories into one line were passed over, and so were subjects an earlier English set
asks about (Porsche and Panasonic come back only with other stories than their results). Among
the free lines they were picked by hand for a spread of subjects (regional and government news,
statistics, economy and companies, energy, transport, disasters, international news, products,
science, culture and sport; July and August 2023) and for carrying plain facts an
English-speaking reader would ask about: figures, names, places, dates, organisations and products.

The 80 questions (55 answerable, 25 unanswerable: a near fact no printed article gives) are
English, written by hand from these articles; every answer and evidence string occurs verbatim
in its article. The documents are rebuilt here and never committed.

    python english_check6/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402


NEWS, PART = news_docs.NEWS, news_docs.PART_A

ARTICLES = (27, 74, 271, 280, 575, 577, 595, 875, 902, 941, 953, 961, 1008, 1017, 1028, 1045, 1094, 1120,
            1125, 1378, 1558, 1562, 1576, 1581, 1590, 1594, 1609, 1640, 1874, 1924)


document_of = news_docs.part_a_file  # the file an article of the set is printed in


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.write_part_a(out, news, ARTICLES)


if __name__ == "__main__":
    news_docs.main(build, "Write the sixth held-out English check set's documents from ../shared.")
