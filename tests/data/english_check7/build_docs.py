"""Write the documents of the seventh held-out English check set (english_check7/questions.jsonl),
written blind to judge the English scorer on articles it was never fitted on.

Thirty real articles of ../shared/corpora/news/news_part_a.txt, each printed on its own as
news_a_NNNN.txt (the file name english_train's and the earlier English check sets' builders use):

    193 Banja Luka: Serbia's president Vucic on territorial integrity and Kosovo's Council of Europe bid
    487 HP's Zhan 99 laptop on sale: prices and specifications
    573 Hangzhou: the guideline on building "future communities" across the whole city
    612 Jiangxi: the notice regulating primary and secondary school uniforms
    621 Beijing (Mentougou and Fangshan): roads, services and relief after Typhoon Doksuri's floods
    622 Shenzhen, Zhuhai and Guangzhou: "credit-based medical care" (treat first, pay later)
    675 Ordos (Inner Mongolia): ten "zero-waste city" research projects and a solid waste institute
    684 Heilongjiang: animal epidemic control after the August floods
    927 Chengdu Universiade: the first gold (men's nanquan wushu) and the wushu events
    932 Seoul: the Seodaemun Prison History Hall's Liberation Day exhibition
    956 Lhasa (Maizhokunggar county): yak racing at the Shoton Festival
    968 Hong Kong: John Lee's lunch with the EU office head and EU consuls general
    971 Hong Kong: a tour coach fire near the Tate's Cairn Tunnel
    973 Augusta (Georgia): a shooting at a high school
    974 China's commerce ministry on the WTO panel report in the US Section 232 steel and aluminium case
    976 China's railways: massage chairs at Tai'an station and new rules for waiting-room chairs
   1005 Disney's live-action The Little Mermaid: box office and budget
   1009 RUNTO: China's smart door lock market in the first half of 2023
   1091 Hangzhou: the 2023 national conference on specialised and innovative ("little giant") SMEs
   1148 Washington: David Grusch's UFO testimony and the Pentagon's denial
   1373 Beijing Jiaotong University's TransGPT, an open-source transport large model
   1390 Samsung SDI: all-solid-state car batteries by 2027 and LFP plans
   1451 the folk "Illustrated Guide to China's Literary Giants", season one
   1473 Intel's second quarter of 2023: desktop and laptop revenue and selling prices
   1602 Hong Kong Polytechnic University's first innovation and technology index
   1613 the Ministry of Emergency Management's rules on the list of seriously dishonest entities
   1614 Inner Mongolia's high court: the appeal hearing of Li Jianping (Hohhot development zone)
   1626 China lifts its ban on beef from foot-and-mouth-free zones of South Africa
   1635 Taiwan: heavy rain floods Kaohsiung and advisories for 17 counties and cities
   1684 Urumqi: the eleventh batch of central aid-Xinjiang cadres and professionals arrives

Why these: none is a line any file of tests/data reads or names (every number in a builder
script there, part a or b, ARTICLES, FILLER_A, LONG, SINGLE, _KEPT, _LEFT_OUT, the ranges and the
rest, was left out, and so was every line a data file names: english_train's and english_check's
to english_check6's questions, the lines news_part_a_dev names, the articles counterfactual's
originals and copies are, the news checks' and news_open's lines; and no part-a article dated, in
any of the corpus's stamp forms, on a day the longdocs builder prints), and none shares over 15% of
its six-character runs with one of those, with any article of part b, or with another article of
this set (no retold story: where a free line retells one of those, as the Xpeng-Volkswagen deal,
EnerVenue's battery, the Baojun Yunduo, the 26 July fuel price rise, Sudan's rainy-season
epidemics, the Universiade's opening fireworks or the North American charging venture do, it was
passed over). Articles that splice two unrelated stories into one line (the Dai county mine
cover-up, Hubei's graduate jobs, Guizhou's village football league) were passed over. Among the
free lines they were picked by hand for a spread of subjects (regional and government news,
statistics, economy and companies, energy, transport, disasters, international news, products,
science, culture and sport; July and August 2023) and for carrying plain facts an
English-speaking reader would ask about: figures, names, places, dates, organisations and products.

The 80 questions (55 answerable, 25 unanswerable: a near fact no printed article gives) are
English, written by hand from these articles; every answer and evidence string occurs verbatim
in its article. The documents are rebuilt here and never committed.

    python english_check7/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402


NEWS, PART = news_docs.NEWS, news_docs.PART_A

ARTICLES = (193, 487, 573, 612, 621, 622, 675, 684, 927, 932, 956, 968, 971, 973, 974, 976, 1005, 1009,
            1091, 1148, 1373, 1390, 1451, 1473, 1602, 1613, 1614, 1626, 1635, 1684)


document_of = news_docs.part_a_file  # the file an article of the set is printed in


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.write_part_a(out, news, ARTICLES)


if __name__ == "__main__":
    news_docs.main(build, "Write the seventh held-out English check set's documents from ../shared.")
