"""Readings of real news copy, nineteenth round: each test names the sentence a newsroom
writes and what the rule must make of it."""

from __future__ import annotations

import pytest
from real_news import phrase_rule, verdict_on

from checker.text.normalise import fold


@pytest.mark.parametrize("language, body, verdict", [
    ("hr", "Lender je sletio nakon 41-dnevnog putovanja.", "agrees"),
    ("hr", "Putovanje je trajalo 40 dana, a letjelica je prije toga obavila 41 dnevnih letova.", "contradicts"),
    ("hr", "Tijekom putovanja letjelica je obavila 41 dnevnih letova.", "silent"),
    ("bg", "По време на пътуването апаратът извърши 41 дневни полета.", "silent"),
], ids=["hyphenated", "hr-after-a-space", "hr-counting-flights", "bg-counting-flights"])
def test_the_adjective_of_a_span_of_days_is_read_only_on_its_figure(language: str, body: str,
                                                                     verdict: str) -> None:
    """"41-dnevnog putovanja" is a 41-day journey; "41 dnevnih letova" (41 daily flights),
    with a space, counts flights, and the journey's span is the 40 days the sentence gives."""
    rule = "- {id: trip, check: number, expect: '41', unit: day, about: [putovanje, putovanja, пътуване]}\n"
    assert verdict_on("trip", language, "2026-02-13", body, rule) == verdict


EVACUATED = ("- {id: evacuated, check: number, expect: '5000', unit: people, units: [residents, Einwohner], "
             "about: [evacuated, evakuiert, evakuierte, dead, Tote]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "Officials said 300 evacuated homes were searched.", "silent"),
    ("de", "300 evakuierte Häuser wurden durchsucht.", "silent"),
    ("en", "In all, 4,000 evacuated residents returned home.", "contradicts"),
    ("de", "Insgesamt 5.000 evakuierte Einwohner kehrten zurück.", "agrees"),
    ("en", "The storm left 4,000 evacuated yesterday.", "contradicts"),
    ("de", "4.000 Evakuierte wurden gezählt.", "contradicts"),
], ids=["en-homes", "de-houses", "en-residents", "de-residents", "en-anchor-then-a-day", "de-anchor-then-a-verb"])
def test_an_anchor_before_a_noun_of_its_own_counts_that_noun(language: str, body: str, verdict: str) -> None:
    """"300 evacuated homes" counts homes, which are no people; "4,000 evacuated residents"
    counts residents, which the rule names among its units; "4,000 evacuated yesterday" has
    the anchor for its noun."""
    assert verdict_on("evacuated", language, "2026-02-13", body, EVACUATED) == verdict


@pytest.mark.parametrize("language, body, phrasing, verdict", [
    ("de", "Als Ursache wird ein technischer Defekt vermutet, der den Brand verursachte.",
     "ein technischer Defekt verursachte den Brand", "agrees"),
    ("de", "Ein technischer Defekt, so wird vermutet, verursachte den Brand.",
     "ein technischer Defekt verursachte den Brand", "agrees"),
    ("de", "Ein technischer Defekt wird den Brand verursachen.",
     "ein technischer Defekt verursachte den Brand", "silent"),
    ("nl", "Als oorzaak wordt een defect vermoed dat de brand veroorzaakte.",
     "een defect veroorzaakte de brand", "agrees"),
], ids=["de-wird-vermutet", "de-so-wird-vermutet", "de-future", "nl-wordt-vermoed"])
def test_the_passive_of_supposing_is_no_future(language: str, body: str, phrasing: str, verdict: str) -> None:
    """German "wird … vermutet" and Dutch "wordt … vermoed" (is suspected) are the passive's
    present, which tells what is thought now: no future that would leave the deed undone."""
    assert verdict_on("cause", language, "2026-02-13", body, phrase_rule("cause", phrasing)) == verdict


@pytest.mark.parametrize("language, body, verdict", [
    ("de", "Seit Montag werden drei Bergsteiger vermisst.", "agrees"),
    ("de", "Seit Montag gilt die Ausgangssperre.", "agrees"),
    ("es", "Desde el lunes rige el toque de queda.", "agrees"),
], ids=["de-missing-since", "de-in-force-since", "es-in-force-since"])
def test_a_present_after_since_tells_of_a_day_past(language: str, body: str, verdict: str) -> None:
    """"Seit Montag werden drei Bergsteiger vermisst" (missing since Monday), "Desde el lunes
    rige el toque de queda" (in force since Monday): a present after "since" has lasted from
    the Monday past."""
    rule = "- {id: since, check: date, expect: '2026-02-09', about: [Bergsteiger, Ausgangssperre, toque]}\n"
    assert verdict_on("since", language, "2026-02-13", body, rule) == verdict


REOPENED = ("- {id: reopened, check: date, expect: '2025-10-14', "
            "about: [reopened, 'ponovno otvoren', reobrir, açıldı, 再開, strike, Streik]}\n")


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "The ship sank on Monday and the strait was reopened on Tuesday.", "agrees"),
    ("en", "The strait was closed on Monday and reopened on Wednesday.", "contradicts"),
    ("hr", "Vlasti su tjesnac zatvorile u ponedjeljak, a ponovno je otvoren u utorak.", "agrees"),
    ("ca", "Les autoritats van tancar l'estret dilluns al matí i el van reobrir dimarts, 14 d'octubre.", "agrees"),
    ("tr", "Boğaz pazartesi kapatıldı ve salı günü yeniden açıldı.", "agrees"),
    ("en", "The strike began on Tuesday and ended on Thursday.", "agrees"),
    ("de", "Der Streik begann am Dienstag und endete am Donnerstag.", "agrees"),
    ("en", "The strait was reopened on 13 and 14 October.", "unclear"),
    ("en", "On Monday, the strait was reopened.", "contradicts"),
], ids=["en-sank-and-reopened", "en-closed-and-reopened-wrong", "hr-a", "ca-i", "tr-ve", "en-began-and-ended",
        "de-begann-und-endete", "en-two-dates-listed", "en-alone"])
def test_a_date_of_another_clause_is_not_the_anchors_own(language: str, body: str, verdict: str) -> None:
    """"Closed on Monday and reopened on Tuesday": the anchor's own clause dates it, and the
    clause after "and" (or before it) dates another deed; two dates listed with "and" stay
    the anchor's, and a date alone past a comma is still read."""
    assert verdict_on("reopened", language, "2025-10-17", body, REOPENED) == verdict


@pytest.mark.parametrize("language, phrasing, body, verdict", [
    ("kk", "құн төленді", "Министр құн төленді деген ақпаратты жоққа шығарды.", "contradicts"),
    ("uz", "to‘lov puli to‘landi", "Vazir to‘lov puli to‘langani haqidagi xabarlarni rad etdi.", "contradicts"),
    ("az", "fidyə ödənilib", "Nazir fidyə ödənildiyi barədə xəbərləri təkzib edib.", "contradicts"),
    ("mn", "золиос төлсөн", "Сайд золиос төлсөн гэх мэдээллийг үгүйсгэв.", "contradicts"),
    ("ta", "மீட்புத் தொகை செலுத்தப்பட்டது",
     "மீட்புத் தொகை செலுத்தப்பட்டதாக வெளியான தகவல்களை அமைச்சர் மறுத்தார்.", "contradicts"),
    ("ta", "மீட்புத் தொகை செலுத்தப்பட்டது", "மீட்புத் தொகை செலுத்தப்பட்டது என்று அமைச்சர் கூறினார்.", "agrees"),
    ("te", "విమోచన ధనం చెల్లించారు", "విమోచన ధనం చెల్లించారన్న వార్తలను మంత్రి ఖండించారు.", "contradicts"),
    ("ne", "फिरौती तिरिएको छ", "मन्त्रीले फिरौती तिरिएको समाचारको खण्डन गरे ।", "contradicts"),
    ("si", "කප්පමක් ගෙවූ", "අමාත්‍යවරයා කප්පමක් ගෙවූ බවට පළ වූ වාර්තා ප්‍රතික්ෂේප කළේය.", "contradicts"),
    ("am", "ቤዛ ተከፍሏል", "ሚኒስትሩ ቤዛ ተከፍሏል የሚለውን ዘገባ አስተባብለዋል።", "contradicts"),
], ids=["kk", "uz", "az-barede", "mn", "ta", "ta-said", "te", "ne", "si", "am"])
def test_a_verb_of_denying_after_the_reports_of_a_claim_denies_it(language: str, phrasing: str, body: str,
                                                                   verdict: str) -> None:
    """Where the verb comes last, "denied the reports that a ransom was paid" writes the verb
    of denying after the claim and the noun of the reports: the claim is denied, not stated."""
    assert verdict_on("ransom", language, "2025-10-15", body, phrase_rule("ransom", phrasing)) == verdict


COLLISION = ("- {id: collision, check: date, expect: '2025-10-13', "
             "about: [kollisjon, kolliderte, kollision, kolliderede]}\n")


@pytest.mark.parametrize("language, body", [
    ("no", "Skipet kolliderte med tankeren, sier kystvakten tirsdag."),
    ("nb", "Skipet kolliderte med tankeren, opplyser kystvakten tirsdag."),
    ("da", "Skibet kolliderede med tankskibet, oplyser kystvagten tirsdag."),
    ("da", "Skibet kolliderede med tankskibet, siger kystvagten tirsdag."),
], ids=["no-as-bokmaal", "nb-opplyser", "da-oplyser", "da-siger"])
def test_the_day_of_a_norwegian_or_danish_report_is_the_sayings(language: str, body: str) -> None:
    """"…, opplyser kystvakten tirsdag" (the coast guard says on Tuesday): Tuesday is the
    report's, in the present of news as in its past, and dates no collision; and a source
    labelled "no" is read as Bokmål, in which nearly all Norwegian news is written."""
    assert verdict_on("collision", language, "2025-10-14", body, COLLISION) == "silent"


@pytest.mark.parametrize("language, body, rule", [
    ("sr", "Жариште је откривено на фарми, саопштило је данас министарство.",
     "- {id: outbreak, check: date, expect: '2025-03-08', about: [жариште]}\n"),
    ("hr", "Žarište je otkriveno na farmi, priopćilo je danas ministarstvo.",
     "- {id: outbreak, check: date, expect: '2025-03-08', about: [žarište]}\n"),
    ("it", "Lo ha reso noto oggi il ministero: il focolaio è stato scoperto in un allevamento.",
     "- {id: outbreak, check: date, expect: '2025-03-08', about: [focolaio]}\n"),
], ids=["sr-neuter", "hr-neuter", "it-reso-noto"])
def test_today_of_a_ministrys_report_dates_no_event(language: str, body: str, rule: str) -> None:
    """"саопштило је данас министарство" (the ministry, a neuter noun, announced today), "ha
    reso noto oggi" (made known today): today is the report's, not the outbreak's."""
    assert verdict_on("outbreak", language, "2025-03-12", body, rule) == "silent"


HELD = "- {id: held, check: number, expect: '9', unit: day, about: [ओलीस, ප්‍රාණ ඇපකරු, заложници, заложниците]}\n"


@pytest.mark.parametrize("language, body, verdict", [
    ("mr", "१७ ओलिसांची सुटका झाली.", "silent"),
    ("si", "ප්‍රාණ ඇපකරුවන් 17 දෙනා නිදහස් කෙරේ", "silent"),
    ("mk", "Заложниците беа држени 9 дена.", "agrees"),
    ("mk", "Заложниците беа држени 7 дена.", "contradicts"),
], ids=["mr-sutka-release", "si-dena-persons", "mk-dena-days", "mk-dena-wrong"])
def test_a_noun_is_read_as_a_unit_of_its_own_language_only(language: str, body: str, verdict: str) -> None:
    """Sinhala "17 දෙනා" (17 persons) folds as Macedonian "дена" (days) and Marathi "सुटका"
    (release) as Russian "сутки": a word after a figure is a unit of the source's language
    or none, so neither is a span of days; Macedonian "9 дена" still is."""
    assert verdict_on("held", language, "2025-10-15", body, HELD) == verdict


RANSOM_PAID = """- id: ransom
  check: phrase
  contradicted_by:
    id: [membayar tebusan]
    ms: [membayar wang tebusan]
"""


@pytest.mark.parametrize("language, body, verdict", [
    ("id", "LPA membantah bahwa pihaknya telah membayar tebusan.", "agrees"),
    ("id", "LPA membantah bahwa pihaknya sudah membayar tebusan.", "agrees"),
    ("id", "LPA mengakui bahwa pihaknya telah membayar tebusan.", "contradicts"),
    ("ms", "Kerajaan menafikan bahawa pihaknya telah membayar wang tebusan.", "agrees"),
], ids=["id-telah", "id-sudah", "id-admitted", "ms-telah"])
def test_the_particle_of_a_tenseless_verb_keeps_its_denial(language: str, body: str, verdict: str) -> None:
    """"Membantah bahwa pihaknya telah membayar tebusan" (denied that it had paid the ransom):
    "telah", the particle of a done deed, takes no place of its own between "that" and the
    verb, which the denial still reaches."""
    assert verdict_on("ransom", language, "2025-03-14", body, RANSOM_PAID) == verdict


def test_the_hebrew_morning_hours_of_a_weekday_are_not_this_morning() -> None:
    """"בשעות הבוקר המוקדמות של יום שני" (in the early morning hours of Monday): "הבוקר" after
    "בשעות" is a part of the day named, not this morning."""
    rule = "- {id: attack, check: date, expect: '2025-03-10', about: [מתקפה, המתקפה]}\n"
    assert verdict_on("attack", "he", "2025-03-14", "המתקפה זוהתה בשעות הבוקר המוקדמות של יום שני.", rule) == "agrees"
    assert verdict_on("attack", "he", "2025-03-14", "המתקפה זוהתה הבוקר.", rule) == "contradicts"


ATTACK_AND_RESUMPTION = """- {id: attack, check: date, expect: '2025-03-10', about: [攻撃, 공격]}
- {id: resume, check: date, expect: '2025-03-13', about: [再開, 재개]}
"""


@pytest.mark.parametrize("language, body", [
    ("ja", "攻撃で停止していたコンテナ輸送が13日、再開した。"),
    ("ko", "공격으로 중단됐던 컨테이너 운송이 13일, 재개됐다."),
], ids=["ja", "ko"])
def test_a_day_set_off_by_a_comma_dates_the_verb_after_it(language: str, body: str) -> None:
    """"攻撃で停止していたコンテナ輸送が13日、再開した" (container traffic halted by the attack
    resumed on the 13th): the comma after the day opens the verb's clause, and the day is the
    resumption's, not the attack's."""
    assert verdict_on("resume", language, "2025-03-14", body, ATTACK_AND_RESUMPTION) == "agrees"
    assert verdict_on("attack", language, "2025-03-14", body, ATTACK_AND_RESUMPTION) == "silent"


GROUP = "- {id: group, check: entity, expect: Black Kraken, alternatives: [LockBit], about: [集団, group]}\n"


@pytest.mark.parametrize("body, verdict", [
    ("ハッカー集団「ブラック・クラーケン」が犯行声明を出した。", "agrees"),
    ("ハッカー集団「ロックビット」が犯行声明を出した。", "contradicts"),
], ids=["black-kraken", "lockbit"])
def test_a_katakana_name_with_a_small_tsu_meets_its_latin_spelling(body: str, verdict: str) -> None:
    """"ブラック・クラーケン" is "burakku kuraken": the small tsu doubles the consonant after
    it, which a letter-by-letter transliteration spells "t" ("buratku", no Black)."""
    assert verdict_on("group", "ja", "2025-03-14", body, GROUP) == verdict


@pytest.mark.parametrize("written, folded", [
    ("ブラック", "burakku"), ("キャット", "kyatto"), ("ジャカルタ", "jakaruta"), ("チャンピオン", "chanpion"),
    ("ニュース", "nyusu"),
])
def test_small_kana_fold_as_japanese_says_them(written: str, folded: str) -> None:
    """The small tsu doubles the next consonant; a small ya, yu, yo makes one syllable with
    the kana in -i before it."""
    assert fold(written) == folded


@pytest.mark.parametrize("language, anchor, body", [
    ("nl", "ruimen", "In de regio zijn 184.000 vogels geruimd."),
    ("nl", "opruimen", "Na de uitbraak werden 184.000 vogels opgeruimd."),
    ("nl", "evacueren", "Er werden 184.000 mensen geëvacueerd."),
    ("et", "hukkama", "Ametivõimud on hukanud 184 000 lindu."),
    ("et", "hukkama", "Ministeeriumi teatel hukati 184 000 lindu."),
    ("hi", "मारना", "अधिकारियों ने 1.84 लाख पक्षियों को मार दिया है।"),
], ids=["nl-ge-d", "nl-separable", "nl-doubled-vowel", "et-weak-grade", "et-passive", "hi-stem"])
def test_an_anchor_in_the_dictionary_form_finds_the_forms_news_writes(language: str, anchor: str, body: str) -> None:
    """A verb given as an editor writes it, in its infinitive, finds the participle and past
    news writes: Dutch "geruimd", "opgeruimd", "geëvacueerd" (ge- and -d, -t on the stem),
    Estonian "hukanud", "hukati" (the weak grade of "hukkama"), Hindi "मार दिया" (the stem of
    "मारना")."""
    rule = f"- {{id: culled, check: number, expect: '184000', about: [{anchor}]}}\n"
    assert verdict_on("culled", language, "2025-03-12", body, rule) == "agrees"


@pytest.mark.parametrize("language, anchor, body", [
    ("nl", "veroordelen", "Het hof heeft Vlădescu dinsdag veroordeeld tot zeven jaar cel."),
    ("sv", "döma", "Vlădescu dömdes i tisdags till sju års fängelse."),
    ("sv", "döma", "Domstolen dömde Vlădescu i tisdags till sju års fängelse."),
], ids=["nl-ver-d", "sv-passive-past", "sv-past"])
def test_a_verb_in_its_infinitive_dates_its_past_and_participle(language: str, anchor: str, body: str) -> None:
    """Dutch "veroordeeld" (a prefix that takes no ge-), Swedish "dömdes", "dömde" (the past
    on the stem of "döma") are the verbs an editor writes in the infinitive."""
    rule = f"- {{id: verdict, check: date, expect: '2025-11-04', about: [{anchor}]}}\n"
    assert verdict_on("verdict", language, "2025-11-05", body, rule) == "agrees"


@pytest.mark.parametrize("language, phrasing, body, verdict", [
    ("es", "Vlădescu negó haber recibido sobornos", "Vlădescu negó haber recibido ningún soborno.", "agrees"),
    ("ca", "Vlădescu nega haver rebut suborns", "Vlădescu nega haver rebut cap suborn.", "agrees"),
    ("es", "Vlădescu negó haber recibido sobornos", "Vlădescu no negó haber recibido sobornos.", "contradicts"),
    ("es", "Vlădescu recibió sobornos", "Vlădescu negó haber recibido ningún soborno.", "contradicts"),
], ids=["es-ningun", "ca-cap", "es-did-not-deny", "es-denied-claim"])
def test_any_after_a_phrasings_own_denial_is_no_second_negation(language: str, phrasing: str, body: str,
                                                                verdict: str) -> None:
    """"Negó haber recibido ningún soborno" (denied receiving any bribe) states the denial the
    phrasing writes: "ningún", "cap" are the "any" a verb of denying takes; a claim the
    phrasing states without it is still denied."""
    assert verdict_on("denial", language, "2025-11-05", body, phrase_rule("denial", phrasing)) == verdict


@pytest.mark.parametrize("language, phrasing, body, verdict", [
    ("ar", "نفت الوكالة أن الإطلاق تم على عجل", "نفت الوكالة أن الإطلاق تم على عجل.", "agrees"),
    ("fa", "این ادعا را که پرتاب با عجله انجام شده رد کرد", "این ادعا را که پرتاب با عجله انجام شده رد کرد.", "agrees"),
    ("tl", "Itinanggi ng Heliotrope Shipping na sobrang bilis ang takbo ng barko",
     "Itinanggi ng may-ari, ang Heliotrope Shipping, na sobrang bilis ang takbo ng barko.", "agrees"),
    ("tl", "Itinanggi ng Heliotrope Shipping na sobrang bilis ang takbo ng barko",
     "Inamin ng may-ari, ang Heliotrope Shipping, na sobrang bilis ang takbo ng barko.", "contradicts"),
], ids=["ar-short-words-last", "fa-rejected-last", "tl-apposition", "tl-admitted"])
def test_a_phrasings_own_verb_of_denying_states_the_denial(language: str, phrasing: str, body: str,
                                                         verdict: str) -> None:
    """A phrasing that is a denial ("the agency denied that the launch was rushed") is stated
    by a sentence that writes it, with short words last (Arabic "تم على عجل"), the verb of
    denying after the clause (Persian "رد کرد"), or an apposition between the verb and its
    subject (Tagalog "Itinanggi ng may-ari, ang …, na …"); the verb is the phrasing's own, no
    negation of the rest. A sentence that confirms the claim instead still contradicts."""
    assert verdict_on("denial", language, "2025-11-19", body, phrase_rule("denial", phrasing)) == verdict


CALLED_OFF = """- id: strike
  check: phrase
  contradicted_by:
    th: [สหภาพยุติการนัดหยุดงาน]
    lo: [ສະຫະພັນຍົກເລີກການນັດຢຸດງານ]
    km: [សហជីពបានលុបចោលកូដកម្ម]
    vi: [công đoàn đã hủy đình công]
"""


@pytest.mark.parametrize("language, body, verdict", [
    ("th", "สหพันธ์ครูปฏิเสธรายงานที่ว่าสหภาพได้ยุติการนัดหยุดงานแล้ว", "agrees"),
    ("th", "สหภาพได้ยุติการนัดหยุดงานแล้ว", "contradicts"),
    ("lo", "ສະຫະພັນຄູ ປະຕິເສດລາຍງານທີ່ວ່າ ສະຫະພັນໄດ້ຍົກເລີກການນັດຢຸດງານແລ້ວ.", "agrees"),
    ("km", "សហព័ន្ធបានបដិសេធរបាយការណ៍ដែលថា សហជីពបានលុបចោលកូដកម្ម។", "agrees"),
    ("km", "សហជីពបានលុបចោលកូដកម្ម។", "contradicts"),
    ("vi", "Công đoàn bác bỏ thông tin cho rằng công đoàn đã hủy đình công.", "agrees"),
    ("vi", "Công đoàn phủ nhận việc công đoàn đã hủy đình công.", "agrees"),
    ("vi", "Công đoàn đã hủy đình công.", "contradicts"),
], ids=["th-denied-reports", "th-stated", "lo-denied-reports", "km-denied-reports", "km-stated",
        "vi-bac-bo-thong-tin", "vi-phu-nhan-viec", "vi-stated"])
def test_a_verb_of_denying_before_the_reports_of_a_claim_denies_it(language: str, body: str, verdict: str) -> None:
    """Thai, Lao and Khmer write "denied the reports that …" with no space ("ปฏิเสธรายงานที่ว่า…"),
    Vietnamese with a noun of the report between ("bác bỏ thông tin cho rằng …"): the claim
    after them is denied, not stated."""
    assert verdict_on("strike", language, "2026-03-03", body, CALLED_OFF) == verdict


DEAD_AND_INJURED = """- {id: dead, check: number, expect: '7', unit: people, units: [persone, oameni, Menschen],
   about: [died, morte, murit, starben]}
- {id: injured, check: number, expect: '4', unit: people, units: [persone, oameni, Menschen],
   about: [injured, ferite, răniți, verletzt]}
"""


@pytest.mark.parametrize("language, body", [
    ("it", "Sette persone sono morte e quattro sono rimaste ferite."),
    ("it", "Sette persone sono morte e quattro sono state ferite."),
    ("ro", "Șapte oameni au murit și patru au fost răniți."),
    ("en", "Seven people died and four were injured."),
    ("de", "Sieben Menschen starben, vier weitere wurden verletzt."),
], ids=["it-rimaste", "it-state", "ro", "en", "de-weitere"])
def test_the_noun_left_out_after_another_rules_figure(language: str, body: str) -> None:
    """"Sette persone sono morte e quattro sono rimaste ferite" (seven died and four were left
    injured): the four count people, the noun said once before with the figure the rule about
    the dead reads; "sono" after the figure is an auxiliary, no noun it counts. Neither rule
    takes the other's figure."""
    assert verdict_on("dead", language, "2025-02-16", body, DEAD_AND_INJURED) == "agrees"
    assert verdict_on("injured", language, "2025-02-16", body, DEAD_AND_INJURED) == "agrees"


def test_a_basque_noun_derived_from_the_anchor_is_another_word() -> None:
    """"Epaiketa" (the trial) is derived from "epai" (verdict) by -keta: the trial's date is
    no verdict's, for a rule anchored on "epaia"."""
    rule = "- {id: verdict, check: date, expect: '2025-11-04', about: [epaia]}\n"
    assert verdict_on("verdict", "eu", "2025-11-05", "Epaiketa 2023ko martxoaren 14an hasi zen.", rule) == "silent"
    assert verdict_on("verdict", "eu", "2025-11-05", "Epaia azaroaren 4an eman zuten.", rule) == "agrees"


def test_a_swahili_noun_in_ha_is_no_negated_verb_of_saying() -> None:
    """"Aliwaambia waandishi wa habari kwamba …" (told journalists that …): "habari" (news)
    begins as a negated verb does ("hakusema", did not say) and is none, so the clause after
    "kwamba" is reported."""
    rule = "- id: strike\n  check: phrase\n  contradicted_by:\n    sw: [chama kimesitisha mgomo]\n"
    body = "Otieno aliwaambia waandishi wa habari kwamba chama kimesitisha mgomo."
    assert verdict_on("strike", "sw", "2026-03-03", body, rule) == "contradicts"


@pytest.mark.parametrize("language, body, verdict", [
    ("id", "Mogok itu melibatkan 10,2 juta siswa di sekolah negeri.", "silent"),
    ("ms", "Mogok itu melibatkan 10.2 juta pelajar di sekolah.", "silent"),
    ("id", "Mogok menutup 42.000 sekolah negeri.", "agrees"),
    ("hr", "Štrajk je zatvorio 42.000 osnovnih škola.", "agrees"),
], ids=["id-students-at-school", "ms-students-at-school", "id-schools", "hr-adjective-then-noun"])
def test_a_noun_past_a_preposition_is_not_the_one_a_figure_counts(language: str, body: str, verdict: str) -> None:
    """"10,2 juta siswa di sekolah" (10.2 million students at school) counts students: the
    noun after the preposition opens a phrase of its own. A noun past an adjective is still
    the figure's ("42.000 osnovnih škola", 42,000 primary schools)."""
    rule = "- {id: schools, check: number, expect: '42000', unit: sekolah, units: [škola], about: [mogok, štrajk]}\n"
    assert verdict_on("schools", language, "2026-03-03", body, rule) == verdict


@pytest.mark.parametrize("language, body, verdict", [
    ("ja", "ストは2日目に入った。", "silent"),
    ("ko", "파업은 2일째 이어졌다.", "silent"),
    ("ja", "ストは5日間続く予定だ。", "agrees"),
], ids=["ja-nichime", "ko-iljjae", "ja-five-days"])
def test_a_counter_with_the_ordinal_mark_is_the_nth_day_not_a_span(language: str, body: str, verdict: str) -> None:
    """"ストは2日目に入った" (the strike entered its second day), "2일째": the mark after the
    counter makes an ordinal, no span of two days."""
    rule = "- {id: days, check: number, expect: '5', unit: day, about: [スト, 파업]}\n"
    assert verdict_on("days", language, "2026-03-03", body, rule) == verdict


def test_a_lao_span_of_days_in_van() -> None:
    """"ແກ່ຍາວ 12 ວັນ" (lasting 12 days): Lao counts an event's days with "ວັນ" as often as
    with CLDR's "ມື້"."""
    rule = "- {id: days, check: number, expect: '12', unit: day, about: [ການນັດຢຸດງານ]}\n"
    assert verdict_on("days", "lo", "2026-03-03", "ການນັດຢຸດງານຈະແກ່ຍາວ 12 ວັນ.", rule) == "agrees"
    assert verdict_on("days", "lo", "2026-03-03", "ການນັດຢຸດງານຈະແກ່ຍາວ 10 ວັນ.", rule) == "contradicts"


@pytest.mark.parametrize("language, body", [
    ("fr", "Sept personnes ont été tuées."),
    ("sl", "Umrlo je sedem ljudi."),
], ids=["fr-tuees", "sl-umrlo"])
def test_a_verb_of_a_short_stem_finds_its_participle(language: str, body: str) -> None:
    """French "tuer" (tu-) finds "tuées", Slovene "umreti" (um-) finds "umrlo": a stem of
    two letters is a verb's too."""
    rule = "- {id: dead, check: number, expect: '7', unit: people, units: [personnes, ljudi], about: [tuer, umreti]}\n"
    assert verdict_on("dead", language, "2025-02-16", body, rule) == "agrees"


@pytest.mark.parametrize("language, body", [
    ("hy", "Զոհվել է 7 մարդ, ևս 4-ը ծանր վիրավորվել են։"),
    ("ro", "Patru persoane au fost grav rănite."),
    ("he", "שבעה בני אדם נהרגו וארבעה נפצעו קשה."),
], ids=["hy-canr", "ro-grav", "he-kashe"])
def test_the_seriously_injured_are_a_part_of_the_injured_in_more_languages(language: str, body: str) -> None:
    """"Four seriously injured" are a part of all the injured, in Armenian "ծանր", Romanian
    "grav" and Hebrew "קשה" as in English: no count of the injured, and no other figure of
    the sentence taken for it."""
    rule = ("- {id: injured, check: number, expect: '38', unit: people, units: [մարդ, persoane], "
            "about: [վիրավորվել, rănite, נפצעו]}\n")
    assert verdict_on("injured", language, "2025-02-16", body, rule) == "silent"


@pytest.mark.parametrize("body, verdict", [
    ("आयोगाला १५ डिसेंबरपर्यंत अहवाल सादर करावा लागेल.", "agrees"),
    ("आयोगाला १४ डिसेंबरपर्यंत अहवाल सादर करावा लागेल.", "contradicts"),
], ids=["until-the-15th", "until-the-14th"])
def test_a_marathi_month_with_its_postposition_written_on_it(body: str, verdict: str) -> None:
    """"१५ डिसेंबरपर्यंत" (until 15 December): Marathi writes the postposition on the month's
    name, and the day and month are still a date."""
    rule = "- {id: deadline, check: date, expect: '2025-12-15', about: [अहवाल]}\n"
    assert verdict_on("deadline", "mr", "2025-11-19", body, rule) == verdict


@pytest.mark.parametrize("body, verdict", [
    ("秘书长奥蒂埃诺3日在内罗毕对记者说：“我们没有取消罢工。”", "silent"),
    ("秘书长奥蒂埃诺3日向媒体表示，罢工将继续。", "silent"),
    ("教师2日在全国举行罢工。", "agrees"),
], ids=["in-nairobi-to-reporters", "to-the-media", "held-across-the-country"])
def test_a_chinese_day_of_saying_past_where_and_to_whom(body: str, verdict: str) -> None:
    """"3日在内罗毕对记者说" (said to reporters in Nairobi on the 3rd): the day is the saying's
    past the place and the hearer written between; "2日在全国举行罢工" (held the strike across
    the country on the 2nd) dates the strike."""
    rule = "- {id: start, check: date, expect: '2026-03-02', about: [罢工]}\n"
    assert verdict_on("start", "zh", "2026-03-04", body, rule) == verdict


@pytest.mark.parametrize("body, verdict", [
    ("Han dömdes för att ha tagit emot mutor på sammanlagt 2,8 miljoner euro.", "contradicts"),
    ("Han dömdes för att ha tagit emot mutor på sammanlagt 1,8 miljoner euro.", "agrees"),
    ("Mutan uppgick till 1,8 miljoner euro.", "agrees"),
], ids=["mutor-wrong", "mutor", "mutan"])
def test_a_swedish_noun_in_a_finds_its_plural_and_definite(body: str, verdict: str) -> None:
    """"Muta" (a bribe) is written "mutor" in the plural and "mutan" with its article: a stem
    of three letters, too short for the fuzzy matcher, read with its -a."""
    rule = "- {id: bribes, check: number, expect: '1800000', unit: EUR, about: [muta]}\n"
    assert verdict_on("bribes", "sv", "2025-11-05", body, rule) == verdict


@pytest.mark.parametrize("body, verdict", [
    ("Ракета выбухнула ў аўторак, 18 лістапада.", "agrees"),
    ("Ракета выбухнула 17 лістапада.", "contradicts"),
], ids=["vybukhnula", "vybukhnula-wrong-day"])
def test_a_belarusian_infinitive_finds_its_past(body: str, verdict: str) -> None:
    """"Выбухнуць" (to explode), as an editor writes the anchor, finds the past "выбухнула"."""
    rule = "- {id: launch, check: date, expect: '2025-11-18', about: [выбухнуць]}\n"
    assert verdict_on("launch", "be", "2025-11-19", body, rule) == verdict


OPENED = "- {id: opened, check: date, expect: '1978', about: [opened, eröffnet, ouvert, открыта]}\n"


@pytest.mark.parametrize("language, body, verdict", [
    ("en", "The cable car opened in 1978.", "agrees"),
    ("en", "The cable car, which opened in 1977, was closed.", "contradicts"),
    ("de", "Die Seilbahn wurde 1978 eröffnet.", "agrees"),
    ("de", "Die Seilbahn wurde im Jahr 1979 eröffnet.", "contradicts"),
    ("ru", "Канатная дорога открыта в 1978 году.", "agrees"),
    ("fr", "Le téléphérique a ouvert en 1980.", "contradicts"),
    ("en", "The line opened and now carries 1978 passengers a day.", "silent"),
], ids=["en-in", "en-in-wrong", "de-after-auxiliary", "de-im-jahr", "ru-v-godu", "fr-en", "en-a-count"])
def test_a_year_alone_dates_a_rule_about_a_year(language: str, body: str, verdict: str) -> None:
    """"The cable car opened in 1978": four figures after a preposition, an auxiliary or a
    word for "year" are a year, read by a rule whose `expect` is a year; four figures that
    count a noun are none."""
    assert verdict_on("opened", language, "2025-02-15", body, OPENED) == verdict


def test_a_year_alone_is_no_date_for_a_rule_about_a_day() -> None:
    """A background year ("The cable car opened in 1978") says nothing of a day's rule."""
    rule = "- {id: accident, check: date, expect: '2025-02-14', about: [cable car]}\n"
    body = "The cable car accident happened on Friday. The cable car opened in 1978."
    assert verdict_on("accident", "en", "2025-02-15", body, rule) == "agrees"


@pytest.mark.parametrize("body, verdict", [
    ("The agency did not deny that the launch was delayed.", "contradicts"),
    ("The agency denied that the launch was delayed.", "agrees"),
    ("The parliament did not approve the budget.", "silent"),
], ids=["did-not-deny", "denied", "another-phrasing"])
def test_the_english_base_form_after_did_meets_the_past_a_phrasing_writes(body: str, verdict: str) -> None:
    """"did not deny" is the denial a phrasing "denied that …" writes in the past, negated:
    the base form after "did" meets the past ("deny", "denied")."""
    rule = phrase_rule("denial", "the agency denied that the launch was delayed")
    assert verdict_on("denial", "en", "2025-11-19", body, rule) == verdict


@pytest.mark.parametrize("language, body, verdict", [
    ("ja", "ロープウェーは1978年に開業した。", "agrees"),
    ("zh", "该缆车于1979年开通。", "contradicts"),
    ("ko", "케이블카는 1978년 개통됐다.", "agrees"),
    ("ja", "ロープウェーは1978年度に開業した。", "silent"),
], ids=["ja-nen", "zh-nian-wrong", "ko-nyeon", "ja-fiscal-year"])
def test_a_year_written_with_its_character_dates_a_rule_about_a_year(language: str, body: str, verdict: str) -> None:
    """"1978年に開業した" (opened in 1978), "1978년": a year with the character for "year" and no
    month after it is a date of that year for a rule about a year; "1978年度" (the fiscal
    year) is none."""
    rule = "- {id: opened, check: date, expect: '1978', about: [開業, 开通, 개통]}\n"
    assert verdict_on("opened", language, "2025-02-15", body, rule) == verdict
