"""Words that make a noun another one: "another earthquake", "otro sismo", "un autre
séisme", "ein weiteres Beben", "другое землетрясение", "زلزال آخر".

A rule's anchor written with one of them names another event than the rule's, so it is
no anchor of the rule: in "The quake struck on Wednesday. Another earthquake hit the
region on 15 March." the March date is the other quake's. Most languages write the word
before the noun; Arabic, Persian, Hebrew, Indonesian, Malay, Vietnamese and Swahili
write it after. Only words that always mean "another" or "other" are listed: not "new"
("the new law" may be the law a rule is about), nor "second".
"""

from __future__ import annotations

from functools import lru_cache

from .normalise import fold, primary_language

# Written before the noun, in every form that agrees with it.
_BEFORE: dict[str, str] = {
    "en": "another other",
    "es": "otro otra otros otras",
    "pt": "outro outra outros outras",
    "ca": "altre altra altres",
    "fr": "autre autres",
    "it": "altro altra altri altre",
    "ro": "alt altă alte alți altui altei",
    "de": "anderer andere anderes anderen anderem weiterer weitere weiteres weiteren weiterem",
    "nl": "ander andere",
    "sv": "annan annat andra",
    "da": "anden andet andre",
    "nb": "annen annet andre", "no": "annen annet andre",
    "fi": "toinen toisen toista toisessa",
    "hr": "drugi druga drugo drugog drugoga drugom drugoj drugu",
    "bs": "drugi druga drugo drugog drugoga drugom drugoj drugu",
    "sr": "drugi druga drugo drugog drugoga drugom drugoj drugu други друга друго другог другом другој другу",
    "sl": "drug druga drugo drugega drugem",
    "pl": "inny inna inne innego innej innym kolejny kolejna kolejne kolejnego kolejnej kolejnym",
    "cs": "jiný jiná jiné jiného jiném další",
    "sk": "iný iná iné iného inom ďalší ďalšia ďalšie",
    "ru": "другой другая другое другие другого другом очередной очередная очередное очередного",
    "uk": "інший інша інше інші іншого іншому черговий чергова чергове чергового",
    "be": "іншы іншая іншае іншыя",
    "bg": "друг друга друго други",
    "mk": "друг друга друго други",
    "hu": "másik újabb",
    "tr": "başka diğer",
    "el": "άλλος άλλη άλλο άλλοι άλλες άλλου άλλης",
}
# Written after the noun.
_AFTER: dict[str, str] = {
    "ar": "آخر أخرى",
    "fa": "دیگر",
    "he": "אחר אחרת נוסף נוספת",
    "id": "lain lainnya", "ms": "lain",
    "vi": "khác",
    "sw": "nyingine",
}


@lru_cache(maxsize=128)
def another_words(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The folded words of ``language`` that make the noun after them, and those that
    make the noun before them, another one."""
    base = primary_language(language)
    return (frozenset(fold(word) for word in _BEFORE.get(base, "").split()),
            frozenset(fold(word) for word in _AFTER.get(base, "").split()))
