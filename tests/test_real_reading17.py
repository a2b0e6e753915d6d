"""Reports as the wire writes them: what reading news in more languages showed, a seventeenth round."""

from __future__ import annotations

import pytest
from real_news import verdict_on


def _counted(expect: str, unit: str, units: str, *about: str) -> str:
    return (f"- {{id: counted, check: number, expect: '{expect}', unit: {unit}, units: [{units}], "
            f"about: [{', '.join(about)}]}}\n")


LOST_THEIR_LIVES = _counted("8", "skier", "síelő, skier", "életét veszti", "avalanche")


@pytest.mark.parametrize("body, verdict", [
    ("A lavinában kedden kilenc síelő életét vesztette.", "contradicts"),
    ("Kilenc síelő vesztette életét kedden a lavinában.", "contradicts"),
    ("Nyolc síelő vesztette életét kedden a lavinában.", "agrees"),
    # the two words apart, the other way round, are no anchor
    ("Kilenc síelő vesztette el kedden az életét a lavinában.", "silent"),
], ids=["in-order", "swapped", "swapped-agrees", "swapped-apart"])
def test_an_anchor_of_two_words_is_found_the_other_way_round(body: str, verdict: str) -> None:
    """Hungarian puts the verb first when the subject is in focus: "kilenc síelő vesztette
    életét" is the anchor "életét veszti" (lost their lives) the other way round."""
    assert verdict_on("counted", "hu", "2026-02-10", body, LOST_THEIR_LIVES) == verdict


HEAT_FA = _counted("51.4", "celsius", "درجه", "دما", "temperature")


@pytest.mark.parametrize("body, verdict", [
    ("دمای ۵۱٫۹ درجه سانتیگراد در اهواز ثبت شد.", "contradicts"),
    ("دمای ۵۱٫۴ درجه سانتی‌گراد در اهواز ثبت شد.", "agrees"),
    ("دما در اهواز به ۵۱٫۹ درجه سانتیگراد رسید.", "contradicts"),
], ids=["ezafe-wrong", "ezafe-right", "bare"])
def test_a_persian_temperature_with_the_ezafe_and_in_centigrade(body: str, verdict: str) -> None:
    """"دمای ۵۱٫۹ درجه سانتیگراد": the short noun "دما" (temperature) with the ezafe -ی, and the
    centigrade news writes for CLDR's "درجهٔ سلسیوس"."""
    assert verdict_on("counted", "fa", "2026-07-10", body, HEAT_FA) == verdict


def test_a_persian_magnitude_in_degrees_is_no_temperature() -> None:
    rule = "- {id: counted, check: number, expect: '6.1', about: [زلزله]}\n"
    body = "زلزله‌ای به بزرگی ۶٫۳ درجه ریشتر شهر را لرزاند."
    assert verdict_on("counted", "fa", "2026-07-10", body, rule) == "contradicts"
