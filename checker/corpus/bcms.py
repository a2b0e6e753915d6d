"""Croatian, Serbian or Bosnian: the evidence a statistical detector misses.

The three standards share most of their words, and the statistical models know Serbian
only in Cyrillic, so a Latin-script Serbian article reads to them as Bosnian or Croatian.
Two independent clues separate them where the text allows:

* Serbian or not: the Serbian standard is written in Cyrillic or is ekavian (``mleko``,
  ``reka``, ``dete``, ``predsednik``) and has forms of its own (``opšti``, ``takođe``);
  Croatian and Bosnian are ijekavian (``mlijeko``, ``rijeka``, ``dijete``) and write
  ``opći``, ``također``. Ijekavian Serbian exists, so ijekavian only argues against
  Serbian, it never proves Croatian.
* Croatian or not: Croatian has its own vocabulary (``tisuća``, ``tjedan``, ``kruh``,
  ``tijekom``, ``zrakoplov``, ``sveučilište``, its own month names); Serbian and Bosnian
  share another (``hiljada``, ``sedmica``, ``tokom``, ``saradnja``, ``septembar``).

Serbian-or-not and Croatian-or-not together name one standard: ijekavian with eastern
vocabulary is Bosnian. Words common to all three (``među``, ``sastanak``) prove
nothing and are not listed. Only words written in lower case count, so that names
(the city of Rijeka, a person called Maja) are not taken for vocabulary. When the
clues are weak or conflict, every standard they leave open is reported.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex  # type: ignore[import-untyped]  # ships no types (types-regex has them)

BCMS = ("bs", "hr", "sr")

# Ekavian forms and forms only the Serbian standard uses.
_SERBIAN = """
vreme mleko mleka mleku reka reke reku rekom dete deteta detetu deca dece deci decu decom
lepo lep lepa lepe lepu pesma pesme pesmu pesmi cena cene cenu ceni cenom cenama ovde gde
negde posle pre deo dela delu delovi delova svetski svetske svetskog svetskom nedelja nedelje
nedelju predsedni* uvek videti videli verovatno vesti mesto mesta mestu mesec
meseca mesecu meseci reč reči sreda sredu srede hteo ceo cela celu celog hleb hleba hlebom
izvestili izvestio izvestila izveštaj* bezbednost* opšt* uopšte saopšt* takođe istorij*
"""
# Ijekavian forms and forms Croatian and Bosnian share against Serbian.
_NOT_SERBIAN = """
vrijeme mlijeko mlijeka mlijeku rijeka rijeke rijeku rijekom dijete djeteta djetetu djeca
djece djeci djecu djecom lijepo lijep lijepa lijepe lijepu pjesma pjesme pjesmu pjesmi
cijena cijene cijenu cijeni cijenom cijenama ovdje gdje negdje poslije prije dio dijela
dijelu dijelovi dijelova svjetski svjetske svjetskog svjetskom nedjelja nedjelje nedjelju
predsjedni* uvijek vidjeti vidjeli vjerojatno vjerovatno vijesti mjesto mjesta
mjestu mjesec mjeseca mjesecu mjeseci riječ riječi srijeda srijedu srijede htio cijeli
cijela cijelu cijelog hljeb hljeba hljebom izvijestili izvijestio izvijestila izvještaj*
bezbjednost* uvjet* opć* uopće saopć* također historij*
"""
# Words of the Croatian standard that Serbian and Bosnian do not use.
_CROATIAN = """
tisuć* tjedan tjedn* kruh kruha kruhom zrakoplov* sveučilišt* tijekom glasnogovorni*
izvješć* veleposlan* vlak vlaka vlaku vlakom vlakovi nogomet* tvrtk* obitelj* glazb*
kazališt* znanost* znanstven* povijest* tko točno točk* suradnj* suradni* surađ* financij*
mirovin* priopć* otok otoka otoku otoci vjerojatno uvjet* siječanj siječnja veljača
veljače ožujak ožujka travanj travnja svibanj svibnja lipanj lipnja srpanj srpnja kolovoz
kolovoza rujan rujna listopad listopada prosinac prosinca
"""
# Words Serbian and Bosnian share that Croatian does not use.
_NOT_CROATIAN = """
hiljad* sedmic* hleb hleba hlebom hljeb hljeba hljebom univerzitet* voz voza vozom fudbal*
ambasad* ko šta tokom tačno tačk* saradnj* saradni* sarađ* finansij* penzij* porodic*
nauka nauke nauku naukom naučni* vjerovatno verovatno uslov* januar* februar* mart marta
martu april aprila aprilu maj maja maju jun juna junu jul jula julu avgust* septemb*
oktob* novemb* decemb*
"""


class _Markers:
    """The four marker lists as one table, so that a text is read once: ``stem*``
    entries match any word starting with the stem, other entries whole words only.
    Matching is case-sensitive on purpose."""

    def __init__(self, *lists: str) -> None:
        self.size = len(lists)
        self.words: dict[str, int] = {}
        self.stems: dict[str, int] = {}
        for index, words in enumerate(lists):
            for word in words.split():
                table, key = (self.stems, word[:-1]) if word.endswith("*") else (self.words, word)
                table[key] = table.get(key, 0) | 1 << index
        self.stem_lengths = sorted({len(stem) for stem in self.stems})

    def count(self, words: list[str]) -> list[int]:
        """How many of ``words`` each list matches."""
        counts = [0] * self.size
        for word, times in Counter(words).items():
            bits = self.words.get(word, 0)
            for length in self.stem_lengths:
                if length > len(word):
                    break
                bits |= self.stems.get(word[:length], 0)
            for index in range(self.size):
                if bits >> index & 1:
                    counts[index] += times
        return counts


_MARKERS = _Markers(_SERBIAN, _NOT_SERBIAN, _CROATIAN, _NOT_CROATIAN)
_WORD_RE = regex.compile(r"\p{L}+")
_CYRILLIC_RE = regex.compile(r"\p{Cyrillic}")

# Which standards the two clues leave open: (Serbian-or-not, Croatian-or-not), each
# +1 (for), -1 (against) or 0 (no clear lean). Conflicting or absent clues leave all.
_OPEN = {
    (1, -1): ("sr",), (1, 0): ("sr",),
    (-1, 1): ("hr",), (0, 1): ("hr",),
    (-1, -1): ("bs",),
    (-1, 0): ("hr", "bs"),
    (0, -1): ("sr", "bs"),
}


@dataclass(frozen=True)
class Clues:
    """Counts of marker words in a text, and the share of its words written in Cyrillic."""

    serbian: int
    not_serbian: int
    croatian: int
    not_croatian: int
    cyrillic: float

    @classmethod
    def of(cls, text: str) -> Clues:
        words = _WORD_RE.findall(text)
        serbian, not_serbian, croatian, not_croatian = _MARKERS.count([w for w in words if w.islower()])
        cyrillic = sum(1 for word in words if _CYRILLIC_RE.match(word)) / (len(words) or 1)
        return cls(serbian, not_serbian, croatian, not_croatian, cyrillic)

    def score(self, language: str) -> int:
        """How strongly the markers speak for ``language`` (for ordering candidates)."""
        serbian = self.serbian - self.not_serbian
        croatian = self.croatian - self.not_croatian
        return {"sr": serbian - croatian, "hr": croatian - serbian, "bs": -serbian - croatian}[language]


def rank_bcms(text: str, pool: tuple[str, ...], confidence: dict[str, float]) -> list[str]:
    """The standards of ``pool`` (the candidates among hr, sr, bs) that ``text`` may be
    written in, most likely first; one when the markers decide.

    ``confidence`` is the statistical detector's opinion, used only to order what the
    markers leave open.
    """
    clues = Clues.of(text)
    if clues.cyrillic >= 0.5 and "sr" in pool:
        return ["sr"]
    lean = (_lean(clues.serbian, clues.not_serbian), _lean(clues.croatian, clues.not_croatian))
    plausible = [language for language in _OPEN.get(lean, BCMS) if language in pool] or list(pool)
    plausible.sort(key=lambda language: (-clues.score(language), -confidence.get(language, 0.0), language))
    return plausible


def _lean(for_: int, against: int) -> int:
    """+1 or -1 when one side has at least two markers and twice the other's; else 0."""
    if for_ >= 2 and for_ >= 2 * against:
        return 1
    if against >= 2 and against >= 2 * for_:
        return -1
    return 0
