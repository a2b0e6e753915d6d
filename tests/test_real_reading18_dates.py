"""Reports as the wire writes them: dates read where the Baltic languages write a month after
its year, where a South Slavic clitic splits "last year", and where a part of the day stands
between a verb of saying and the day it dates."""

from __future__ import annotations

import pytest
from real_news import date_rule, number_rule, verdict_on

INVESTIGATION_LT = date_rule("begun", "2024-03", "tyrimas")


@pytest.mark.parametrize("other_year, same_year", [
    ("Tyrimas buvo pradėtas 2023 m. kovą.", "Tyrimas buvo pradėtas 2024 m. kovą."),
    ("Tyrimas buvo pradėtas 2023 metų kovą.", "Tyrimas buvo pradėtas 2024 metų kovą."),
], ids=["m", "metu"])
def test_a_lithuanian_march_in_the_accusative_after_its_year(other_year: str, same_year: str) -> None:
    """Lithuanian writes "in <month>" in the accusative: "2023 m. kovą" is in March 2023, as
    "2023 m. spalį" is in October ("kovo mėnesį" says the same with the word for month). A rule
    that the investigation began in March 2024 is contradicted by March 2023 and met by March 2024."""
    assert verdict_on("begun", "lt", "2025-10-15", other_year, INVESTIGATION_LT) == "contradicts"
    assert verdict_on("begun", "lt", "2025-10-15", same_year, INVESTIGATION_LT) == "agrees"


@pytest.mark.parametrize("fight", ["su korupcija", "prieš korupciją", "už skaidrumą", "dėl skaidrumo"],
                         ids=["su", "pries", "uz", "del"])
def test_a_lithuanian_fight_after_a_year_is_no_march(fight: str) -> None:
    """"Kovą" is also the accusative of "kova", a fight: "2023 m. kovą su korupcija" is the
    fight against corruption in 2023 ("prieš", against; "už", for; "dėl", over), no March,
    while the month written alone after its year still is."""
    month = "Tyrimas buvo pradėtas 2023 m. kovą."
    fought = f"Tyrimas parodė, kad 2023 m. kovą {fight} laimėjo prokurorai."
    assert verdict_on("begun", "lt", "2025-10-15", month, INVESTIGATION_LT) == "contradicts"
    assert verdict_on("begun", "lt", "2025-10-15", fought, INVESTIGATION_LT) == "silent"


@pytest.mark.parametrize("expect, other_year, same_year", [
    ("2024-03", "Uurimine algas 2023. aasta märtsis.", "Uurimine algas 2024. aasta märtsis."),
    ("2024-12", "Uurimine algas 2023. aasta detsembris.", "Uurimine algas 2024. aasta detsembris."),
    ("2024-01", "Uurimine algas 2023. aasta jaanuaris.", "Uurimine algas 2024. aasta jaanuaris."),
], ids=["marts", "detsember", "jaanuar"])
def test_an_estonian_month_written_after_the_years_genitive(expect: str, other_year: str, same_year: str) -> None:
    """Estonian writes a month "of the year" after it: "2024. aasta märtsis" (in March 2024, the
    month in the inessive), as it writes "märtsis 2024" and "2024. aasta 14. märtsil" (on 14 March
    2024). A rule on March 2024 is met by it and contradicted by 2023's."""
    rule = date_rule("begun", expect, "uurimine")
    assert verdict_on("begun", "et", "2025-10-15", other_year, rule) == "contradicts"
    assert verdict_on("begun", "et", "2025-10-15", same_year, rule) == "agrees"


PASSENGERS = number_rule("passengers", "35000000", "putnika", "путника")


@pytest.mark.parametrize("language, this_year, last_year, undated", [
    ("hr", "Ryanair je u nedjelju objavio da je prevezao 35 milijuna putnika.",
     "Irski prijevoznik prošle je godine prevezao 31 milijun putnika.",
     "Irski prijevoznik je prevezao 31 milijun putnika."),
    ("hr", "Ryanair je u nedjelju objavio da je prevezao 35 milijuna putnika.",
     "Prošle su godine njegovi zrakoplovi prevezli 31 milijun putnika.",
     "Njegovi su zrakoplovi prevezli 31 milijun putnika."),
    ("bs", "Ryanair je u nedjelju objavio da je prevezao 35 miliona putnika.",
     "Irski prevoznik prošle je godine prevezao 31 milion putnika.",
     "Irski prevoznik je prevezao 31 milion putnika."),
    ("sr", "Рајанер је у недељу објавио да је превезао 35 милиона путника.",
     "Ирски превозник прошле је године превезао 31 милион путника.",
     "Ирски превозник је превезао 31 милион путника."),
], ids=["hr-je", "hr-su", "bs-je", "sr-cyrillic"])
def test_last_year_split_by_a_clitic_gives_way_to_this_years_figure(language: str, this_year: str,
                                                                   last_year: str, undated: str) -> None:
    """Croatian, Bosnian and Serbian put their clitics second in the clause, inside "prošle
    godine" (last year) when it opens it: "prošle je godine prevezao" (flew last year), "Prošle
    su godine". Last year's figure so told gives way to this week's; told with no year, the two
    figures still leave the count unclear."""
    rules = PASSENGERS
    assert verdict_on("passengers", language, "2025-10-15", f"{this_year} {last_year}", rules) == "agrees"
    assert verdict_on("passengers", language, "2025-10-15", f"{this_year} {undated}", rules) == "unclear"


EVACUATION = date_rule("evacuated", "2026-07-05", "evacuation", "évacuation", "evacuación", "evacuazione",
                       "evacuatie")


@pytest.mark.parametrize("language, said, happened", [
    ("en", '"The evacuation saved lives," the governor told reporters late on Tuesday.',
     "The governor said the evacuation began late on Tuesday."),
    ("en", '"The evacuation saved lives," the governor told reporters in the early hours of Tuesday.',
     "The governor said the evacuation began in the early hours of Tuesday."),
    ("en", '"The evacuation saved lives," the governor told reporters on the evening of Tuesday.',
     "The governor said the evacuation began on the evening of Tuesday."),
    ("fr", "« L'évacuation a sauvé des vies », a déclaré le gouverneur tard mardi.",
     "Le gouverneur a déclaré que l'évacuation avait commencé tard mardi."),
    ("fr", "« L'évacuation a sauvé des vies », a déclaré le gouverneur dans la soirée de mardi.",
     "Le gouverneur a déclaré que l'évacuation avait commencé dans la soirée de mardi."),
    ("es", "«La evacuación salvó vidas», dijo el gobernador la noche del martes.",
     "El gobernador dijo que la evacuación comenzó la noche del martes."),
    ("it", "«L'evacuazione ha salvato vite», ha detto il governatore in tarda serata martedì.",
     "Il governatore ha detto che l'evacuazione è iniziata in tarda serata martedì."),
    ("nl", "'De evacuatie heeft levens gered', zei de gouverneur laat op dinsdag.",
     "De gouverneur zei dat de evacuatie laat op dinsdag begon."),
], ids=["en-late-on", "en-early-hours", "en-evening-of", "fr-tard", "fr-soiree", "es-noche", "it-tarda-serata",
        "nl-laat-op"])
def test_a_part_of_the_day_keeps_the_date_with_the_verb_of_saying(language: str, said: str, happened: str) -> None:
    """"the governor told reporters late on Tuesday": the words for a part of the day ("late",
    "early", "in the early hours of", French "tard", "dans la soirée de", Spanish "la noche
    del", Italian "in tarda serata", Dutch "laat op") belong to the date, which is still the day of the saying,
    not of the evacuation the quote tells of; a date the speaker gives the evacuation itself
    still contradicts the rule."""
    assert verdict_on("evacuated", language, "2026-07-08", said, EVACUATION) == "silent"
    assert verdict_on("evacuated", language, "2026-07-08", happened, EVACUATION) == "contradicts"
