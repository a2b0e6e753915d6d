"""Language detection where letters cannot tell: languages without a model told from the
modelled one they were taken for by the words of what CLDR writes in each (Uzbek in Latin
from Azerbaijani, Kyrgyz from Mongolian, Occitan from Catalan, Luxembourgish from German,
Hausa written without its hooked letters from Malay), headline-sized texts in languages
left out of the commonest ones (Swahili, Azerbaijani, Irish), and a neighbour's function
words where lingua leans the wrong way (Hindi, not Marathi; Galician, not Spanish) —
checked end to end: the article is detected, then read in the detected language by a
rule only that language's reader gets right, verdict and the sentence of its evidence."""

from __future__ import annotations

import pytest
from real_news import date_rule, stated

from checker.corpus.language import (
    SHORT_TEXT,
    LanguageDetector,
    detect_languages,
    undetectable_languages,
)
from checker.model import Article
from checker.testing import article, run_rules

SEPTEMBER = "2023-09-14"  # a Thursday: "on Tuesday" is the 12th, "on Friday" the 8th

# Each case: the language the article is in, the modelled language it was detected as,
# the article (no language stated), its rules, and for each rule the verdict and the
# sentence of its first evidence.
CASES = {
    # Uzbek in Latin writes no letter Azerbaijani does not (ʻ is often an apostrophe)
    "uz": ("uz", "az", """Toshkent. Prezident Shavkat Mirziyoyev seshanba kuni Qozog'iston Prezidenti Qosim-Jomart To'qayev bilan muzokara o'tkazdi. Muzokaralarda savdo, energetika va transport sohalaridagi hamkorlik masalalari muhokama qilindi. Tomonlar 2025 yilgacha o'zaro tovar aylanmasini 10 milliard dollarga yetkazishga kelishib oldi. Avvalroq, juma kuni, Mirziyoyev Samarqandda xorijiy investorlar bilan uchrashgan edi.
""", date_rule("talks-date", "2023-09-12", "muzokara"), {
        "talks-date": ("agrees", ("Prezident Shavkat Mirziyoyev seshanba kuni Qozog'iston Prezidenti Qosim-Jomart "
                                  "To'qayev bilan muzokara o'tkazdi.")),
    }),
    # Kyrgyz writes no letter Mongolian or Kazakh does not
    "ky": ("ky", "mn", """Бишкек. Кыргызстандын президенти Садыр Жапаров шейшемби күнү Өзбекстандын президенти Шавкат Мирзиёев менен сүйлөшүү өткөрдү. Сүйлөшүүдө соода, энергетика жана транспорт тармагындагы кызматташтык талкууланды. Тараптар эки өлкөнүн ортосундагы товар жүгүртүүнү 2 миллиард долларга жеткирүүгө макул болушту. Жума күнү Жапаров Ош шаарына барат.
""", date_rule("talks-date", "2023-09-12", "сүйлөшүү"), {
        "talks-date": ("agrees", ("Кыргызстандын президенти Садыр Жапаров шейшемби күнү Өзбекстандын президенти "
                                  "Шавкат Мирзиёев менен сүйлөшүү өткөрдү.")),
    }),
    # Occitan writes no letter Catalan does not; "dimars" is its Tuesday, "dimarts" Catalan's
    "oc": ("oc", "ca", """Tolosa. Lo conselh municipal de Tolosa a votat dimars un budget de 12 milions d'èuros per renovar las escòlas de la vila. Segon lo cònsol, los trabalhs començaràn l'an que ven. L'opausicion ditz que la soma es pas pro e demanda mai de mejans pels quartièrs.
""", date_rule("vote-date", "2023-09-12", "votat"), {
        "vote-date": ("agrees", ("Lo conselh municipal de Tolosa a votat dimars un budget de 12 milions d'èuros per "
                                 "renovar las escòlas de la vila.")),
    }),
    # Luxembourgish writes "ë" in its nouns, capitalised as German writes them
    "lb": ("lb", "de", """D'Regierung huet en Dënschdeg annoncéiert, datt d'Steieren d'nächst Joer erofgesat ginn. De Finanzminister Gilles Roth sot, et wier e wichtege Schrëtt fir d'Kafkraaft vun de Leit ze stäerken. D'Oppositioun kritiséiert awer, datt d'Mesure ze spéit kéim a just déi räich Stéit profitéieren.
""", date_rule("tax-date", "2023-09-12", "annoncéiert"), {
        "tax-date": ("agrees", ("D'Regierung huet en Dënschdeg annoncéiert, datt d'Steieren d'nächst Joer "
                                "erofgesat ginn.")),
    }),
    # Hausa written without its hooked letters ("kudin" for "kuɗin")
    "ha": ("ha", "ms", """Majalisar dokokin Najeriya ta amince da kasafin kudin shekara mai zuwa a ranar Talata. Ministan kudi ya ce kudin da za a kashe a fannin ilimi zai karu da kashi biyar cikin dari. 'Yan adawa sun ce hakan bai isa ba.
""", date_rule("budget-date", "2023-09-12", "amince"), {
        "budget-date": ("agrees", ("Majalisar dokokin Najeriya ta amince da kasafin kudin shekara mai zuwa a "
                                   "ranar Talata.")),
    }),
    # two sentences of Kyrgyz, and of Turkmen: two words of their own each, and none of the
    # letters only Kazakh ("і", "қ", "ә") or Turkish ("ı", "ğ") writes in lower case
    "ky-short": ("ky", "kk", """Жогорку Кеңеш шейшемби күнү кийинки жылдын бюджетин кабыл алды. Каржы министринин айтымында, билим берүүгө каражат беш пайызга көбөйөт.
""", date_rule("budget-date", "2023-09-12", "бюджетин"), {
        "budget-date": ("agrees", "Жогорку Кеңеш шейшемби күнү кийинки жылдын бюджетин кабыл алды."),
    }),
    "tk": ("tk", "tr", """Türkmenistanyň Prezidenti sişenbe güni Aşgabatda Russiýanyň wekiliýetini kabul etdi. Taraplar täze ylalaşyklara gol çekdiler.
""", date_rule("visit-date", "2023-09-12", "wekiliýetini"), {
        "visit-date": ("agrees", "Türkmenistanyň Prezidenti sişenbe güni Aşgabatda Russiýanyň wekiliýetini kabul etdi."),
    }),
    # two sentences without the function words that tell Galician; "onte" and "venres"
    # are what CLDR writes in Galician for yesterday and Friday ("ayer", "viernes")
    "gl": ("gl", "es", """Onte o Goberno galego anunciou a folga do persoal sanitario. A votación será o venres.
""", date_rule("vote-date", "2023-09-15", "votación"), {
        "vote-date": ("agrees", "A votación será o venres."),
    }),
}


def _detected(text: str) -> Article:
    item = article(text, published=SEPTEMBER, source="article.txt")
    detect_languages([item], None)
    return item


@pytest.mark.parametrize("case", list(CASES))
def test_a_language_without_a_model_is_told_by_its_words_and_read_in_it(case: str) -> None:
    language, neighbour, text, rules, expected = CASES[case]
    item = _detected(text)
    assert (item.language, item.meta.get("language_candidates")) == (language, [language, neighbour])
    report = run_rules(rules, [item])
    assert stated(report, expected) == expected


# Texts lingua or the letters gave to a neighbour, given back to their language by the
# words each writes.
GIVEN_BACK = {
    # lingua leaned to Marathi; "में", "के", "की", "ने" are Hindi's own function words
    "hi": ("hi", ("काठमांडू – पश्चिमी नेपाल के जाजरकोट में शुक्रवार रात आए 6.4 तीव्रता के भूकंप में कम से कम 128 लोगों "
                  "की मौत हो गई, अधिकारियों ने बताया।")),
    # Uzbek in Cyrillic fits Karakalpak's letters as well: its CLDR words ("миллиард", "сешанба") tell
    "uz": ("uz", ("Тошкент. Президент Шавкат Мирзиёев сешанба куни Қозоғистон Президенти билан учрашди. "
                  "Музокараларда савдо ва энергетика соҳасидаги ҳамкорлик масалалари муҳокама қилинди. Томонлар "
                  "товар айирбошлаш ҳажмини 10 миллиард долларга етказишга келишиб олди.")),
}


@pytest.mark.parametrize("case", list(GIVEN_BACK))
def test_a_text_is_given_the_language_whose_words_it_writes(case: str) -> None:
    language, text = GIVEN_BACK[case]
    assert LanguageDetector(None).detect([text])[0].language == language


# Headline-sized texts (under lingua's reliability limit) in languages left out of the
# commonest news languages, and what they were placed as among those.
SHORT = {
    "sw": ("sw", "sq", "Bunge la Tanzania limepitisha bajeti ya mwaka ujao siku ya Jumanne jijini Dodoma.",
           date_rule("budget-date", "2023-09-12", "limepitisha")),
    "ga": ("ga", "en", "Cheadaigh an Dáil buiséad na bliana seo chugainn Dé Máirt.",
           date_rule("budget-date", "2023-09-12", "Cheadaigh")),
    "zu": ("zu", "id", "UMongameli uthe ngoLwesibili uhulumeni uzokwandisa imali yemfundo ngonyaka ozayo.",
           date_rule("budget-date", "2023-09-12", "uthe")),
    "so": ("so", "et", "Baarlamaanka Soomaaliya ayaa Talaadadii ansixiyay miisaaniyadda sannadka soo socda.",
           date_rule("budget-date", "2023-09-12", "ansixiyay")),
    "eu": ("eu", "nb", "Eusko Legebiltzarrak asteartean onartu zituen aurrekontuak.",
           date_rule("budget-date", "2023-09-12", "onartu")),
    "tl": ("tl", "et", "Inaprubahan ng Kamara nitong Martes ang panukalang badyet.",
           date_rule("budget-date", "2023-09-12", "Inaprubahan")),
}


@pytest.mark.parametrize("case", list(SHORT))
def test_a_headline_sized_text_may_be_in_a_language_left_out_of_the_commonest(case: str) -> None:
    """Among the commonest languages these were Albanian, English, Indonesian, Estonian,
    Bokmål: read so, their weekdays ("Jumanne", "Dé Máirt", "ngoLwesibili") were not read."""
    language, placed, text, rules = SHORT[case]
    assert len(text) < SHORT_TEXT
    item = _detected(text)
    assert (item.language, item.meta.get("language_candidates")) == (language, [language, placed])
    report = run_rules(rules, [item])
    assert stated(report, ["budget-date"]) == {"budget-date": ("agrees", text)}


def test_a_configured_language_without_a_model_is_detected_by_its_words_and_letters() -> None:
    """An Uzbek desk configures Uzbek and Russian, a Toulouse one Occitan, Catalan and
    French: Uzbek and Occitan were only warned about, the Uzbek article left without a
    language (no model of the candidates reads Latin), the Occitan one read as Catalan."""
    desks = {"uz": ["uz", "ru"], "oc": ["oc", "ca", "fr"]}
    assert undetectable_languages(desks["uz"]) == undetectable_languages(desks["oc"]) == []
    for case, candidates in desks.items():
        language, _, text, rules, expected = CASES[case]
        item = article(text, published=SEPTEMBER, source="article.txt")
        assert detect_languages([item], candidates) == []
        assert item.language == language
        assert stated(run_rules(rules, [item]), expected) == expected


# Articles quoting a whole sentence in another language a model reads: the quotation's
# letters made the Russian one Uzbek, the English one Papiamento.
QUOTING = {
    "ru": ("ru", """Компания Apple представила в Купертино новый iPhone 16 Pro. «We think this is the best iPhone we have ever made», заявил глава компании Тим Кук. Продажи начнутся в пятницу, сообщает Reuters.
""", date_rule("sales-date", "2023-09-15", "Продажи"), {
        "sales-date": ("agrees", "Продажи начнутся в пятницу, сообщает Reuters."),
    }),
    "en": ("en", """MADRID (Reuters) - Spain's prime minister said on Tuesday the government would not back down. "No vamos a dar un paso atrás, el Gobierno seguirá adelante con la reforma de las pensiones y los presupuestos del año que viene", he told reporters. The opposition called the plan reckless.
""", date_rule("statement-date", "2023-09-12", "said"), {
        "statement-date": ("agrees", ("Spain's prime minister said on Tuesday the government "
                                      "would not back down.")),
    }),
}


@pytest.mark.parametrize("case", list(QUOTING))
def test_a_quotation_in_another_modelled_language_keeps_the_articles_language(case: str) -> None:
    """The quotation's letters ("w", "h" in a Russian article; "á", "ñ" in an English
    one) are written by a language without a model too, Uzbek and Papiamento: its
    function words ("the", "we"; "el", "los", "que") make it a quotation."""
    language, text, rules, expected = QUOTING[case]
    item = _detected(text)
    assert item.language == language
    assert stated(run_rules(rules, [item]), expected) == expected
