"""Generate the benchmark corpus: multilingual articles with planted contradictions.

    python bench/make_corpus.py N OUTDIR [--seed S]

writes ``OUTDIR/articles/`` (N ``.txt`` articles, 2–6 KB each, and their ``corpus.yaml``
manifest with language and published date), ``OUTDIR/rules/`` (50 rules: 16 date, 12
entity, 12 number, 10 phrase) and ``OUTDIR/truth.json`` (for each article, the rule ids
it states and those it contradicts, with the sentence that states each).

The articles sit in their own folder because ``factcheck run --corpus`` reads every file
with a loader under the folder it is given: a ``truth.json`` beside the articles would be
read as a JSON source (and fail as one).

Why it looks the way it does:

* 50 synthetic events, each with a date, a venue (a Russian place name), a figure with a
  unit and a claim ("the government approved the funding for the summit"). Each event is
  named by its own noun in each language (summit, samit, summitul, Gipfel, sommet, cumbre,
  саммит); a rule's ``about`` lists the dictionary forms an editor would write, while the
  articles use inflected ones (``summitului``, ``des Gipfels``, ``саммита``), so anchors
  are only found by a matcher that tolerates inflection.
* Every fact is stated in a sentence of its own that holds that event's noun and nothing
  of another event, so the truth has one reading; unrelated dates and numbers sit in
  filler sentences without any event noun.
* Dates are written with each language's own CLDR patterns (Babel), sometimes with the
  weekday, sometimes as "yesterday" or a weekday alone resolved against the published
  date; figures with the locale's grouping and decimal marks, bound words ("more than",
  "više od", "peste", "über", "plus de", "más de", "более") and "a year and a half".
* Venue names are transliterated from the Cyrillic original by each language's usual
  scheme (Vostochny, Vostočni, Vostocinîi, Wostotschny, Vostotchny, Vostochni, Восточный);
  some articles lose their diacritics, use the old Romanian cedilla letters, or carry typos.
* About 10 % of articles state a wrong date, 5 % a wrong venue (one of the rule's listed
  ``alternatives``), 5 % a wrong figure, and 5 % a denied or contradicted claim.

Everything is derived from ``--seed``: events and rules from the seed alone, article ``i``
from the seed and ``i`` alone, so the first N articles are the same for any larger N.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal, format_percent

LANGUAGES = ("en", "hr", "ro", "de", "fr", "es", "ru")
MIN_BYTES, MAX_BYTES = 2048, 6000
RATES = {"date": 0.10, "entity": 0.05, "number": 0.05, "phrase": 0.05}  # articles with a wrong fact
RULE_COUNTS = {"date": 16, "entity": 12, "number": 12, "phrase": 10}
NO_EXPECT = {"date": 4, "number": 2}  # rules where sources must agree with each other instead
FIRST_DAY, LAST_DAY = dt.date(2023, 1, 1), dt.date(2024, 12, 31)

# --- events: the noun naming each, per language --------------------------------------
# en: the noun; hr, ru: nominative | genitive | gender (m, f, n);
# ro, de, fr, es: dictionary form | subject form | genitive form (with their articles).
# The unit kind says which figure the event has: P people, K km, M months, % percent,
# E million euros.
CONCEPTS: dict[str, tuple[str, dict[str, str]]] = {
    "summit": ("P", {"en": "summit", "hr": "samit|samita|m", "ro": "summit|summitul|summitului",
                     "de": "Gipfel|der Gipfel|des Gipfels", "fr": "sommet|le sommet|du sommet",
                     "es": "cumbre|la cumbre|de la cumbre", "ru": "саммит|саммита|m"}),
    "conference": ("P", {"en": "conference", "hr": "konferencija|konferencije|f",
                         "ro": "conferință|conferința|conferinței", "de": "Konferenz|die Konferenz|der Konferenz",
                         "fr": "conférence|la conférence|de la conférence",
                         "es": "conferencia|la conferencia|de la conferencia", "ru": "конференция|конференции|f"}),
    "festival": ("P", {"en": "festival", "hr": "festival|festivala|m", "ro": "festival|festivalul|festivalului",
                       "de": "Festival|das Festival|des Festivals", "fr": "festival|le festival|du festival",
                       "es": "festival|el festival|del festival", "ru": "фестиваль|фестиваля|m"}),
    "protest": ("P", {"en": "protest", "hr": "prosvjed|prosvjeda|m", "ro": "protest|protestul|protestului",
                      "de": "Kundgebung|die Kundgebung|der Kundgebung",
                      "fr": "manifestation|la manifestation|de la manifestation",
                      "es": "protesta|la protesta|de la protesta", "ru": "протест|протеста|m"}),
    "tournament": ("P", {"en": "tournament", "hr": "turnir|turnira|m", "ro": "turneu|turneul|turneului",
                         "de": "Turnier|das Turnier|des Turniers", "fr": "tournoi|le tournoi|du tournoi",
                         "es": "torneo|el torneo|del torneo", "ru": "турнир|турнира|m"}),
    "concert": ("P", {"en": "concert", "hr": "koncert|koncerta|m", "ro": "concert|concertul|concertului",
                      "de": "Konzert|das Konzert|des Konzerts", "fr": "concert|le concert|du concert",
                      "es": "concierto|el concierto|del concierto", "ru": "концерт|концерта|m"}),
    "congress": ("P", {"en": "congress", "hr": "kongres|kongresa|m", "ro": "congres|congresul|congresului",
                       "de": "Kongress|der Kongress|des Kongresses", "fr": "congrès|le congrès|du congrès",
                       "es": "congreso|el congreso|del congreso", "ru": "конгресс|конгресса|m"}),
    "forum": ("P", {"en": "forum", "hr": "forum|foruma|m", "ro": "forum|forumul|forumului",
                    "de": "Forum|das Forum|des Forums", "fr": "forum|le forum|du forum",
                    "es": "foro|el foro|del foro", "ru": "форум|форума|m"}),
    "ceremony": ("P", {"en": "ceremony", "hr": "svečanost|svečanosti|f", "ro": "ceremonie|ceremonia|ceremoniei",
                       "de": "Zeremonie|die Zeremonie|der Zeremonie",
                       "fr": "cérémonie|la cérémonie|de la cérémonie",
                       "es": "ceremonia|la ceremonia|de la ceremonia", "ru": "церемония|церемонии|f"}),
    "trade-fair": ("P", {"en": "trade fair", "hr": "sajam|sajma|m", "ro": "târg|târgul|târgului",
                         "de": "Handelsmesse|die Handelsmesse|der Handelsmesse", "fr": "salon|le salon|du salon",
                         "es": "feria|la feria|de la feria", "ru": "ярмарка|ярмарки|f"}),
    "inauguration": ("P", {"en": "inauguration", "hr": "otvorenje|otvorenja|n",
                           "ro": "inaugurare|inaugurarea|inaugurării", "de": "Eröffnung|die Eröffnung|der Eröffnung",
                           "fr": "inauguration|l'inauguration|de l'inauguration",
                           "es": "inauguración|la inauguración|de la inauguración", "ru": "открытие|открытия|n"}),
    "derby": ("P", {"en": "derby", "hr": "derbi|derbija|m", "ro": "derby|derby-ul|derby-ului",
                    "de": "Derby|das Derby|des Derbys", "fr": "derby|le derby|du derby",
                    "es": "derbi|el derbi|del derbi", "ru": "дерби|дерби|n"}),
    "synod": ("P", {"en": "synod", "hr": "sinoda|sinode|f", "ro": "sinod|sinodul|sinodului",
                    "de": "Synode|die Synode|der Synode", "fr": "synode|le synode|du synode",
                    "es": "sínodo|el sínodo|del sínodo", "ru": "синод|синода|m"}),
    "carnival": ("P", {"en": "carnival", "hr": "karneval|karnevala|m", "ro": "carnaval|carnavalul|carnavalului",
                       "de": "Karneval|der Karneval|des Karnevals", "fr": "carnaval|le carnaval|du carnaval",
                       "es": "carnaval|el carnaval|del carnaval", "ru": "карнавал|карнавала|m"}),
    "symposium": ("P", {"en": "symposium", "hr": "simpozij|simpozija|m", "ro": "simpozion|simpozionul|simpozionului",
                        "de": "Symposium|das Symposium|des Symposiums", "fr": "colloque|le colloque|du colloque",
                        "es": "simposio|el simposio|del simposio", "ru": "симпозиум|симпозиума|m"}),
    "olympiad": ("P", {"en": "olympiad", "hr": "olimpijada|olimpijade|f", "ro": "olimpiadă|olimpiada|olimpiadei",
                       "de": "Olympiade|die Olympiade|der Olympiade",
                       "fr": "olympiade|l'olympiade|de l'olympiade",
                       "es": "olimpiada|la olimpiada|de la olimpiada", "ru": "олимпиада|олимпиады|f"}),
    "marathon": ("K", {"en": "marathon", "hr": "maraton|maratona|m", "ro": "maraton|maratonul|maratonului",
                       "de": "Marathon|der Marathon|des Marathons", "fr": "marathon|le marathon|du marathon",
                       "es": "maratón|el maratón|del maratón", "ru": "марафон|марафона|m"}),
    "regatta": ("K", {"en": "regatta", "hr": "regata|regate|f", "ro": "regată|regata|regatei",
                      "de": "Regatta|die Regatta|der Regatta", "fr": "régate|la régate|de la régate",
                      "es": "regata|la regata|de la regata", "ru": "регата|регаты|f"}),
    "parade": ("K", {"en": "parade", "hr": "parada|parade|f", "ro": "paradă|parada|paradei",
                     "de": "Parade|die Parade|der Parade", "fr": "défilé|le défilé|du défilé",
                     "es": "desfile|el desfile|del desfile", "ru": "парад|парада|m"}),
    "convoy": ("K", {"en": "convoy", "hr": "konvoj|konvoja|m", "ro": "convoi|convoiul|convoiului",
                     "de": "Konvoi|der Konvoi|des Konvois", "fr": "convoi|le convoi|du convoi",
                     "es": "convoy|el convoy|del convoy", "ru": "конвой|конвоя|m"}),
    "pilgrimage": ("K", {"en": "pilgrimage", "hr": "hodočašće|hodočašća|n",
                         "ro": "pelerinaj|pelerinajul|pelerinajului", "de": "Wallfahrt|die Wallfahrt|der Wallfahrt",
                         "fr": "pèlerinage|le pèlerinage|du pèlerinage",
                         "es": "peregrinación|la peregrinación|de la peregrinación",
                         "ru": "паломничество|паломничества|n"}),
    "relay": ("K", {"en": "relay race", "hr": "štafeta|štafete|f", "ro": "ștafetă|ștafeta|ștafetei",
                    "de": "Staffellauf|der Staffellauf|des Staffellaufs", "fr": "relais|le relais|du relais",
                    "es": "relevo|el relevo|del relevo", "ru": "эстафета|эстафеты|f"}),
    "rally": ("K", {"en": "rally", "hr": "reli|relija|m", "ro": "raliu|raliul|raliului",
                    "de": "Rallye|die Rallye|der Rallye", "fr": "rallye|le rallye|du rallye",
                    "es": "rally|el rally|del rally", "ru": "ралли|ралли|n"}),
    "triathlon": ("K", {"en": "triathlon", "hr": "triatlon|triatlona|m", "ro": "triatlon|triatlonul|triatlonului",
                        "de": "Triathlon|der Triathlon|des Triathlons", "fr": "triathlon|le triathlon|du triathlon",
                        "es": "triatlón|el triatlón|del triatlón", "ru": "триатлон|триатлона|m"}),
    "census": ("M", {"en": "census", "hr": "popis stanovništva|popisa stanovništva|m",
                     "ro": "recensământ|recensământul|recensământului",
                     "de": "Volkszählung|die Volkszählung|der Volkszählung",
                     "fr": "recensement|le recensement|du recensement", "es": "censo|el censo|del censo",
                     "ru": "перепись|переписи|f"}),
    "strike": ("M", {"en": "strike", "hr": "štrajk|štrajka|m", "ro": "grevă|greva|grevei",
                     "de": "Streik|der Streik|des Streiks", "fr": "grève|la grève|de la grève",
                     "es": "huelga|la huelga|de la huelga", "ru": "забастовка|забастовки|f"}),
    "trial": ("M", {"en": "trial", "hr": "suđenje|suđenja|n", "ro": "proces|procesul|procesului",
                    "de": "Prozess|der Prozess|des Prozesses", "fr": "procès|le procès|du procès",
                    "es": "juicio|el juicio|del juicio", "ru": "процесс|процесса|m"}),
    "ceasefire": ("M", {"en": "ceasefire", "hr": "primirje|primirja|n", "ro": "armistițiu|armistițiul|armistițiului",
                        "de": "Waffenruhe|die Waffenruhe|der Waffenruhe",
                        "fr": "cessez-le-feu|le cessez-le-feu|du cessez-le-feu",
                        "es": "alto el fuego|el alto el fuego|del alto el fuego", "ru": "перемирие|перемирия|n"}),
    "audit": ("M", {"en": "audit", "hr": "revizija|revizije|f", "ro": "audit|auditul|auditului",
                    "de": "Buchprüfung|die Buchprüfung|der Buchprüfung", "fr": "audit|l'audit|de l'audit",
                    "es": "auditoría|la auditoría|de la auditoría", "ru": "аудит|аудита|m"}),
    "investigation": ("M", {"en": "investigation", "hr": "istraga|istrage|f", "ro": "anchetă|ancheta|anchetei",
                            "de": "Untersuchung|die Untersuchung|der Untersuchung",
                            "fr": "enquête|l'enquête|de l'enquête",
                            "es": "investigación|la investigación|de la investigación",
                            "ru": "расследование|расследования|n"}),
    "blockade": ("M", {"en": "blockade", "hr": "blokada|blokade|f", "ro": "blocadă|blocada|blocadei",
                       "de": "Blockade|die Blockade|der Blockade", "fr": "blocus|le blocus|du blocus",
                       "es": "bloqueo|el bloqueo|del bloqueo", "ru": "блокада|блокады|f"}),
    "boycott": ("M", {"en": "boycott", "hr": "bojkot|bojkota|m", "ro": "boicot|boicotul|boicotului",
                      "de": "Boykott|der Boykott|des Boykotts", "fr": "boycott|le boycott|du boycott",
                      "es": "boicot|el boicot|del boicot", "ru": "бойкот|бойкота|m"}),
    "quarantine": ("M", {"en": "quarantine", "hr": "karantena|karantene|f", "ro": "carantină|carantina|carantinei",
                         "de": "Quarantäne|die Quarantäne|der Quarantäne",
                         "fr": "quarantaine|la quarantaine|de la quarantaine",
                         "es": "cuarentena|la cuarentena|de la cuarentena", "ru": "карантин|карантина|m"}),
    "moratorium": ("M", {"en": "moratorium", "hr": "moratorij|moratorija|m",
                         "ro": "moratoriu|moratoriul|moratoriului",
                         "de": "Moratorium|das Moratorium|des Moratoriums",
                         "fr": "moratoire|le moratoire|du moratoire",
                         "es": "moratoria|la moratoria|de la moratoria", "ru": "мораторий|моратория|m"}),
    "embargo": ("M", {"en": "embargo", "hr": "embargo|embarga|m", "ro": "embargo|embargoul|embargoului",
                      "de": "Embargo|das Embargo|des Embargos", "fr": "embargo|l'embargo|de l'embargo",
                      "es": "embargo|el embargo|del embargo", "ru": "эмбарго|эмбарго|n"}),
    "mission": ("M", {"en": "mission", "hr": "misija|misije|f", "ro": "misiune|misiunea|misiunii",
                      "de": "Mission|die Mission|der Mission", "fr": "mission|la mission|de la mission",
                      "es": "misión|la misión|de la misión", "ru": "миссия|миссии|f"}),
    "election": ("%", {"en": "election", "hr": "glasovanje|glasovanja|n", "ro": "scrutin|scrutinul|scrutinului",
                       "de": "Wahl|die Wahl|der Wahl", "fr": "scrutin|le scrutin|du scrutin",
                       "es": "votación|la votación|de la votación", "ru": "голосование|голосования|n"}),
    "referendum": ("%", {"en": "referendum", "hr": "referendum|referenduma|m",
                         "ro": "referendum|referendumul|referendumului",
                         "de": "Volksabstimmung|die Volksabstimmung|der Volksabstimmung",
                         "fr": "référendum|le référendum|du référendum",
                         "es": "referéndum|el referéndum|del referéndum", "ru": "референдум|референдума|m"}),
    "consultation": ("%", {"en": "consultation", "hr": "savjetovanje|savjetovanja|n",
                           "ro": "consultare|consultarea|consultării",
                           "de": "Bürgerbefragung|die Bürgerbefragung|der Bürgerbefragung",
                           "fr": "consultation|la consultation|de la consultation",
                           "es": "consulta|la consulta|de la consulta", "ru": "консультация|консультации|f"}),
    "vaccination": ("%", {"en": "vaccination", "hr": "cijepljenje|cijepljenja|n",
                          "ro": "vaccinare|vaccinarea|vaccinării",
                          "de": "Impfkampagne|die Impfkampagne|der Impfkampagne",
                          "fr": "vaccination|la vaccination|de la vaccination",
                          "es": "vacunación|la vacunación|de la vacunación", "ru": "вакцинация|вакцинации|f"}),
    "plebiscite": ("%", {"en": "plebiscite",
                         "hr": "plebiscit|plebiscita|m", "ro": "plebiscit|plebiscitul|plebiscitului",
                         "de": "Plebiszit|das Plebiszit|des Plebiszits",
                         "fr": "plébiscite|le plébiscite|du plébiscite",
                         "es": "plebiscito|el plebiscito|del plebiscito", "ru": "плебисцит|плебисцита|m"}),
    "auction": ("E", {"en": "auction", "hr": "dražba|dražbe|f", "ro": "licitație|licitația|licitației",
                      "de": "Auktion|die Auktion|der Auktion",
                      "fr": "vente aux enchères|la vente aux enchères|de la vente aux enchères",
                      "es": "subasta|la subasta|de la subasta", "ru": "аукцион|аукциона|m"}),
    "exhibition": ("E", {"en": "exhibition", "hr": "izložba|izložbe|f", "ro": "expoziție|expoziția|expoziției",
                         "de": "Ausstellung|die Ausstellung|der Ausstellung",
                         "fr": "exposition|l'exposition|de l'exposition",
                         "es": "exposición|la exposición|de la exposición", "ru": "выставка|выставки|f"}),
    "launch": ("E", {"en": "launch", "hr": "lansiranje|lansiranja|n", "ro": "lansare|lansarea|lansării",
                     "de": "Raketenstart|der Raketenstart|des Raketenstarts",
                     "fr": "lancement|le lancement|du lancement",
                     "es": "lanzamiento|el lanzamiento|del lanzamiento", "ru": "запуск|запуска|m"}),
    "renovation": ("E", {"en": "renovation", "hr": "obnova|obnove|f", "ro": "renovare|renovarea|renovării",
                         "de": "Sanierung|die Sanierung|der Sanierung",
                         "fr": "rénovation|la rénovation|de la rénovation",
                         "es": "renovación|la renovación|de la renovación",
                         "ru": "реконструкция|реконструкции|f"}),
    "merger": ("E", {"en": "merger", "hr": "spajanje|spajanja|n", "ro": "fuziune|fuziunea|fuziunii",
                     "de": "Fusion|die Fusion|der Fusion", "fr": "fusion|la fusion|de la fusion",
                     "es": "fusión|la fusión|de la fusión", "ru": "слияние|слияния|n"}),
    "privatisation": ("E", {"en": "privatisation", "hr": "privatizacija|privatizacije|f",
                            "ro": "privatizare|privatizarea|privatizării",
                            "de": "Privatisierung|die Privatisierung|der Privatisierung",
                            "fr": "privatisation|la privatisation|de la privatisation",
                            "es": "privatización|la privatización|de la privatización",
                            "ru": "приватизация|приватизации|f"}),
    "premiere": ("E", {"en": "premiere", "hr": "premijera|premijere|f", "ro": "premieră|premiera|premierei",
                       "de": "Premiere|die Premiere|der Premiere", "fr": "première|la première|de la première",
                       "es": "estreno|el estreno|del estreno", "ru": "премьера|премьеры|f"}),
    "biennale": ("E", {"en": "biennale", "hr": "bijenale|bijenala|m", "ro": "bienală|bienala|bienalei",
                       "de": "Biennale|die Biennale|der Biennale", "fr": "biennale|la biennale|de la biennale",
                       "es": "bienal|la bienal|de la bienal", "ru": "биеннале|биеннале|n"}),
    "championship": ("E", {"en": "championship", "hr": "prvenstvo|prvenstva|n",
                           "ro": "campionat|campionatul|campionatului",
                           "de": "Meisterschaft|die Meisterschaft|der Meisterschaft",
                           "fr": "championnat|le championnat|du championnat",
                           "es": "campeonato|el campeonato|del campeonato", "ru": "чемпионат|чемпионата|m"}),
}

# --- venues: Cyrillic originals, transliterated per language ---------------------------
PLACES = (
    "Восточный", "Плесецк", "Зеленоград", "Черноголовка", "Жуковский", "Щёлково", "Хабаровск", "Ярославль",
    "Чайковский", "Железногорск", "Юрьевец", "Шушенское", "Дубна", "Обнинск", "Курчатов", "Ижевск",
    "Чебоксары", "Выборг", "Яхрома", "Зарайск", "Жигулёвск", "Воркута", "Анадырь", "Певек", "Магадан",
    "Норильск", "Сургут", "Салехард", "Кызыл", "Абакан", "Бийск", "Рубцовск", "Белокуриха", "Тайшет",
    "Бодайбо", "Нерюнгри", "Олёкминск", "Вилюйск", "Жиганск", "Черемхово", "Шелехов", "Нерчинск", "Могоча",
    "Сковородино", "Тында", "Белогорск", "Биробиджан", "Облучье", "Бикин", "Лесозаводск", "Дальнереченск",
    "Арсеньев", "Партизанск", "Уссурийск", "Холмск", "Корсаков", "Углегорск", "Поронайск", "Елизово",
    "Палана", "Ухта", "Сыктывкар", "Печора", "Инта", "Усинск", "Котлас", "Вельск", "Онега", "Кемь",
    "Сегежа", "Кондопога", "Медвежьегорск", "Пудож", "Олонец", "Лахденпохья", "Сортавала",
    "Приозерск",
)

_IOTATED = {"en": ("ye", "yo", "yu", "ya"), "hr": ("je", "jo", "ju", "ja"), "ro": ("ie", "io", "iu", "ia"),
            "de": ("je", "jo", "ju", "ja"), "fr": ("ie", "io", "iou", "ia"), "es": ("ie", "io", "iu", "ia")}
_LETTERS = {
    "en": {"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "й": "y", "у": "u"},
    "hr": {"ж": "ž", "х": "h", "ц": "c", "ч": "č", "ш": "š", "щ": "šč", "ы": "i", "й": "j", "у": "u"},
    "ro": {"ж": "j", "х": "h", "ц": "ț", "ч": "ci", "ш": "ș", "щ": "șci", "ы": "î", "й": "i", "у": "u"},
    "de": {"в": "w", "ж": "sch", "з": "s", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch",
           "ы": "y", "й": "i", "у": "u"},
    "fr": {"ж": "j", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch", "щ": "chtch", "ы": "y", "й": "i", "у": "ou"},
    "es": {"ж": "zh", "х": "j", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ы": "y", "й": "i", "у": "u"},
}
_ENDINGS = {"en": {"ый": "y", "ий": "iy", "ой": "oy"}, "hr": {"ый": "i", "ий": "ij", "ой": "oj"},
            "ro": {"ый": "îi", "ий": "ii", "ой": "oi"}, "de": {"ый": "y", "ий": "i", "ой": "oi"},
            "fr": {"ый": "y", "ий": "i", "ой": "oï"}, "es": {"ый": "i", "ий": "i", "ой": "oi"}}
_PLAIN = dict(zip("абвгдезиклмнопрстуфэ", "abvgdeziklmnoprstufe")) | {"ъ": "", "ь": ""}
_CYR_VOWELS = set("аеёиоуыэюяъь")
_HUSHING = set("жчшщ")


def transliterate(name: str, language: str) -> str:
    """``name`` (Cyrillic) as ``language``'s press spells it; Russian keeps the original.

    Why by rule: a newsroom's spelling of a Russian name follows its language's
    transcription habit (Croatian č, Romanian ci/î, German tsch/w, French ou/tch), which
    is what a matcher across scripts has to bridge.
    """
    if language == "ru":
        return name
    return "-".join(_word(part, language) for part in name.split("-"))


def _word(word: str, language: str) -> str:
    lower = word.lower()
    ending = ""
    for cyrillic, latin in _ENDINGS[language].items():
        if lower.endswith(cyrillic):
            lower, ending = lower[: -len(cyrillic)], latin
            break
    out = []
    for i, ch in enumerate(lower):
        before = lower[i - 1] if i else ""
        after = lower[i + 1] if i + 1 < len(lower) else (ending[:1] if ending else "")
        out.append(_letter(ch, before, after, language))
    return ("".join(out) + ending).capitalize()


def _letter(ch: str, before: str, after: str, language: str) -> str:
    """One Cyrillic letter in context (start of word, after a vowel, before e/i)."""
    iotated = _IOTATED[language]
    if ch in "еёюя":
        initial = not before or before in _CYR_VOWELS
        if ch == "е":
            return iotated[0] if initial else "e"
        if ch == "ё" and before in _HUSHING:
            return "o"
        return iotated["еёюя".index(ch)]
    soft = after in ("е", "и", "ё", "ю", "я", "e", "i")
    if language == "ro":
        if ch == "ч":
            return "c" if soft else "ci"
        if ch == "щ":
            return "șc" if soft else "șci"
        if ch in "гк" and soft:
            return {"г": "gh", "к": "ch"}[ch]
    if language == "fr" and ch == "г" and soft:
        return "gu"
    if language in ("de", "fr") and ch == "с" and before in _CYR_VOWELS and after in _CYR_VOWELS | {""}:
        return "ss" if after else "s"
    return _LETTERS[language].get(ch) or _PLAIN.get(ch, ch)


# --- claims: subject, verb, object; hr subjects are feminine, ru subjects masculine ----
SUBJECTS: dict[str, tuple[str, ...]] = {
    "en": ("the government", "the inspectorate", "the city council", "the agency", "the police",
           "the company", "the union", "the administration", "the party", "the bank"),
    "hr": ("Vlada", "Inspekcija", "Gradska uprava", "Agencija", "Policija", "Tvrtka", "Udruga",
           "Uprava", "Stranka", "Banka"),
    "ro": ("Guvernul", "Inspectoratul", "Consiliul local", "Agenția", "Poliția", "Compania", "Sindicatul",
           "Administrația", "Partidul", "Banca"),
    "de": ("die Regierung", "die Aufsicht", "der Stadtrat", "die Behörde", "die Polizei", "das Unternehmen",
           "die Gewerkschaft", "die Verwaltung", "die Partei", "die Bank"),
    "fr": ("le gouvernement", "l'inspection", "le conseil municipal", "l'agence", "la police", "l'entreprise",
           "le syndicat", "l'administration", "le parti", "la banque"),
    "es": ("el Gobierno", "la inspección", "el ayuntamiento", "la agencia", "la policía", "la empresa",
           "el sindicato", "la administración", "el partido", "el banco"),
    "ru": ("кабмин", "надзор", "горсовет", "регулятор", "департамент", "холдинг", "профсоюз", "суд",
           "президиум", "банк"),
}
OBJECTS: dict[str, tuple[str, ...]] = {
    "en": ("the funding", "the plan", "the schedule", "the contract", "the report", "the proposal",
           "the programme", "the budget", "the insurance", "the fee"),
    "hr": ("financiranje", "plan", "raspored", "ugovor", "izvješće", "prijedlog", "program", "proračun",
           "osiguranje", "naknadu"),
    "ro": ("finanțarea", "planul", "calendarul", "contractul", "raportul", "propunerea", "programul",
           "bugetul", "asigurarea", "taxa"),
    "de": ("die Finanzierung", "den Plan", "den Zeitplan", "den Vertrag", "den Bericht", "den Vorschlag",
           "das Programm", "den Haushalt", "die Versicherung", "die Gebühr"),
    "fr": ("le financement", "le plan", "le calendrier", "le contrat", "le rapport", "la proposition",
           "le programme", "le budget", "l'assurance", "la redevance"),
    "es": ("la financiación", "el plan", "el calendario", "el contrato", "el informe", "la propuesta",
           "el programa", "el presupuesto", "el seguro", "la tarifa"),
    "ru": ("финансирование", "план", "график", "контракт", "доклад", "предложение", "программу", "бюджет",
           "страховку", "сбор"),
}
# Each verb: affirmed | denied | contradicted; "{o}" marks where the object goes (else after).
VERBS: dict[str, tuple[str, ...]] = {
    "en": ("approved|did not approve|rejected", "accepted|did not accept|refused",
           "confirmed|did not confirm|denied", "backed|did not back|opposed"),
    "hr": ("je odobrila|nije odobrila|je odbila", "je prihvatila|nije prihvatila|je odbacila",
           "je potvrdila|nije potvrdila|je demantirala", "je podržala|nije podržala|je odbacila"),
    "ro": ("a aprobat|nu a aprobat|a respins", "a acceptat|nu a acceptat|a refuzat",
           "a confirmat|nu a confirmat|a dezmințit", "a susținut|nu a susținut|a respins"),
    "de": ("hat {o} genehmigt|hat {o} nicht genehmigt|hat {o} abgelehnt",
           "hat {o} angenommen|hat {o} nicht angenommen|hat {o} zurückgewiesen",
           "hat {o} bestätigt|hat {o} nicht bestätigt|hat {o} dementiert",
           "hat {o} unterstützt|hat {o} nicht unterstützt|hat {o} abgelehnt"),
    "fr": ("a approuvé|n'a pas approuvé|a rejeté", "a accepté|n'a pas accepté|a refusé",
           "a confirmé|n'a pas confirmé|a démenti", "a soutenu|n'a pas soutenu|a rejeté"),
    "es": ("aprobó|no aprobó|rechazó", "aceptó|no aceptó|rechazó", "confirmó|no confirmó|desmintió",
           "respaldó|no respaldó|rechazó"),
    "ru": ("одобрил|не одобрил|отклонил", "принял|не принял|отверг", "подтвердил|не подтвердил|опроверг",
           "поддержал|не поддержал|отверг"),
}

# --- sentence templates ----------------------------------------------------------------
# {N}/{n}: the event's subject form (capitalised / as is), {gen}: its genitive,
# {acc}: its accusative, {g:m|f|n}: a word agreeing with its gender, {date}, {place},
# {figure}, {tail}: an attribution (", officials said").
DATE_TEMPLATES = {
    "en": ("{N} took place {date}{tail}.", "Officials confirmed that {n} was held {date}."),
    "hr": ("{N} {g:održan|održana|održano} je {date}{tail}.",
           "Kako je potvrđeno, {n} {g:održan|održana|održano} je {date}."),
    "ro": ("{N} a avut loc {date}{tail}.", "Potrivit oficialilor, {n} a avut loc {date}."),
    "de": ("{N} fand {date} statt{tail}.", "Nach Angaben der Behörden fand {n} {date} statt."),
    "fr": ("{N} a eu lieu {date}{tail}.", "Selon les autorités, {n} a eu lieu {date}."),
    "es": ("{N} tuvo lugar {date}{tail}.", "Según las autoridades, {n} se celebró {date}."),
    "ru": ("{N} {g:прошёл|прошла|прошло} {date}{tail}.",
           "По словам официальных лиц, {n} {g:состоялся|состоялась|состоялось} {date}."),
}
PLACE_TEMPLATES = {
    "en": ("{N} was held in {place}{tail}.", "Officials chose {place} as the venue for {n}."),
    "hr": ("Domaćin {gen} bio je grad {place}{tail}.", "{N} {g:održan|održana|održano} je u mjestu {place}."),
    "ro": ("{N} a avut loc la {place}{tail}.", "Gazda {gen} a fost orașul {place}."),
    "de": ("Austragungsort {gen} war {place}{tail}.", "{N} fand in {place} statt."),
    "fr": ("{N} a eu lieu à {place}{tail}.", "La ville de {place} a accueilli {n}."),
    "es": ("{N} se celebró en {place}{tail}.", "La localidad de {place} acogió {n}."),
    "ru": ("{N} {g:прошёл|прошла|прошло} в городе {place}{tail}.", "Местом проведения {gen} стал город {place}."),
}
FIGURE_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "P": {"en": ("During {n}, {figure} took part{tail}.", "Organisers said {figure} attended {n}."),
          "hr": ("Tijekom {gen} sudjelovalo je {figure}{tail}.", "{N} {g:okupio|okupila|okupilo} je {figure}."),
          "ro": ("În timpul {gen} au participat {figure}{tail}.", "{N} a reunit {figure}."),
          "de": ("Während {gen} nahmen {figure} teil{tail}.", "{N} zog {figure} an."),
          "fr": ("Lors {gen}, {figure} ont participé{tail}.", "{N} a rassemblé {figure}."),
          "es": ("Durante {n} participaron {figure}{tail}.", "{N} reunió a {figure}."),
          "ru": ("В ходе {gen} участие приняли {figure}{tail}.", "{N} {g:собрал|собрала|собрало} {figure}.")},
    "K": {"en": ("The route of {n} covers {figure}{tail}.", "{N} covers a distance of {figure}."),
          "hr": ("Trasa {gen} duga je {figure}{tail}.", "Ruta {gen} obuhvaća {figure}."),
          "ro": ("Traseul {gen} are {figure}{tail}.", "Ruta {gen} măsoară {figure}."),
          "de": ("Die Strecke {gen} ist {figure} lang{tail}.", "Die Route {gen} umfasst {figure}."),
          "fr": ("Le parcours {gen} mesure {figure}{tail}.", "Le tracé {gen} s'étend sur {figure}."),
          "es": ("El recorrido {gen} tiene {figure}{tail}.", "La ruta {gen} abarca {figure}."),
          "ru": ("Протяжённость маршрута {gen} составляет {figure}{tail}.", "Маршрут {gen} охватывает {figure}.")},
    "M": {"en": ("{N} lasted {figure}{tail}.", "Officials said {n} had gone on for {figure}."),
          "hr": ("{N} {g:trajao|trajala|trajalo} je {figure}{tail}.",
                 "Prema dužnosnicima, {n} {g:trajao|trajala|trajalo} je {figure}."),
          "ro": ("{N} a durat {figure}{tail}.", "Potrivit oficialilor, {n} a durat {figure}."),
          "de": ("{N} dauerte {figure}{tail}.", "Nach Angaben von Beamten dauerte {n} {figure}."),
          "fr": ("{N} a duré {figure}{tail}.", "Selon des responsables, {n} a duré {figure}."),
          "es": ("{N} duró {figure}{tail}.", "Según funcionarios, {n} duró {figure}."),
          "ru": ("{N} {g:продолжался|продолжалась|продолжалось} {figure}{tail}.",
                 "По словам чиновников, {n} {g:длился|длилась|длилось} {figure}.")},
    "%": {"en": ("Support for {n} reached {figure}, a poll showed.", "A poll put backing for {n} at {figure}."),
          "hr": ("Prema anketi, održavanje {gen} podržava {figure} građana.",
                 "Anketa pokazuje da {acc} podržava {figure} birača."),
          "ro": ("Potrivit unui sondaj, {figure} dintre cetățeni susțin {n}.",
                 "Un sondaj arată că {figure} dintre alegători susțin {n}."),
          "de": ("Laut einer Umfrage unterstützen {figure} der Bürger {acc}.",
                 "Einer Umfrage zufolge befürworten {figure} der Befragten {acc}."),
          "fr": ("Selon un sondage, {figure} des citoyens soutiennent {n}.",
                 "Un sondage crédite {n} de {figure} d'opinions favorables."),
          "es": ("Según una encuesta, {figure} de los ciudadanos apoya {n}.",
                 "Un sondeo sitúa el apoyo a {n} en {figure}."),
          "ru": ("По данным опроса, {acc} поддерживают {figure} граждан.",
                 "Согласно опросу, {acc} одобряют {figure} избирателей.")},
    "E": {"en": ("{N} cost {figure}, according to the ministry.", "The ministry said {n} had cost {figure}."),
          "hr": ("{N} {g:stajao|stajala|stajalo} je {figure}{tail}.",
                 "Prema ministarstvu, {n} {g:stajao|stajala|stajalo} je {figure}."),
          "ro": ("{N} a costat {figure}{tail}.", "Potrivit ministerului, {n} a costat {figure}."),
          "de": ("{N} kostete {figure}{tail}.", "Nach Angaben des Ministeriums kostete {n} {figure}."),
          "fr": ("{N} a coûté {figure}{tail}.", "Selon le ministère, {n} a coûté {figure}."),
          "es": ("{N} costó {figure}{tail}.", "Según el ministerio, {n} costó {figure}."),
          "ru": ("Стоимость {gen} составила {figure}{tail}.",
                 "По данным министерства, {n} {g:обошёлся|обошлась|обошлось} в {figure}.")},
}
TAILS = {
    "en": (", officials said", ", local media reported", ", according to the organisers"),
    "hr": (", rekli su dužnosnici", ", izvijestili su lokalni mediji", ", navode organizatori"),
    "ro": (", au declarat oficialii", ", potrivit presei locale", ", au precizat organizatorii"),
    "de": (", sagten Beamte", ", berichteten lokale Medien", ", teilten die Veranstalter mit"),
    "fr": (", selon des responsables", ", a rapporté la presse locale", ", selon les organisateurs"),
    "es": (", según fuentes oficiales", ", informaron medios locales", ", según los organizadores"),
    "ru": (", сообщили официальные лица", ", сообщают местные СМИ", ", уточнили организаторы"),
}
FILLERS = {
    "en": ("Analysts in {city} said the figures for {year} would be revised in the coming weeks.",
           "A spokeswoman, {person}, told reporters that further details would follow.",
           "The regional office in {city} registered {num} new applications {date}.",
           "Weather conditions were described as unusually mild for the season.",
           "Local businesses reported an increase of {pct} compared with {year}.",
           "The next meeting of the working group is planned for {date_bare}.",
           "Residents of {city} were advised to follow official announcements.",
           "{person} declined to comment on the matter.",
           "Traffic around the city centre was heavier than usual {weekday}.",
           "About {num} volunteers helped with the preparations, according to the organisers.",
           "The earlier edition, held in {year}, attracted considerably less attention.",
           "Officials in {city} said the situation remained calm.",
           "Tickets went on sale {date}, and most were sold within hours.",
           "The statement was published on the official website late in the evening."),
    "hr": ("Analitičari u {city_loc} rekli su da će brojke za {year}. godinu biti revidirane.",
           "Glasnogovornica {person} izjavila je da će dodatne informacije uslijediti.",
           "Regionalni ured u {city_loc} zaprimio je {num} novih zahtjeva {date}.",
           "Vremenski uvjeti opisani su kao neuobičajeno blagi za ovo doba godine.",
           "Lokalni poduzetnici izvijestili su o rastu od {pct} u odnosu na {year}. godinu.",
           "Sljedeći sastanak radne skupine planiran je za {date_bare}.",
           "Građani su pozvani da prate službene obavijesti.",
           "{person} nije željela komentirati slučaj.",
           "Promet u središtu grada bio je gušći nego inače {weekday}.",
           "Oko {num} volontera pomoglo je u pripremama, navode organizatori.",
           "Prethodno izdanje, održano {year}., privuklo je znatno manje pozornosti.",
           "Dužnosnici u {city_loc} rekli su da je situacija mirna.",
           "Ulaznice su u prodaju puštene {date}, a većina je rasprodana u nekoliko sati.",
           "Priopćenje je objavljeno na službenim stranicama kasno navečer."),
    "ro": ("Analiștii din {city} au declarat că cifrele pentru {year} vor fi revizuite.",
           "Purtătoarea de cuvânt {person} a precizat că vor urma detalii suplimentare.",
           "Biroul regional din {city} a înregistrat {num} cereri noi {date}.",
           "Condițiile meteo au fost descrise drept neobișnuit de blânde pentru această perioadă.",
           "Comercianții locali au raportat o creștere de {pct} față de {year}.",
           "Următoarea reuniune a grupului de lucru este programată {date}.",
           "Locuitorii din {city} au fost sfătuiți să urmărească anunțurile oficiale.",
           "{person} nu a dorit să comenteze.",
           "Traficul din centrul orașului a fost mai aglomerat decât de obicei {weekday}.",
           "Aproximativ {num} voluntari au ajutat la pregătiri, potrivit organizatorilor.",
           "Ediția anterioară, din {year}, a atras mult mai puțină atenție.",
           "Oficialii din {city} au declarat că situația este calmă.",
           "Biletele au fost puse în vânzare {date}, iar majoritatea s-au vândut în câteva ore.",
           "Comunicatul a fost publicat pe site-ul oficial seara târziu."),
    "de": ("Analysten in {city} erklärten, die Zahlen für {year} würden überarbeitet.",
           "Eine Sprecherin, {person}, kündigte weitere Einzelheiten an.",
           "Das Regionalbüro in {city} registrierte {num} neue Anträge, wie {date} mitgeteilt wurde.",
           "Das Wetter wurde als für die Jahreszeit ungewöhnlich mild beschrieben.",
           "Örtliche Händler meldeten einen Zuwachs von {pct} im Vergleich zu {year}.",
           "Das nächste Treffen der Arbeitsgruppe soll {date} stattfinden.",
           "Die Bewohner von {city} wurden gebeten, die offiziellen Mitteilungen zu verfolgen.",
           "{person} wollte sich dazu nicht äußern.",
           "Der Verkehr in der Innenstadt war {weekday} dichter als sonst.",
           "Rund {num} Freiwillige halfen bei den Vorbereitungen, so die Veranstalter.",
           "Die frühere Ausgabe im Jahr {year} fand deutlich weniger Beachtung.",
           "Beamte in {city} sagten, die Lage sei ruhig.",
           "Der Kartenverkauf begann {date}, die meisten Karten waren binnen Stunden vergriffen.",
           "Die Mitteilung wurde spät am Abend auf der offiziellen Website veröffentlicht."),
    "fr": ("Des analystes à {city} ont indiqué que les chiffres de {year} seraient révisés.",
           "Une porte-parole, {person}, a annoncé que des précisions suivraient.",
           "Le bureau régional de {city} a enregistré {num} nouvelles demandes {date}.",
           "La météo a été décrite comme exceptionnellement douce pour la saison.",
           "Les commerçants locaux ont fait état d'une hausse de {pct} par rapport à {year}.",
           "La prochaine réunion du groupe de travail est prévue {date}.",
           "Les habitants de {city} ont été invités à suivre les annonces officielles.",
           "{person} n'a pas souhaité faire de commentaire.",
           "La circulation dans le centre-ville était plus dense que d'habitude {weekday}.",
           "Environ {num} bénévoles ont aidé aux préparatifs, selon les organisateurs.",
           "L'édition précédente, en {year}, avait attiré beaucoup moins d'attention.",
           "Les responsables à {city} ont déclaré que la situation restait calme.",
           "Les billets ont été mis en vente {date} et la plupart se sont vendus en quelques heures.",
           "Le communiqué a été publié tard dans la soirée sur le site officiel."),
    "es": ("Analistas en {city} señalaron que las cifras de {year} serán revisadas.",
           "Una portavoz, {person}, anunció que habrá más detalles.",
           "La oficina regional de {city} registró {num} nuevas solicitudes {date}.",
           "El tiempo fue descrito como inusualmente suave para la temporada.",
           "Los comercios locales informaron de un aumento del {pct} respecto a {year}.",
           "La próxima reunión del grupo de trabajo está prevista para {date}.",
           "Los vecinos de {city} fueron instados a seguir los anuncios oficiales.",
           "{person} declinó hacer comentarios.",
           "El tráfico en el centro de la ciudad fue más intenso de lo habitual {weekday}.",
           "Unos {num} voluntarios ayudaron en los preparativos, según los organizadores.",
           "La edición anterior, en {year}, atrajo mucha menos atención.",
           "Las autoridades de {city} dijeron que la situación era tranquila.",
           "Las entradas salieron a la venta {date} y la mayoría se agotó en pocas horas.",
           "El comunicado se publicó a última hora de la tarde en la web oficial."),
    "ru": ("Аналитики в {city_loc} заявили, что данные за {year} год будут пересмотрены.",
           "Пресс-секретарь {person} сообщила, что подробности будут позже.",
           "Региональный офис в {city_loc} зарегистрировал {num} новых заявок {date}.",
           "Погода была названа необычно мягкой для этого времени года.",
           "Местные предприниматели сообщили о росте на {pct} по сравнению с {year} годом.",
           "Следующее заседание рабочей группы запланировано на {date_bare}.",
           "Жителей призвали следить за официальными сообщениями.",
           "{person} отказалась от комментариев.",
           "Движение в центре города {weekday} было плотнее обычного.",
           "Около {num} волонтёров помогали в подготовке, сообщили организаторы.",
           "Предыдущий выпуск в {year} году привлёк гораздо меньше внимания.",
           "Чиновники в {city_loc} заявили, что обстановка остаётся спокойной.",
           "Билеты поступили в продажу {date}, большинство было раскуплено за несколько часов.",
           "Сообщение было опубликовано поздно вечером на официальном сайте."),
}
HEADLINES = {
    "en": ("what we know so far", "officials respond", "the latest developments"),
    "hr": ("što se zasad zna", "reakcije dužnosnika", "najnoviji razvoj događaja"),
    "ro": ("ce se știe până acum", "reacțiile oficialilor", "ultimele evoluții"),
    "de": ("was bisher bekannt ist", "Reaktionen der Behörden", "die neuesten Entwicklungen"),
    "fr": ("les faits connus", "les autorités réagissent", "les derniers développements"),
    "es": ("lo que se sabe", "la reacción de las autoridades", "las últimas novedades"),
    "ru": ("что известно", "реакция властей", "последние новости"),
}
# Cities: nominative|locative where the templates need the locative.
CITIES = {
    "en": ("London", "Brussels", "Vienna", "Geneva", "Warsaw"),
    "hr": ("Zagreb|Zagrebu", "Split|Splitu", "Rijeka|Rijeci", "Osijek|Osijeku", "Zadar|Zadru"),
    "ro": ("București", "Cluj-Napoca", "Iași", "Timișoara", "Constanța"),
    "de": ("Berlin", "Hamburg", "München", "Köln", "Leipzig"),
    "fr": ("Paris", "Lyon", "Marseille", "Bordeaux", "Lille"),
    "es": ("Madrid", "Barcelona", "Sevilla", "Valencia", "Bilbao"),
    "ru": ("Москва|Москве", "Казань|Казани", "Новосибирск|Новосибирске", "Самара|Самаре", "Пермь|Перми"),
}
PERSONS = {
    "en": ("Sarah Collins", "Emma Hughes", "Laura Bennett"), "hr": ("Ana Horvat", "Ivana Kovačević", "Marija Babić"),
    "ro": ("Ioana Popescu", "Elena Ionescu", "Andreea Stan"), "de": ("Anna Schneider", "Julia Becker", "Katrin Wolf"),
    "fr": ("Claire Dubois", "Sophie Martin", "Camille Bernard"), "es": ("Lucía García", "María López", "Carmen Ruiz"),
    "ru": ("Анна Смирнова", "Елена Кузнецова", "Ольга Попова"),
}

# --- dates -----------------------------------------------------------------------------
DATE_PREFIX = {"en": "on {}", "hr": "{}", "ro": "pe {}", "de": "am {}", "fr": "le {}", "es": "el {}", "ru": "{}"}
RELATIVE = {"en": ("today", "yesterday"), "hr": ("danas", "jučer"), "ro": ("astăzi", "ieri"),
            "de": ("heute", "gestern"), "fr": ("aujourd'hui", "hier"), "es": ("hoy", "ayer"),
            "ru": ("сегодня", "вчера")}
WEEKDAY_ACCUSATIVE = {
    "hr": ("u ponedjeljak", "u utorak", "u srijedu", "u četvrtak", "u petak", "u subotu", "u nedjelju"),
    "ru": ("в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу", "в воскресенье"),
}
WEEKDAY_PREFIX = {"en": "on {}", "ro": "{}", "de": "am {}", "fr": "{}", "es": "el {}"}

# --- figures ---------------------------------------------------------------------------
# Unit words: one|few|many for hr and ru (Slavic plural after numerals), else one form.
UNIT_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "P": {"en": ("people",), "hr": ("čovjek|čovjeka|ljudi",), "ro": ("persoane",), "de": ("Menschen",),
          "fr": ("personnes",), "es": ("personas",), "ru": ("человек|человека|человек",)},
    "K": {"en": ("km", "kilometres"), "hr": ("km", "kilometar|kilometra|kilometara"), "ro": ("km", "kilometri"),
          "de": ("km", "Kilometer"), "fr": ("km", "kilomètres"), "es": ("km", "kilómetros"),
          "ru": ("км", "километр|километра|километров")},
    "M": {"en": ("months",), "hr": ("mjesec|mjeseca|mjeseci",), "ro": ("luni",), "de": ("Monate",),
          "fr": ("mois",), "es": ("meses",), "ru": ("месяц|месяца|месяцев",)},
    "%": {"en": ("percent",), "hr": ("posto",), "ro": ("la sută",), "de": ("Prozent",), "fr": ("pour cent",),
          "es": ("por ciento",), "ru": ("процент|процента|процентов",)},
    "E": {"en": ("million euros",), "hr": ("milijun eura|milijuna eura|milijuna eura",), "ro": ("milioane de euro",),
          "de": ("Millionen Euro",), "fr": ("millions d'euros",), "es": ("millones de euros",),
          "ru": ("млн евро", "миллион евро|миллиона евро|миллионов евро")},
}
EURO_WORDS = {"en": "euros", "hr": "eura", "ro": "euro", "de": "Euro", "fr": "euros", "es": "euros", "ru": "евро"}
YEAR_AND_A_HALF = {"en": "a year and a half", "hr": "godinu i pol", "ro": "un an și jumătate",
                   "de": "anderthalb Jahre", "fr": "un an et demi", "es": "un año y medio", "ru": "полтора года"}
MORE_THAN = {"en": ("more than", "over"), "hr": ("više od",), "ro": ("peste", "mai mult de"),
             "de": ("mehr als", "über"), "fr": ("plus de",), "es": ("más de",), "ru": ("более", "свыше")}
ABOUT = {"en": ("about", "around"), "hr": ("oko", "otprilike"), "ro": ("aproximativ", "circa"),
         "de": ("rund", "etwa"), "fr": ("environ",), "es": ("alrededor de", "cerca de"), "ru": ("около", "примерно")}
# What a rule author writes as the unit and its words in the other languages.
RULE_UNITS = {
    "P": ("people", ["ljudi", "osoba", "persoane", "Menschen", "personnes", "personas", "человек"]),
    "K": ("km", ["kilometres", "kilometers", "kilometara", "kilometri", "Kilometer", "kilomètres", "kilómetros",
                 "км", "километров"]),
    "M": ("month", []),
    "%": ("percent", []),
    "E": ("euro", ["euros", "eura", "евро", "EUR"]),
}

# --- text damage -------------------------------------------------------------------------
LOST_DIACRITICS = {"hr": 0.15, "ro": 0.15, "de": 0.08, "fr": 0.08, "es": 0.12, "ru": 0.5}
_STRIP = {
    "hr": str.maketrans({"č": "c", "ć": "c", "ž": "z", "š": "s", "đ": "dj", "Č": "C", "Ć": "C", "Ž": "Z",
                         "Š": "S", "Đ": "Dj"}),
    "ro": str.maketrans({"ă": "a", "â": "a", "î": "i", "ș": "s", "ş": "s", "ț": "t", "ţ": "t", "Ă": "A",
                         "Â": "A", "Î": "I", "Ș": "S", "Ş": "S", "Ț": "T", "Ţ": "T"}),
    "de": str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}),
    "ru": str.maketrans({"ё": "е", "Ё": "Е"}),
}
_CEDILLA = str.maketrans({"ș": "ş", "ț": "ţ", "Ș": "Ş", "Ț": "Ţ"})
TYPO_RATE = 0.06


@dataclass(frozen=True)
class Forms:
    """An event's noun in one language, in the forms the templates need."""

    lemma: str
    subject: str
    genitive: str
    accusative: str
    gender: str


@dataclass
class Event:
    key: str
    unit: str
    day: dt.date
    place: str
    figure: float  # millions for E
    subject: int
    verb: int
    obj: int
    check: str = ""
    rule_id: str = ""
    expect: bool = True
    alternatives: tuple[str, ...] = ()


@dataclass
class Article:
    name: str
    language: str
    published: dt.date
    text: str
    statements: dict[str, str] = field(default_factory=dict)
    contradicts: list[str] = field(default_factory=list)


def forms(key: str, language: str) -> Forms:
    """The forms of event ``key``'s noun in ``language`` (see :data:`CONCEPTS`)."""
    raw = CONCEPTS[key][1][language]
    if language == "en":
        return Forms(raw, f"the {raw}", f"the {raw}", f"the {raw}", "n")
    parts = raw.split("|")
    if language in ("hr", "ru"):
        lemma, genitive, gender = parts
        return Forms(lemma, lemma, genitive, _accusative(lemma, gender, language), gender)
    lemma, subject, genitive = parts
    accusative = "den " + subject[4:] if language == "de" and subject.startswith("der ") else subject
    return Forms(lemma, subject, genitive, accusative, "n")


def _accusative(lemma: str, gender: str, language: str) -> str:
    """Slavic accusative of an inanimate noun: feminine -a becomes -u (ru -я: -ю)."""
    if gender != "f":
        return lemma
    head, _, rest = lemma.partition(" ")
    for nominative, accusative in (("а", "у"), ("я", "ю"), ("a", "u")):
        if head.endswith(nominative):
            head = head[:-1] + accusative
            break
    return f"{head} {rest}".strip()


# --- events and rules ---------------------------------------------------------------------
def make_events(seed: int) -> list[Event]:
    """The 50 events and which rule each carries; a function of the seed alone."""
    rng = random.Random(f"{seed}/events")
    keys = list(CONCEPTS)
    places = list(PLACES)
    rng.shuffle(places)
    pairs = [(s, o) for s in range(10) for o in range(10)]
    rng.shuffle(pairs)
    events = []
    for i, key in enumerate(keys):
        unit = CONCEPTS[key][0]
        day = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
        subject, obj = pairs[i]
        events.append(Event(key, unit, day, places[i], _figure(unit, rng), subject, rng.randrange(4), obj))
    spare_places = places[len(keys):]
    _assign_rules(events, rng, spare_places)
    return events


def _figure(unit: str, rng: random.Random) -> float:
    """A plausible figure for the unit kind; counts avoid 1900–2100 (they read as years)."""
    if unit == "P":
        value = rng.choice((rng.randrange(4, 19) * 50, rng.randrange(22, 98) * 500, rng.randrange(11, 90) * 1000))
        return float(value)
    if unit == "K":
        return float(rng.choice((rng.randrange(3, 20) * 5, rng.randrange(12, 95) * 10)))
    if unit == "M":
        return float(rng.choice((18, 8, 9, 15, 16, 17, 19, 20, 25, 26, 27, 28, 30, 35, 36, 40)))
    if unit == "%":
        return float(rng.randrange(12, 88))
    return rng.choice((rng.randrange(12, 99) / 10, float(rng.randrange(11, 95))))


def _assign_rules(events: list[Event], rng: random.Random, spare_places: list[str]) -> None:
    """Give 16 events a date rule, 12 an entity rule, 12 a number rule, 10 a phrase rule.
    Number rules spread over the unit kinds, and one is about an 18-month span so that
    "a year and a half" is exercised."""
    by_unit: dict[str, list[Event]] = {}
    for event in events:
        by_unit.setdefault(event.unit, []).append(event)
    numbered: list[Event] = []
    for unit, count in (("P", 3), ("K", 2), ("M", 3), ("%", 2), ("E", 2)):
        numbered += rng.sample(by_unit[unit], count)
    months = [e for e in numbered if e.unit == "M"]
    months[0].figure = 18.0
    rest = [e for e in events if e not in numbered]
    rng.shuffle(rest)
    chosen = {"number": numbered, "date": rest[:16], "entity": rest[16:28], "phrase": rest[28:38]}
    alternatives = iter(spare_places)
    for check, group in chosen.items():
        for index, event in enumerate(group):
            event.check = check
            event.rule_id = f"{check}-{event.key}"
            event.expect = index >= NO_EXPECT.get(check, 0)
            if check == "entity":
                event.alternatives = (next(alternatives), next(alternatives))


def rules_yaml(events: Sequence[Event]) -> dict[str, str]:
    """The four rule files: file name -> YAML text."""
    files: dict[str, list[dict[str, Any]]] = {"date": [], "entity": [], "number": [], "phrase": []}
    for event in events:
        files[event.check].append(_rule(event))
    names = {"date": "dates.yaml", "entity": "venues.yaml", "number": "figures.yaml", "phrase": "claims.yaml"}
    out = {}
    for check, rules in files.items():
        document = {"tags": ["bench", check], "rules": rules}
        header = f"# Generated by bench/make_corpus.py: {len(rules)} {check} rules.\n"
        out[names[check]] = header + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=110)
    return out


def _about(key: str) -> list[str]:
    """The dictionary forms an editor lists: one per language, duplicates dropped."""
    seen: dict[str, str] = {}
    for language in LANGUAGES:
        lemma = forms(key, language).lemma
        seen.setdefault(lemma.casefold(), lemma)
    return list(seen.values())


def _rule(event: Event) -> dict[str, Any]:
    key, label = event.key, event.key.replace("-", " ")
    rule: dict[str, Any] = {"id": event.rule_id, "title": "", "check": event.check}  # the order users write
    if event.check == "date":
        rule["title"] = (f"The {label} took place on {event.day.isoformat()}" if event.expect
                         else f"Sources agree on the date of the {label}")
        rule["about"] = _about(key)
        if event.expect:
            rule["expect"] = event.day
    elif event.check == "entity":
        rule["title"] = f"The {label} was held in {transliterate(event.place, 'en')}"
        rule["about"] = _about(key)
        rule["expect"] = transliterate(event.place, "en")
        rule["aliases"] = [event.place]
        rule["alternatives"] = [n for place in event.alternatives for n in (transliterate(place, "en"), place)]
    elif event.check == "number":
        unit, synonyms = RULE_UNITS[event.unit]
        shown = round(event.figure * 1_000_000) if event.unit == "E" else int(event.figure)
        rule["title"] = (f"The {label} figure is {shown} {unit}" if event.expect
                         else f"Sources agree on the {label} figure ({unit})")
        rule["about"] = _about(key)
        rule["unit"] = unit
        if synonyms:
            rule["units"] = list(synonyms)
        if event.expect:
            rule["expect"] = shown
        if event.unit == "E":
            rule["tolerance"] = "5%"
    else:
        rule["title"] = f"{SUBJECTS['en'][event.subject].capitalize()} {_claim_core(event, 'en', 0)}"
        rule["expect"] = {lang: [_phrasing(event, lang, 0)] for lang in LANGUAGES}
        rule["contradicted_by"] = {lang: [_phrasing(event, lang, 2)] for lang in LANGUAGES}
    return rule


def _phrasing(event: Event, language: str, stance: int) -> str:
    """How an editor writes the claim in ``language``: subject without article, verb,
    object (``stance`` 0 affirmed, 2 contradicted)."""
    subject = _bare(SUBJECTS[language][event.subject])
    return f"{subject} {_verb(event, language, stance, OBJECTS[language][event.obj])}"


def _claim_core(event: Event, language: str, stance: int) -> str:
    return _verb(event, language, stance, f"{OBJECTS[language][event.obj]} for the {event.key.replace('-', ' ')}")


def _verb(event: Event, language: str, stance: int, obj: str) -> str:
    verb = VERBS[language][event.verb].split("|")[stance]
    return verb.replace("{o}", obj) if "{o}" in verb else f"{verb} {obj}"


def _bare(subject: str) -> str:
    """The subject without its article ("the government" -> "government")."""
    for article in ("the ", "die ", "der ", "das ", "le ", "la ", "l'", "el "):
        if subject.lower().startswith(article):
            return subject[len(article):]
    return subject


# --- articles -----------------------------------------------------------------------------
class Writer:
    """Writes one article in one language, from its own random stream."""

    def __init__(self, language: str, published: dt.date, rng: random.Random) -> None:
        self.language = language
        self.published = published
        self.rng = rng
        self.locale: Locale = _locale(language)
        self._fillers: list[str] = []

    def filler_template(self) -> str:
        """The next filler template: the whole bank is dealt before any repeats."""
        if not self._fillers:
            self._fillers = list(FILLERS[self.language])
            self.rng.shuffle(self._fillers)
        return self._fillers.pop()

    # -- values as the language writes them ------------------------------------------
    def date(self, day: dt.date) -> str:
        """``day`` as a phrase that fits after a verb ("on 13 September 2023", "u srijedu",
        "yesterday"), relative forms only when publication is less than a week later."""
        lang, rng = self.language, self.rng
        delta = (self.published - day).days
        if 0 <= delta <= 6 and rng.random() < 0.5:
            if delta <= 1 and rng.random() < 0.6:
                return RELATIVE[lang][delta]
            return self.weekday(day)
        form = rng.choices(("long", "full", "medium", "short", "daymonth"), (40, 15, 15, 15, 15))[0]
        if form == "daymonth" and not 0 <= delta <= 150:
            form = "long"
        if form == "full" and lang in WEEKDAY_ACCUSATIVE:
            return f"{WEEKDAY_ACCUSATIVE[lang][day.weekday()]}, {format_date(day, 'long', locale=self.locale)}"
        if form == "daymonth":
            written = format_skeleton("MMMMd", day, locale=self.locale)
        else:
            written = format_date(day, form, locale=self.locale)
        if rng.random() < 0.03:
            written = _typo_longest(written, rng)
        if form == "full" and lang == "ro":
            return written
        return DATE_PREFIX[lang].format(written)

    def weekday(self, day: dt.date) -> str:
        if self.language in WEEKDAY_ACCUSATIVE:
            return WEEKDAY_ACCUSATIVE[self.language][day.weekday()]
        return WEEKDAY_PREFIX[self.language].format(format_date(day, "EEEE", locale=self.locale))

    def figure(self, unit: str, value: float, style: str) -> str:
        """A figure with its unit; ``style`` exact, more (a lower bound) or about."""
        lang, rng = self.language, self.rng
        if unit == "M" and value == 18 and style == "exact" and rng.random() < 0.4:
            return YEAR_AND_A_HALF[lang]
        bound = ""
        if style == "more":
            bound = rng.choice(MORE_THAN[lang])
        elif style == "about":
            bound = rng.choice(ABOUT[lang])
        body = self._number_with_unit(unit, value, plural_many=bool(bound) and lang == "ru")
        return f"{bound} {body}" if bound else body

    def _number_with_unit(self, unit: str, value: float, plural_many: bool) -> str:
        lang, rng = self.language, self.rng
        if unit == "%":
            if rng.random() < 0.6:
                return format_percent(value / 100, locale=self.locale)
            word = _plural(UNIT_WORDS["%"][lang][0], value, lang, plural_many)
            return f"{format_decimal(value, locale=self.locale)} {word}"
        if unit == "E" and rng.random() < 0.3:
            whole = round(value * 1_000_000)
            return f"{format_decimal(whole, locale=self.locale)}{_ro_de(whole, lang)} {EURO_WORDS[lang]}"
        number = format_decimal(value, locale=self.locale)
        word = _plural(rng.choice(UNIT_WORDS[unit][lang]), value, lang, plural_many)
        if unit == "E" and lang == "en" and rng.random() < 0.5:
            return f"€{number} million"
        if lang == "ro" and word != "km" and unit != "E":
            return f"{number}{_ro_de(value, lang)} {word}"
        return f"{number} {word}"

    def filler_number(self) -> str:
        value = float(self.rng.choice((self.rng.randrange(4, 40) * 5, self.rng.randrange(3, 60) * 50)))
        return format_decimal(value, locale=self.locale) + _ro_de(value, self.language)

    def filler_date(self) -> str:
        day = dt.date(2019, 1, 1) + dt.timedelta(days=self.rng.randrange(6 * 365))
        return format_date(day, self.rng.choice(("long", "medium")), locale=self.locale)


@functools.cache
def _locale(language: str) -> Locale:
    """Babel's locale object, parsed once: formatting with a code parses it every call."""
    return Locale.parse(language)


def _plural(word: str, value: float, language: str, many: bool) -> str:
    """The unit word after ``value``: Slavic one/few/many forms (many after bound words)."""
    if "|" not in word:
        return word
    one, few, plural = word.split("|")
    if many:
        return plural
    if not float(value).is_integer():
        return few
    n = int(value)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return plural


def _ro_de(value: float, language: str) -> str:
    """Romanian puts "de" between a number and its noun from 20 on (and after 100, 200 ...)."""
    if language != "ro" or not float(value).is_integer():
        return ""
    n = int(value)
    return " de" if n >= 20 and (n % 100 == 0 or n % 100 >= 20) else ""


def _typo(word: str, rng: random.Random) -> str:
    """One slip of the keyboard inside a word of six letters or more, never its first letter."""
    if len(word) < 6 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 2)
    operation = rng.randrange(3)
    if operation == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if operation == 1:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def _typo_longest(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    words[longest] = _typo(words[longest], rng)
    return " ".join(words)


def _fill(template: str, values: dict[str, str], gender: str) -> str:
    """Fill a template: ``{name}`` from ``values``, ``{g:m|f|n}`` by gender."""
    out, i = [], 0
    while i < len(template):
        start = template.find("{", i)
        if start < 0:
            out.append(template[i:])
            break
        end = template.index("}", start)
        out.append(template[i:start])
        name = template[start + 1:end]
        if name.startswith("g:"):
            out.append(name[2:].split("|")["mfn".index(gender)])
        elif name == "N":
            subject = values["n"]
            out.append(subject[:1].upper() + subject[1:])
        else:
            out.append(values[name])
        i = end + 1
    sentence = "".join(out).replace("..", ".")  # a date ending in "2023." ends the sentence
    return sentence[:1].upper() + sentence[1:]


def _pick(rng: random.Random, options: Sequence[str]) -> str:
    return options[rng.randrange(len(options))]


def make_article(index: int, seed: int, events: Sequence[Event]) -> Article:
    """Article ``index``: a function of the seed, the index and the events alone."""
    rng = random.Random(f"{seed}/article/{index}")
    language = LANGUAGES[rng.randrange(len(LANGUAGES))]
    wrong = {check for check, rate in RATES.items() if rng.random() < rate}
    chosen, mistaken = _choose_events(events, wrong, rng)
    newest = max(e.day for e in chosen)
    offset = rng.randrange(0, 7) if rng.random() < 0.4 else rng.randrange(7, 120)
    published = newest + dt.timedelta(days=offset)
    writer = Writer(language, published, rng)
    article = Article(f"{index:06d}-{language}.txt", language, published, "")
    paragraphs: list[list[str]] = []
    for event in chosen:
        sentences = _event_sentences(event, writer, event in mistaken, article)
        rng.shuffle(sentences)
        if rng.random() < 0.5:
            sentences.insert(rng.randrange(len(sentences) + 1), _filler(writer))
        paragraphs.append(sentences)
    size = sum(len(" ".join(p).encode()) + 2 for p in paragraphs) + 80
    target = rng.randrange(MIN_BYTES + 200, MAX_BYTES - 300)
    while size < target:
        sentence = _filler(writer)
        cost = len(sentence.encode()) + 1
        if size + cost > MAX_BYTES - 200:
            break
        if rng.random() < 0.35 or len(paragraphs) < 2:
            paragraphs.insert(rng.randrange(len(paragraphs) + 1), [sentence])
        else:
            paragraphs[rng.randrange(len(paragraphs))].append(sentence)
        size += cost
    headline = f"{_capital(forms(chosen[0].key, language).lemma)}: {_pick(rng, HEADLINES[language])}"
    text = headline + "\n\n" + "\n\n".join(" ".join(p) for p in paragraphs) + "\n"
    damage = _damage(language, rng)
    article.text = damage(text)
    article.statements = {rule: damage(sentence) for rule, sentence in article.statements.items()}
    return article


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _choose_events(events: Sequence[Event], wrong: set[str],
                   rng: random.Random) -> tuple[list[Event], list[Event]]:
    """3–6 events, and among them the one event per kind in ``wrong`` that the article
    gets wrong."""
    count = rng.randint(3, 6)
    mistaken: list[Event] = []
    for check in sorted(wrong):
        candidates = [e for e in events if e.check == check]
        mistaken.append(candidates[rng.randrange(len(candidates))])
    others = [e for e in events if e not in mistaken]
    chosen = mistaken + rng.sample(others, max(count - len(mistaken), 0))
    rng.shuffle(chosen)
    return chosen, mistaken


def _event_sentences(event: Event, writer: Writer, wrong: bool, article: Article) -> list[str]:
    """The sentence stating the event's ruled fact (wrong if asked), and sometimes one or
    two more about its other attributes; each sentence states one fact."""
    rng = writer.rng
    extra = [k for k in ("date", "entity", "number", "phrase") if k != event.check and rng.random() < 0.25]
    sentences = []
    for kind in [event.check, *extra]:
        stated_wrong = wrong and kind == event.check
        sentence = _statement(kind, event, writer, stated_wrong)
        if kind == event.check:
            article.statements[event.rule_id] = sentence
            if stated_wrong:
                article.contradicts.append(event.rule_id)
        sentences.append(sentence)
    return sentences


def _statement(kind: str, event: Event, writer: Writer, wrong: bool) -> str:
    lang, rng = writer.language, writer.rng
    noun = forms(event.key, lang)
    if rng.random() < TYPO_RATE:
        noun = Forms(noun.lemma, _typo_longest(noun.subject, rng), _typo_longest(noun.genitive, rng),
                     _typo_longest(noun.accusative, rng), noun.gender)
    values = {"n": noun.subject, "gen": noun.genitive, "acc": noun.accusative,
              "tail": _pick(rng, TAILS[lang]) if rng.random() < 0.4 else ""}
    if kind == "date":
        values["date"] = writer.date(_wrong_day(event.day, rng) if wrong else event.day)
        template = _pick(rng, DATE_TEMPLATES[lang])
    elif kind == "entity":
        place = rng.choice(event.alternatives) if wrong else event.place
        written = transliterate(place, lang)
        values["place"] = _typo(written, rng) if rng.random() < TYPO_RATE else written
        template = _pick(rng, PLACE_TEMPLATES[lang])
    elif kind == "number":
        values["figure"] = _figure_phrase(event, writer, wrong)
        template = _pick(rng, FIGURE_TEMPLATES[event.unit][lang])
    else:
        return _claim(event, writer, wrong)
    return _fill(template, values, noun.gender)


def _wrong_day(day: dt.date, rng: random.Random) -> dt.date:
    """A plausible mistake: a day or two off, a week off, the wrong month or year."""
    shift = rng.choice((1, 1, 2, 7, 30, 61, 365)) * rng.choice((-1, 1))
    return day + dt.timedelta(days=shift)


def _figure_phrase(event: Event, writer: Writer, wrong: bool) -> str:
    """The figure as stated: right (exact, about, or a lower bound under it) or wrong (an
    exact value at least 25 % off, or a lower bound above it). Rules without ``expect``
    get exact or approximate values only, so that the majority is unambiguous."""
    rng, value = writer.rng, event.figure
    if wrong:
        factor = rng.choice((rng.uniform(0.45, 0.75), rng.uniform(1.3, 1.9)))
        stated = _round_like(value * factor, value, event.unit)
        if event.expect and factor > 1 and rng.random() < 0.4:
            return writer.figure(event.unit, stated, "more")
        return writer.figure(event.unit, stated, "exact")
    styles = ("exact", "exact", "about", "more") if event.expect else ("exact", "exact", "about")
    style = rng.choice(styles)
    if style == "more":
        return writer.figure(event.unit, _nice_below(value, event.unit), "more")
    return writer.figure(event.unit, value, style)


def _round_like(value: float, reference: float, unit: str) -> float:
    """``value`` rounded as the reference figure is, and never equal to it."""
    if unit == "E":
        rounded = round(value, 1)
    else:
        step = 10 ** max(len(str(int(reference))) - 2, 0)
        rounded = float(max(round(value / step) * step, step))
    return rounded if rounded != reference else rounded + (0.1 if unit == "E" else 1)


def _nice_below(value: float, unit: str) -> float:
    """A rounder number below ``value``: what "more than ..." would be said of."""
    if unit == "E":
        return float(int(value)) if int(value) < value else value - 1
    digits = len(str(int(value)))
    for keep in (2, 1):
        step = 10 ** max(digits - keep, 0)
        below = float(int(value) // step * step)
        if 0 < below < value:
            return below
    return max(value - 1, 1)


def _claim(event: Event, writer: Writer, wrong: bool) -> str:
    """"The government approved the funding for the summit", denied or contradicted when wrong."""
    lang, rng = writer.language, writer.rng
    stance = rng.choice((1, 1, 2)) if wrong else 0
    noun = forms(event.key, lang)
    complement = f"for {noun.genitive}" if lang == "en" else noun.genitive
    obj = f"{OBJECTS[lang][event.obj]} {complement}"
    tail = _pick(rng, TAILS[lang]) if rng.random() < 0.5 else ""
    sentence = f"{SUBJECTS[lang][event.subject]} {_verb(event, lang, stance, obj)}{tail}."
    return _capital(sentence)


def _filler(writer: Writer) -> str:
    """A filler sentence: only the slots its template names are drawn (Babel is slow)."""
    template = writer.filler_template()
    values = {name: FILLER_SLOTS[name](writer) for name in _SLOT.findall(template)}
    return _fill(template, values, "n")


_SLOT = re.compile(r"\{(\w+)\}")
FILLER_SLOTS: dict[str, Callable[[Writer], str]] = {
    "city": lambda w: _pick(w.rng, CITIES[w.language]).split("|")[0],
    "city_loc": lambda w: _pick(w.rng, CITIES[w.language]).split("|")[-1],
    "year": lambda w: str(w.rng.randrange(2012, 2023)),
    "person": lambda w: _pick(w.rng, PERSONS[w.language]),
    "num": lambda w: w.filler_number(),
    "pct": lambda w: format_percent(w.rng.randrange(2, 60) / 100, locale=w.locale),
    "date": lambda w: DATE_PREFIX[w.language].format(w.filler_date()),
    "date_bare": lambda w: w.filler_date(),
    "weekday": lambda w: w.weekday(dt.date(2024, 1, 1) + dt.timedelta(days=w.rng.randrange(7))),
}


def _damage(language: str, rng: random.Random) -> Callable[[str], str]:
    """How an outlet mangles its text: no diacritics (German: ae/oe/ue), or Romanian with
    the legacy cedilla letters. The same function is applied to the truth's sentences."""
    if language in LOST_DIACRITICS and rng.random() < LOST_DIACRITICS[language]:
        if language in _STRIP:
            table = _STRIP[language]
            return lambda text: text.translate(table)
        keep = "ñÑ" if language == "es" else ""
        return lambda text: _strip_marks(text, keep)
    if language == "ro" and rng.random() < 0.2:
        return lambda text: text.translate(_CEDILLA)
    return lambda text: text


def _strip_marks(text: str, keep: str) -> str:
    out = []
    for ch in text:
        if ch in keep:
            out.append(ch)
            continue
        out.append("".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)))
    return "".join(out)


# --- output ------------------------------------------------------------------------------
def write_corpus(count: int, outdir: Path, seed: int = 1) -> None:
    """Write ``count`` articles, their manifest, the rules and the truth under ``outdir``."""
    events = make_events(seed)
    articles_dir, rules_dir = outdir / "articles", outdir / "rules"
    articles_dir.mkdir(parents=True, exist_ok=True)
    rules_dir.mkdir(parents=True, exist_ok=True)
    for name, text in rules_yaml(events).items():
        (rules_dir / name).write_text(text, encoding="utf-8")
    manifest = ["# Generated by bench/make_corpus.py: language and publication date of each article.\n"]
    truth: dict[str, Any] = {"version": 1, "seed": seed, "rules": _rules_truth(events), "articles": {}}
    for index in range(count):
        article = make_article(index, seed, events)
        (articles_dir / article.name).write_text(article.text, encoding="utf-8")
        manifest.append(f"{article.name}: {{language: {article.language}, published: {article.published}}}\n")
        truth["articles"][article.name] = {
            "language": article.language, "published": article.published.isoformat(),
            "states": sorted(article.statements), "contradicts": sorted(article.contradicts),
            "statements": dict(sorted(article.statements.items()))}
    (articles_dir / "corpus.yaml").write_text("".join(manifest), encoding="utf-8")
    (outdir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _rules_truth(events: Sequence[Event]) -> dict[str, dict[str, Any]]:
    return {e.rule_id: {"check": e.check, "expect": e.expect} for e in events if e.check}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, metavar="N", help="number of articles")
    parser.add_argument("outdir", type=Path, metavar="OUTDIR")
    parser.add_argument("--seed", type=int, default=1, help="the corpus is a function of the seed (default 1)")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("N must be at least 1")
    write_corpus(args.count, args.outdir, args.seed)


if __name__ == "__main__":
    main()
