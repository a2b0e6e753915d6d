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
past ("Biden signs the defence bill"), and Slavic names of several words, each declined ("в
Белом доме", "w Białym Domu"). Each rule's verdict and the sentence its first evidence
quotes."""

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
    # Arabic denies a past with لم and the present, a doubled root's stem of two letters too
    "ar": ("ar", DECEMBER, """بيروت – لم يقر البرلمان اللبناني الميزانية العامة لعام 2025 في جلسة الثلاثاء بسبب غياب النصاب.

وأقر مجلس الوزراء خطة الكهرباء الجديدة بعد نقاش استمر ثلاث ساعات.
""", phrase_rule("budget", "أقر البرلمان الميزانية")
        + phrase_rule("plan", "أقر مجلس الوزراء خطة الكهرباء"), {
        "budget": ("contradicts", "بيروت – لم يقر البرلمان اللبناني الميزانية العامة لعام 2025 في جلسة الثلاثاء بسبب "
                                  "غياب النصاب."),
        "plan": ("agrees", "وأقر مجلس الوزراء خطة الكهرباء الجديدة بعد نقاش استمر ثلاث ساعات."),
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
