"""End to end: names and claims of real news that the readers of names and phrases misread:
a belief denied before a claim written as a headline writes it, without its article or
about a name ("Nobody believes election was fair", "Nobody believes Putin accepted the
invitation"), and "could not" in Turkish, written inside the verb ("katılamadı", "kabul
edemedi"), and in Russian and Ukrainian, before an infinitive ("не смогла принять закон",
"не змогла ухвалити"). Each rule's verdict and the sentence its first evidence quotes."""

from __future__ import annotations

import pytest
from real_news import number_rule, phrase_rule, read_case, stated


DECEMBER = "2024-12-18"  # a Wednesday


CASES = {
    # a belief denied, before a claim without its article or about a name, reports no claim
    "en-headline-belief": ("en", DECEMBER, """Tbilisi – Nobody believes election was fair, opposition leader Nika Gvaramia said on Sunday, a day after the vote. Nobody believes Georgian Dream won 54% of the vote either, he added. The central election commission said turnout was 59%.
""", phrase_rule("fair", "The election was fair")
        + phrase_rule("gd", "Georgian Dream won 54% of the vote")
        + number_rule("turnout", "59", "turnout"), {
        "fair": ("silent", None),
        "gd": ("silent", None),
        "turnout": ("agrees", "The central election commission said turnout was 59%."),
    }),
    # "could not": Turkish writes it inside the verb, a vowel before the negating syllable
    "tr-unable": ("tr", DECEMBER, """Ankara – Cumhurbaşkanı Recep Tayyip Erdoğan, Kazan'daki BRICS zirvesine katılamadı; Türkiye'yi Dışişleri Bakanı Hakan Fidan temsil etti. TBMM Genel Kurulu ise çarşamba günü bütçe kanununu kabul edemedi, 12 maddeyi onayladı.
""", phrase_rule("summit", "Erdoğan zirvesine katıldı")
        + phrase_rule("budget", "Genel Kurulu bütçe kanununu kabul etti")
        + phrase_rule("fidan", "Hakan Fidan temsil etti"), {
        "summit": ("contradicts", "Ankara – Cumhurbaşkanı Recep Tayyip Erdoğan, Kazan'daki BRICS zirvesine katılamadı; "
                                  "Türkiye'yi Dışişleri Bakanı Hakan Fidan temsil etti."),
        "budget": ("contradicts", "TBMM Genel Kurulu ise çarşamba günü bütçe kanununu kabul edemedi, 12 maddeyi "
                                  "onayladı."),
        "fidan": ("agrees", "Ankara – Cumhurbaşkanı Recep Tayyip Erdoğan, Kazan'daki BRICS zirvesine katılamadı; "
                            "Türkiye'yi Dışişleri Bakanı Hakan Fidan temsil etti."),
    }),
    # Russian and Ukrainian before an infinitive, which alone states no deed
    "ru-unable": ("ru", DECEMBER, """Москва – Государственная дума в среду не смогла принять закон о бюджете на 2025 год из-за отсутствия кворума, сообщил спикер Вячеслав Володин. Госдума намерена принять поправки к Налоговому кодексу в пятницу. Депутаты одобрили 12 поправок.
""", phrase_rule("budget", "Дума приняла закон о бюджете")
        + phrase_rule("tax", "Госдума приняла поправки к Налоговому кодексу")
        + phrase_rule("mps", "Депутаты одобрили поправки"), {
        "budget": ("contradicts", "Москва – Государственная дума в среду не смогла принять закон о бюджете на 2025 год "
                                  "из-за отсутствия кворума, сообщил спикер Вячеслав Володин."),
        "tax": ("silent", None),
        "mps": ("agrees", "Депутаты одобрили 12 поправок."),
    }),
    "uk-unable": ("uk", DECEMBER, """Київ – Верховна Рада у вівторок не змогла ухвалити бюджет на 2025 рік, повідомив народний депутат Ярослав Железняк. За документ проголосували лише 198 депутатів.
""", phrase_rule("budget", "Верховна Рада ухвалила бюджет"), {
        "budget": ("contradicts", "Київ – Верховна Рада у вівторок не змогла ухвалити бюджет на 2025 рік, повідомив "
                                  "народний депутат Ярослав Железняк."),
    }),
}


@pytest.mark.parametrize("case", list(CASES))
def test_names_and_phrasings_in_real_news(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected
