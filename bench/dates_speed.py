"""Speed of the date extractor per call, on the sentences a fact-check run hands it.

A run calls :func:`checker.facts.dates.find_dates` once per sentence near a rule's
anchors, and most such sentences hold no date, so the cost that matters is that of an
ordinary news sentence. The sentences here are every sentence of articles from the
benchmark corpus generator (``bench/make_corpus.py``: en, hr, ro, de, fr, es, ru) and
short news sentences in scripts the corpus lacks (zh, ja, ar, hi, el, ko, th), about a
quarter of them with a date written in one of the locale's CLDR forms.

For each language it prints the share of sentences with a date found and the mean CPU
time per call in microseconds (process time, so that other work on the machine counts
less than in wall time): *cold* is the first pass (the lexicon is built beforehand, but
every word is new to its memos), *warm* the best of ``--repeat`` further passes (the
steady state of a long run).

Each version is timed in a process of its own. With ``--against`` two versions are
timed side by side, and a digest of every mention found tells whether they read the
same dates.

Run from the repository root::

    python bench/dates_speed.py
    python bench/dates_speed.py --articles 400 --repeat 9
    python bench/dates_speed.py --against /path/to/checkout/before/the/change
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# Short news sentences for the languages the corpus generator does not write; "{date}"
# is filled with a CLDR date of the locale.
EXTRA: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "zh": (("外交部发言人在例行记者会上回答了有关问题。", "双方同意进一步加强经济和贸易合作。",
            "据新华社报道，代表团参观了当地的工厂和学校。", "专家认为，这一政策将对市场产生深远影响。"),
           ("会议于{date}在北京举行。", "代表团将于{date}抵达上海。")),
    "ja": (("首相は記者会見で新しい経済対策を発表した。", "両国の首脳は安全保障について意見を交換した。",
            "関係者によると、交渉は順調に進んでいるという。", "専門家は景気の先行きに慎重な見方を示した。"),
           ("会談は{date}に東京で行われた。", "大臣は{date}に現地を訪問する予定だ。")),
    "ar": (("قال المتحدث باسم الوزارة إن المحادثات كانت بناءة.", "اتفق الجانبان على تعزيز التعاون الاقتصادي.",
            "وأكد الوزير أن الحكومة ستواصل دعم المشاريع الجديدة.", "ونقلت الوكالة عن مصادر مطلعة أن المفاوضات مستمرة."),
           ("عقد الاجتماع في {date} في القاهرة.", "وصل الوفد يوم {date} إلى العاصمة.")),
    "hi": (("प्रधानमंत्री ने संसद में नई नीति की घोषणा की।", "दोनों देशों ने व्यापार बढ़ाने पर सहमति जताई।",
            "अधिकारियों के अनुसार बातचीत सकारात्मक रही।", "विशेषज्ञों का मानना है कि इस फैसले का असर बाजार पर पड़ेगा।"),
           ("बैठक {date} को नई दिल्ली में हुई।", "प्रतिनिधिमंडल {date} को मुंबई पहुंचेगा।")),
    "el": (("Ο υπουργός δήλωσε ότι οι συνομιλίες ήταν εποικοδομητικές.",
            "Οι δύο χώρες συμφώνησαν να ενισχύσουν την οικονομική συνεργασία.",
            "Σύμφωνα με πηγές, οι διαπραγματεύσεις συνεχίζονται κανονικά.",
            "Οι αναλυτές εκτιμούν ότι η απόφαση θα επηρεάσει την αγορά."),
           ("Η συνάντηση έγινε στις {date} στην Αθήνα.", "Η αντιπροσωπεία θα φτάσει στη Θεσσαλονίκη στις {date}.")),
    "ko": (("대변인은 정례 브리핑에서 관련 질문에 답변했다.", "양국은 경제 협력을 강화하기로 합의했다.",
            "관계자에 따르면 협상은 순조롭게 진행되고 있다.", "전문가들은 이번 결정이 시장에 영향을 미칠 것으로 본다."),
           ("회담은 {date} 서울에서 열렸다.", "대표단은 {date} 부산에 도착할 예정이다.")),
    "th": (("โฆษกกระทรวงกล่าวว่าการเจรจาเป็นไปอย่างสร้างสรรค์", "ทั้งสองประเทศตกลงที่จะเพิ่มความร่วมมือทางเศรษฐกิจ",
            "แหล่งข่าวระบุว่าการประชุมจะดำเนินต่อไป", "นักวิเคราะห์เชื่อว่านโยบายนี้จะส่งผลต่อตลาด"),
           ("การประชุมจัดขึ้นเมื่อวันที่ {date} ที่กรุงเทพฯ", "คณะผู้แทนจะเดินทางถึงเชียงใหม่ใน{date}")),
}
EXTRA_PER_LANGUAGE = 400
DATED_SHARE = 0.25

Case = tuple[str, str, dt.date]


def corpus_cases(count: int) -> list[Case]:
    """Every sentence of the first ``count`` articles of the benchmark corpus."""
    sys.path.insert(0, str(HERE))
    import make_corpus

    from checker.text.sentences import split_sentences

    events = make_corpus.make_events(1)
    cases = []
    for index in range(count):
        article = make_corpus.make_article(index, 1, events)
        for span in split_sentences(article.text, article.language):
            cases.append((article.text[span.start:span.end], article.language, article.published))
    return cases


def extra_cases(rng: random.Random) -> list[Case]:
    """Sentences in the scripts the corpus lacks, some dated in a random CLDR form."""
    from babel.dates import format_date

    cases = []
    for language, (plain, dated) in EXTRA.items():
        for _ in range(EXTRA_PER_LANGUAGE):
            published = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(1500))
            if rng.random() < DATED_SHARE:
                day = published - dt.timedelta(days=rng.randrange(60))
                written = format_date(day, rng.choice(("full", "long", "medium", "short")), locale=language)
                text = rng.choice(dated).format(date=written)
            else:
                text = rng.choice(plain)
            cases.append((text, language, published))
    return cases


def timed(cases: list[Case], read: Callable[[str, str, dt.date], list]) -> float:
    """CPU seconds for one pass of ``read`` over ``cases``."""
    clock = time.process_time()
    for text, language, published in cases:
        read(text, language, published)
    return time.process_time() - clock


def measure(articles: int, repeat: int) -> dict[str, Any]:
    """Per language: sentences, sentences with a date, cold and warm µs per call; and a
    digest of every mention found, to tell whether two versions read the same."""
    from checker.facts.dates import find_dates

    cases = corpus_cases(articles) + extra_cases(random.Random(13))
    by_language: dict[str, list[Case]] = {}
    for case in cases:
        by_language.setdefault(case[1], []).append(case)
    for language in by_language:
        find_dates("x", language)  # build the lexicon outside the timed passes
    rows = {}
    digest = hashlib.sha256()
    for language, group in by_language.items():
        cold = timed(group, find_dates)
        warm = min(timed(group, find_dates) for _ in range(repeat))
        found = [find_dates(*case) for case in group]
        digest.update(repr([[(m.start, m.end, m.value, m.relative) for m in f] for f in found]).encode())
        rows[language] = {"sentences": len(group), "dated": sum(map(bool, found)),
                          "cold": 1e6 * cold / len(group), "warm": 1e6 * warm / len(group)}
    return {"rows": rows, "digest": digest.hexdigest()}


def measured(root: Path, articles: int, repeat: int) -> dict[str, Any]:
    """:func:`measure` of the checker package under ``root``, in a process of its own."""
    command = [sys.executable, str(Path(__file__).resolve()), "--root", str(root),
               "--articles", str(articles), "--repeat", str(repeat), "--json"]
    return json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)


def _total(rows: dict[str, dict[str, float]], column: str) -> float:
    return sum(r[column] * r["sentences"] for r in rows.values()) / sum(r["sentences"] for r in rows.values())


def report(runs: list[tuple[Path, dict[str, Any]]]) -> None:
    """One table: per language, cold and warm µs per call of each run, and the speed-ups."""
    rows = [run["rows"] for _, run in runs]
    for number, (root, _) in enumerate(runs, 1):
        print(f"[{number}] {root}")
    head = f"{'language':<10}{'sentences':>10}{'dated':>7}"
    for number in range(1, len(runs) + 1):
        head += f"{f'cold µs [{number}]':>15}{f'warm µs [{number}]':>15}"
    if len(runs) == 2:
        head += f"{'cold ×':>9}{'warm ×':>9}"
    print("\n" + head + "\n" + "-" * len(head))
    for language in [*rows[0], "all"]:
        first = rows[0].get(language)
        line = f"{language:<10}"
        line += (f"{first['sentences']:>10}{100 * first['dated'] / first['sentences']:>6.0f}%" if first
                 else f"{sum(r['sentences'] for r in rows[0].values()):>10}{'':>7}")
        times = []
        for table in rows:
            row = table.get(language)
            cold, warm = (row["cold"], row["warm"]) if row else (_total(table, "cold"), _total(table, "warm"))
            times.append((cold, warm))
            line += f"{cold:>15.1f}{warm:>15.1f}"
        if len(runs) == 2:
            line += f"{times[0][0] / times[1][0]:>9.1f}{times[0][1] / times[1][1]:>9.1f}"
        print(line)
    if len(runs) == 2:
        same = runs[0][1]["digest"] == runs[1][1]["digest"]
        print(f"\nmentions found: {'identical' if same else 'DIFFERENT'} in both")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200, help="corpus articles to take sentences from")
    parser.add_argument("--repeat", type=int, default=7, help="warm passes (the best is reported)")
    parser.add_argument("--root", type=Path, default=HERE.parent,
                        help="the checkout whose checker package is timed")
    parser.add_argument("--against", type=Path,
                        help="another checkout to time first, side by side (before/after)")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    root = args.root.resolve()
    if args.json:
        sys.path.insert(0, str(root))
        print(json.dumps(measure(args.articles, args.repeat)))
        return 0
    roots = [args.against.resolve(), root] if args.against else [root]
    report([(r, measured(r, args.articles, args.repeat)) for r in roots])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
