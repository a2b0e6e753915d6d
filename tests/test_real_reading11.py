"""Reports as the wire writes them: what reading news in more languages showed, a further round."""

from __future__ import annotations

import pytest
from real_news import number_rule, verdict_on

_AGE = ("età pensionabile", "edad de jubilación", "âge de départ", "vârsta de pensionare")


@pytest.mark.parametrize("language, body", [
    ("it", "Con la riforma l'età pensionabile passa da 62 a {} anni."),
    ("it", "Il governo alza l'età pensionabile da 62 a {} anni."),
    ("it", "La legge porta l'età pensionabile da 62 a {} anni."),
    ("es", "Con la reforma, la edad de jubilación pasa de 62 a {} años."),
    ("es", "La reforma retrasa la edad de jubilación de 62 a {} años."),
    ("fr", "La réforme repousse l'âge de départ de 62 à {} ans."),
    ("fr", "La réforme relève l'âge de départ de 62 à {} ans."),
    ("ro", "Vârsta de pensionare crește de la 62 la {} de ani."),
], ids=["it-passa", "it-alza", "it-porta", "es-pasa", "es-retrasa", "fr-repousse", "fr-releve", "ro-creste"])
@pytest.mark.parametrize("stated, verdict", [("64", "agrees"), ("65", "contradicts")])
def test_a_change_from_one_figure_to_another_states_the_second_not_a_range(
        language: str, body: str, stated: str, verdict: str) -> None:
    """"da 62 a 65" after a verb of change is where the age goes, not an age between 62 and
    65 (which would agree with 64)."""
    rules = number_rule("age", "64", *_AGE, unit="year")
    assert verdict_on("age", language, "2026-11-27", body.format(stated), rules) == verdict


def test_from_to_without_a_verb_of_change_stays_a_range() -> None:
    rules = number_rule("age", "64", *_AGE, unit="year")
    body = "L'età pensionabile sarà compresa da 62 a 66 anni, secondo la proposta."
    assert verdict_on("age", "it", "2026-11-27", body, rules) == "agrees"
