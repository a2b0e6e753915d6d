"""Language detection: candidates, Croatian/Serbian/Bosnian, ambiguity, laziness."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from checker.corpus import LoadOptions, load_corpus
from checker.corpus.bcms import Clues, rank_bcms
from checker.corpus.language import (
    SHORT_TEXT,
    LanguageDetector,
    detect_languages,
    undetectable_languages,
)
from checker.corpus.loaders import JsonLoader, TextLoader
from checker.model import Article

BCMS = ["hr", "sr", "bs"]

CROATIAN = (
    "Predsjednik Vlade izjavio je da je cijena kruha porasla tijekom prošlog tjedna za tisuću kuna, "
    "izvijestili su mediji. Glasnogovornik ministarstva rekao je da će zrakoplov sletjeti u srijedu."
)
SERBIAN_LATIN = (
    "Predsednik Srbije je izjavio da je cena mleka porasla i da će vlada ovde doneti odluku o pomoći. "
    "Deca su lepo pevala pesmu pored reke, a posle toga su otišli kući jer je vreme bilo loše."
)
SERBIAN_CYRILLIC = (
    "Председник Србије је изјавио да је цена млека порасла и да ће влада овде донети одлуку о помоћи. "
    "Деца су лепо певала песму поред реке."
)
BOSNIAN = (
    "Predsjednik Predsjedništva je izjavio da je cijena hljeba porasla za hiljadu maraka ove sedmice, "
    "te da će vlada tokom naredne sedmice donijeti odluku o saradnji sa opštinama i kantonima."
)
IJEKAVIAN_ONLY = (
    "Predsjednik je rekao da će djeca uvijek imati mjesto u školi i da je to bilo prije nego što su "
    "se sastali u gradu, gdje su razgovarali o budućnosti."
)
NEUTRAL = "Kim Jong Un i Vladimir Putin su se sastali u Rusiji i razgovarali su o odnosima dviju zemalja i o vojsci."
ROMANIAN = (
    "Vladimir Putin și Kim Jong Un s-au întâlnit miercuri în Rusia și au discutat despre întărirea "
    "legăturilor în special militare."
)


def detect(text: str, candidates: list[str] | None) -> tuple[str | None, tuple[str, ...]]:
    found = LanguageDetector(candidates).detect([text])[0]
    return found.language, found.alternatives


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CROATIAN, "hr"),
        (SERBIAN_LATIN, "sr"),
        (SERBIAN_CYRILLIC, "sr"),
        (BOSNIAN, "bs"),
    ],
)
def test_croatian_serbian_and_bosnian_are_told_apart_where_the_text_allows(text, expected):
    assert detect(text, BCMS) == (expected, ())


def test_ijekavian_without_vocabulary_clues_rules_out_only_serbian():
    language, alternatives = detect(IJEKAVIAN_ONLY, BCMS)
    assert {language, *alternatives} == {"hr", "bs"}


def test_text_without_any_clue_reports_every_possible_standard():
    language, alternatives = detect(NEUTRAL, BCMS)
    assert {language, *alternatives} == {"hr", "sr", "bs"}


def test_candidates_are_respected():
    assert detect(CROATIAN, ["hr", "ro"]) == ("hr", ())  # no Serbian or Bosnian to confuse it with
    assert detect(ROMANIAN, ["hr", "ro"]) == ("ro", ())
    language, _ = detect(CROATIAN, ["ro", "en"])
    assert language in {"ro", "en"}
    assert detect(SERBIAN_CYRILLIC, ["hr", "ro"])[0] is None  # no candidate writes Cyrillic


def test_default_languages_when_no_candidates_are_configured():
    detector = LanguageDetector(None)
    english = "The two leaders met in Russia on Wednesday, state media said on Thursday."
    found = detector.detect([ROMANIAN, SERBIAN_CYRILLIC, english])
    assert [f.language for f in found] == ["ro", "sr", "en"]


@pytest.mark.parametrize("language, text", [
    ("sw", "Rais wa Kenya amesema serikali itaongeza bajeti ya elimu mwaka ujao, huku wabunge wakijadili "
           "muswada huo bungeni jijini Nairobi siku ya Jumanne."),
    ("tl", "Sinabi ng Pangulo na magpapatupad ang pamahalaan ng mga bagong hakbang upang labanan ang pagtaas "
           "ng presyo ng bigas sa buong bansa ngayong linggo."),
    ("az", "Baş nazir bildirib ki, hökumət gələn il təhsil büdcəsini artıracaq, deputatlar isə layihəni "
           "parlamentdə müzakirə edirlər. Səsvermə çərşənbə günü keçiriləcək."),
    ("kk", "Премьер-министр үкімет келесі жылы білім беру бюджетін ұлғайтатынын мәлімдеді. Депутаттар заң "
           "жобасын сейсенбі күні парламентте талқылады."),
    ("eu", "Lehen ministroak esan du gobernuak hezkuntzako aurrekontua handituko duela datorren urtean. "
           "Diputatuek asteartean eztabaidatu zuten lege proiektua parlamentuan."),
    ("is", "Forsætisráðherra sagði að ríkisstjórnin myndi auka fjárveitingar til menntamála á næsta ári. "
           "Þingmenn ræddu frumvarpið á Alþingi á þriðjudag."),
    ("th", "นายกรัฐมนตรีกล่าวว่ารัฐบาลจะเพิ่มงบประมาณด้านการศึกษาในปีหน้า ขณะที่สมาชิกรัฐสภาอภิปรายร่างกฎหมายดังกล่าว "
           "การลงมติจะมีขึ้นในวันพุธหน้าที่กรุงเทพมหานคร"),
    ("ka", "პრემიერ-მინისტრმა განაცხადა, რომ მთავრობა მომავალ წელს განათლების ბიუჯეტს გაზრდის. "
           "დეპუტატებმა კანონპროექტი სამშაბათს პარლამენტში განიხილეს."),
])
def test_news_languages_beyond_the_commonest_are_detected_by_default(language, text):
    """Swahili, Tagalog and Basque were placed as Indonesian, Azerbaijani as Turkish, Kazakh
    as Ukrainian, Icelandic as Hungarian; Thai and Georgian were not placed at all."""
    assert len(text) >= SHORT_TEXT
    assert LanguageDetector(None).detect([text])[0].language == language


def test_a_text_too_short_to_tell_among_every_language_is_placed_among_the_commonest():
    # among every language, the few words of this sentence score as Welsh
    short = "They met at the Vostochny cosmodrome. The leader Kim Jong Un came."
    assert len(short) < SHORT_TEXT
    assert LanguageDetector(None).detect([short])[0].language == "en"


@pytest.mark.parametrize("language, text", [
    ("am", "ጠቅላይ ሚኒስትሩ መንግስት በሚቀጥለው ዓመት የትምህርት በጀትን እንደሚያሳድግ ተናግረዋል።"),
    ("si", "ඊළඟ වසරේ අධ්‍යාපන අයවැය වැඩි කරන බව අගමැතිවරයා පැවසීය."),
    ("my", "နောက်နှစ်တွင် ပညာရေးဘတ်ဂျက်ကို တိုးမြှင့်မည်ဟု ဝန်ကြီးချုပ်က ပြောကြားခဲ့သည်။"),
    ("km", "នាយករដ្ឋមន្ត្រីបានថ្លែងថា រដ្ឋាភិបាលនឹងបង្កើនថវិកាអប់រំនៅឆ្នាំក្រោយ។"),
    ("lo", "ນາຍົກລັດຖະມົນຕີກ່າວວ່າ ລັດຖະບານຈະເພີ່ມງົບປະມານການສຶກສາໃນປີໜ້າ."),
])
def test_a_script_no_model_reads_gives_its_likely_language(language, text):
    """CLDR's likely language of the script, where lingua has no model that reads it; not
    among configured candidates, which are the only languages a text may then be."""
    assert LanguageDetector(None).detect([text])[0].language == language
    assert LanguageDetector(["en", "fr"]).detect([text])[0].language is None


NEIGHBOURS = {
    "gl": ("O presidente da Xunta dixo este martes que o goberno aumentará o orzamento de educación no próximo "
           "ano. Segundo explicou, a partida medrará un 5 % e servirá para contratar máis docentes. A oposición "
           "considera que a suba é insuficiente e pediu unha comparecencia, pero o Executivo non respondeu."),
    "es": ("El presidente de la Xunta dijo este martes que el gobierno aumentará el presupuesto de educación el "
           "próximo año. Según explicó, la partida crecerá un 5 % y servirá para contratar más docentes. La "
           "oposición considera que la subida es insuficiente y pidió una comparecencia, pero el Ejecutivo no "
           "respondió."),
    "pt": ("O presidente do governo disse nesta terça-feira que o executivo vai aumentar o orçamento da educação "
           "no próximo ano. Segundo explicou, a verba crescerá 5 % e servirá para contratar mais professores. A "
           "oposição considera que o aumento é insuficiente e pediu uma audição, mas o Governo não respondeu."),
    "ne": ("प्रधानमन्त्रीले आगामी वर्ष शिक्षण बजेट बढाउने बताएका छन्। उनका अनुसार सरकारले थप शिक्षक भर्ना गर्ने योजना "
           "बनाएको छ। विपक्षी दलले भने यो वृद्धि पर्याप्त नभएको बताएको छ र संसदमा छलफलको माग गरेको छ।"),
    "hi": ("प्रधानमंत्री ने कहा कि सरकार अगले साल शिक्षा बजट बढ़ाएगी। उनके अनुसार सरकार और शिक्षकों की भर्ती करने की "
           "योजना बना रही है। विपक्ष ने कहा है कि यह वृद्धि पर्याप्त नहीं है और संसद में चर्चा की मांग की है।"),
    "mr": ("पंतप्रधानांनी सांगितले की सरकार पुढील वर्षी शिक्षणाचे बजेट वाढवेल. त्यांच्या मते सरकार आणखी शिक्षकांची "
           "भरती करण्याची योजना आखत आहे. विरोधी पक्षाने ही वाढ पुरेशी नाही असे म्हटले आहे आणि संसदेत चर्चेची "
           "मागणी केली आहे."),
}


def test_galician_and_nepali_are_told_from_the_neighbours_the_models_take_them_for():
    """No model reads Galician or Nepali: they were Spanish and Hindi. Their own function
    words tell them apart, and the neighbour stays named as what the text could also be."""
    found = LanguageDetector(None).detect(list(NEIGHBOURS.values()))
    assert [f.language for f in found] == list(NEIGHBOURS)
    assert found[0].alternatives == ("es",) and found[3].alternatives == ("hi",)


def test_a_short_galician_paragraph_is_told_by_its_contractions():
    """"cos votos" (con os) is Galician alone: two sentences without "unha" or "non" were
    Spanish."""
    text = ("O Parlamento de Galicia aprobou este mércores os orzamentos para 2024 cos votos a favor do PP. "
            "A oposición votou en contra da proposta.")
    assert LanguageDetector(None).detect([text])[0].language == "gl"


def test_a_configured_language_without_a_model_is_detected_through_its_neighbours():
    assert undetectable_languages(["gl", "ne", "en"]) == []
    found = LanguageDetector(["gl", "en"]).detect([NEIGHBOURS["gl"], NEIGHBOURS["es"]])
    assert [(f.language, f.alternatives) for f in found] == [("gl", ()), ("gl", ())]  # Spanish is not a candidate
    found = LanguageDetector(["es", "gl"]).detect([NEIGHBOURS["gl"], NEIGHBOURS["es"]])
    assert [f.language for f in found] == ["gl", "es"]


def test_unknown_candidates_are_reported_not_fatal():
    article = Article(source="a", text=ROMANIAN)
    warnings = detect_languages([article], ["ro", "xx", "not a code"])
    assert warnings == [
        "language 'not a code' cannot be detected (no model); state it in corpus.yaml or the file",
        "language 'xx' cannot be detected (no model); state it in corpus.yaml or the file",
    ]
    assert article.language == "ro"


def test_detection_marks_the_article_and_reports_ambiguity():
    clear, ambiguous, empty = (
        Article(source="a", text=CROATIAN),
        Article(source="b", text=NEUTRAL),
        Article(source="c", text="12345 67 89 — 2023."),
    )
    detect_languages([clear, ambiguous, empty], BCMS)
    assert (clear.language, clear.language_detected, clear.warnings, clear.meta) == ("hr", True, [], {})
    assert ambiguous.language_detected
    candidates = ambiguous.meta["language_candidates"]
    assert candidates[0] == ambiguous.language and sorted(candidates) == ["bs", "hr", "sr"]
    assert ambiguous.warnings == [
        f"language detected as {candidates[0]}; could also be {candidates[1]}, {candidates[2]}"
    ]
    assert (empty.language, empty.language_detected) == (None, False)
    assert empty.warnings == ["language could not be detected; state it in corpus.yaml or the file"]


def test_load_corpus_detects_only_what_is_not_stated(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "corpus.yaml").write_text("stated.txt: {language: bs}\n", encoding="utf-8")
    (corpus / "stated.txt").write_text(CROATIAN, encoding="utf-8")
    (corpus / "sr.txt").write_text(SERBIAN_LATIN, encoding="utf-8")
    (corpus / "feed.jsonl").write_text(f'{{"id": "cyr", "text": "{SERBIAN_CYRILLIC}"}}\n', encoding="utf-8")
    result = load_corpus([corpus], [TextLoader(), JsonLoader()], LoadOptions(root=tmp_path, languages=BCMS))
    assert [(a.source, a.language, a.language_detected) for a in result.articles] == [
        ("corpus/feed.jsonl#cyr", "sr", True),
        ("corpus/sr.txt", "sr", True),
        ("corpus/stated.txt", "bs", False),
    ]


def test_markers_count_only_lower_case_words():
    names = Clues.of("Rijeka Reka Cena Tijekom Hiljade")  # a city, sentence starts, names
    assert (names.serbian, names.not_serbian, names.croatian, names.not_croatian) == (0, 0, 0, 0)
    words = Clues.of("rijeka reka cena tijekom hiljade tisućama")
    assert (words.serbian, words.not_serbian, words.croatian, words.not_croatian) == (2, 1, 2, 1)


def test_markers_only_order_what_they_leave_open():
    assert rank_bcms(NEUTRAL, ("bs", "hr", "sr"), {"hr": 0.8, "bs": 0.2, "sr": 0.0}) == ["hr", "bs", "sr"]
    assert rank_bcms(SERBIAN_LATIN, ("bs", "hr"), {"hr": 0.6, "bs": 0.4}) == ["hr", "bs"]  # sr is no candidate


def test_importing_the_corpus_layer_loads_no_model():
    code = (
        "import sys, checker.corpus, checker.corpus.loaders, checker.corpus.language\n"
        "print(sorted(m for m in ('lingua', 'charset_normalizer') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "[]"
