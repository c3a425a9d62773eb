"""Write the documents of the fourth held-out English check set (english_check4/questions.jsonl),
written blind to judge the English scorer on articles it was never fitted on.

Thirty real articles of ../shared/corpora/news/news_part_a.txt, each printed on its own as
news_a_NNNN.txt (the file name english_train's and the earlier English check sets' builders use):

     57 Xi'an: Xianyang airport customs finds methamphetamine in an express parcel from the US
     75 the China Association of Automobile Manufacturers on car output, investment and retail, Jan-Jul 2023
    296 the General Administration of Customs: "inspect only once" in comprehensive bonded zones
    305 Odesa: the first ship to leave through Ukraine's temporary Black Sea corridor
    934 Dongguan: phase one of the City University of Hong Kong (Dongguan) campus completed
    949 Beijing: the 2023 World Robot Conference and China's robot industry in 2022
    969 Hpakant (Kachin State, Myanmar): the death toll of a jade mine collapse
   1019 TACC's Stampede3 supercomputer
   1035 UK developers' class action against Apple over App Store commissions
   1103 Japan: the Big Motor used-car repair scandal
   1244 Heilongjiang: a bridge section of the G10 Harbin-Mudanjiang expressway washed away
   1247 the Ministry of Public Security's fugitive hunt up to 30 July 2023
   1297 Stellantis's first half of 2023
   1312 Honda's EM1 e electric scooter and its Indonesian plans
   1339 NWA 13188, a "boomerang" meteorite from the Earth
   1362 the first Lucid Air Sapphire off the line
   1385 MaxLinear ends its takeover of Silicon Motion
   1418 Australia: Pixie Curtis, an eleven-year-old toy entrepreneur, plans to "retire"
   1472 Boeing's losses on the Starliner capsule
   1478 Sichuan: the main arch of the Shuiluo River bridge (Gulin-Jinsha expressway) closed
   1496 Beijing: the 29th China Mooncake Culture Festival and its trends report
   1517 OPEC's August 2023 monthly oil market report
   1601 the National Energy Administration's power statistics, Jan-Jul 2023
   1606 Selangor (Malaysia): a light aircraft crash in Shah Alam
   1721 Kentucky: Rivian and BrightNight turn the Starfire coal mine into a solar plant
   1837 Switzerland: a German climber missing since 1986 found in a melting glacier
   1847 China's esports industry in the first half of 2023
   1850 Duke and Harvard: parabiosis lengthens the lives of old mice
   1876 Panasonic Holdings' April-June quarter
   1904 SAIC Volkswagen's ID.3 orders in July 2023

Why these: none is a line any file of tests/data reads (not english_train's, english_check's,
english_check2's or english_check3's ARTICLES or questions, not the lines news_part_a_dev and
counterfactual name, not the part-a fillers (FILLER_A) of the news checks' long documents, and no
part-a article dated on a day the longdocs builder prints), and none shares over 15% of its
six-character runs with one of those, with any article of part b, or with another article of this
set (no retold story). Articles that splice two unrelated stories into one line were passed over,
and so were subjects an earlier English set asks about. Among the free lines they were picked by
hand for a spread of subjects (regional and government news, statistics, disasters and accidents,
construction, company results and deals, products, science and international news; July and
August 2023) and for carrying plain facts an English-speaking reader would ask about: figures,
names, places, dates, organisations and products.

The 80 questions (55 answerable, 25 unanswerable: a near fact no printed article gives) are
English, written by hand from these articles; every answer and evidence string occurs verbatim
in its article. The documents are rebuilt here and never committed.

    python english_check4/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402


NEWS, PART = news_docs.NEWS, news_docs.PART_A

ARTICLES = (57, 75, 296, 305, 934, 949, 969, 1019, 1035, 1103, 1244, 1247, 1297, 1312, 1339, 1362, 1385,
            1418, 1472, 1478, 1496, 1517, 1601, 1606, 1721, 1837, 1847, 1850, 1876, 1904)


document_of = news_docs.part_a_file  # the file an article of the set is printed in


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.write_part_a(out, news, ARTICLES)


if __name__ == "__main__":
    news_docs.main(build, "Write the fourth held-out English check set's documents from ../shared.")
