"""Write the documents of the held-out English check set (english_check/questions.jsonl), written
blind to judge the English scorer on articles it was never fitted on.

Thirty real articles of ../shared/corpora/news/news_part_a.txt, each printed on its own as
news_a_NNNN.txt (the file name english_train's builder uses):

    175 Harbin: a city investment group's shock team helps a flooded Shuangcheng hamlet
    187 Xintian county (Hunan): a town chamber of commerce's grants to new university students
    295 Kunming: the 7th China-South Asia Expo opens
    385 Xuzhou: the first JSQ-wagon China-Europe train, carrying Geely cars to Russia
    395 Shanghai: a BCG report on consumers aged 50 to 70
    400 the death of the hacker Kevin Mitnick
    437 Nokia's second quarter of 2023
    440 the bankruptcy of the Dutch e-bike maker VanMoof
    521 Unitree's Go2 four-legged robot
    576 Shanxi: the G108 Xiangfen-Quwo-Houma bypass and the tombs dug up on its route
    615 Guangdong: the procuratorate's 2018-2022 report on duty crimes and minors
    619 Guanghan (Sichuan): the new building of the Sanxingdui Museum
    646 Chengdu: CRRC's smart-rail (ART) trial run for the Universiade
    649 the engine department of the icebreaker Xuelong 2
    674 Chifeng (Inner Mongolia): the campaign against two sandy lands
    688 Macau: visitor numbers in the first half of 2023
    721 Ningbo: foreign trade in January-July 2023
    908 TCL's T7H television range
   1000 Japan's population survey
   1006 Jaguar Land Rover's April-June quarter
   1013 Porsche's first half of 2023
   1108 CD Projekt's job cuts
   1139 Volkswagen's investment in Xpeng
   1223 Empyrean (华大九天), the EDA company, in the first half of 2023
   1257 shooting at the Chengdu Universiade
   1295 NASA's funding for eleven US companies
   1364 nematodes revived from the Siberian permafrost
   1652 Canada's wildfires
   1849 MIT's nano-rectangle superconducting diode
   1919 GAC Aion's July 2023 sales

Why these: none is a line any file of tests/data reads (not english_train's ARTICLES or
questions, not the lines news_part_a_dev and counterfactual name, not the part-a
fillers (FILLER_A) of news_check5 and news_check21, not a part-a article the longdocs builder
prints), and none shares over 15% of its six-character runs with one of those, with any article
of part b, or with another article of this set (no retold story). Among the free lines they were
picked by hand for a spread of subjects (regional and government news, trade, company results,
products, sport, science, international news; July and August 2023) and for carrying plain
facts an English-speaking reader would ask about: figures, names, places, dates, organisations
and products.

The 80 questions (55 answerable, 25 unanswerable: a near fact no printed article gives) are
English, written by hand from these articles; every answer and evidence string occurs verbatim
in them (tests/data_check/test_english_check.py verifies it). The documents are rebuilt here and never committed.

    python tests/data/english_check/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402


NEWS, PART = news_docs.NEWS, news_docs.PART_A

ARTICLES = (175, 187, 295, 385, 395, 400, 437, 440, 521, 576, 615, 619, 646, 649, 674, 688, 721, 908, 1000,
            1006, 1013, 1108, 1139, 1223, 1257, 1295, 1364, 1652, 1849, 1919)


document_of = news_docs.part_a_file  # the file an article of the set is printed in


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.write_part_a(out, news, ARTICLES)


if __name__ == "__main__":
    news_docs.main(build, "Write the held-out English check set's documents from ../shared.")
