"""End to end: names and claims of real news that the readers of names and phrases misread:
Arabic with its vowels marked ("لم يُقرّ البرلمانُ", "وأقـرّ"). Each rule's verdict and the
sentence its first evidence quotes."""

from __future__ import annotations

import pytest
from real_news import number_rule, phrase_rule, read_case, stated


DECEMBER = "2024-12-18"  # a Wednesday


CASES = {
    # harakat, shadda and tatweel fold away: a word with its vowels marked is the word without
    "ar-marks": ("ar", DECEMBER, """بيروت – لم يُقرّ البرلمانُ اللبنانيُّ الميزانيةَ العامة لعام 2025 في جلسة الثلاثاء بسبب غياب النصاب، وفق ما أعلن رئيس المجلس نبيه بري.

وأقـرّ مجلسُ الوزراء خطةَ الكهرباء الجديدة بعد نقاش استمر ثلاث ساعات، فيما رفض 12 نائبا مشروع قانون الإيجارات.
""", phrase_rule("budget", "أقر البرلمان الميزانية")
        + phrase_rule("plan", "أَقَرَّ مجلسُ الوزراء خطةَ الكهرباء")
        + number_rule("mps", "12", "نائبا"), {
        "budget": ("contradicts", "بيروت – لم يُقرّ البرلمانُ اللبنانيُّ الميزانيةَ العامة لعام 2025 في جلسة الثلاثاء "
                                  "بسبب غياب النصاب، وفق ما أعلن رئيس المجلس نبيه بري."),
        "plan": ("agrees", "وأقـرّ مجلسُ الوزراء خطةَ الكهرباء الجديدة بعد نقاش استمر ثلاث ساعات، فيما رفض 12 نائبا "
                           "مشروع قانون الإيجارات."),
        "mps": ("agrees", "وأقـرّ مجلسُ الوزراء خطةَ الكهرباء الجديدة بعد نقاش استمر ثلاث ساعات، فيما رفض 12 نائبا "
                          "مشروع قانون الإيجارات."),
    }),
}


@pytest.mark.parametrize("case", list(CASES))
def test_names_and_phrasings_in_real_news(case: str) -> None:
    *table, expected = CASES[case]
    assert stated(read_case(case, *table), expected) == expected
