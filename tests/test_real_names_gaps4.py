"""End to end: names and claims of real news that the readers of names and phrases missed
or misread: English "won" and "two" (a verb and a number that the lists of function
words hold, and "won" the start of "won't"), an Albanian name that begins with another
("Ramadani tha" names no Rama), Basque negation before the auxiliary ("ez du onartu"),
German modals after the verb at the clause's end ("hat … unterstützen wollen", "… nicht
unterschreiben wollen"), Azerbaijani c and x ("Gəncə" is Ganja, "Xankəndi" Khankendi),
Thai names that begin with a vowel, whose อ is silent ("อิสราเอล", Israel), or whose ห
only marks a tone ("อิหร่าน", Iran), a Spanish claim in a clause of another subject
("Junts votó en contra, mientras el PNV apoyó las cuentas"), a name without the article
a rule writes ("al Congreso" for "El Congreso", "الكرملين" for "The Kremlin"), Russian
names in -ov in Persian ("لاوروف", Lavrov), a Turkish verb of two letters with its
negating syllable ("kabul etmedi" for "kabul etti"), and negations that deny another
clause than the claim's ("Manchin, who did not attend …, backed the bill", "Not only did
the Senate approve …", "Nobody expected the House to pass …"). Each rule's verdict and
the sentence its first evidence quotes."""

from __future__ import annotations

import pytest
from real_news import date_rule, entity_rule, number_rule, phrase_rule, read_case, stated


MARCH = "2024-03-13"  # a Wednesday: "on Tuesday" is 12 March


CASES = {
    "en": ("en", MARCH, """Moscow – Vladimir Putin won the presidential election with 87% of the vote, the Central Election Commission said on Monday.

The opposition did not win a single seat in the regional councils. Labour won two seats in the by-election on Thursday, Sky News reported.

Yulia Navalnaya lost the appeal, her lawyer said. The Kremlin won't comment on the protests.
""", phrase_rule("won", "Putin won the presidential election")
        + phrase_rule("seat", "The opposition won a seat")
        + phrase_rule("seats", "Labour won six seats")
        + phrase_rule("appeal", "Navalnaya won the appeal")
        + phrase_rule("comment", "The Kremlin will comment on the protests"), {
        "won": ("agrees", "Moscow – Vladimir Putin won the presidential election with 87% of the vote, the Central "
                          "Election Commission said on Monday."),
        "seat": ("contradicts", "The opposition did not win a single seat in the regional councils."),
        "seats": ("silent", None),
        "appeal": ("silent", None),
        "comment": ("contradicts", "The Kremlin won't comment on the protests."),
    }),
    "sq": ("sq", MARCH, """Prishtinë – Ministri i Financave Hekuran Murati tha të martën se buxheti për vitin 2024 do të rritet me 5 për qind.

Kryetari i LDK-së, Lumir Abdixhiku, kritikoi Qeverinë për inflacionin. Ramadani tha se partia e tij nuk do ta mbështesë kryeministrin Kurti në votimin e së enjtes.
""", entity_rule("finance", "Murati", "Hoxhaj", "buxheti")
        + entity_rule("critic", "Abdixhiku", "Rama", "kritikoi")
        + entity_rule("premier", "Kurti", "Rama", "votimin"), {
        "finance": ("agrees", "Prishtinë – Ministri i Financave Hekuran Murati tha të martën se buxheti për vitin 2024 "
                              "do të rritet me 5 për qind."),
        "critic": ("agrees", "Kryetari i LDK-së, Lumir Abdixhiku, kritikoi Qeverinë për inflacionin."),
        "premier": ("agrees", "Ramadani tha se partia e tij nuk do ta mbështesë kryeministrin Kurti në votimin e së "
                              "enjtes."),
    }),
    "eu": ("eu", MARCH, """Gasteiz – Eusko Legebiltzarrak ez du onartu Jaurlaritzaren aurrekontu proiektua, oposizioko alderdiek kontra bozkatu ondoren.

Bizkaiko Batzar Nagusiek, berriz, foru aurrekontua onartu zuten asteartean 29 botorekin. Gipuzkoako Aldundiak ez zuen zerga berria onartu.
""", phrase_rule("parliament", "Eusko Legebiltzarrak onartu du aurrekontu proiektua")
        + phrase_rule("bizkaia", "Batzar Nagusiek foru aurrekontua onartu zuten")
        + phrase_rule("tax", "Gipuzkoako Aldundiak zerga berria onartu zuen")
        + date_rule("vote", "2024-03-12", "onartu"), {
        "parliament": ("contradicts", "Gasteiz – Eusko Legebiltzarrak ez du onartu Jaurlaritzaren aurrekontu "
                                      "proiektua, oposizioko alderdiek kontra bozkatu ondoren."),
        "bizkaia": ("agrees", "Bizkaiko Batzar Nagusiek, berriz, foru aurrekontua onartu zuten asteartean 29 "
                              "botorekin."),
        "tax": ("contradicts", "Gipuzkoako Aldundiak ez zuen zerga berria onartu."),
        "vote": ("agrees", "Bizkaiko Batzar Nagusiek, berriz, foru aurrekontua onartu zuten asteartean 29 botorekin."),
    }),
    "de": ("de", MARCH, """Berlin – Der ungarische Ministerpräsident Viktor Orbán hat den Vertrag über die Erweiterung der Allianz am Montag in Brüssel nicht unterschreiben wollen.

Bundeskanzler Olaf Scholz hat den Plan der Kommission unterstützen wollen, scheiterte aber am Widerstand der FDP. Der Bundestag billigte am Dienstag das Wachstumsgesetz mit 380 Stimmen.
""", phrase_rule("treaty", "Orbán unterschrieb den Vertrag")
        + phrase_rule("plan", "Scholz unterstützte den Plan der Kommission")
        + phrase_rule("law", "Der Bundestag billigte das Wachstumsgesetz")
        + date_rule("vote", "2024-03-12", "billigte"), {
        "treaty": ("contradicts", "Berlin – Der ungarische Ministerpräsident Viktor Orbán hat den Vertrag über die "
                                  "Erweiterung der Allianz am Montag in Brüssel nicht unterschreiben wollen."),
        "plan": ("silent", None),
        "law": ("agrees", "Der Bundestag billigte am Dienstag das Wachstumsgesetz mit 380 Stimmen."),
        "vote": ("agrees", "Der Bundestag billigte am Dienstag das Wachstumsgesetz mit 380 Stimmen."),
    }),
    "az": ("az", MARCH, """Bakı – Gəncə şəhərində keçirilən beynəlxalq forumda 300-dən çox nümayəndə iştirak edib.

Prezident İlham Əliyev çərşənbə axşamı Xankəndidə yeni məktəbin açılışında çıxış edib.
""", entity_rule("forum", "Ganja", "Sumgait", "forumda")
        + entity_rule("school", "Khankendi", "Shusha", "məktəbin")
        + entity_rule("president", "Aliyev", "Pashinyan", "çıxış"), {
        "forum": ("agrees", "Bakı – Gəncə şəhərində keçirilən beynəlxalq forumda 300-dən çox nümayəndə iştirak edib."),
        "school": ("agrees", "Prezident İlham Əliyev çərşənbə axşamı Xankəndidə yeni məktəbin açılışında çıxış edib."),
        "president": ("agrees", "Prezident İlham Əliyev çərşənbə axşamı Xankəndidə yeni məktəbin açılışında çıxış "
                                "edib."),
    }),
    "th": ("th", MARCH, """กรุงเทพฯ – นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรี เปิดเผยเมื่อวันอังคารว่า แรงงานไทย 12 คนเดินทางกลับจากอิสราเอลอย่างปลอดภัย

ขณะที่กระทรวงการต่างประเทศเตรียมส่งเครื่องบินไปรับแรงงานจากอิหร่านเพิ่มอีก 30 คน
""", entity_rule("returned", "Israel", "Iran", "กลับ")
        + entity_rule("flight", "Iran", "Israel", "เพิ่ม"), {
        "returned": ("agrees", "กรุงเทพฯ – นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรี เปิดเผยเมื่อวันอังคารว่า แรงงานไทย 12 "
                               "คนเดินทางกลับจากอิสราเอลอย่างปลอดภัย"),
        "flight": ("agrees", "ขณะที่กระทรวงการต่างประเทศเตรียมส่งเครื่องบินไปรับแรงงานจากอิหร่านเพิ่มอีก 30 คน"),
    }),
    "es": ("es", MARCH, """Madrid – El Congreso de los Diputados aprobó el jueves los Presupuestos Generales del Estado para 2024 con 178 votos a favor.

Junts votó en contra, mientras el PNV apoyó las cuentas tras negociar nuevas inversiones para el País Vasco. Esquerra Republicana, que dudó durante semanas, apoyó finalmente las cuentas.
""", phrase_rule("junts", "Junts apoyó las cuentas")
        + phrase_rule("pnv", "El PNV apoyó las cuentas")
        + phrase_rule("erc", "Esquerra Republicana apoyó las cuentas")
        + number_rule("votes", "178", "votos")
        + date_rule("vote", "2024-03-07", "aprobó"), {
        "junts": ("silent", None),
        "pnv": ("agrees", "Junts votó en contra, mientras el PNV apoyó las cuentas tras negociar nuevas inversiones "
                          "para el País Vasco."),
        "erc": ("agrees", "Esquerra Republicana, que dudó durante semanas, apoyó finalmente las cuentas."),
        "votes": ("agrees", "Madrid – El Congreso de los Diputados aprobó el jueves los Presupuestos Generales del "
                            "Estado para 2024 con 178 votos a favor."),
        "vote": ("agrees", "Madrid – El Congreso de los Diputados aprobó el jueves los Presupuestos Generales del "
                           "Estado para 2024 con 178 votos a favor."),
    }),
    # a name written with its article ("The Kremlin", "El Congreso") is named without it,
    # but not by a word of a longer name ("Salvador Illa")
    "es-articles": ("es", MARCH, """Barcelona – El presidente de la Generalitat, Salvador Illa, viajó el martes a Madrid para reunirse con Pedro Sánchez.

La ley de amnistía volvió el martes al Congreso, que la aprobará de nuevo en abril.
""", entity_rule("trip", "El Salvador", "Honduras", "viajó")
        + entity_rule("law", "El Congreso", "El Senado", "volvió"), {
        "trip": ("silent", None),
        "law": ("agrees", "La ley de amnistía volvió el martes al Congreso, que la aprobará de nuevo en abril."),
    }),
    "ar": ("ar", MARCH, """موسكو – قال الكرملين الثلاثاء إن الرئيس فلاديمير بوتين سيزور الصين في مايو المقبل.
""", entity_rule("visit", "The Kremlin", "The White House", "سيزور"), {
        "visit": ("agrees", "موسكو – قال الكرملين الثلاثاء إن الرئيس فلاديمير بوتين سيزور الصين في مايو المقبل."),
    }),
    "fa": ("fa", MARCH, """تهران – سرگئی لاوروف، وزیر امور خارجه روسیه، روز سه‌شنبه در مسکو با عباس عراقچی دیدار کرد.

دیمیتری پسکوف، سخنگوی کرملین، گفت که پوتین در ماه مه به چین سفر خواهد کرد.
""", entity_rule("talks", "Lavrov", "Blinken", "دیدار")
        + entity_rule("spokesman", "Peskov", "Zakharova", "سخنگوی"), {
        "talks": ("agrees", "تهران – سرگئی لاوروف، وزیر امور خارجه روسیه، روز سه‌شنبه در مسکو با عباس عراقچی دیدار "
                            "کرد."),
        "spokesman": ("agrees", "دیمیتری پسکوف، سخنگوی کرملین، گفت که پوتین در ماه مه به چین سفر خواهد کرد."),
    }),
    "tr": ("tr", MARCH, """Ankara – TBMM Genel Kurulu, vergi düzenlemesi içeren kanun teklifini salı günü kabul etmedi.

Meclis, 2024 yılı bütçesini ise 280 oyla kabul etti. Hazine ve Maliye Bakanı Mehmet Şimşek teklifi onaylamadı.
""", phrase_rule("bill", "TBMM kanun teklifini kabul etti")
        + phrase_rule("budget", "Meclis bütçesini kabul etti")
        + phrase_rule("minister", "Şimşek teklifi onayladı")
        + number_rule("votes", "280", "oyla"), {
        "bill": ("contradicts", "Ankara – TBMM Genel Kurulu, vergi düzenlemesi içeren kanun teklifini salı günü kabul "
                                "etmedi."),
        "budget": ("agrees", "Meclis, 2024 yılı bütçesini ise 280 oyla kabul etti."),
        "minister": ("contradicts", "Hazine ve Maliye Bakanı Mehmet Şimşek teklifi onaylamadı."),
        "votes": ("agrees", "Meclis, 2024 yılı bütçesini ise 280 oyla kabul etti."),
    }),
    # a negation in a clause of its own, in "not only", or of another verb denies nothing
    "en-scope": ("en", MARCH, """Washington – Senator Joe Manchin, who did not attend Tuesday's briefing, backed the aid bill.

Not only did the Senate approve the aid package, it also extended the program until 2025. Nobody expected the House to pass the measure, but it did on Friday. The Pentagon did not confirm the shipment.
""", phrase_rule("manchin", "Manchin backed the aid bill")
        + phrase_rule("senate", "The Senate approved the aid package")
        + phrase_rule("house", "The House passed the measure")
        + phrase_rule("pentagon", "The Pentagon confirmed the shipment"), {
        "manchin": ("agrees", "Washington – Senator Joe Manchin, who did not attend Tuesday's briefing, backed the aid "
                              "bill."),
        "senate": ("agrees", "Not only did the Senate approve the aid package, it also extended the program until "
                             "2025."),
        "house": ("agrees", "Nobody expected the House to pass the measure, but it did on Friday."),
        "pentagon": ("contradicts", "The Pentagon did not confirm the shipment."),
    }),
    "de-scope": ("de", MARCH, """Brüssel – Ungarns Regierungschef Viktor Orbán, der am Gipfel nicht teilnahm, billigte am Dienstag das Hilfspaket für die Ukraine.

Nicht nur der Rat billigte den Haushalt, sondern auch das Parlament. Die Kommission hat den Plan nicht vorgelegt.
""", phrase_rule("orban", "Orbán billigte das Hilfspaket")
        + phrase_rule("council", "Der Rat billigte den Haushalt")
        + phrase_rule("plan", "Die Kommission legte den Plan vor"), {
        "orban": ("agrees", "Brüssel – Ungarns Regierungschef Viktor Orbán, der am Gipfel nicht teilnahm, billigte am "
                            "Dienstag das Hilfspaket für die Ukraine."),
        "council": ("agrees", "Nicht nur der Rat billigte den Haushalt, sondern auch das Parlament."),
        "plan": ("contradicts", "Die Kommission hat den Plan nicht vorgelegt."),
    }),
}


@pytest.mark.parametrize("case", list(CASES))
def test_names_and_phrasings_in_real_news(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected
