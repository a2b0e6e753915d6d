"""End to end: names and claims of real news that the readers of names and phrases misread:
a short subject further back than a clause of its own with no comma ("CHP ve İYİ Parti
teklife karşı oy kullanırken AK Parti teklifi destekledi", "… voted against the bill while
the SNP backed the bill"), an adjective of the lists of function words in the place of
another ("approved old rules" for "approved new rules") or a noun in the place of a short
one further on ("approved the old budget" for "approved the new tax"), claims that a
sentence asks about or does not report ("did not say whether …", "did not confirm that …",
"не уточнил, принял ли …", "bestätigte nicht, dass …"), names after a negation or "rather
than" ("in Geneva, not in Vienna", "nicht in Wien, sondern in Genf", "вместо Лаврова"),
Azerbaijani ç and ş, which fold to the letters of j and s ("Naxçıvanda", "Şuşada"), a short
word in another form ("لم يقر" for "أقر", "wins" for "won") and the English present for the
past ("Biden signs the defence bill"), Slavic names of several words, each declined ("в
Белом доме", "w Białym Domu"), and claims that may be, that are asked in other scripts and
grammars, or that stand after a negation and a "but" ("could accept", "是否接受", "kabul edip
etmediğini", "did not approve the amendment but approved the budget"), and Indonesian
"menolak menyetujui" (refused to approve). Each rule's verdict and the sentence its first
evidence quotes."""

from __future__ import annotations

import pytest
from real_news import entity_rule, number_rule, phrase_rule, read_case, stated


DECEMBER = "2024-12-18"  # a Wednesday


CASES = {
    # a short subject of another clause, a "while" and no comma between
    "tr": ("tr", DECEMBER, """Ankara – TBMM Genel Kurulu'nda asgari ücret desteğine ilişkin kanun teklifi salı günü 312 oyla kabul edildi.

CHP ve İYİ Parti teklife karşı oy kullanırken AK Parti ve MHP teklifi destekledi. Çalışma Bakanı Vedat Işıkhan, düzenlemenin 1 Ocak 2025'te yürürlüğe gireceğini söyledi.
""", phrase_rule("chp", "CHP teklifi destekledi")
        + phrase_rule("mhp", "MHP teklifi destekledi")
        + number_rule("votes", "312", "oyla"), {
        "chp": ("silent", None),
        "mhp": ("agrees", "CHP ve İYİ Parti teklife karşı oy kullanırken AK Parti ve MHP teklifi destekledi."),
        "votes": ("agrees", "Ankara – TBMM Genel Kurulu'nda asgari ücret desteğine ilişkin kanun teklifi salı günü "
                            "312 oyla kabul edildi."),
    }),
    "en": ("en", DECEMBER, """London – The House of Commons on Tuesday approved new rules for lobbying by 312 votes to 198.

The Conservatives and the Liberal Democrats voted against the bill while the SNP backed the bill, a spokesman said. The Treasury approved the old budget for 2025 on Monday, and EU ministers approved old rules on migration after talks collapsed.
""", phrase_rule("rules", "The House of Commons approved new rules")
        + phrase_rule("libdems", "The Liberal Democrats backed the bill")
        + phrase_rule("snp", "The SNP backed the bill")
        + phrase_rule("tax", "The Treasury approved the new tax")
        + phrase_rule("migration", "EU ministers approved new rules on migration"), {
        "rules": ("agrees", "London – The House of Commons on Tuesday approved new rules for lobbying by 312 votes to "
                            "198."),
        "libdems": ("silent", None),
        "snp": ("agrees", "The Conservatives and the Liberal Democrats voted against the bill while the SNP backed the "
                          "bill, a spokesman said."),
        "tax": ("silent", None),
        "migration": ("silent", None),
    }),
    "es": ("es", DECEMBER, """Madrid – El Congreso aprobó el jueves la reforma de la ley de vivienda por 176 votos a favor y 171 en contra.

El PP y Vox votaron en contra mientras el PSOE y Sumar apoyaron la reforma, según fuentes parlamentarias.
""", phrase_rule("pp", "El PP apoyó la reforma")
        + phrase_rule("psoe", "El PSOE apoyó la reforma"), {
        "pp": ("silent", None),
        "psoe": ("agrees", "El PP y Vox votaron en contra mientras el PSOE y Sumar apoyaron la reforma, según fuentes "
                           "parlamentarias."),
    }),
    # a claim asked about, or under a negated verb of saying, is neither stated nor denied
    "en-reported": ("en", DECEMBER, """Moscow – Kremlin spokesman Dmitry Peskov did not say whether Putin accepted the invitation to the summit in Baku.

The foreign ministry did not confirm that Lavrov signed the agreement on Tuesday. It is not true that the army withdrew from Kursk, the defence ministry said.
""", phrase_rule("invitation", "Putin accepted the invitation")
        + phrase_rule("agreement", "Lavrov signed the agreement")
        + phrase_rule("army", "The army withdrew from Kursk"), {
        "invitation": ("silent", None),
        "agreement": ("silent", None),
        "army": ("contradicts", "It is not true that the army withdrew from Kursk, the defence ministry said."),
    }),
    "es-reported": ("es", DECEMBER, """Madrid – El Gobierno no confirmó si Junts apoyará el decreto ómnibus en la votación del 22 de enero.

El portavoz de ERC no dijo que Esquerra apoyara los presupuestos. No es cierto que el Congreso aprobara la ley de amnistía en diciembre, según el PP.
""", phrase_rule("junts", "Junts apoyó el decreto")
        + phrase_rule("erc", "Esquerra apoyó los presupuestos")
        + phrase_rule("amnesty", "El Congreso aprobó la ley de amnistía"), {
        "junts": ("silent", None),
        "erc": ("silent", None),
        "amnesty": ("contradicts", "No es cierto que el Congreso aprobara la ley de amnistía en diciembre, según el PP."),
    }),
    "ru": ("ru", DECEMBER, """Москва – Пресс-секретарь президента Дмитрий Песков не уточнил, принял ли Путин приглашение на саммит в Баку.

В МИД не подтвердили, что Лавров подписал соглашение во вторник. Совет Федерации одобрил бюджет на 2025 год.
""", phrase_rule("invitation", "Путин принял приглашение")
        + phrase_rule("agreement", "Лавров подписал соглашение")
        + phrase_rule("budget", "Совет Федерации одобрил бюджет"), {
        "invitation": ("silent", None),
        "agreement": ("silent", None),
        "budget": ("agrees", "Совет Федерации одобрил бюджет на 2025 год."),
    }),
    "de": ("de", DECEMBER, """Berlin – Regierungssprecher Steffen Hebestreit sagte nicht, ob Scholz die Einladung nach Peking angenommen hat.

Das Auswärtige Amt bestätigte nicht, dass Baerbock das Abkommen am Dienstag unterzeichnet hat. Es ist nicht wahr, dass der Bundestag das Gesetz gebilligt hat, erklärte die Union.
""", phrase_rule("invitation", "Scholz hat die Einladung angenommen")
        + phrase_rule("agreement", "Baerbock hat das Abkommen unterzeichnet")
        + phrase_rule("law", "Der Bundestag hat das Gesetz gebilligt"), {
        "invitation": ("silent", None),
        "agreement": ("silent", None),
        "law": ("contradicts", "Es ist nicht wahr, dass der Bundestag das Gesetz gebilligt hat, erklärte die Union."),
    }),
    "fr": ("fr", DECEMBER, """Paris – L'Élysée n'a pas confirmé que Macron a accepté l'invitation de Xi Jinping pour le mois de mars.

Le porte-parole n'a pas dit si Barnier a signé le décret mardi. Le Sénat a adopté le budget de la Sécurité sociale par 205 voix.
""", phrase_rule("invitation", "Macron a accepté l'invitation")
        + phrase_rule("decree", "Barnier a signé le décret")
        + phrase_rule("budget", "Le Sénat a adopté le budget"), {
        "invitation": ("silent", None),
        "decree": ("silent", None),
        "budget": ("agrees", "Le Sénat a adopté le budget de la Sécurité sociale par 205 voix."),
    }),
    # a claim asked about or under a negated verb of saying, in the scripts and grammars of other
    # languages: "se", "-ip … -me-", "是否", "かどうか", "-는지", "liệu … hay không", a verb negated
    # from inside before "that" ("تأیید نکرد که", "haikuthibitisha kwamba")
    "pt-reported": ("pt", DECEMBER, """Brasília – O Planalto não confirmou se Lula aceitou o convite de Xi Jinping para visitar Pequim em maio.

O Senado aprovou a reforma tributária na quarta-feira por 49 votos a 19.
""", phrase_rule("lula", "Lula aceitou o convite")
        + phrase_rule("reform", "O Senado aprovou a reforma tributária"), {
        "lula": ("silent", None),
        "reform": ("agrees", "O Senado aprovou a reforma tributária na quarta-feira por 49 votos a 19."),
    }),
    "tr-reported": ("tr", DECEMBER, """Ankara – Cumhurbaşkanlığı İletişim Başkanlığı, Erdoğan'ın daveti kabul edip etmediğini açıklamadı.

Meclis 2025 bütçesini salı günü 280 oyla kabul etti.
""", phrase_rule("invitation", "Erdoğan daveti kabul etti")
        + phrase_rule("budget", "Meclis bütçesini kabul etti"), {
        "invitation": ("silent", None),
        "budget": ("agrees", "Meclis 2025 bütçesini salı günü 280 oyla kabul etti."),
    }),
    "ja-reported": ("ja", DECEMBER, """東京――官邸は石破首相が招待を受け入れたかどうか明らかにしなかった。

国会は17日、補正予算案を可決した。
""", phrase_rule("invitation", "石破首相が招待を受け入れた")
        + phrase_rule("budget", "国会は補正予算案を可決した"), {
        "invitation": ("silent", None),
        "budget": ("agrees", "国会は17日、補正予算案を可決した。"),
    }),
    "zh-reported": ("zh", DECEMBER, """北京——外交部发言人没有证实习近平是否接受了邀请。

全国人大常委会周二通过了预算调整方案。
""", phrase_rule("invitation", "习近平接受了邀请")
        + phrase_rule("budget", "全国人大常委会通过了预算调整方案"), {
        "invitation": ("silent", None),
        "budget": ("agrees", "全国人大常委会周二通过了预算调整方案。"),
    }),
    "ko-reported": ("ko", DECEMBER, """서울 – 대통령실은 윤 대통령이 초청을 수락했는지 밝히지 않았다.

국회는 17일 예산안을 통과시켰다.
""", phrase_rule("invitation", "윤 대통령이 초청을 수락했다")
        + phrase_rule("budget", "국회는 예산안을 통과시켰다"), {
        "invitation": ("silent", None),
        "budget": ("agrees", "국회는 17일 예산안을 통과시켰다."),
    }),
    "vi-reported": ("vi", DECEMBER, """Hà Nội – Bộ Ngoại giao không xác nhận liệu ông Tô Lâm có chấp nhận lời mời hay không.

Quốc hội đã thông qua dự toán ngân sách năm 2025 vào ngày 12 tháng 11.
""", phrase_rule("invitation", "Tô Lâm chấp nhận lời mời")
        + phrase_rule("budget", "Quốc hội đã thông qua dự toán ngân sách"), {
        "invitation": ("silent", None),
        "budget": ("agrees", "Quốc hội đã thông qua dự toán ngân sách năm 2025 vào ngày 12 tháng 11."),
    }),
    "fa-reported": ("fa", DECEMBER, """تهران – وزارت امور خارجه تأیید نکرد که پزشکیان دعوت مسکو را پذیرفته است.

مجلس بودجه سال ۱۴۰۴ را روز سه‌شنبه تصویب کرد.
""", phrase_rule("invitation", "پزشکیان دعوت را پذیرفت")
        + phrase_rule("budget", "مجلس بودجه را تصویب کرد"), {
        "invitation": ("silent", None),
        "budget": ("agrees", "مجلس بودجه سال ۱۴۰۴ را روز سه‌شنبه تصویب کرد."),
    }),
    "hi-reported": ("hi", DECEMBER, """नई दिल्ली – विदेश मंत्रालय ने यह पुष्टि नहीं की कि मोदी ने रूस का निमंत्रण स्वीकार किया है।

संसद ने मंगलवार को बजट पारित किया।
""", phrase_rule("invitation", "मोदी ने निमंत्रण स्वीकार किया")
        + phrase_rule("budget", "संसद ने बजट पारित किया"), {
        "invitation": ("silent", None),
        "budget": ("agrees", "संसद ने मंगलवार को बजट पारित किया।"),
    }),
    "sw-reported": ("sw", DECEMBER, """Nairobi – Ikulu haikuthibitisha kwamba Rais William Ruto alikubali mwaliko wa China.

Bunge lilipitisha bajeti ya mwaka 2025 siku ya Jumanne.
""", phrase_rule("invitation", "Ruto alikubali mwaliko")
        + phrase_rule("budget", "Bunge lilipitisha bajeti"), {
        "invitation": ("silent", None),
        "budget": ("agrees", "Bunge lilipitisha bajeti ya mwaka 2025 siku ya Jumanne."),
    }),
    # a modal verb of what may be tells no deed; negated, it still denies
    "en-modal": ("en", DECEMBER, """Moscow – Vladimir Putin could accept the invitation to the BRICS summit in Rio, a Kremlin aide said on Tuesday.

Xi Jinping may have signed the agreement on Monday, according to Chinese media. Narendra Modi could not attend the summit because of the elections.
""", phrase_rule("putin", "Putin accepted the invitation")
        + phrase_rule("xi", "Xi Jinping signed the agreement")
        + phrase_rule("modi", "Modi attended the summit"), {
        "putin": ("silent", None),
        "xi": ("silent", None),
        "modi": ("contradicts", "Narendra Modi could not attend the summit because of the elections."),
    }),
    "es-modal": ("es", DECEMBER, """Madrid – Pedro Sánchez podría aceptar la invitación de Xi Jinping para visitar Pekín en abril, según fuentes de Moncloa.

El Congreso aprobó el martes la ley de amnistía con 178 votos.
""", phrase_rule("sanchez", "Sánchez aceptó la invitación")
        + phrase_rule("law", "El Congreso aprobó la ley de amnistía"), {
        "sanchez": ("silent", None),
        "law": ("agrees", "El Congreso aprobó el martes la ley de amnistía con 178 votos."),
    }),
    "ru-modal": ("ru", DECEMBER, """Москва – Путин может принять приглашение посетить саммит в Рио-де-Жанейро, сообщил Песков.

Госдума приняла бюджет на 2025 год в третьем чтении.
""", phrase_rule("putin", "Путин принял приглашение")
        + phrase_rule("budget", "Госдума приняла бюджет"), {
        "putin": ("silent", None),
        "budget": ("agrees", "Госдума приняла бюджет на 2025 год в третьем чтении."),
    }),
    # a name of several words, each declined: an adjective and a noun in -a or of three letters
    "ru-declined": ("ru", DECEMBER, """Москва – Переговоры Путина и Си Цзиньпина прошли во вторник в Кремле, а не в Белом доме, как писали СМИ.

Законопроект внесли в Государственную думу 12 декабря. Парад прошёл на Красной площади.
""", "- {id: venue, check: entity, expect: Kremlin, aliases: [Кремль], alternatives: [White House, Белый дом], "
         "about: [Переговоры]}\n"
        + "- {id: bill, check: entity, expect: State Duma, aliases: [Государственная дума], alternatives: [Совет "
          "Федерации], about: [Законопроект]}\n"
        + "- {id: parade, check: entity, expect: Red Square, aliases: [Красная площадь], alternatives: [Дворцовая "
          "площадь], about: [Парад]}\n", {
        "venue": ("agrees", "Москва – Переговоры Путина и Си Цзиньпина прошли во вторник в Кремле, а не в Белом доме, как "
                            "писали СМИ."),
        "bill": ("agrees", "Законопроект внесли в Государственную думу 12 декабря."),
        "parade": ("agrees", "Парад прошёл на Красной площади."),
    }),
    "pl-declined": ("pl", DECEMBER, """Warszawa – Spotkanie prezydenta Dudy z Donaldem Trumpem odbyło się w Białym Domu, a nie w Pentagonie.
""", "- {id: venue, check: entity, expect: White House, aliases: [Biały Dom], alternatives: [Pentagon], "
         "about: [Spotkanie]}\n", {
        "venue": ("agrees", "Warszawa – Spotkanie prezydenta Dudy z Donaldem Trumpem odbyło się w Białym Domu, a nie w "
                            "Pentagonie."),
    }),
    # Azerbaijani ç and ş, which fold to the c of its j and to s
    "az": ("az", DECEMBER, """Bakı – Prezident İlham Əliyev dekabrın 17-də Naxçıvanda yeni elektrik stansiyasının açılışında iştirak edib.

Dövlət başçısı daha sonra Gəncədə 2500 yerlik stadionun təməlqoyma mərasimində çıxış edib. Baş nazir Əli Əsədov Şuşada keçirilən iclasa sədrlik edib.
""", entity_rule("plant", "Nakhchivan", "Ganja", "stansiyasının")
        + entity_rule("stadium", "Ganja", "Nakhchivan", "stadionun")
        + entity_rule("meeting", "Shusha", "Baku", "iclasa"), {
        "plant": ("agrees", "Bakı – Prezident İlham Əliyev dekabrın 17-də Naxçıvanda yeni elektrik stansiyasının "
                            "açılışında iştirak edib."),
        "stadium": ("agrees", "Dövlət başçısı daha sonra Gəncədə 2500 yerlik stadionun təməlqoyma mərasimində çıxış "
                              "edib."),
        "meeting": ("agrees", "Baş nazir Əli Əsədov Şuşada keçirilən iclasa sədrlik edib."),
    }),
    # a name after a negation or "rather than" is the one not meant
    "en-contrast": ("en", DECEMBER, """Geneva – The next round of talks on Ukraine will be held in Geneva, not in Vienna, a State Department spokesman said on Tuesday.

The agreement was announced by Sergei Lavrov rather than Dmitry Peskov. The parliament approved the budget rather than the tax reform, officials said.
""", entity_rule("venue", "Geneva", "Vienna", "talks")
        + entity_rule("who", "Lavrov", "Peskov", "announced")
        + phrase_rule("tax", "The parliament approved the tax reform")
        + phrase_rule("budget", "The parliament approved the budget"), {
        "venue": ("agrees", "Geneva – The next round of talks on Ukraine will be held in Geneva, not in Vienna, a State "
                            "Department spokesman said on Tuesday."),
        "who": ("agrees", "The agreement was announced by Sergei Lavrov rather than Dmitry Peskov."),
        "tax": ("contradicts", "The parliament approved the budget rather than the tax reform, officials said."),
        "budget": ("agrees", "The parliament approved the budget rather than the tax reform, officials said."),
    }),
    "de-contrast": ("de", DECEMBER, """Berlin – Das nächste Treffen der Außenminister findet nicht in Wien, sondern in Genf statt, teilte das Auswärtige Amt am Dienstag mit.
""", entity_rule("venue", "Genf", "Wien", "Treffen"), {
        "venue": ("agrees", "Berlin – Das nächste Treffen der Außenminister findet nicht in Wien, sondern in Genf statt, "
                            "teilte das Auswärtige Amt am Dienstag mit."),
    }),
    "fr-contrast": ("fr", DECEMBER, """Paris – Le prochain sommet aura lieu à Vienne et non à Genève, a annoncé mardi le Quai d'Orsay.
""", entity_rule("venue", "Genève", "Vienne", "sommet"), {
        "venue": ("contradicts", "Paris – Le prochain sommet aura lieu à Vienne et non à Genève, a annoncé mardi le Quai "
                                 "d'Orsay."),
    }),
    "es-contrast": ("es", DECEMBER, """Madrid – La cumbre se celebrará en Ginebra y no en Viena, según fuentes diplomáticas citadas por EFE.
""", entity_rule("venue", "Ginebra", "Viena", "cumbre"), {
        "venue": ("agrees", "Madrid – La cumbre se celebrará en Ginebra y no en Viena, según fuentes diplomáticas "
                            "citadas por EFE."),
    }),
    "ru-contrast": ("ru", DECEMBER, """Москва – Переговоры пройдут не в Вене, а в Женеве, сообщил во вторник МИД России. Вместо Лаврова делегацию возглавит замминистра Сергей Рябков.
""", entity_rule("venue", "Женева", "Вена", "Переговоры")
        + entity_rule("lead", "Рябков", "Лавров", "делегацию"), {
        "venue": ("agrees", "Москва – Переговоры пройдут не в Вене, а в Женеве, сообщил во вторник МИД России."),
        "lead": ("agrees", "Вместо Лаврова делегацию возглавит замминистра Сергей Рябков."),
    }),
    # a negation with "but" after it, before the matched words that follow
    "en-but": ("en", DECEMBER, """Washington – The House did not approve the Senate's amendment but approved the defence budget on Wednesday.

The Senate did not confirm the nominee for the Pentagon on Tuesday, a spokesman said.
""", phrase_rule("house", "The House approved the defence budget")
        + phrase_rule("senate", "The Senate confirmed the nominee"), {
        "house": ("silent", None),
        "senate": ("contradicts", "The Senate did not confirm the nominee for the Pentagon on Tuesday, a spokesman said."),
    }),
    "es-but": ("es", DECEMBER, """Madrid – El Congreso no aprobó el decreto de pensiones pero aprobó el techo de gasto el jueves por 178 votos.
""", phrase_rule("ceiling", "El Congreso aprobó el techo de gasto"), {
        "ceiling": ("silent", None),
    }),
    # Arabic denies a past with لم and the present, a doubled root's stem of two letters too
    "ar": ("ar", DECEMBER, """بيروت – لم يقر البرلمان اللبناني الميزانية العامة لعام 2025 في جلسة الثلاثاء بسبب غياب النصاب.

وأقر مجلس الوزراء خطة الكهرباء الجديدة بعد نقاش استمر ثلاث ساعات.
""", phrase_rule("budget", "أقر البرلمان الميزانية")
        + phrase_rule("plan", "أقر مجلس الوزراء خطة الكهرباء"), {
        "budget": ("contradicts", "بيروت – لم يقر البرلمان اللبناني الميزانية العامة لعام 2025 في جلسة الثلاثاء بسبب "
                                  "غياب النصاب."),
        "plan": ("agrees", "وأقر مجلس الوزراء خطة الكهرباء الجديدة بعد نقاش استمر ثلاث ساعات."),
    }),
    # Indonesian and Malay verbs of refusing before a verb in me- or "untuk"
    "id": ("id", DECEMBER, """Jakarta – DPR menolak menyetujui rancangan anggaran pendapatan dan belanja negara 2025 dalam rapat paripurna Selasa.

Komisi XI menolak usulan pemerintah tetapi menyetujui anggaran Bank Indonesia. Presiden Prabowo menandatangani peraturan itu pada 12 Desember.
""", phrase_rule("budget", "DPR menyetujui rancangan anggaran")
        + phrase_rule("bank", "Komisi XI menyetujui anggaran Bank Indonesia")
        + phrase_rule("decree", "Prabowo menandatangani peraturan"), {
        "budget": ("contradicts", "Jakarta – DPR menolak menyetujui rancangan anggaran pendapatan dan belanja negara 2025 "
                                  "dalam rapat paripurna Selasa."),
        "bank": ("agrees", "Komisi XI menolak usulan pemerintah tetapi menyetujui anggaran Bank Indonesia."),
        "decree": ("agrees", "Presiden Prabowo menandatangani peraturan itu pada 12 Desember."),
    }),
    # an English present tells a past deed: "wins", "signs", "meets" for "won", "signed", "met"
    "en-present": ("en", DECEMBER, """Putin wins fifth term with 87% of the vote, election commission says

Biden signs the defence bill into law. Macron meets Xi in Paris on Monday, while Scholz loses a confidence vote in the Bundestag.
""", phrase_rule("term", "Putin won a fifth term")
        + phrase_rule("bill", "Biden signed the defence bill")
        + phrase_rule("meeting", "Macron met Xi")
        + phrase_rule("vote", "Scholz lost a confidence vote"), {
        "term": ("agrees", "Putin wins fifth term with 87% of the vote, election commission says"),
        "bill": ("agrees", "Biden signs the defence bill into law."),
        "meeting": ("agrees", "Macron meets Xi in Paris on Monday, while Scholz loses a confidence vote in the "
                              "Bundestag."),
        "vote": ("agrees", "Macron meets Xi in Paris on Monday, while Scholz loses a confidence vote in the Bundestag."),
    }),
}


@pytest.mark.parametrize("case", list(CASES))
def test_names_and_phrasings_in_real_news(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected
