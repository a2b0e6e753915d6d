"""Reports as the wire writes them: where and when an event happened, told apart from the country
around the place and from the place and the day the correspondent files on."""

from __future__ import annotations

import pytest
from real_news import verdict_on

STADIUM = ("- {id: city, check: entity, expect: Porto Alegre, alternatives: [Brasília, São Paulo], "
           "about: [stadium, สนามกีฬา, ملعب, استادیوم, اسٹیڈیم, אצטדיון]}\n")


@pytest.mark.parametrize("language, in_the_country, in_the_city", [
    ("th", "หลังคาสนามกีฬาในบราซิลพังถล่มลงมา", "หลังคาสนามกีฬาในบราซิเลียพังถล่มลงมา"),
    ("ar", "انهار سقف ملعب في البرازيل.", "انهار سقف ملعب في برازيليا."),
    ("fa", "سقف یک استادیوم در برزیل فرو ریخت.", "سقف یک استادیوم در برازیلیا فرو ریخت."),
    ("ur", "برازیل میں ایک اسٹیڈیم کی چھت گر گئی۔", "برازیلیا میں ایک اسٹیڈیم کی چھت گر گئی۔"),
    ("he", "גג של אצטדיון בברזיל קרס.", "גג של אצטדיון בברזיליה קרס."),
], ids=["th", "ar", "fa", "ur", "he"])
def test_a_country_is_not_a_city_whose_name_is_near_it_in_its_letters(language: str, in_the_country: str,
                                                                        in_the_city: str) -> None:
    """Thai "บราซิล", Arabic "البرازيل", Persian "برزیل", Urdu "برازیل", Hebrew "ברזיל" (with its
    "ב", in) are Brazil as these languages write it, near Brasília in their letters: a report that
    the roof collapsed in Brazil names no other city than the one expected, while one that it
    collapsed in Brasília ("บราซิเลีย", "برازيليا", "ברזיליה") still does."""
    assert verdict_on("city", language, "2026-11-23", in_the_country, STADIUM) == "silent"
    assert verdict_on("city", language, "2026-11-23", in_the_city, STADIUM) == "contradicts"


@pytest.mark.parametrize("language, there, elsewhere", [
    ("ar", "انهار سقف ملعب في مدينة بورتو أليغري في البرازيل.", "انهار سقف ملعب في مدينة ساو باولو في البرازيل."),
    ("ar", "انهار سقف ملعب في بورتو أليغري بالبرازيل.", "انهار سقف ملعب في ساو باولو بالبرازيل."),
    ("fa", "سقف یک استادیوم در شهر پورتو الگره برزیل فرو ریخت.", "سقف یک استادیوم در شهر سائوپائولو برزیل فرو ریخت."),
    ("ur", "برازیل کے شہر پورٹو الیگرے میں ایک اسٹیڈیم کی چھت گر گئی۔",
     "برازیل کے شہر ساؤ پالو میں ایک اسٹیڈیم کی چھت گر گئی۔"),
], ids=["ar-in-brazil", "ar-bi-prefix", "fa-city-of-brazil", "ur-city-of-brazil"])
def test_a_city_named_with_its_country_is_read_as_the_city(language: str, there: str, elsewhere: str) -> None:
    """"في بورتو أليغري بالبرازيل" (in Porto Alegre, in Brazil), "برازیل کے شہر پورٹو الیگرے میں"
    (in the Brazilian city of Porto Alegre): the country named beside the city is no rival of
    it, and São Paulo named so ("في ساو باولو بالبرازيل") is still another city."""
    assert verdict_on("city", language, "2026-11-23", there, STADIUM) == "agrees"
    assert verdict_on("city", language, "2026-11-23", elsewhere, STADIUM) == "contradicts"


YONHAP = ("- {id: city, check: entity, expect: Porto Alegre, aliases: [포르투알레그리], "
          "alternatives: [Brasília, São Paulo], about: [경기장]}\n")


@pytest.mark.parametrize("body", [
    "(상파울루=연합뉴스) 브라질 남부 포르투알레그리의 한 축구 경기장 지붕 일부가 무너졌다.",
    "(상파울루=연합뉴스) 김지윤 특파원 = 브라질 남부 포르투알레그리의 한 축구 경기장 지붕 일부가 무너졌다.",
], ids=["agency", "agency-and-correspondent"])
def test_a_korean_agency_dateline_is_where_the_report_is_filed_from(body: str) -> None:
    """Korean agencies open a report with the place they file from and their name in brackets,
    the correspondent's byline after it before an equals sign: "(상파울루=연합뉴스) 김지윤 특파원 =
    …" (São Paulo, Yonhap, correspondent Kim Ji-yun). The event is told after it, in Porto Alegre;
    where it does happen in the city of the dateline, the sentence says so."""
    assert verdict_on("city", "ko", "2026-11-23", body, YONHAP) == "agrees"
    told_there = "(상파울루=연합뉴스) 상파울루의 한 축구 경기장 지붕 일부가 무너졌다."
    assert verdict_on("city", "ko", "2026-11-23", told_there, YONHAP) == "contradicts"


def test_an_urdu_dateline_is_the_place_before_the_desk_in_brackets() -> None:
    """Urdu newspapers open a report with the place and the desk or agency in brackets, no mark
    after them: "برازیلیا (ویب ڈیسک) پورٹو الیگرے میں …" (Brasília, web desk: in Porto Alegre …).
    A name glossed in brackets before its postposition is no dateline: "برازیلیا (برازیل کا
    دارالحکومت) میں" is in Brasília, Brazil's capital; nor is the place told after a dateline."""
    body = "برازیلیا (ویب ڈیسک) پورٹو الیگرے میں ایک اسٹیڈیم کی چھت گر گئی۔"
    assert verdict_on("city", "ur", "2026-11-23", body, STADIUM) == "agrees"
    glossed = "برازیلیا (برازیل کا دارالحکومت) میں ایک اسٹیڈیم کی چھت گر گئی۔"
    assert verdict_on("city", "ur", "2026-11-23", glossed, STADIUM) == "contradicts"
    after = "لاہور (نمائندہ خصوصی) برازیلیا میں ایک اسٹیڈیم کی چھت گر گئی۔"
    assert verdict_on("city", "ur", "2026-11-23", after, STADIUM) == "contradicts"


COLLAPSED = "- {id: when, check: date, expect: '2026-11-22', about: [انهار, collapsed]}\n"


@pytest.mark.parametrize("language, dateline, sunday, saturday", [
    ("ar", "بورتو أليغري (البرازيل) - 23 نوفمبر/تشرين الثاني (أ ف ب) - ",
     "انهار سقف ملعب لكرة القدم في بورتو أليغري مساء الأحد.", "انهار سقف ملعب لكرة القدم في بورتو أليغري مساء السبت."),
    ("ar", "بورتو أليغري (البرازيل) - 23 نوفمبر 2026 - ",
     "انهار سقف ملعب لكرة القدم في بورتو أليغري مساء الأحد.", "انهار سقف ملعب لكرة القدم في بورتو أليغري مساء السبت."),
    ("en", "PORTO ALEGRE (Brazil) – Nov 23 (AFP) – ",
     "A stadium roof collapsed in Porto Alegre on Sunday evening.",
     "A stadium roof collapsed in Porto Alegre on Saturday evening."),
], ids=["ar-agency", "ar-with-year", "en-agency"])
def test_a_dateline_with_the_country_in_brackets_dates_the_filing(language: str, dateline: str, sunday: str,
                                                                   saturday: str) -> None:
    """AFP writes the country in brackets after the place, then a dash, the day it files on
    and its name: "بورتو أليغري (البرازيل) - 23 نوفمبر/تشرين الثاني (أ ف ب) - …", "PORTO ALEGRE
    (Brazil) – Nov 23 (AFP) – …". The 23rd is not the day of the collapse, which the report
    tells as Sunday evening ("مساء الأحد"), the 22nd; told as Saturday's, it is another day."""
    assert verdict_on("when", language, "2026-11-23", dateline + sunday, COLLAPSED) == "agrees"
    assert verdict_on("when", language, "2026-11-23", dateline + saturday, COLLAPSED) == "contradicts"
