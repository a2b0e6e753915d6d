"""End to end: dates and tense as news writes them where they were misread — a weekday
with a present that schedules where verbs take no tense (Indonesian "digelar Jumat",
Vietnamese "diễn ra vào thứ Sáu": either Friday, so none) and in Turkish, where the
present continuous after the day schedules ("cuma günü yapılıyor"); Turkish "bekleniyor"
(is expected), a plan that states no deed; a Korean day after a clause that schedules it
("당초 예정됐던 금요일 파업"); Swahili's future, which states no deed, denied or not; a
future in a clause before a verb of saying, which is its speaker's; Brazilian weekdays
without "-feira" beside "last" or "next" ("na sexta passada"); a month abbreviated with its
dot before a day and a plural noun ("Since Sept. 13 prices"), and "since" before a day and
month, which looks back; Arabic days spelt as ordinals ("في الثالث من أغسطس"); a weekday
in the plural, every such day ("closed on Mondays"); a present that speaks of what is to
come, which states no deed ("elfogadja", "schválí"); a weekday after a word that opens a
time from it on ("ab Montag", "à partir de lundi", "by Friday"); the Slavic "this" before
a weekday ("w ten piątek", "у цю п'ятницю"); a duty still to meet ("muss … bis Freitag");
the day a date is moved to ("was moved to Monday"); a Japanese cue in letters that fold to
others ("見通し"), and a Japanese or Korean non-past at the sentence's end ("처리한다."); the
Persian present of doing ("بررسی می‌کند"); a day set between commas; the presents of
opening ("abren el domingo") — checked by rules of each built-in
type, verdict and the sentence of the first evidence."""

from __future__ import annotations

import pytest
from real_news import date_rule, entity_rule, number_rule, phrase_rule, read_case, stated


SEPTEMBER = "2023-09-14"  # a Thursday: "on Friday" ahead is the 15th, behind the 8th


# Each case: language, published date, the article, its rules, and for each rule the
# verdict and the sentence its first evidence comes from.
CASES = {
    # a present of being held, in a language whose verbs take no tense, tells either Friday;
    # "telah" (already) makes it the last one, "akan" (will) the next
    "id-tenseless": ("id", SEPTEMBER, """JAKARTA - Rapat paripurna DPR untuk mengesahkan RUU Kesehatan digelar Jumat. Rapat Badan Musyawarah telah digelar Selasa dan dihadiri 45 anggota. Menteri Kesehatan Budi Gunadi Sadikin akan bertemu Komisi IX pada Senin depan.
""", date_rule("plenary-date", "2023-09-15", "paripurna")
        + date_rule("bamus-date", "2023-09-12", "Musyawarah")
        + number_rule("members", "45", "anggota")
        + entity_rule("minister", "Budi Gunadi Sadikin", "Terawan Agus Putranto", "Menteri"), {
        "plenary-date": ("silent", None),
        "bamus-date": ("agrees", "Rapat Badan Musyawarah telah digelar Selasa dan dihadiri 45 anggota."),
        "members": ("agrees", "Rapat Badan Musyawarah telah digelar Selasa dan dihadiri 45 anggota."),
        "minister": ("agrees", ("Menteri Kesehatan Budi Gunadi Sadikin akan bertemu Komisi IX pada Senin "
                                "depan.")),
    }),
    "vi-tenseless": ("vi", SEPTEMBER, """HÀ NỘI - Hội nghị Trung ương 8 diễn ra vào thứ Sáu tại Hà Nội. Hôm thứ Ba, Thủ tướng Phạm Minh Chính đã tiếp đoàn 52 doanh nghiệp Hoa Kỳ. Phiên họp trước đã diễn ra vào thứ Hai.
""", date_rule("plenum-date", "2023-09-15", "Trung ương")
        + date_rule("visit-date", "2023-09-12", "doanh nghiệp")
        + date_rule("last-date", "2023-09-11", "Phiên họp")
        + number_rule("firms", "52", "doanh nghiệp"), {
        "plenum-date": ("silent", None),
        "visit-date": ("agrees", "Hôm thứ Ba, Thủ tướng Phạm Minh Chính đã tiếp đoàn 52 doanh nghiệp Hoa Kỳ."),
        "last-date": ("agrees", "Phiên họp trước đã diễn ra vào thứ Hai."),
        "firms": ("agrees", "Hôm thứ Ba, Thủ tướng Phạm Minh Chính đã tiếp đoàn 52 doanh nghiệp Hoa Kỳ."),
    }),
    # the present continuous after a Turkish day schedules; "bekleniyor" (is expected)
    # states no deed
    "tr-present": ("tr", SEPTEMBER, """ANKARA (AA) - Merkez Bankası Para Politikası Kurulu toplantısı cuma günü yapılıyor. Ekonomistlere göre Merkez Bankası'nın politika faizini 500 baz puan artırması bekleniyor. Bakan Mehmet Şimşek salı günü yatırımcılarla görüştü.
""", date_rule("mpc-date", "2023-09-15", "toplantısı")
        + date_rule("talks-date", "2023-09-12", "yatırımcılarla")
        + phrase_rule("hike", "Merkez Bankası politika faizini artırdı")
        + number_rule("points", "500", "baz"), {
        "mpc-date": ("agrees", "Merkez Bankası Para Politikası Kurulu toplantısı cuma günü yapılıyor."),
        "talks-date": ("agrees", "Bakan Mehmet Şimşek salı günü yatırımcılarla görüştü."),
        "hike": ("silent", None),
        "points": ("agrees", ("Ekonomistlere göre Merkez Bankası'nın politika faizini 500 baz puan artırması "
                              "bekleniyor.")),
    }),
    # a Korean day a clause of scheduling describes is one to come, whatever the verb after
    # it did: the strike set for Friday was called off
    "ko-described": ("ko", SEPTEMBER, """서울교통공사 노조가 당초 예정됐던 금요일 파업을 철회했다고 14일 밝혔다. 노사는 화요일 밤 임금 협상을 타결했다. 임금은 3.5% 인상된다.
""", date_rule("strike-date", "2023-09-15", "파업을")
        + date_rule("deal-date", "2023-09-12", "타결했다")
        + number_rule("raise", "3.5", "임금은", unit="percent"), {
        "strike-date": ("agrees", "서울교통공사 노조가 당초 예정됐던 금요일 파업을 철회했다고 14일 밝혔다."),
        "deal-date": ("agrees", "노사는 화요일 밤 임금 협상을 타결했다."),
        "raise": ("agrees", "임금은 3.5% 인상된다."),
    }),
    # Swahili's future, -ta-, states no deed, nor does it deny one: "hatakubali" (will not
    # accept) is as silent as "atakubali"; the past, -li-, states it
    "sw-future": ("sw", SEPTEMBER, """DODOMA - Bunge litapitisha bajeti ya serikali wiki ijayo. Rais Samia Suluhu Hassan atakubali mapendekezo ya tume, lakini hatakubali ombi la upinzani. Jumanne, Baraza la Mawaziri liliidhinisha ufadhili wa shilingi bilioni 200.
""", phrase_rule("budget-passed", "Bunge lilipitisha bajeti")
        + phrase_rule("proposals", "Rais Samia Suluhu Hassan alikubali mapendekezo")
        + phrase_rule("opposition", "Rais alikubali ombi la upinzani")
        + phrase_rule("funding", "Baraza la Mawaziri liliidhinisha ufadhili")
        + date_rule("cabinet-date", "2023-09-12", "Mawaziri"), {
        "budget-passed": ("silent", None),
        "proposals": ("silent", None),
        "opposition": ("silent", None),
        "funding": ("agrees", "Jumanne, Baraza la Mawaziri liliidhinisha ufadhili wa shilingi bilioni 200."),
        "cabinet-date": ("agrees", "Jumanne, Baraza la Mawaziri liliidhinisha ufadhili wa shilingi bilioni 200."),
    }),
    # a future before a verb of saying is its speaker's, in a clause of its own: what was
    # said after it is a deed
    "en-said": ("en", SEPTEMBER, """LONDON (Reuters) - The finance minister who will retire next year said parliament approved the budget on Tuesday. A senator who is expected to run for president told reporters the Senate passed the bill. Officials said the House will vote on the measure on Friday.
""", phrase_rule("budget-passed", "parliament approved the budget")
        + phrase_rule("bill-passed", "the Senate passed the bill")
        + phrase_rule("house-voted", "the House voted on the measure")
        + date_rule("budget-date", "2023-09-12", "budget"), {
        "budget-passed": ("agrees", ("The finance minister who will retire next year said "
                                     "parliament approved the budget on Tuesday.")),
        "bill-passed": ("agrees", ("A senator who is expected to run for president told reporters the Senate "
                                   "passed the bill.")),
        "house-voted": ("silent", None),
        "budget-date": ("agrees", ("The finance minister who will retire next year said "
                                   "parliament approved the budget on Tuesday.")),
    }),
    # Brazilian news writes a weekday without "-feira", as CLDR's Portuguese of Portugal
    # abbreviates it: beside "passada", "última", "próxima", "nesta" it is the day
    "pt-short": ("pt", SEPTEMBER, """BRASÍLIA — O Banco Central reduziu na sexta passada a taxa Selic em 0,5 ponto, para 12,75%. Na última terça, o Copom divulgou a ata da reunião. O presidente Luiz Inácio Lula da Silva deve comentar a decisão na próxima segunda, em Nova York.
""", date_rule("cut-date", "2023-09-08", "reduziu")
        + date_rule("minutes-date", "2023-09-12", "ata")
        + date_rule("remarks-date", "2023-09-18", "comentar")
        + number_rule("selic", "12.75", "Selic", unit="percent"), {
        "cut-date": ("agrees", ("O Banco Central reduziu na sexta passada a taxa Selic em 0,5 ponto, "
                                "para 12,75%.")),
        "minutes-date": ("agrees", "Na última terça, o Copom divulgou a ata da reunião."),
        "remarks-date": ("agrees", ("O presidente Luiz Inácio Lula da Silva deve comentar a decisão na próxima "
                                    "segunda, em Nova York.")),
        "selic": ("agrees", ("O Banco Central reduziu na sexta passada a taxa Selic em 0,5 ponto, "
                             "para 12,75%.")),
    }),
    # a month abbreviated with its dot is written only before a day, a plural noun after the
    # day or not; after "since" a day and month are never to come
    "en-since": ("en", "2023-09-20", """Heating oil prices keep rising

LONDON (Reuters) - Since Sept. 13 prices for heating oil have climbed 8 percent, the energy regulator Ofgem said. Since Jan. 6 suppliers have raised tariffs four times. In March 15 people died in a gas explosion in Leeds.
""", date_rule("rise-start", "2023-09-13", "prices")
        + date_rule("tariff-start", "2023-01-06", "tariffs")
        + number_rule("deaths", "15", "died"), {
        "rise-start": ("agrees", ("Since Sept. 13 prices for heating oil have climbed 8 percent, "
                                  "the energy regulator Ofgem said.")),
        "tariff-start": ("agrees", "Since Jan. 6 suppliers have raised tariffs four times."),
        "deaths": ("agrees", "In March 15 people died in a gas explosion in Leeds."),
    }),
    # Arabic days of the month spelt as ordinals before "of" and the month: "the third of
    # August", "the fifteenth", "the twenty-first"
    "ar-spelt": ("ar", SEPTEMBER, """القاهرة (رويترز) - قال البنك المركزي المصري إنه رفع أسعار الفائدة في الثالث من أغسطس بمقدار 100 نقطة أساس. وكان البنك قد أبقى الأسعار دون تغيير في الحادي والعشرين من يونيو. وتعقد لجنة السياسة النقدية اجتماعها المقبل في الخامس عشر من سبتمبر.
""", date_rule("hike-date", "2023-08-03", "رفع")
        + date_rule("hold-date", "2023-06-21", "أبقى")
        + date_rule("next-date", "2023-09-15", "اجتماعها")
        + number_rule("points", "100", "نقطة"), {
        "hike-date": ("agrees", ("قال البنك المركزي المصري إنه رفع أسعار الفائدة في الثالث من "
                                 "أغسطس بمقدار 100 نقطة أساس.")),
        "hold-date": ("agrees", "وكان البنك قد أبقى الأسعار دون تغيير في الحادي والعشرين من يونيو."),
        "next-date": ("agrees", "وتعقد لجنة السياسة النقدية اجتماعها المقبل في الخامس عشر من سبتمبر."),
        "points": ("agrees", ("قال البنك المركزي المصري إنه رفع أسعار الفائدة في الثالث من "
                              "أغسطس بمقدار 100 نقطة أساس.")),
    }),
    # a weekday in the plural is every such day, no one day: the Monday a museum closes on
    # is no date of its reopening
    "en-habitual": ("en", SEPTEMBER, """The British Museum, which is closed on Mondays, reopened its Egyptian galleries on Tuesday after a two-year renovation. About 4,000 visitors came on the first day.
""", date_rule("reopening", "2023-09-12", "reopened")
        + number_rule("visitors", "4000", "visitors"), {
        "reopening": ("agrees", ("The British Museum, which is closed on Mondays, reopened its Egyptian galleries on "
                                 "Tuesday after a two-year renovation.")),
        "visitors": ("agrees", "About 4,000 visitors came on the first day."),
    }),
    "fr-habitual": ("fr", SEPTEMBER, """PARIS (AFP) - Les commerces du centre de Lyon ouvriront les dimanches à partir du 1er octobre, a annoncé la préfecture. Quelque 300 magasins sont concernés.
""", date_rule("opening", "2023-10-01", "ouvriront")
        + number_rule("shops", "300", "magasins"), {
        "opening": ("agrees", ("Les commerces du centre de Lyon ouvriront les dimanches à partir du "
                               "1er octobre, a annoncé la préfecture.")),
        "shops": ("agrees", "Quelque 300 magasins sont concernés."),
    }),
    # a word that opens a time from the day on, and only forward, makes it the coming one:
    # "ab Montag gilt", "à partir de lundi", "a partir de segunda-feira", a deadline "by
    # Friday" (but "By Friday, 300 people had died")
    "de-from": ("de", SEPTEMBER, """BERLIN (dpa) - Ab Montag gilt in Berlin eine neue Parkgebührenordnung. Der Senat hatte die Regelung am Dienstag beschlossen, die Gebühren steigen auf 4 Euro pro Stunde.
""", date_rule("start-date", "2023-09-18", "Parkgebührenordnung")
        + date_rule("decision-date", "2023-09-12", "beschlossen")
        + number_rule("fee", "4", "Gebühren", unit="euros"), {
        "start-date": ("agrees", "Ab Montag gilt in Berlin eine neue Parkgebührenordnung."),
        "decision-date": ("agrees", ("Der Senat hatte die Regelung am Dienstag beschlossen, die Gebühren steigen auf 4 "
                                     "Euro pro Stunde.")),
        "fee": ("agrees", ("Der Senat hatte die Regelung am Dienstag beschlossen, die Gebühren steigen auf 4 Euro pro "
                           "Stunde.")),
    }),
    "fr-from": ("fr", SEPTEMBER, """PARIS (AFP) - À partir de lundi, le prix du ticket de métro passe à 2,15 euros. La mesure a été votée mardi par Île-de-France Mobilités.
""", date_rule("start-date", "2023-09-18", "ticket")
        + date_rule("vote-date", "2023-09-12", "votée"), {
        "start-date": ("agrees", "À partir de lundi, le prix du ticket de métro passe à 2,15 euros."),
        "vote-date": ("agrees", "La mesure a été votée mardi par Île-de-France Mobilités."),
    }),
    "pt-from": ("pt", SEPTEMBER, """SÃO PAULO — A partir de segunda-feira, o metrô passa a funcionar 24 horas nos fins de semana. A medida foi anunciada na terça-feira pelo governador Tarcísio de Freitas.
""", date_rule("start-date", "2023-09-18", "metrô")
        + date_rule("announce-date", "2023-09-12", "anunciada"), {
        "start-date": ("agrees", ("A partir de segunda-feira, o metrô passa a funcionar 24 horas nos fins "
                                  "de semana.")),
        "announce-date": ("agrees", "A medida foi anunciada na terça-feira pelo governador Tarcísio de Freitas."),
    }),
    "en-by": ("en", SEPTEMBER, """WASHINGTON (AP) - Congress must pass a spending bill by Friday to avert a government shutdown. By Monday, 40 agencies had filed contingency plans.
""", date_rule("deadline", "2023-09-15", "spending")
        + date_rule("plans-date", "2023-09-11", "agencies"), {
        "deadline": ("agrees", ("Congress must pass a spending bill by Friday to avert a government "
                                "shutdown.")),
        "plans-date": ("agrees", "By Monday, 40 agencies had filed contingency plans."),
    }),
    # a duty still to meet, "muss", "должно", "doit", is what is to come: its day the coming
    # one, and no deed done
    "de-must": ("de", SEPTEMBER, """BERLIN (Reuters) - Die Bundesregierung muss den Nachtragshaushalt bis Freitag vorlegen. Der Bundestag muss den Haushalt dann noch beschließen. Das Bundesverfassungsgericht hatte am Dienstag 60 Milliarden Euro an Krediten gestoppt.
""", date_rule("deadline", "2023-09-15", "Nachtragshaushalt")
        + date_rule("ruling-date", "2023-09-12", "Bundesverfassungsgericht")
        + phrase_rule("budget-passed", "Der Bundestag beschloss den Haushalt"), {
        "deadline": ("agrees", "Die Bundesregierung muss den Nachtragshaushalt bis Freitag vorlegen."),
        "ruling-date": ("agrees", ("Das Bundesverfassungsgericht hatte am Dienstag 60 Milliarden Euro an Krediten "
                                   "gestoppt.")),
        "budget-passed": ("silent", None),
    }),
    "ru-must": ("ru", SEPTEMBER, """МОСКВА, 14 сентября. /ТАСС/. Правительство должно представить план до пятницы, заявил вице-премьер Александр Новак. Во вторник цены на бензин выросли на 2%.
""", date_rule("deadline", "2023-09-15", "план")
        + date_rule("prices-date", "2023-09-12", "цены"), {
        "deadline": ("agrees", "Правительство должно представить план до пятницы, заявил вице-премьер Александр Новак."),
        "prices-date": ("agrees", "Во вторник цены на бензин выросли на 2%."),
    }),
    # the day a date is moved to is a coming one, the verb past or not
    "en-moved": ("en", SEPTEMBER, """WASHINGTON (AP) - The Senate vote on the stopgap bill was moved to Monday, the majority leader said. Senators left Washington on Wednesday.
""", date_rule("vote-date", "2023-09-18", "vote")
        + date_rule("left-date", "2023-09-13", "left"), {
        "vote-date": ("agrees", ("The Senate vote on the stopgap bill was moved to Monday, the "
                                 "majority leader said.")),
        "left-date": ("agrees", "Senators left Washington on Wednesday."),
    }),
    "es-moved": ("es", SEPTEMBER, """MADRID (EFE) - La votación de la ley de amnistía se aplazó al lunes por falta de acuerdo. El PSOE registró la proposición el martes.
""", date_rule("vote-date", "2023-09-18", "votación")
        + date_rule("filing-date", "2023-09-12", "registró"), {
        "vote-date": ("agrees", ("La votación de la ley de amnistía se aplazó al lunes por falta de "
                                 "acuerdo.")),
        "filing-date": ("agrees", "El PSOE registró la proposición el martes."),
    }),
    # a Japanese cue written in letters that fold to others ("見通し", is expected to) is
    # read as the text's words are, and states no deed
    "ja-expected": ("ja", SEPTEMBER, """参院は来週、補正予算案を可決する見通しだ。衆院は12日、同予算案を可決した。
""", phrase_rule("upper-passed", "参院は補正予算案を可決した")
        + phrase_rule("lower-passed", "衆院は予算案を可決した")
        + date_rule("lower-date", "2023-09-12", "衆院"), {
        "upper-passed": ("silent", None),
        "lower-passed": ("agrees", "衆院は12日、同予算案を可決した。"),
        "lower-date": ("agrees", "衆院は12日、同予算案を可決した。"),
    }),
    # a Japanese or Korean non-past that ends the sentence speaks of what is to come: no
    # deed a past phrasing tells
    "ko-non-past": ("ko", SEPTEMBER, """국회는 다음 주 본회의에서 추경 예산안을 처리한다. 정부는 12일 국무회의에서 예산안을 의결했다.
""", phrase_rule("budget-passed", "국회는 추경 예산안을 처리했다")
        + phrase_rule("cabinet-passed", "정부는 예산안을 의결했다")
        + date_rule("cabinet-date", "2023-09-12", "국무회의에서"), {
        "budget-passed": ("silent", None),
        "cabinet-passed": ("agrees", "정부는 12일 국무회의에서 예산안을 의결했다."),
        "cabinet-date": ("agrees", "정부는 12일 국무회의에서 예산안을 의결했다."),
    }),
    "ja-non-past": ("ja", SEPTEMBER, """政府は来週の臨時閣議で経済対策を決定する。日銀は13日、金融緩和の維持を決めた。
""", phrase_rule("package-decided", "政府は経済対策を決定した")
        + phrase_rule("boj-decided", "日銀は金融緩和の維持を決めた"), {
        "package-decided": ("silent", None),
        "boj-decided": ("agrees", "日銀は13日、金融緩和の維持を決めた。"),
    }),
    # the Persian present of doing, "بررسی می‌کند", schedules as that of being held does
    "fa-present": ("fa", SEPTEMBER, """تهران (ایرنا) - مجلس شورای اسلامی روز یکشنبه لایحه بودجه را بررسی می‌کند. دولت لایحه را روز سه‌شنبه به مجلس تقدیم کرد.
""", date_rule("review-date", "2023-09-17", "بررسی")
        + date_rule("filing-date", "2023-09-12", "تقدیم"), {
        "review-date": ("agrees", "مجلس شورای اسلامی روز یکشنبه لایحه بودجه را بررسی می\u200cکند."),
        "filing-date": ("agrees", "دولت لایحه را روز سه\u200cشنبه به مجلس تقدیم کرد."),
    }),
    # a day set between commas is its own clause's, not the next one's; the presents of
    # opening and heading to the polls schedule
    "en-between": ("en", SEPTEMBER, """GAZA (Reuters) - The ceasefire, agreed on Tuesday, is due to take effect next week. Voters head to the polls on Sunday in Slovakia, where 4.4 million people can vote.
""", date_rule("deal-date", "2023-09-12", "ceasefire")
        + date_rule("vote-date", "2023-09-17", "polls")
        + number_rule("voters", "4400000", "people"), {
        "deal-date": ("agrees", "The ceasefire, agreed on Tuesday, is due to take effect next week."),
        "vote-date": ("agrees", "Voters head to the polls on Sunday in Slovakia, where 4.4 million people can vote."),
        "voters": ("agrees", "Voters head to the polls on Sunday in Slovakia, where 4.4 million people can vote."),
    }),
    "es-opening": ("es", SEPTEMBER, """MADRID (EFE) - Los colegios electorales abren el domingo a las 9.00 horas en Galicia. La campaña arrancó el viernes pasado con un debate a cinco.
""", date_rule("vote-date", "2023-09-17", "colegios")
        + date_rule("campaign-date", "2023-09-08", "campaña"), {
        "vote-date": ("agrees", "Los colegios electorales abren el domingo a las 9.00 horas en Galicia."),
        "campaign-date": ("agrees", "La campaña arrancó el viernes pasado con un debate a cinco."),
    }),
    # the Slavic "this" before a weekday names this week's, the nearer before or after:
    # "w ten piątek" is tomorrow, "w ten wtorek" two days ago
    "pl-this": ("pl", SEPTEMBER, """WARSZAWA (PAP) - Sejm zagłosuje nad ustawą o podatku od nieruchomości w ten piątek. Rząd przyjął projekt w ten wtorek, a za jego przyjęciem opowiedziało się 19 ministrów.
""", date_rule("vote-date", "2023-09-15", "ustawą")
        + date_rule("cabinet-date", "2023-09-12", "projekt")
        + number_rule("ministers", "19", "ministrów"), {
        "vote-date": ("agrees", ("Sejm zagłosuje nad ustawą o podatku od nieruchomości w ten "
                                 "piątek.")),
        "cabinet-date": ("agrees", ("Rząd przyjął projekt w ten wtorek, a za jego przyjęciem opowiedziało się 19 "
                                    "ministrów.")),
        "ministers": ("agrees", ("Rząd przyjął projekt w ten wtorek, a za jego przyjęciem opowiedziało się 19 "
                                 "ministrów.")),
    }),
    "uk-this": ("uk", SEPTEMBER, """КИЇВ - Верховна Рада розгляне законопроєкт про мобілізацію у цю п'ятницю. Комітет підтримав документ у цей вівторок.
""", date_rule("vote-date", "2023-09-15", "законопроєкт")
        + date_rule("committee-date", "2023-09-12", "Комітет"), {
        "vote-date": ("agrees", "Верховна Рада розгляне законопроєкт про мобілізацію у цю п'ятницю."),
        "committee-date": ("agrees", "Комітет підтримав документ у цей вівторок."),
    }),
    # a present that speaks of what is to come, as the date reader takes it, states no deed:
    # Hungarian "elfogadja" with its prefix, Czech "schválí" (will pass)
    "hu-present": ("hu", SEPTEMBER, """BUDAPEST (MTI) - Az Országgyűlés jövő héten elfogadja a költségvetést. A kormány kedden nyújtotta be a javaslatot, amely 2,5 százalékos hiánnyal számol.
""", phrase_rule("budget-passed", "Az Országgyűlés elfogadta a költségvetést")
        + date_rule("bill-date", "2023-09-12", "javaslatot")
        + number_rule("deficit", "2.5", "hiánnyal", unit="percent"), {
        "budget-passed": ("silent", None),
        "bill-date": ("agrees", ("A kormány kedden nyújtotta be a javaslatot, amely 2,5 százalékos hiánnyal "
                                 "számol.")),
        "deficit": ("agrees", ("A kormány kedden nyújtotta be a javaslatot, amely 2,5 százalékos hiánnyal "
                               "számol.")),
    }),
    "cs-present": ("cs", SEPTEMBER, """PRAHA (ČTK) - Sněmovna schválí státní rozpočet příští týden. Vláda návrh schválila v pondělí, schodek činí 252 miliard korun.
""", phrase_rule("budget-passed", "Sněmovna schválila státní rozpočet")
        + phrase_rule("draft-passed", "Vláda návrh schválila")
        + date_rule("draft-date", "2023-09-11", "Vláda"), {
        "budget-passed": ("silent", None),
        "draft-passed": ("agrees", "Vláda návrh schválila v pondělí, schodek činí 252 miliard korun."),
        "draft-date": ("agrees", "Vláda návrh schválila v pondělí, schodek činí 252 miliard korun."),
    }),
}


@pytest.mark.parametrize("case", list(CASES))
def test_dates_and_tense_of_a_news_article_in_its_own_language(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected
