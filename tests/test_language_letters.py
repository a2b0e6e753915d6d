"""Languages no model reads, told by the letters only they write (checker.corpus.alphabets)."""

from __future__ import annotations

import pytest

from checker.corpus.alphabets import alphabet, by_letters
from checker.corpus.language import DEFAULT_LANGUAGES, LanguageDetector
from checker.testing import article, evidence, run_rules, verdicts

# Each article, and the modelled language lingua placed it as before.
UNMODELLED = {
    "ps": ("ur", "د افغانستان د بهرنیو چارو وزارت ویلي چې د پاکستان له استازو سره خبرې د روانې میاشتې په اتلسمه "
                 "نیټه پیل شوې. وزیر وویل چې دواړه هېوادونه د سولې او سوداګرۍ په اړه ژمن دي. په دې غونډه کې د "
                 "لسو هېوادونو استازو ګډون کړی و."),
    "ckb": ("ar", "سەرۆکی هەرێمی کوردستان ڕۆژی هەینی لەگەڵ شاندێکی ئەمریکی کۆبووەوە. لە کۆبوونەوەکەدا باس لە "
                  "پەیوەندییەکانی نێوان هەولێر و بەغدا کرا. بەپێی ڕاگەیەندراوێک، هەردوولا جەختیان لە پێویستی "
                  "گفتوگۆ کردەوە."),
    "ug": ("ar", "جۇڭگو تاشقى ئىشلار مىنىستىرلىكى جۈمە كۈنى ئامېرىكا بىلەن سۆھبەت ئۆتكۈزىدىغانلىقىنى ئېلان قىلدى. "
                 "ئىككى تەرەپ سودا ۋە بىخەتەرلىك مەسىلىلىرىنى مۇزاكىرە قىلىدۇ."),
    "ha": ("ms", "Shugaban kasar Najeriya ya ce gwamnatinsa za ta ƙara kuɗin tallafi ga manoma a wannan shekara. "
                 "Ministan ya bayyana cewa an amince da kasafin kuɗin ne a ranar Talata bayan tattaunawa mai "
                 "tsawo. Ɗaya daga cikin ƴan majalisar ya ce ba su gamsu ba."),
    "ig": ("sw", "Onye isi ala Naịjirịa kwuru na gọọmentị ya ga-abawanye ego enyemaka maka ndị ọrụ ugbo n'afọ a. "
                 "Mịnịsta ahụ kwuru na e kwadoro mmefu ego ahụ na Tọọzdee mgbe mkparịta ụka ogologo gasịrị."),
    "ku": ("tr", "Serokê Tirkiyeyê Recep Tayyip Erdogan roja Îniyê bi Serokê Rûsyayê re li Moskovayê civiya. Her "
                 "du serokan li ser şerê Sûriyeyê û bazirganiya navbera her du welatan axivîn. Li gorî "
                 "daxuyaniyê, hevdîtin sê saetan dewam kir."),
    "tg": ("bg", "Президенти Тоҷикистон Эмомалӣ Раҳмон рӯзи ҷумъа бо раҳбари Русия дар Маскав мулоқот кард. Дар "
                 "ин мулоқот масъалаҳои ҳамкориҳои иқтисодӣ ва амниятӣ баррасӣ шуданд."),
    "tt": ("kk", "Татарстан Президенты Рөстәм Миңнеханов җомга көнне Мәскәүдә Россия Президенты белән очрашты. "
                 "Очрашуда республиканың икътисади үсеше һәм инвестиция проектлары турында сүз барды. Матбугат "
                 "хезмәте хәбәр иткәнчә, якләр яңа килешүләргә кул куйды. Алар җитештерү күләмен арттыру һәм "
                 "яңа эш урыннары булдыру турында сөйләште."),
    "uz": ("az", "Oʻzbekiston Prezidenti Shavkat Mirziyoyev juma kuni Moskvada Rossiya rahbari bilan uchrashdi. "
                 "Uchrashuvda ikki davlat oʻrtasidagi savdo va energetika sohasidagi hamkorlik masalalari "
                 "muhokama qilindi. Prezident matbuot xizmati maʼlumotiga koʻra, tomonlar yangi kelishuvlarni "
                 "imzoladi. Ular oʻzaro tovar ayirboshlash hajmini koʻpaytirish boʻyicha kelishib oldi."),
    "mt": ("nn", "Il-Prim Ministru qal li l-gvern se jżid il-fondi għall-bdiewa din is-sena. Il-ministru spjega "
                 "li l-baġit ġie approvat nhar it-Tlieta wara diskussjoni twila fil-Parlament."),
}


@pytest.mark.parametrize("language", list(UNMODELLED))
def test_a_language_without_a_model_is_told_by_the_letters_its_neighbour_does_not_write(language):
    """Each was read as its modelled neighbour, with that language's months, numbers and
    negation; the neighbour stays named as what the text could also be."""
    neighbour, text = UNMODELLED[language]
    assert language not in DEFAULT_LANGUAGES
    found = LanguageDetector(None).detect([text])[0]
    assert (found.language, found.alternatives) == (language, (neighbour,))


# Texts in modelled languages with letters their language does not write.
MODELLED = {
    "en": ("Polish President Andrzej Duda met Lech Wałęsa in Gdańsk on Monday. Wałęsa, who led the Solidarność "
           "movement, said the meeting in Gdańsk was cordial. Later Duda travelled to Łódź and Białystok, where "
           "he spoke about the economy. Prime Minister Donald Tusk, speaking in Kraków, criticised the visit as "
           "political theatre. Mayor of Łódź Hanna Zdanowska declined to comment."),
    "de": ("Der türkische Präsident Recep Tayyip Erdoğan hat am Freitag in İstanbul den Oppositionsführer "
           "Kılıçdaroğlu kritisiert. Erdoğan sagte, die Wirtschaft wachse trotz der Inflation. Kılıçdaroğlu wies "
           "die Vorwürfe zurück. In Şanlıurfa und Gaziantep demonstrierten Tausende Menschen gegen die Regierung, "
           "berichtete die Nachrichtenagentur Anadolu. Auch in Eskişehir und Muğla gab es Proteste."),
    "ro": ("Preşedintele României a declarat marţi că guvernul va creşte pensiile începând din luna septembrie. "
           "Ministrul Finanţelor a precizat că bugetul a fost aprobat după discuţii lungi în Parlament. Opoziţia "
           "a criticat decizia şi a cerut demisia premierului. Potrivit datelor oficiale, inflaţia a scăzut la "
           "5,1 la sută în august, iar şomajul a rămas stabil."),
    "tr": ("Cumhurbaşkanı hâlâ ekonomi politikasını savunuyor. Şirketlerin kârı geçen yıl arttı, ancak enflasyon "
           "yüksek kalmaya devam ediyor. Bakan, Kâbe ziyaretinden sonra açıklama yaptı. Merkez Bankası faiz "
           "oranını yüzde 50'de sabit tuttu ve piyasalar bu kararı olumlu karşıladı."),
    "ru": ("Президент Украины Владимир Зеленский в пятницу посетил Харьков и Запорожье. По словам Зеленского, "
           "ситуация на фронте остаётся сложной. В Києві и Дніпрі прошли акции памяти. Мэр Києва Виталий Кличко "
           "заявил, что город готов к зиме, сообщает агентство Укрінформ."),
    # The letters of the commonest words, which names seldom write: Italian was Sardinian.
    "it": ("Una scossa di magnitudo 6,1 ha colpito il Centro Italia alle 3:42 di martedì notte. L'epicentro è "
           "stato localizzato a pochi chilometri dalla città, a una profondità di 10 chilometri. Sono state "
           "registrate oltre 200 repliche, la più forte di magnitudo 4,2. Nel 2016 il sisma causò 299 vittime, "
           "perché le case non erano già state rinforzate."),
    "fr": ("Un séisme de magnitude 6,1 a frappé mardi le centre de l'Italie, là où la terre avait déjà tremblé "
           "en 2016. Les secours ont dû travailler toute la nuit à la lumière des projecteurs. Même les "
           "bâtiments récents ont été touchés, où que l'on regarde, et le gouvernement a décrété l'état "
           "d'urgence. Près de 3 000 personnes ont passé la nuit sous des tentes, à côté de leurs maisons."),
}


@pytest.mark.parametrize("language", list(MODELLED))
def test_names_spelt_as_at_home_and_old_encodings_keep_the_detected_language(language):
    """Only words in lower case count: "Wałęsa" and "Łódź" in an English article made it
    Lower Sorbian, whose alphabet holds both English's letters and those. A Romanian text
    written with cedillas (ş, ţ) and Turkish circumflexes (hâlâ, kâr) stay themselves, and so
    do the letters of a language's function words ("è", "più", "perché", "où", "même")."""
    found = LanguageDetector(None).detect([MODELLED[language]])[0]
    assert (found.language, found.alternatives) == (language, ())


def test_configured_candidates_are_the_only_languages_a_text_may_be():
    neighbour, text = UNMODELLED["ps"]
    assert LanguageDetector(["ur", "en"]).detect([text])[0].language == neighbour


def test_an_alphabet_holds_the_letters_of_a_languages_own_words_not_of_foreign_names():
    assert {"ټ", "ډ", "ښ", "ې", "ګ"} <= alphabet("ps") and not {"ټ", "ښ", "ې"} & alphabet("ur")
    assert {"ƙ", "ɗ"} <= alphabet("ha") and not {"ƙ", "ɗ"} & alphabet("ms")
    assert "å" not in alphabet("en")  # "Åland" is one word of English's names
    assert alphabet("xx") == frozenset()
    assert by_letters(UNMODELLED["ha"][1], "xx", DEFAULT_LANGUAGES) is None


def test_an_undetected_hausa_or_pashto_article_is_read_in_its_own_language():
    """Read as Malay and Urdu, neither date was found ("13 ga Satumba", "د سېپتمبر په ۱۳")."""
    hausa = ("Shugabannin Koriya ta Arewa da Rasha sun gana a Vostochny\n\n"
             "Shugaban Koriya ta Arewa Kim Jong Un ya gana da shugaban Rasha Vladimir Putin a ranar 13 ga Satumba, "
             "2023 a cibiyar harba kumbo ta Vostochny. Kafofin yaɗa labaran ƙasar sun ce tattaunawar ta ɗauki "
             "sa'o'i biyar. Wani jami'in gwamnati ya ce ƙasashen biyu za su ƙara haɗin kai a fannin tsaro. A "
             "ranar 10 ga Satumba ne Kim ya bar Pyongyang a cikin jirgin ƙasa na musamman.")
    pashto = ("د شمالي کوریا او روسیې مشرانو په وستوچني کې سره ولیدل\n\n"
              "د شمالي کوریا مشر کیم جونګ اون د ۲۰۲۳ کال د سېپتمبر په ۱۳ نېټه د روسیې له ولسمشر ولادیمیر پوتین سره "
              "د وستوچني فضايي مرکز کې ولیدل. رسمي رسنیو ویلي چې خبرې اترې پنځه ساعته دوام وکړ. یو دولتي چارواکي "
              "وویل چې دواړه هېوادونه به په امنیتي برخه کې همکاري زیاته کړي. کیم د سېپتمبر په لسمه پیونګ یانګ "
              "پرېښود.")
    articles = [article(hausa, source="ha.txt"), article(pashto, source="ps.txt")]
    found = LanguageDetector(None).detect([a.text for a in articles])
    for item, detection in zip(articles, found, strict=True):
        item.language = detection.language
    assert [a.language for a in articles] == ["ha", "ps"]
    rules = """
rules:
  - id: meeting-date
    title: The meeting was 13 September 2023
    check: date
    expect: 2023-09-13
    about: [gana, ولیدل]
"""
    report = run_rules(rules, articles)
    assert verdicts(report, "meeting-date") == {"ha.txt": "agrees", "ps.txt": "agrees"}
    assert evidence(report, "meeting-date") == {"ha.txt": "13 ga Satumba, 2023", "ps.txt": "۲۰۲۳ کال د سېپتمبر په ۱۳"}


def test_a_language_written_in_two_scripts_writes_the_letters_of_both():
    """Serbian's own CLDR names are in Cyrillic: an article in Latin Serbian, its letters
    "š", "ž", "đ" in every other word, was taken for Zarma."""
    text = ("Vlada Srbije je u četvrtak saopštila da će cene struje porasti za osam odsto od 1. oktobra. "
            "Ministarka energetike rekla je da je to neophodno, a opozicija je poručila da će građani "
            "teže plaćati račune. Skupština je u sredu usvojila budžet za sledeću godinu.")
    assert {"š", "ž", "đ", "ш", "ђ"} <= alphabet("sr")
    assert LanguageDetector(None).detect([text])[0].language == "sr"


def test_a_short_text_may_be_a_modelled_language_left_out_of_the_common_ones():
    """A text shorter than lingua's reliability limit is placed among the commonest news
    languages; Yoruba, which has a model but is not one of them, was Malay, then Igbo by
    its letters."""
    text = "Ile-igbimọ aṣofin fọwọsi isuna ọdun 2024 ni ọjọ Ọjọbọ. Awọn alatako dibo lodi si aba naa."
    assert LanguageDetector(None).detect([text])[0].language == "yo"
