"""End to end: names and claims of real news that the readers of names and phrases misread:
a short subject further back than a clause of its own with no comma ("CHP ve İYİ Parti
teklife karşı oy kullanırken AK Parti teklifi destekledi", "… voted against the bill while
the SNP backed the bill"), an adjective of the lists of function words in the place of
another ("approved old rules" for "approved new rules") or a noun in the place of a short
one further on ("approved the old budget" for "approved the new tax"). Each rule's verdict
and the sentence its first evidence quotes."""

from __future__ import annotations

import pytest
from real_news import number_rule, phrase_rule, read_case, stated


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
}


@pytest.mark.parametrize("case", list(CASES))
def test_names_and_phrasings_in_real_news(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected
