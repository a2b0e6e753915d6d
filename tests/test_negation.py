"""Negation in each language of the phrase rule type: a negated clause contradicts, a
negation that is part of the phrasing does not."""

from __future__ import annotations

import pytest

from checker.testing import article, run_rules, verdicts

RULES = """
- id: accepted
  check: phrase
  expect:
    en: [Putin accepted the invitation]
    hr: [Putin prihvatio poziv]
    sr: [Putin prihvatio poziv]
    bs: [Putin prihvatio poziv]
    ro: [Putin a acceptat invitaţia]
    de: [Putin nahm die Einladung an]
    fr: [Poutine a accepté l'invitation]
    es: [Putin aceptó la invitación]
    it: [Putin ha accettato l'invito]
    pt: [Putin aceitou o convite]
    pl: [Putin przyjął zaproszenie]
    ru: [Путин принял приглашение]
    el: [Πούτιν αποδέχθηκε την πρόσκληση]
    id: [Putin menerima undangan]
    vi: [Putin chấp nhận lời mời]
    he: [פוטין קיבל את ההזמנה]
    ar: [بوتين الدعوة لزيارة]
    ca: [Putin ha acceptat la invitació]
    nl: [Poetin aanvaardde de uitnodiging]
    zh: [普京接受访问平壤的邀请]
    ko: [초청을 수락했다]
    ja: [招待を受け入れた]
    ka: [პუტინმა მიიღო მოწვევა]
    ur: [پوتن نے دعوت قبول]
    sq: [Putini e pranoi ftesën]
    cs: [Putin přijal pozvání]
    sk: [Putin prijal pozvanie]
    lt: [Putinas priėmė kvietimą]
    lv: [Putins pieņēma ielūgumu]
    fa: [پوتین دعوت را پذیرفت]
    hy: [Պուտինն ընդունեց հրավերը]
    am: [ፑቲን ግብዣውን ተቀበለ]
    tr: [Putin daveti onayladı]
    az: [Putin dəvəti təsdiqlədi]
    uz: [Putin taklifni tasdiqladi]
    kk: [Путин шақыруды қабылдады]
    af: [Poetin het die uitnodiging aanvaar]
    ha: [Putin ya amince da gayyatar]
    so: [Putin wuu aqbalay martiqaadka]
    bn: [পুতিন আমন্ত্রণ গ্রহণ করেছেন]
    ta: [புடின் பியாங்யாங் பயண அழைப்பை ஏற்றுக்கொண்டார்]
    fi: [Putin hyväksyi kutsun]
    th: [ปูตินยอมรับคำเชิญ]
    lo: [ປູຕິນຍອມຮັບຄຳເຊີນ]
    km: [ពូទីនទទួលយកការអញ្ជើញ]
    my: [ပူတင်ဖိတ်ကြားချက်ကိုလက်ခံခဲ့သည်]
    tl: [Tinanggap ni Putin ang imbitasyon]
    mr: [पुतिन यांनी निमंत्रण स्वीकारले]
    pa: [ਪੁਤਿਨ ਨੇ ਸੱਦਾ ਸਵੀਕਾਰ ਕੀਤਾ]
    si: [පුටින් ආරාධනය පිළිගත්තේය]
    ne: [पुटिनले निमन्त्रणा स्वीकार गरेका]
"""

CASES = [
    ("en", "Putin accepted the invitation.", "Putin did not accept the invitation."),
    ("hr", "Putin je prihvatio poziv.", "Putin nije prihvatio poziv."),
    ("sr", "Путин је прихватио позив.", "Путин није прихватио позив."),
    ("bs", "Putin je prihvatio poziv.", "Putin nije prihvatio poziv."),
    ("ro", "Putin a acceptat invitaţia.", "Putin nu a acceptat invitaţia."),
    ("de", "Putin nahm die Einladung an.", "Putin nahm die Einladung nicht an."),
    ("fr", "Poutine a accepté l'invitation.", "Poutine n'a pas accepté l'invitation."),
    ("es", "Putin aceptó la invitación.", "Putin no aceptó la invitación."),
    ("it", "Putin ha accettato l'invito.", "Putin non ha accettato l'invito."),
    ("pt", "Putin aceitou o convite.", "Putin não aceitou o convite."),
    ("pl", "Putin przyjął zaproszenie.", "Putin nie przyjął zaproszenia."),
    ("ru", "Путин принял приглашение.", "Путин не принял приглашение."),
    ("el", "Ο Πούτιν αποδέχθηκε την πρόσκληση.", "Ο Πούτιν δεν αποδέχθηκε την πρόσκληση."),
    ("id", "Putin menerima undangan itu.", "Putin tidak menerima undangan itu."),
    ("vi", "Putin đã chấp nhận lời mời.", "Putin không chấp nhận lời mời."),
    ("he", "פוטין קיבל את ההזמנה.", "פוטין לא קיבל את ההזמנה."),
    ("ar", "قبل بوتين الدعوة لزيارة بيونغ يانغ.", "لم يقبل بوتين الدعوة لزيارة بيونغ يانغ."),
    ("ca", "Putin ha acceptat la invitació.", "Putin no ha acceptat la invitació."),
    ("nl", "Poetin aanvaardde de uitnodiging.", "Poetin aanvaardde de uitnodiging niet."),
    ("zh", "普京接受了访问平壤的邀请。", "普京没有接受访问平壤的邀请。"),
    ("ko", "푸틴은 평양 방문 초청을 수락했다.", "푸틴은 평양 방문 초청을 안 수락했다."),
    # another form of the 하다 verb, and 않- / 못하- with any ending after it
    ("ko", "푸틴은 평양 방문 초청을 수락했다고 밝혔다.", "푸틴은 평양 방문 초청을 수락하지 않았다고 밝혔다."),
    ("ko", "푸틴은 평양 방문 초청을 수락했습니다.", "푸틴은 평양 방문 초청을 수락하지 못했다."),
    ("ja", "プーチン氏は招待を受け入れた。", "プーチン氏は招待を受け入れなかった。"),
    ("ja", "プーチン氏は招待を受け入れた。", "プーチン氏は招待を受け入れていない。"),
    ("ja", "プーチン氏は招待を受け入れた。", "プーチン氏は招待を受け入れませんでした。"),
    ("ka", "პუტინმა მიიღო მოწვევა.", "პუტინმა არ მიიღო მოწვევა."),
    ("ur", "پوتن نے دعوت قبول کر لی۔", "پوتن نے دعوت قبول نہیں کی۔"),
    ("sq", "Putini e pranoi ftesën.", "Putini nuk e pranoi ftesën."),
    # negation written inside the verb: a prefix, a syllable after the stem, an ending
    ("cs", "Putin přijal pozvání.", "Putin nepřijal pozvání."),
    ("sk", "Putin prijal pozvanie.", "Putin neprijal pozvanie."),
    ("lt", "Putinas priėmė kvietimą.", "Putinas nepriėmė kvietimo."),
    ("lv", "Putins pieņēma ielūgumu.", "Putins nepieņēma ielūgumu."),
    ("fa", "پوتین دعوت را پذیرفت.", "پوتین دعوت را نپذیرفت."),
    ("fa", "پوتین دعوت را پذیرفت.", "پوتین دعوت را نمی‌پذیرفت."),
    ("hy", "Պուտինն ընդունեց հրավերը։", "Պուտինը չընդունեց հրավերը։"),
    ("am", "ፑቲን ግብዣውን ተቀበለ።", "ፑቲን ግብዣውን አልተቀበለም።"),
    ("tr", "Putin daveti onayladı.", "Putin daveti onaylamadı."),
    ("tr", "Putin daveti onayladı.", "Putin daveti onaylamıyor."),
    ("tr", "Putin daveti onayladı.", "Putin daveti onaylamaz."),
    ("tr", "Putin daveti onayladı.", "Putin daveti onaylamamış."),
    ("az", "Putin dəvəti təsdiqlədi.", "Putin dəvəti təsdiqləmədi."),
    ("uz", "Putin taklifni tasdiqladi.", "Putin taklifni tasdiqlamadi."),
    ("uz", "Путин таклифни тасдиқлади.", "Путин таклифни тасдиқламади."),  # Uzbek in Cyrillic
    ("kk", "Путин шақыруды қабылдады.", "Путин шақыруды қабылдамады."),
    ("af", "Poetin het die uitnodiging aanvaar.", "Poetin het nie die uitnodiging aanvaar nie."),
    ("ha", "Putin ya amince da gayyatar.", "Putin bai amince da gayyatar ba."),
    ("ha", "Putin ya amince da gayyatar.", "Putin ya ƙi amince da gayyatar."),  # "refused to"
    ("so", "Putin wuu aqbalay martiqaadka.", "Putin ma uusan aqbalin martiqaadka."),
    ("uz", "Putin taklifni tasdiqladi.", "Putin taklifni tasdiqlagani yoʻq."),  # "there is none": has not
    ("kk", "Путин шақыруды қабылдады.", "Путин шақыруды қабылдамайды."),
    ("kk", "Путин шақыруды қабылдады.", "Путин шақыруды қабылдамаған."),
    ("bn", "পুতিন আমন্ত্রণ গ্রহণ করেছেন।", "পুতিন আমন্ত্রণ গ্রহণ করেননি।"),
    # Finnish denies with an auxiliary, a participle and the object in the partitive
    ("fi", "Putin hyväksyi kutsun.", "Putin ei hyväksynyt kutsua."),
    ("tl", "Tinanggap ni Putin ang imbitasyon.", "Hindi tinanggap ni Putin ang imbitasyon."),
    ("mr", "पुतिन यांनी निमंत्रण स्वीकारले.", "पुतिन यांनी निमंत्रण स्वीकारले नाही."),
    ("pa", "ਪੁਤਿਨ ਨੇ ਸੱਦਾ ਸਵੀਕਾਰ ਕੀਤਾ।", "ਪੁਤਿਨ ਨੇ ਸੱਦਾ ਸਵੀਕਾਰ ਨਹੀਂ ਕੀਤਾ।"),
    ("si", "පුටින් ආරාධනය පිළිගත්තේය.", "පුටින් ආරාධනය පිළිගත්තේ නැත."),
    ("ne", "पुटिनले निमन्त्रणा स्वीकार गरेका छन्।", "पुटिनले निमन्त्रणा स्वीकार गरेका छैनन्।"),
    # scripts read a character at a time, the denying word before the verb
    ("th", "ปูตินยอมรับคำเชิญเมื่อวันพุธ", "ปูตินไม่ยอมรับคำเชิญเมื่อวันพุธ"),
    ("lo", "ປູຕິນຍອມຮັບຄຳເຊີນ", "ປູຕິນບໍ່ຍອມຮັບຄຳເຊີນ"),
    ("km", "ពូទីនទទួលយកការអញ្ជើញ", "ពូទីនមិនទទួលយកការអញ្ជើញទេ"),
    ("my", "ပူတင်ဖိတ်ကြားချက်ကိုလက်ခံခဲ့သည်", "ပူတင်ဖိတ်ကြားချက်ကိုလက်မခံခဲ့ပါ"),  # မ inside the verb
    # the denying verb is another word than the phrasing's; the ending after the match denies
    ("ta", "புடின் பியாங்யாங் பயண அழைப்பை ஏற்றுக்கொண்டார்.", "புடின் பியாங்யாங் பயண அழைப்பை ஏற்றுக்கொள்ளவில்லை."),
]


# A verb that denies the clause after it: "denied that …", across the comma before "that"
# where the language writes one.
DENIED_THAT = [
    ("en", "The Kremlin denied that Putin accepted the invitation."),
    ("hr", "Kremlj je demantirao da je Putin prihvatio poziv."),
    ("hr", "Demantirali su da je Putin prihvatio poziv."),          # an auxiliary after the verb
    ("hy", "Կրեմլը հերքել է, որ Պուտինն ընդունեց հրավերը։"),
    ("fr", "Le Kremlin a démenti que Poutine a accepté l'invitation."),
    ("es", "El Kremlin negó que Putin aceptó la invitación."),
    ("ru", "Кремль опроверг, что Путин принял приглашение."),
    ("af", "Die Kremlin het ontken dat Poetin die uitnodiging aanvaar het."),
    ("ha", "Fadar Kremlin ta musanta cewa Putin ya amince da gayyatar."),
    ("so", "Kremlin ayaa beeniyay in Putin uu aqbalay martiqaadka."),
]


@pytest.mark.parametrize("language, text", DENIED_THAT, ids=[c[0] for c in DENIED_THAT])
def test_a_verb_of_denying_before_that_denies_the_clause(language: str, text: str) -> None:
    assert verdicts(run_rules(RULES, [article(text, language)]), "accepted") == {"article.txt": "contradicts"}


# A verb that rejects a claim it names before "that": "rejected claims that …".
REJECTED_CLAIMS = [
    ("en", "The Kremlin rejected claims that Putin accepted the invitation."),
    ("en", "The Kremlin dismissed reports that Putin accepted the invitation."),
    ("en", "The Kremlin denied media reports that Putin accepted the invitation."),
    ("es", "El Kremlin rechazó las informaciones de que Putin aceptó la invitación."),
    ("ru", "Кремль отверг сообщения о том, что Путин принял приглашение."),
    ("hr", "Kremlj je odbacio tvrdnje da je Putin prihvatio poziv."),
    ("pl", "Kreml odrzucił doniesienia, że Putin przyjął zaproszenie."),
    ("el", "Το Κρεμλίνο απέρριψε τους ισχυρισμούς ότι ο Πούτιν αποδέχθηκε την πρόσκληση."),
]


@pytest.mark.parametrize("language, text", REJECTED_CLAIMS, ids=[c[0] for c in REJECTED_CLAIMS])
def test_a_verb_that_rejects_a_claim_before_that_denies_the_clause(language: str, text: str) -> None:
    assert verdicts(run_rules(RULES, [article(text, language)]), "accepted") == {"article.txt": "contradicts"}


@pytest.mark.parametrize("language, text, phrasing", [
    ("en", "The government denied reports that it had refused help from France.", "it had refused help from France"),
    ("it", "Il ministro ha smentito che sia in corso un piano di evacuazione.", "sia in corso un piano di evacuazione"),
    ("nl", "Slot ontkende dat hij al een akkoord had met Liverpool.", "hij al een akkoord had met Liverpool"),
])
def test_a_denial_reaches_a_phrasing_past_the_short_words_it_may_leave_out(language: str, text: str,
                                                                           phrasing: str) -> None:
    rules = f"- {{id: p, check: phrase, expect: ['{phrasing}']}}\n"
    assert verdicts(run_rules(rules, [article(text, language)]), "p") == {"article.txt": "contradicts"}


@pytest.mark.parametrize("language, text, phrasing", [
    ("en", "The parliament refused to approve the budget.", "parliament approved the budget"),
    ("en", "The parliament declined to approve the budget.", "parliament approved the budget"),
    ("en", "The parliament failed to approve the budget.", "parliament approved the budget"),
    ("en", "The parliament has yet to approve the budget.", "parliament approved the budget"),
    ("fr", "Le Parlement a refusé d'approuver le budget.", "Parlement a approuvé le budget"),
    ("es", "El Parlamento se negó a aprobar el presupuesto.", "Parlamento aprobó el presupuesto"),
    ("it", "Il Parlamento si è rifiutato di approvare il bilancio.", "Parlamento approvare il bilancio"),
    ("it", "Il Senato si è rifiutato di approvare la legge.", "il Senato ha approvato la legge"),  # the participle
    ("pt", "O Parlamento recusou-se a aprovar o orçamento.", "Parlamento aprovou o orçamento"),
    ("nl", "Het parlement weigerde de begroting goed te keuren.", "parlement keurde de begroting goed"),
    # German: the infinitive after "zu" read as the participle the phrasing writes
    ("de", "Der Bundesrat weigerte sich am Freitag, das Gesetz zu billigen.", "Bundesrat hat das Gesetz gebilligt"),
    ("de", "Der Bundesrat lehnte es ab, das Gesetz zu billigen.", "Bundesrat hat das Gesetz gebilligt"),
    ("de", "Die Regierung weigerte sich, den Plan abzulehnen.", "Regierung hat den Plan abgelehnt"),
    ("ru", "Парламент отказался утвердить бюджет.", "Парламент утвердил бюджет"),
    ("uk", "Парламент відмовився затвердити бюджет.", "Парламент затвердив бюджет"),
    ("el", "Η Βουλή αρνήθηκε να εγκρίνει τον προϋπολογισμό.", "Βουλή εγκρίνει τον προϋπολογισμό"),
    ("ro", "Parlamentul a refuzat să aprobe bugetul.", "Parlamentul aprobe bugetul"),
    ("cs", "Prezident odmítl podepsat zákon.", "Prezident podepsal zákon"),
    ("sw", "Rais Ruto amekataa kusaini mswada huo.", "Rais Ruto alisaini mswada"),
    ("sw", "Bunge lilikataa kuidhinisha bajeti.", "Bunge liliidhinisha bajeti"),
    ("sk", "Prezident odmietol podpísať zákon.", "Prezident podpísal zákon"),
])
def test_a_verb_of_refusing_or_failing_denies_the_verb_it_governs(language: str, text: str, phrasing: str) -> None:
    rules = f"- {{id: p, check: phrase, expect: ['{phrasing}']}}\n"
    assert verdicts(run_rules(rules, [article(text, language)]), "p") == {"article.txt": "contradicts"}


@pytest.mark.parametrize("text, phrasing, verdict", [
    ("Baarlamaanku ma uusan ansixin miisaaniyadda.", "Baarlamaanku wuxuu ansixiyay miisaaniyadda", "contradicts"),
    ("Dowladda ma aysan ansixin heshiiska.", "Dowladda ayaa ansixisay heshiiska", "contradicts"),
    ("Xildhibaanadu ma aysan diidin miisaaniyadda.", "Xildhibaanadu waxay diideen miisaaniyadda", "contradicts"),
    ("Dowladda ayaa ansixisay heshiiska.", "Dowladda ayaa ansixisay heshiiska", "agrees"),
])
def test_a_somali_past_denied_in_in_after_ma(text: str, phrasing: str, verdict: str) -> None:
    rules = f"- {{id: p, check: phrase, expect: ['{phrasing}']}}\n"
    assert verdicts(run_rules(rules, [article(text, "so")]), "p") == {"article.txt": verdict}


@pytest.mark.parametrize("language, text, phrasing, verdict", [
    # a verb of refusing before a verbal noun denies the verb
    ("pl", "Sejm odmówił przyjęcia ustawy.", "Sejm przyjął ustawę", "contradicts"),
    ("pl", "Prezydent odmówił podpisania ustawy.", "Prezydent podpisał ustawę", "contradicts"),
    ("ru", "Президент отказался от подписания закона.", "Президент подписал закон", "contradicts"),
    ("uk", "Президент відмовився від підписання закону.", "Президент підписав закон", "contradicts"),
    ("cs", "Sněmovna odmítla schválení rozpočtu.", "Sněmovna schválila rozpočet", "contradicts"),
    ("hr", "Vlada je odbila potvrđivanje sporazuma.", "Vlada je potvrdila sporazum", "contradicts"),
    # elsewhere a verbal noun states no deed
    ("pl", "Przyjęcie ustawy zaplanowano na piątek.", "Sejm przyjął ustawę", "silent"),
    ("pl", "Podpisanie ustawy przez prezydenta przełożono.", "Prezydent podpisał ustawę", "silent"),
    ("pl", "Sejm przyjął ustawę.", "Sejm przyjął ustawę", "agrees"),
])
def test_a_verb_of_refusing_denies_the_verbal_noun_after_it(language: str, text: str, phrasing: str,
                                                            verdict: str) -> None:
    rules = f"- {{id: p, check: phrase, expect: ['{phrasing}']}}\n"
    assert verdicts(run_rules(rules, [article(text, language)]), "p") == {"article.txt": verdict}


@pytest.mark.parametrize("language, text, phrasing", [
    ("en", "Profits declined as the company approved the plan.", "company approved the plan"),
    ("en", "After the failed coup the parliament approved the budget.", "parliament approved the budget"),
    ("en", "Putin refused to attend the summit.", "Putin refused to attend the summit"),
    ("en", "He refused to comment. The parliament approved the budget.", "parliament approved the budget"),
    ("sw", "Bunge lilikataa bajeti.", "Bunge lilikataa bajeti"),
])
def test_a_verb_of_refusing_without_its_infinitive_or_in_the_phrasing_denies_nothing(language: str, text: str,
                                                                                     phrasing: str) -> None:
    rules = f"- {{id: p, check: phrase, expect: ['{phrasing}']}}\n"
    assert verdicts(run_rules(rules, [article(text, language)]), "p") == {"article.txt": "agrees"}


@pytest.mark.parametrize("text, verdict", [
    ("A parlament elfogadta a költségvetést.", "agrees"),
    ("A parlament fogadta el a költségvetést.", "agrees"),       # the prefix after the verb in focus
    ("A parlament nem fogadta el a költségvetést.", "contradicts"),
    ("A parlament nem hagyta jóvá a költségvetést.", "silent"),  # another verb
])
def test_a_hungarian_verb_with_its_prefix_written_after_it(text: str, verdict: str) -> None:
    rules = "- {id: p, check: phrase, expect: ['parlament elfogadta a költségvetést']}\n"
    assert verdicts(run_rules(rules, [article(text, "hu")]), "p") == {"article.txt": verdict}


@pytest.mark.parametrize("language, text", [
    ("en", "The Kremlin confirmed reports that Putin accepted the invitation."),
    ("en", "The Kremlin rejected the plan. Reports said that Putin accepted the invitation."),
])
def test_a_claim_confirmed_or_a_rejection_elsewhere_denies_nothing(language: str, text: str) -> None:
    assert verdicts(run_rules(RULES, [article(text, language)]), "accepted") == {"article.txt": "agrees"}


@pytest.mark.parametrize("language, text", [
    ("en", "Putin accepted the invitation, which earlier reports had denied."),
    ("en", "Officials denied the report. Putin accepted the invitation."),
    ("hr", "Rekli su da je Putin prihvatio poziv."),                 # said, not denied
])
def test_a_verb_of_denying_elsewhere_denies_nothing(language: str, text: str) -> None:
    assert verdicts(run_rules(RULES, [article(text, language)]), "accepted") == {"article.txt": "agrees"}


@pytest.mark.parametrize("language, text, phrasing, verdict", [
    # Chinese has no "that": the verb of denying stands right before the clause it denies,
    # with its perfective 了 or not
    ("zh", "当地官员否认了水库大坝出现裂缝的说法。", "大坝出现裂缝", "contradicts"),
    ("zh", "行政長官李家超否認政府應變遲緩。", "政府應變遲緩", "contradicts"),
    ("zh", "官员证实大坝出现裂缝。", "大坝出现裂缝", "agrees"),
    ("zh", "官员否认了传言，大坝出现裂缝。", "大坝出现裂缝", "agrees"),  # another clause
    # Japanese 否定した and Korean 부인했다 after the words they deny
    ("ja", "同社は関与を否定した。", "関与した", "contradicts"),
    ("ko", "러시아 측은 무기 거래 의혹을 부인했다.", "러시아 무기 거래", "contradicts"),
    # a Korean verb's past written into its stem, and the stem before the 지 of a negation
    ("ko", "공사 측은 노조의 요구를 받아들이지 않았다.", "노조의 요구를 받아들였다", "contradicts"),
    ("ko", "공사 측은 노조의 요구를 받아들였다.", "노조의 요구를 받아들였다", "agrees"),
    ("ko", "회의가 열리지 못했다.", "회의가 열렸다", "contradicts"),
    ("ko", "합의가 이뤄지지 않았다.", "합의가 이뤄졌다", "contradicts"),
    ("ko", "정부가 요구를 받지 않았다.", "정부가 요구를 받았다", "contradicts"),
    # the Mongolian -гүй on the verb
    ("mn", "Ардчилсан намын дарга сонгуулийн дүнг эсэргүүцээгүй.", "сонгуулийн дүнг эсэргүүцсэн", "contradicts"),
    ("mn", "Ардчилсан намын дарга сонгуулийн дүнг эсэргүүцсэн.", "сонгуулийн дүнг эсэргүүцсэн", "agrees"),
])
def test_denials_in_east_asian_languages_and_mongolian(language: str, text: str, phrasing: str,
                                                      verdict: str) -> None:
    rules = f"- id: stated\n  check: phrase\n  expect: [{phrasing}]\n"
    assert verdicts(run_rules(rules, [article(text, language)]), "stated") == {"article.txt": verdict}


@pytest.mark.parametrize("text, verdict", [
    ("Il-Prim Ministru Robert Abela ma aċċettax il-proposta.", "contradicts"),  # "ma" before the verb, -x on it
    ("Il-Prim Ministru Robert Abela aċċetta il-proposta.", "agrees"),
])
def test_a_maltese_negation_before_the_verb(text: str, verdict: str) -> None:
    rules = "- id: stated\n  check: phrase\n  expect: [Robert Abela aċċetta il-proposta]\n"
    assert verdicts(run_rules(rules, [article(text, "mt")]), "stated") == {"article.txt": verdict}


def test_a_negation_before_an_arabic_comma_is_another_clause_s() -> None:
    # "No, Putin accepted the invitation …": the Arabic comma ends the clause as "," does
    answered = article("لا، بوتين قبل الدعوة لزيارة بيونغ يانغ.", "ar")
    assert verdicts(run_rules(RULES, [answered]), "accepted") == {"article.txt": "agrees"}
    denied = article("لا بوتين قبل الدعوة لزيارة بيونغ يانغ.", "ar")
    assert verdicts(run_rules(RULES, [denied]), "accepted") == {"article.txt": "contradicts"}


def test_a_verb_of_denying_in_a_phrasing_is_what_it_states() -> None:
    rules = "- id: denied\n  check: phrase\n  expect: {hr: [Uprava je demantirala prijedlog]}\n"
    assert verdicts(run_rules(rules, [article("Uprava je demantirala prijedlog.", "hr")]), "denied") == {
        "article.txt": "agrees"}
    assert verdicts(run_rules(rules, [article("Uprava je podržala prijedlog.", "hr")]), "denied") == {
        "article.txt": "silent"}


def test_a_german_verb_of_denying_reaches_across_the_comma_before_dass() -> None:
    rules = "- id: accepted\n  check: phrase\n  expect: {de: [Putin hat die Einladung angenommen]}\n"
    denied = article("Der Kreml bestritt, dass Putin die Einladung angenommen hat.", "de")
    said = article("Der Kreml sagte, dass Putin die Einladung angenommen hat.", "de")
    assert verdicts(run_rules(rules, [denied]), "accepted") == {"article.txt": "contradicts"}
    assert verdicts(run_rules(rules, [said]), "accepted") == {"article.txt": "agrees"}


@pytest.mark.parametrize("language, affirmed, negated", CASES, ids=[c[0] for c in CASES])
def test_affirmed_agrees_and_negated_contradicts(language: str, affirmed: str, negated: str) -> None:
    assert verdicts(run_rules(RULES, [article(affirmed, language)]), "accepted") == {"article.txt": "agrees"}
    assert verdicts(run_rules(RULES, [article(negated, language)]), "accepted") == {"article.txt": "contradicts"}


def test_a_source_of_unknown_language_is_read_with_the_cues_languages_share() -> None:
    rules = "- id: accepted\n  check: phrase\n  expect: [Putin accepted the invitation]\n"
    denied = article("Putin did not accept the invitation.", None, source="no.txt")
    stated = article("Et Putin accepted the invitation, l'invitation en fait.", None, source="yes.txt")
    hindi = article("Putin accepted the invitation in Hindi.", None, source="hindi.txt")
    # "et", "en" and "l" deny in Finnish and Arabic, and are "and", "in" and "the" elsewhere;
    # "hindi" denies in Tagalog
    assert verdicts(run_rules(rules, [denied, stated, hindi]), "accepted") == {
        "no.txt": "contradicts", "yes.txt": "agrees", "hindi.txt": "agrees"}


def test_a_japanese_phrasing_that_denies_agrees_with_a_denial() -> None:
    rules = "- id: declined\n  check: phrase\n  expect:\n    ja: [招待を受け入れなかった]\n"
    sources = [article("プーチン氏は招待を受け入れなかった。", "ja", source="no.txt"),
               article("プーチン氏は招待を受け入れた。", "ja", source="yes.txt")]
    assert verdicts(run_rules(rules, sources), "declined") == {"no.txt": "agrees", "yes.txt": "contradicts"}


@pytest.mark.parametrize("text", ["普京不断接受访问平壤的邀请。", "普京非常愿意接受访问平壤的邀请。"])
def test_a_chinese_word_that_begins_with_a_negation_denies_nothing(text: str) -> None:
    assert verdicts(run_rules(RULES, [article(text, "zh")]), "accepted") == {"article.txt": "agrees"}


HESITATE = """
- id: sanctions
  check: phrase
  expect:
    en: [will not hesitate to impose sanctions]
    hr: [neće oklijevati uvesti sankcije]
    de: [werden nicht zögern, Sanktionen zu verhängen]
    ru: [не будут колебаться ввести санкции]
"""


@pytest.mark.parametrize("language, text", [
    ("en", "Washington would not hesitate to impose new sanctions."),
    ("hr", "SAD neće oklijevati uvesti dodatne sankcije."),
    ("de", "Die USA werden nicht zögern, neue Sanktionen zu verhängen."),
    ("ru", "США не будут колебаться ввести новые санкции."),
])
def test_a_negation_inside_the_phrasing_is_not_a_denial(language: str, text: str) -> None:
    assert verdicts(run_rules(HESITATE, [article(text, language)]), "sanctions") == {"article.txt": "agrees"}


@pytest.mark.parametrize("language, text", [
    ("tr", "Putin'in daveti onaylamış olduğu bildirildi."),  # hearsay
    ("kk", "Путин шақыруды қабылдамақ."),  # Kazakh "intends to accept": -мақ affirms
    ("cs", "Putin přijal pozvání a nejvyšší vyznamenání."),
    ("bn", "পুতিন আমন্ত্রণ গ্রহণ করেছেন তিনি জানি।"),  # তিনি, জানি end in -নি and deny nothing
    ("ko", "초청을 수락한 안희정 지사가 말했다."),  # 안희- is a name, not 않-
    ("th", "ปูตินยอมรับคำเชิญในเดือนมิถุนายน"),  # มิ- of มิถุนายน (June) is no มิได้
    ("my", "မြန်မာပူတင်ဖိတ်ကြားချက်ကိုလက်ခံခဲ့သည်"),  # မ of မြန်မာ, before the match, is a letter
])
def test_a_word_that_only_looks_negated_is_not_a_denial(language: str, text: str) -> None:
    assert verdicts(run_rules(RULES, [article(text, language)]), "accepted") == {"article.txt": "agrees"}


def test_a_turkish_future_is_no_denial_and_no_deed() -> None:
    # "onaylayacak" (will approve) is not the denied "onaylamayacak"; neither states the deed
    sources = [article("Putin daveti onaylayacak.", "tr", source="will.txt"),
               article("Putin daveti onaylamayacak.", "tr", source="wont.txt"),
               article("Putin daveti onayladı.", "tr", source="did.txt")]
    assert verdicts(run_rules(RULES, sources), "accepted") == {"will.txt": "silent", "wont.txt": "silent",
                                                                "did.txt": "agrees"}


def test_a_phrasing_in_the_infinitive_still_sees_the_denying_syllable() -> None:
    rules = "- id: approve\n  check: phrase\n  expect:\n    tr: [Putin planı onaylamak]\n"
    sources = [article("Putin planı onaylamadı.", "tr", source="no.txt"),
               article("Putin planı onayladı.", "tr", source="yes.txt")]
    assert verdicts(run_rules(rules, sources), "approve") == {"no.txt": "contradicts", "yes.txt": "agrees"}


def test_a_phrasing_that_is_itself_a_negated_verb_agrees_with_it() -> None:
    rules = "- id: refused\n  check: phrase\n  expect:\n    cs: [Putin nepřijal pozvání]\n    tr: [Putin daveti onaylamadı]\n"
    sources = [article("Putin nepřijal pozvání.", "cs", source="cs.txt"),
               article("Putin daveti onaylamadı.", "tr", source="tr.txt")]
    assert verdicts(run_rules(rules, sources), "refused") == {"cs.txt": "agrees", "tr.txt": "agrees"}


def test_each_negating_prefix_is_tried_against_the_phrasing_s_word() -> None:
    """Persian "نمی" and "ن" both negate: a present tense typed without its joiner
    ("نمیخواهد", does not want, for "میخواهد") is "ن" on "می", not "نمی" on "خواهد"."""
    from checker.text.negation import negation_cues
    from checker.text.normalise import fold

    cues = negation_cues("fa")
    assert cues.denies(fold("نمیخواهد"), fold("میخواهد"))
    assert cues.denies(fold("نپذیرفت"), fold("پذیرفت"))
    assert not cues.denies(fold("نشست"), fold("نشست"))  # the word itself begins with ن


# Bantu languages deny with the verb's subject prefix: the negated verb does not begin as
# the affirmed one (Swahili alikubali "he accepted", hakukubali "he did not accept").
BANTU = """
- id: accepted
  check: phrase
  expect:
    sw: [rais alikubali mwaliko]
    zu: [uMongameli wamukela isimemo]
    xh: [uMongameli wamkela isimemo]
    rw: [Perezida yemeye ubutumire]
    lg: [Pulezidenti yakkiriza okuyita]
    sn: [Mutungamiri akabvuma kukoka]
    ln: [Mokonzi andimaki libyangi]
    yo: [Ààrẹ gba ìpè náà]
    ha: [Shugaban ya amince da gayyatar]
- id: approved
  check: phrase
  expect:
    sw: [serikali iliidhinisha ufadhili]
- id: stem
  check: phrase
  expect:
    sw: [rais kubali mwaliko]
"""

BANTU_CASES = [
    # Swahili: persons, noun classes and tenses; the past -li- is -ku- negated, the perfect
    # -me- is -ja-, the present drops -na- and ends in -i (the future, -ta-, states no deed)
    ("sw", "accepted", "Rais alikubali mwaliko huo.", "Rais hakukubali mwaliko huo."),
    ("sw", "accepted", "Rais amekubali mwaliko huo.", "Rais hajakubali mwaliko huo."),
    ("sw", "accepted", "Rais anakubali mwaliko huo.", "Rais hakubali mwaliko huo."),
    ("sw", "accepted", "Marais wamekubali mwaliko huo.", "Marais hawajakubali mwaliko huo."),
    ("sw", "accepted", "Marais walikubali mwaliko huo.", "Marais hawakukubali mwaliko huo."),
    ("sw", "accepted", "Mimi, rais, nilikubali mwaliko huo.", "Mimi, rais, sikukubali mwaliko huo."),
    ("sw", "accepted", "Sisi, rais na waziri, tulikubali mwaliko huo.", "Sisi, rais na waziri, hatukukubali mwaliko huo."),
    ("sw", "accepted", "Rais aliamua kukubali mwaliko huo.", "Rais aliamua kutokubali mwaliko huo."),
    ("sw", "accepted", "Rais aliyekubali mwaliko huo ni Ruto.", "Rais asiyekubali mwaliko huo ni Ruto."),
    ("sw", "accepted", "Rais alikubali mwaliko huo.", "Si kweli kwamba rais alikubali mwaliko huo."),
    ("sw", "approved", "Serikali iliidhinisha ufadhili huo.", "Serikali haikuidhinisha ufadhili huo."),
    ("sw", "approved", "Serikali imeidhinisha ufadhili huo.", "Serikali haijaidhinisha ufadhili huo."),
    ("sw", "approved", "Serikali inaidhinisha ufadhili huo.", "Serikali haiidhinishi ufadhili huo."),
    ("sw", "stem", "Rais alikubali mwaliko huo.", "Rais hakukubali mwaliko huo."),
    # Zulu and Xhosa: a- before the concord, -anga in the past, -i in the present, and the
    # auxiliary -zange "did not" before the verb
    ("zu", "accepted", "UMongameli wamukela isimemo.", "UMongameli akamukelanga isimemo."),
    ("zu", "accepted", "UMongameli uyamukela isimemo.", "UMongameli akamukeli isimemo."),
    ("zu", "accepted", "UMongameli wamukela isimemo.", "UMongameli akazange amukele isimemo."),
    ("xh", "accepted", "UMongameli wamkela isimemo.", "UMongameli akamkelanga isimemo."),
    ("xh", "accepted", "UMongameli wamkela isimemo.", "UMongameli akazange amkele isimemo."),
    # Shona: ha- before the subject prefix, and haana "has not" before the infinitive
    ("sn", "accepted", "Mutungamiri akabvuma kukoka.", "Mutungamiri haabvumi kukoka."),
    ("sn", "accepted", "Mutungamiri achabvuma kukoka.", "Mutungamiri haana kubvuma kukoka."),
    # Kinyarwanda nti-, Luganda te-: a prefix before the affirmed verb
    ("rw", "accepted", "Perezida yemeye ubutumire.", "Perezida ntiyemeye ubutumire."),
    ("rw", "accepted", "Perezida yemeye ubutumire.", "Perezida ntabwo yemeye ubutumire."),
    ("lg", "accepted", "Pulezidenti yakkiriza okuyita.", "Pulezidenti teyakkiriza okuyita."),
    # Lingala te after the verb; Yoruba kò and Hausa bai before it
    ("ln", "accepted", "Mokonzi andimaki libyangi.", "Mokonzi andimaki libyangi te."),
    ("yo", "accepted", "Ààrẹ gba ìpè náà.", "Ààrẹ kò gba ìpè náà."),
    ("ha", "accepted", "Shugaban ya amince da gayyatar.", "Shugaban bai amince da gayyatar ba."),
]


@pytest.mark.parametrize("language, rule, affirmed, negated", BANTU_CASES,
                         ids=[f"{c[0]}-{c[3].split()[1]}" for c in BANTU_CASES])
def test_a_bantu_verb_with_a_negated_subject_prefix_contradicts(language: str, rule: str, affirmed: str,
                                                                 negated: str) -> None:
    assert verdicts(run_rules(BANTU, [article(affirmed, language)]), rule) == {"article.txt": "agrees"}
    assert verdicts(run_rules(BANTU, [article(negated, language)]), rule) == {"article.txt": "contradicts"}


@pytest.mark.parametrize("text", [
    "Hapa rais alikubali mwaliko huo.",
    "Habari: rais alikubali mwaliko huo.",
    "Siku hiyo rais alikubali mwaliko huo.",
    "Sasa rais alikubali mwaliko huo, hali ni shwari.",
    "Rais alikubali mwaliko huo kutokana na hali ya siasa.",
    "Rais hukubali mwaliko huo kila mwaka.",  # hu-, the habitual, is not "you do not"
])
def test_a_swahili_word_that_begins_like_a_negated_prefix_denies_nothing(text: str) -> None:
    assert verdicts(run_rules(BANTU, [article(text, "sw")]), "accepted") == {"article.txt": "agrees"}


def test_a_swahili_word_that_begins_with_ha_is_itself_when_the_phrasing_has_it() -> None:
    rules = "- id: news\n  check: phrase\n  expect:\n    sw: [habari za hali ya hatari]\n"
    assert verdicts(run_rules(rules, [article("Habari za hali ya hatari zilienea.", "sw")]), "news") == {
        "article.txt": "agrees"}


def test_the_bantu_prefixes_change_no_other_language() -> None:
    from checker.text.negation import negation_cues

    assert negation_cues("sw").verbs is not None and negation_cues("zu").verbs is not None
    assert all(negation_cues(language).verbs is None for language in ("en", "cs", "tr", "yo", "ha", "ln", None))
    # a word that would be a Swahili negated verb reads as itself elsewhere
    rules = "- id: accepted\n  check: phrase\n  expect: [rais alikubali mwaliko]\n"
    for language in ("en", "id", None):
        assert verdicts(run_rules(rules, [article("Rais hakukubali mwaliko.", language)]), "accepted") == {
            "article.txt": "silent"}


def test_a_phrasing_whose_every_word_transliterates_with_apostrophes_is_found() -> None:
    # every longer word of the Georgian phrasing folds with the apostrophes of its ejectives
    rules = "- id: forecast\n  check: phrase\n  expect: [მეწყერი წინასწარ იყო პროგნოზირებული]\n"
    said = article("სააგენტომ განაცხადა, რომ მეწყერი წინასწარ იყო პროგნოზირებული.", "ka")
    denied = article("სააგენტომ განაცხადა, რომ მეწყერი წინასწარ არ იყო პროგნოზირებული.", "ka")
    assert verdicts(run_rules(rules, [said]), "forecast") == {"article.txt": "agrees"}
    assert verdicts(run_rules(rules, [denied]), "forecast") == {"article.txt": "contradicts"}


def test_the_armenian_negated_auxiliary_denies_the_participle_after_it() -> None:
    rules = "- id: recognised\n  check: phrase\n  expect: [Ընդդիմությունը ճանաչել է արդյունքները]\n"
    said = article("Ընդդիմությունը ճանաչել է ընտրությունների արդյունքները։", "hy")
    denied = article("Ընդդիմությունը չի ճանաչել ընտրությունների արդյունքները։", "hy")
    assert verdicts(run_rules(rules, [said]), "recognised") == {"article.txt": "agrees"}
    assert verdicts(run_rules(rules, [denied]), "recognised") == {"article.txt": "contradicts"}


@pytest.mark.parametrize("language, phrasing, text", [
    # "the company has revenue of …" is not "the company made a profit": letters of the
    # phrasing's last word missing are another word
    ("lo", "ບໍລິສັດມີກຳໄລ", "ໃນປີ 2023 ບໍລິສັດມີລາຍຮັບປະມານ 1.100 ຕື້ກີບ"),
    ("th", "รัฐบาลประกาศภาวะฉุกเฉิน", "รัฐบาลประกาศว่าจะส่งเจ้าหน้าที่ไปยังพื้นที่ภาคเหนือเพื่อช่วยเหลือผู้ประสบภัยฉุกเฉิน"),
])
def test_a_phrasing_in_a_script_without_spaces_needs_its_letters_together(language: str, phrasing: str,
                                                                            text: str) -> None:
    rules = f"- id: claim\n  check: phrase\n  expect: [{phrasing}]\n"
    assert verdicts(run_rules(rules, [article(text, language)]), "claim") == {"article.txt": "silent"}


def test_a_thai_denial_is_shown_from_the_subject_it_denies() -> None:
    from checker.testing import evidence

    rules = "- id: emergency\n  check: phrase\n  expect: [รัฐบาลประกาศภาวะฉุกเฉิน]\n"
    text = "อย่างไรก็ตาม รัฐบาลยังไม่ประกาศภาวะฉุกเฉินในพื้นที่"
    report = run_rules(rules, [article(text, "th")])
    assert verdicts(report, "emergency") == {"article.txt": "contradicts"}
    assert evidence(report, "emergency") == {"article.txt": "รัฐบาลยังไม่ประกาศภาวะฉุกเฉิน"}


@pytest.mark.parametrize("language, phrasing, denied", [
    # a longer negation between subject and verb: "has not yet", "not yet … decided"
    ("lo", "ບໍລິສັດມີກຳໄລ", "ບໍລິສັດຍັງບໍ່ທັນໄດ້ມີກຳໄລ"),
    ("km", "ក្រសួងសម្រេចលើសំណើ", "ក្រសួងមិនទាន់បានសម្រេចលើសំណើរបស់កម្មករនៅឡើយទេ ។"),
    ("th", "รัฐบาลประกาศภาวะฉุกเฉิน", "รัฐบาลยังไม่ได้ประกาศภาวะฉุกเฉิน"),
])
def test_a_long_negation_inside_a_phrasing_in_a_script_without_spaces(language: str, phrasing: str,
                                                                        denied: str) -> None:
    rules = f"- id: claim\n  check: phrase\n  expect: [{phrasing}]\n"
    assert verdicts(run_rules(rules, [article(denied, language)]), "claim") == {"article.txt": "contradicts"}


@pytest.mark.parametrize("language, phrasing, text", [
    ("ms", "kerajaan negeri lewat bertindak", "Beliau menafikan bahawa kerajaan negeri lewat bertindak."),
    ("id", "BRI akan menaikkan suku bunga", "Sunarso membantah bahwa BRI akan menaikkan suku bunga kredit."),
    ("el", "η συμμετοχή ήταν χαμηλή", "Η Ομοσπονδία αρνήθηκε ότι η συμμετοχή ήταν χαμηλή."),
])
def test_a_verb_of_denying_denies_the_clause_after_it(language: str, phrasing: str, text: str) -> None:
    rules = f"- id: claim\n  check: phrase\n  expect: [{phrasing}]\n"
    assert verdicts(run_rules(rules, [article(text, language)]), "claim") == {"article.txt": "contradicts"}
    said = text.split(" ", 3)[-1]  # the clause alone still states it
    assert verdicts(run_rules(rules, [article(said, language)]), "claim") == {"article.txt": "agrees"}


CLAIMS = """
- id: claim
  check: phrase
  expect:
    ur: [حکومت نے بجلی کے نرخوں میں کمی کا اعلان کیا]
    hi: [सरकार ने बिजली की दरों में कटौती का ऐलान किया]
    bn: [মালিকেরা মজুরি বাড়াতে রাজি]
    te: [కంపెనీ ఉద్యోగుల తొలగింపులు చేపట్టింది]
    ta: [கேரள அணி முடிவை ஏற்றுக்கொண்டது]
"""


@pytest.mark.parametrize("language, affirmed, negated", [
    # the short verb that ends the clause is taken into the match, and the negation before it
    ("ur", "حکومت نے بجلی کے نرخوں میں کمی کا اعلان کیا ہے۔", "حکومت نے بجلی کے نرخوں میں کمی کا اعلان نہیں کیا۔"),
    ("hi", "सरकार ने बिजली की दरों में कटौती का ऐलान किया।", "सरकार ने बिजली की दरों में कटौती का ऐलान नहीं किया।"),
    # Bengali নন, "is not" (honorific)
    ("bn", "মালিকেরা এখনই মজুরি বাড়াতে রাজি।", "মালিকেরা এখনই মজুরি বাড়াতে রাজি নন।"),
    # the negated verb's stem, without its ending, is the affirmed verb's
    ("te", "కంపెనీ ఉద్యోగుల తొలగింపులు చేపట్టింది.", "కంపెనీ ఉద్యోగుల తొలగింపులు చేపట్టలేదని ఆయన చెప్పారు."),
    ("ta", "கேரள அணி ஆட்ட முடிவை ஏற்றுக்கொண்டது.", "கேரள அணி ஆட்ட முடிவை ஏற்றுக்கொள்ளவில்லை என்று மேலாளர் கூறினார்."),
])
def test_south_asian_clauses_denied_at_their_end(language: str, affirmed: str, negated: str) -> None:
    assert verdicts(run_rules(CLAIMS, [article(affirmed, language)]), "claim") == {"article.txt": "agrees"}
    assert verdicts(run_rules(CLAIMS, [article(negated, language)]), "claim") == {"article.txt": "contradicts"}


FINNISH_APPROVAL = "- {id: approved, check: phrase, expect: ['hallitus hyväksyi sopimuksen']}\n"


@pytest.mark.parametrize("text, verdict", [
    ("Hallitus hyväksyi sopimuksen tiistaina.", "agrees"),
    # a Finnish denial puts the verb in its participle and the object in the partitive
    ("Hallitus ei hyväksynyt sopimusta tiistaina.", "contradicts"),
    ("Hallitus ei ole hyväksynyt sopimusta.", "contradicts"),
])
def test_a_finnish_denial_with_its_partitive_object_contradicts(text: str, verdict: str) -> None:
    report = run_rules(FINNISH_APPROVAL, [article(text, "fi", "2024-03-13", source="a.txt")])
    assert verdicts(report, "approved") == {"a.txt": verdict}


@pytest.mark.parametrize("language, phrasing, affirmed, negated", [
    # Swedish past in -de, supine in -t
    ("sv", "regeringen godkände budgeten", "Regeringen har godkänt budgeten.", "Regeringen har inte godkänt budgeten."),
    # Albanian "nuk" written on the next word as s'
    ("sq", "qeveria miratoi buxhetin", "Qeveria e miratoi buxhetin.", "Qeveria s'e miratoi buxhetin."),
])
def test_swedish_supine_and_albanian_contracted_negation(language, phrasing, affirmed, negated) -> None:
    rules = f"- {{id: r, check: phrase, expect: ['{phrasing}']}}\n"
    report = run_rules(rules, [article(affirmed, language, "2024-03-13", source="yes.txt"),
                               article(negated, language, "2024-03-13", source="no.txt")])
    assert verdicts(report, "r") == {"yes.txt": "agrees", "no.txt": "contradicts"}


MIDEAST_CLAIMS = """
- id: aid
  check: phrase
  expect:
    ar: [طلبت السلطات مساعدة دولية]
    he: [סמוטריץ' דחה את ההסכם]
    fa: [دولت درخواست کمک بین‌المللی کرد]
"""


@pytest.mark.parametrize("language, text, verdict", [
    # "and" written on the Arabic and Hebrew negation
    ("ar", "ولم تطلب السلطات حتى الآن مساعدة دولية.", "contradicts"),
    ("he", "סמוטריץ' שתק ולא דחה את ההסכם.", "contradicts"),
    # Arabic writes the verb of denying first, its subject before "that"
    ("ar", "نفت الحكومة أن تكون السلطات طلبت مساعدة دولية.", "contradicts"),
    ("ar", "ونفى وزير الداخلية التركي أن تكون السلطات طلبت مساعدة دولية.", "contradicts"),
    ("ar", "أكدت الحكومة أن السلطات طلبت مساعدة دولية.", "agrees"),          # confirmed
    ("ar", "نفت الحكومة التقارير، وقالت إن السلطات طلبت مساعدة دولية.", "agrees"),  # denied something else
    ("he", "במשרד האוצר הכחישו כי סמוטריץ' דחה את ההסכם.", "contradicts"),
    ("fa", "سخنگوی دولت تکذیب کرد که دولت درخواست کمک بین‌المللی کرده است.", "contradicts"),
    # the Persian light verb negated by its prefix
    ("fa", "دولت درخواست کمک بین‌المللی نکرد.", "contradicts"),
    ("fa", "دولت تاکنون درخواست کمک بین‌المللی نکرده است.", "contradicts"),
    ("fa", "دولت درخواست کمک بین‌المللی کرد.", "agrees"),
])
def test_middle_eastern_denials(language: str, text: str, verdict: str) -> None:
    assert verdicts(run_rules(MIDEAST_CLAIMS, [article(text, language)]), "aid") == {"article.txt": verdict}


@pytest.mark.parametrize("phrasing, text, verdict", [
    # Arabic denies the past with لم and the present: the present stands for the past
    ("طلبت مساعدة دولية", "ولم تطلب أنقرة حتى الآن مساعدة دولية.", "contradicts"),
    ("وافق البرلمان", "لم يوافق البرلمان على الميزانية.", "contradicts"),
    ("أعلنت الحكومة الحداد", "لم تعلن الحكومة الحداد.", "contradicts"),   # the hamza of form IV
    ("طلبت مساعدة دولية", "طلبت أنقرة مساعدة دولية.", "agrees"),
    ("وافق البرلمان", "صوت البرلمان على الميزانية.", "silent"),
])
def test_an_arabic_past_denied_by_lam_and_the_present(phrasing: str, text: str, verdict: str) -> None:
    rules = f"- {{id: claim, check: phrase, expect: ['{phrasing}']}}\n"
    assert verdicts(run_rules(rules, [article(text, "ar")]), "claim") == {"article.txt": verdict}


@pytest.mark.parametrize("language, phrasing, affirmed, negated", [
    # Sorani's present denies with نا in place of دە, its past with نە on the verb
    ("ckb", "مووچەی مانگی ئاب دابەش دەکات", "حکومەت مووچەی مانگی ئاب دابەش دەکات.",
     "حکومەت مووچەی مانگی ئاب دابەش ناکات."),
    ("ckb", "حکومەت مووچەی دابەش کرد", "حکومەت مووچەی دابەش کرد.", "حکومەت مووچەی دابەش نەکرد."),
    # Pashto's نه before the auxiliary
    ("ps", "مرستندویه ادارو ته لاسرسی ورکړل شوی", "مرستندویه ادارو ته لاسرسی ورکړل شوی دی.",
     "تر اوسه مرستندویه ادارو ته لاسرسی نه دی ورکړل شوی."),
])
def test_sorani_and_pashto_denials(language: str, phrasing: str, affirmed: str, negated: str) -> None:
    rules = f"- {{id: claim, check: phrase, expect: ['{phrasing}']}}\n"
    assert verdicts(run_rules(rules, [article(affirmed, language)]), "claim") == {"article.txt": "agrees"}
    assert verdicts(run_rules(rules, [article(negated, language)]), "claim") == {"article.txt": "contradicts"}


@pytest.mark.parametrize("language, phrasing, text, verdict", [
    # Turkish and Azerbaijani put the verb of denying after the clause it denies
    ("tr", "sözleşmeyi onayladı", "Bolat, şirketin sözleşmeyi onayladığını yalanladı.", "contradicts"),
    ("tr", "sözleşmeyi onayladı", "Bolat, şirketin sözleşmeyi onayladığını açıkladı.", "agrees"),
    ("az", "müqaviləni təsdiqlədi", "Rzayev şirkətin müqaviləni təsdiqlədiyini təkzib edib.", "contradicts"),
    ("tr", "iddiaları yalanladı", "Bolat iddiaları yalanladı.", "agrees"),   # the denial is the phrasing's
])
def test_a_turkic_verb_of_denying_after_the_clause(language: str, phrasing: str, text: str, verdict: str) -> None:
    rules = f"- {{id: claim, check: phrase, expect: ['{phrasing}']}}\n"
    assert verdicts(run_rules(rules, [article(text, language)]), "claim") == {"article.txt": verdict}


def test_arabic_and_korean_pasts_read_in_one_run() -> None:
    # one index of phrasings serves every article of a run: each language's reading of a
    # past keeps its own table, whichever article is read first
    rules = "- {id: claim, check: phrase, expect: {ar: ['وافق البرلمان'], ko: ['정부는 제안을 받아들였다']}}\n"
    for first in ("ar", "ko"):
        sources = [article("لم يوافق البرلمان على الميزانية.", "ar", source="ar.txt"),
                   article("정부는 제안을 받아들이지 않았다.", "ko", source="ko.txt")]
        report = run_rules(rules, sources if first == "ar" else sources[::-1])
        assert verdicts(report, "claim") == {"ar.txt": "contradicts", "ko.txt": "contradicts"}, first


def test_a_swahili_verb_of_denying_before_kwamba_denies_the_clause() -> None:
    denied = article("Ikulu ilikanusha kwamba rais alikubali mwaliko huo.", "sw", source="denied.txt")
    said = article("Ikulu ilisema kwamba rais alikubali mwaliko huo.", "sw", source="said.txt")
    assert verdicts(run_rules(BANTU, [denied, said]), "accepted") == {"denied.txt": "contradicts",
                                                                     "said.txt": "agrees"}


@pytest.mark.parametrize("language, phrasing, text, verdict", [
    # a South Slavic verb of refusing before an infinitive, the infinitive read as the past
    ("hr", "Sabor je usvojio zakon", "Sabor je u petak odbio usvojiti zakon o porezu.", "contradicts"),
    ("hr", "Vlada je potvrdila sporazum", "Vlada je odbila potvrditi sporazum.", "contradicts"),
    ("sr", "Vlada je potvrdila sporazum", "Vlada je odbila da potvrdi sporazum.", "contradicts"),
    ("hr", "Sabor je usvojio zakon", "Sabor je odbio amandman i usvojio zakon.", "agrees"),  # rejected another thing
    ("hr", "Sabor je usvojio zakon", "Sabor je usvojio zakon.", "agrees"),
])
def test_a_verb_of_refusing_before_an_infinitive(language: str, phrasing: str, text: str, verdict: str) -> None:
    rules = f"- {{id: claim, check: phrase, expect: ['{phrasing}']}}\n"
    assert verdicts(run_rules(rules, [article(text, language)]), "claim") == {"article.txt": verdict}


@pytest.mark.parametrize("phrasing, text, verdict", [
    # Persian writes the verb of denying after the clause it denies, "that" before it
    ("تهران با این توافق موافقت کرد",
     "وزارت خارجه ایران روز سه‌شنبه گزارش‌ها مبنی بر اینکه تهران با این توافق موافقت کرده است را رد کرد.",
     "contradicts"),
    ("وزیر نفت استعفا داد", "سخنگوی دولت این ادعا را که وزیر نفت استعفا داده است تکذیب کرد.", "contradicts"),
    ("وزیر نفت استعفا داد", "سخنگوی دولت گفت که وزیر نفت استعفا داده است.", "agrees"),
    ("وزیر نفت استعفا داد", "وزیر نفت استعفا داد و مجلس طرح دولت را رد کرد.", "agrees"),  # no "that"
])
def test_a_persian_verb_of_denying_after_the_clause(phrasing: str, text: str, verdict: str) -> None:
    rules = f"- {{id: claim, check: phrase, expect: ['{phrasing}']}}\n"
    assert verdicts(run_rules(rules, [article(text, "fa")]), "claim") == {"article.txt": verdict}
