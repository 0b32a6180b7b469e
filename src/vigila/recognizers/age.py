"""Stated ages: "19yo", "19 y/o", "tengo 17 años", "17 ans", "am 17 ani", "edad: 19", "diecisiete años".

`normalized` is the age as an integer string. Durations ("5 años de experiencia", "hace 2 años",
"for 3 years") are not ages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vigila.core.types import Entity
from vigila.recognizers.base import Document, Recognizer
from vigila.text.numbers import NUMBER_WORDS, Kind, strip_accents

_UNIT = r"(?:yo|y/o|y\.o\.?|yrs?\s?old|years?\s?old|years?|yrs?|años|añitos|anos|aninhos|ans|ani|de\s+ani)"
# A number in digits, or one or two words ("diecisiete", "vingt et un", "douăzeci și unu") read by `_value`.
_NUMBER = r"(?P<num>\d{1,2}|(?P<words>[^\W\d_]+)(?:[\s-]+(?:(?:y|e|și|si|et)[\s-]+)?(?P<unit>[^\W\d_]+))?)"
_AFTER = re.compile(rf"(?<![\w.,/])(?:{_NUMBER})\s?(?P<tail>{_UNIT})(?!\w)", re.IGNORECASE)
# Cheap test first: most texts hold no age unit word at all.
# `(?<=[\w\s]){_UNIT}(?!\w)` under IGNORECASE, written without it: each unit's first letter in both cases
# as a plain literal (the scanner then skips to those letters instead of trying every character), the
# look-behind after that letter, the rest case-insensitively. Only where a match starts is used, so the
# units are grouped by first letter.
_ANY_UNIT = re.compile(
    "|".join(
        f"{case}(?<=[\\w\\s]{case})(?i:{rest})(?!\\w)"
        for first, rest in [
            ("y", r"o|/o|\.o\.?|rs?\s?old|ears?\s?old|ears?|rs?"),
            ("a", "ños|ñitos|nos|ninhos|ns|ni"),
            ("d", r"e\s+ani"),
        ]
        for case in (first, first.upper())
    )
)
# Labels and birthday verbs: the number after them is an age ("edad 19", "cumplo 18 el mes que viene").
_STRONG_CUES = [
    *("edad", "idade", "age", "âge", "vârsta", "varsta", "vârstă", "aged", "ages", "must be", "cumplo"),
    *("cumpliré", "voy a cumplir", "faço", "vou fazer", "completo", "turning", "turned", "i'll be"),
    *("i will be", "j'aurai", "je vais avoir", "împlinesc", "implinesc"),
]
# Verbs that also count things: the number must end the clause ("tengo 21 y …", not "tengo 20 euros").
_WEAK_CUES = [
    *("tengo", "tenho", "j'ai", "am", "i'm", "i am", "im", "she's", "she is", "he's", "he is", "tiene"),
    *("tenía", "tem", "tinha", "has", "i was", "she was", "he was", "j'avais", "aveam", "is", "was"),
]
# A bare "is"/"was" is a cue only after a person: "my mum is 41", "her sister was 15".
_PERSON_BEFORE = re.compile(
    r"(?<!\w)(?:mum|mom|mother|dad|father|sister|brother|bro|sis|son|daughter|girlfriend|gf|boyfriend|bf|"
    r"cousin|niece|nephew|wife|husband|friend|girl|boy|kid|child|baby|she|he|who)\s+$",
    re.IGNORECASE,
)
_CUES = _STRONG_CUES + _WEAK_CUES
_ADVERBS = [
    "only",
    "just",
    "solo",
    "sólo",
    "apenas",
    "seulement",
    "doar",
    "almost",
    "casi",
    "quase",
    "presque",
    "aproape",
]


_Trie = dict[str, "_Trie"]


def _trie(words: list[str]) -> str:
    """A regex alternation of `words` shaped as a trie: shared prefixes are tried once (3x faster here)."""
    tree: _Trie = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(tree)


# Words after which a bare number is an age: "edad: 19", "tengo 21", "she's only 16", "cumplo 18". The
# look-ahead restates the first letter a cue must have, so the scanner rejects most positions on one test.
_CUE = re.compile(
    rf"(?=[{''.join(sorted({c[0] for c in _CUES}))}])(?<!\w){_trie(_CUES)}(?!\w)"
    rf"(?:\s+{_trie(_ADVERBS)}(?!\w))?\s*[:=\-]?\s*",
    re.IGNORECASE,
)
# The cue again, at the end of the text before "19 years" ("age: 19 years", "I am 20 yrs"): then an age.
_CUE_BEFORE = re.compile(rf"(?<!\w){_trie(_CUES)}(?:\s+{_trie(_ADVERBS)})?\s*[:=\-]?\s*$", re.IGNORECASE)

# A spelled number after a cue, with no unit: "tengo diecisiete", "she is nineteen and …". The clause
# ends at punctuation or an emoji (not a currency sign), or a linking word follows.
_NUMBER_END = (
    r"(?=\s*(?:[^\w\s€$£%&+*/]|$|(?:y|e|et|and|but|pero|mas|mais|dar|și|si|now|ya|already|déjà|deja|just|"
    r"to|a|à|al|até|hasta|la|from|din|in|en|em|în|with|con|com|avec|cu|is|ok|okay|so|que|q|lol|jaja|haha|kk+)\b))"
)
_CUED_WORDS = re.compile(
    r"(?P<num>(?P<words>[^\W\d_]+)(?:[\s-]+(?:(?:y|e|și|si|et)[\s-]+)?(?P<unit>[^\W\d_]+))?)" + _NUMBER_END,
    re.IGNORECASE,
)
# Digits after a weak cue end a clause ("tengo 21 y …"), not "tengo 20 euros", "I'm 5 minutes away".
_CUED_DIGITS = re.compile(r"(?P<num>\d{1,2})(?![\d:.,/]\d)" + _NUMBER_END, re.IGNORECASE)
_STRONG_CUE = re.compile(rf"{_trie(_STRONG_CUES)}(?!\w)", re.IGNORECASE)
# After a strong cue, anything but a time, a price or a duration ("I'll be 20 minutes").
_STRONG_DIGITS = re.compile(
    r"(?P<num>\d{1,2})(?!\s?(?:[:.,/]\d|%|€|\$|h\b|am\b|pm\b|min|hour|hora|heure|ore\b|day|día|dia|jour|zile))"
    r"(?!\w)",
    re.IGNORECASE,
)
_CUED_WORD = re.compile(r"(?P<num>(?P<words>[^\W\d_]+)(?P<unit>))" + _NUMBER_END, re.IGNORECASE)
# A range or list before an age found: "de 18 a 25 años", "18-30", "de 4 y 6 años", "eighteen to twenty-five".
_RANGE_BEFORE = re.compile(
    r"(?<![\w.,/])(?P<num>\d{1,2}|(?P<words>[^\W\d_]+)(?:[\s-]+(?P<unit>[^\W\d_]+))?)\s*"
    r"(?:-|–|/|a|à|al|to|até|ate|hasta|jusqu'à|și|si|y|e|et|and|or|ou|o|sau|la|până la|pana la)\s*$",
    re.IGNORECASE,
)
_RANGE_WORDS = frozenset(
    {
        "a",
        "à",
        "al",
        "to",
        "até",
        "ate",
        "hasta",
        "jusqu'à",
        "și",
        "si",
        "y",
        "e",
        "et",
        "and",
        "or",
        "ou",
        "o",
    }
    | {"sau", "la"}
)
_RANGE_AFTER = re.compile(
    r"\s*(?:-|–|a|à|al|to|até|și|si|y|e|et|and|la)\s*"
    r"(?P<num>\d{1,2}(?![\d:.,/]\d|\w)|(?P<words>[^\W\d_]+)(?:[\s-]+(?P<unit>[^\W\d_]+))?)",
    re.IGNORECASE,
)
# "Jade, 21, petite", "Mia, 20, just landed": a bare age set off by commas after a name or a word.
_APPOSITION = re.compile(r",(?<=[^\W\d_],)\s?(?P<num>\d{2})(?=\s?(?:[,!;|\n]|\.(?!\d)|$|\s[-–|•]))")
_NOT_APPOSITION = re.compile(
    r"(?<!\w)(?:calle|c/|rua|rue|avenida|av|avenue|strada|str|street|st|road|calea|bulevardul|piso|planta|"
    r"n[º°o]|número|numero|apt|flat|room|habitación|habitacion|quarto|chambre|camera|talla|size|taille|"
    r"mărime|marime|tamanho|pointure|portal|bloc|sc|ap|et|km|min|precio|price|prix|preț|pret|preço|tel)\b",
    re.IGNORECASE,
)
# Ages under 10 are read only about a child: "mon fils a 7 ans", "2 hijos de 4 y 6 años".
_CHILD = re.compile(
    r"(?<!\w)(?:hij[oa]s?|niñ[oa]s?|nin[oa]s?|nene?s?|bebés?|bebe|filh[oa]s?|menin[oa]s?|crianças?|fils|filles?|"
    r"enfants?|bébés?|garçons?|sons?|daughters?|kids?|child|children|baby|bro|brother|sis|sister|"
    r"copil|copilul|copii|copiii|fiul|fiica|fiic[ăa]|băiat\w*|baiat\w*|fetiț\w*|fetit\w*|sobrin[oa]s?|"
    r"hermanit[oa]s?|irmãozinho|irmãzinha|nepot\w*)(?!\w)",
    re.IGNORECASE,
)
_PERSON = (
    r"(?:hij[oa]|niñ[oa]|nen[ea]|filh[oa]|menin[oa]|fils|fille|enfant|garçon|son|daughter|kid|child|baby|"
    r"brother|sister|bro|sis|hermano|hermana|irmão|irmã|frère|sœur|soeur|frate|fratele|sora|copil|copilul|fiul|"
    r"fiica|băiatul|baiatul|fata|mamá|madre|mãe|mère|mama|mum|mom|primo|prima|cousin|cousine|amiga|amigo|"
    r"friend|copine|copain|prietena|prietenul)s?"
)
_ELLIPTIC = re.compile(
    r"\s*(?:,|y|e|et|and|și|si)\s+(?:(?:la|el|o|a|sa|son|his|her|my|mi|mon|ma|minha|meu|sua|seu|mea|meu)\s+)?"
    rf"{_PERSON}\s+(?:(?:tiene|tem|a|are|has|is|de)\s+)?"
    r"(?P<num>\d{1,2}(?![\d:.,/]\d)|(?P<words>[^\W\d_]+)(?P<unit>))(?!\w)"
    r"(?!\s*(?:€|\$|%|h\b|euros?|min|hora|hour|heure|ore\b|d[ií]a|day|jour|zi|semana|week|semaine|"
    r"săptămân|saptaman|mes|month|mois|lun))",
    re.IGNORECASE,
)
_DURATION_AFTER = re.compile(
    r"^\s*(?:de\s+|d'|of\s+)?(?:experiencia|experiência|expérience|experience|experiență|experienta|"
    r"contrato|contract|trabajo|work|working|garantía|garantia|ago|atrás|atras|antes|later|más tarde|"
    # how long a state lasted: "30 años de casada", "10 ans de mariage", "5 years of marriage"
    r"casad[oa]s?|novios|namoro|relación|relacion|relação|matrimonio|matrimônio|casamento|mariage|"
    r"căsnicie|casnicie|marriage|married|servicio|serviço|service)",
    re.IGNORECASE,
)
_DURATION_BEFORE = re.compile(
    r"(?<!\w)(?:hace|há|ha|durante|desde|for|during|since|depuis|pendant|il y a|acum|de peste|peste|por|pelo|"
    r"llevo|llevas|lleva|llevamos|levo|leva|faz|fazem|"
    # past verbs of living and working for a time: "morei 10 anos em", "viví 5 años", "am locuit 3 ani"
    r"morei|morou|viví|vivi|vivió|trabajé|trabalhei|estudié|estudei|lived|worked|vécu|travaillé|"
    r"am locuit|am lucrat|a locuit|a lucrat|"
    # Romanian present tense with "de" for how long: "lucrez de 17 ani", "sunt aici de 2 ani"
    r"lucrez de|lucrează de|lucreaza de|muncesc de|locuiesc de|stau de|aici de|"
    r"mais de|más de|more than|plus de|over|within|dentro de|en|in|em|dans|în|after|después de|após|après|"
    r"cada|every|todos los|contrato de|contract of|contrat de|contrato|contract|contrat)\s*$",
    re.IGNORECASE,
)
_ADULT_RANGE = range(10, 80)
_CHILD_RANGE = range(1, 10)


class AgeRecognizer(Recognizer):
    """A person's stated age, in digits or words."""

    name = "age"
    entity_types = ("age",)
    priority = 35

    def analyze(self, doc: Document) -> Iterator[Entity]:
        """Yield ages between 10 and 79, and between 1 and 9 when a child is named just before."""
        text = doc.text
        seen: list[tuple[int, int]] = []
        found: list[Entity] = []
        for m in _after_matches(text):
            value = _value(m)
            tail = m.group("tail").lower()
            if value is None:
                continue
            age, start = value
            if age not in _ADULT_RANGE and not (age in _CHILD_RANGE and _CHILD.search(doc.before(start, 40))):
                continue
            if _DURATION_AFTER.match(text[m.end() :]) or _DURATION_BEFORE.search(doc.before(start, 15)):
                continue
            if (
                tail.startswith(("year", "yr"))
                and "old" not in tail
                and not _CUE_BEFORE.search(doc.before(start, 20))
            ):
                continue  # "5 years" alone is a duration in English
            found.append(
                self.entity("age", doc, start, m.end(), str(age), 0.85, spelled=bool(m.group("words")))
            )
        labelled = [found_ for cue in _CUE.finditer(text) if (found_ := _cued(text, cue)) is not None]
        for m, age, start in labelled:
            if age not in _ADULT_RANGE and not (age in _CHILD_RANGE and _CHILD.search(doc.before(start, 40))):
                continue
            found.append(
                self.entity(
                    "age", doc, start, m.end("num"), str(age), 0.75, spelled=bool(m.groupdict().get("words"))
                )
            )
            after = _RANGE_AFTER.match(text, m.end("num"))
            value = _value(after) if after is not None else None
            if after is not None and value is not None and value[0] > age:
                start = max(value[1], after.start("num"))  # the span starts at the number, not the "-"
                found.append(self.entity("age", doc, start, after.end("num"), str(value[0]), 0.7))
        for m in _APPOSITION.finditer(text):
            if not _NOT_APPOSITION.search(doc.before(m.start(), 30)) and int(m.group("num")) in range(14, 60):
                found.append(self.entity("age", doc, m.start("num"), m.end("num"), m.group("num"), 0.6))
        # A second person's age sharing the first one's unit: "el niño tiene 6 años y la niña 9".
        for entity in list(found):
            other = _ELLIPTIC.match(text, entity.end)
            value = _value(other) if other is not None else None
            if other is not None and value is not None and value[0] in range(1, 80):
                start = max(value[1], other.start("num"))
                found.append(self.entity("age", doc, start, other.end("num"), str(value[0]), 0.6))
        # The first end of a range or list, once its second end is known to be an age.
        for entity in list(found):
            tail = text[max(0, entity.start - 12) : entity.start].rstrip()
            if not tail or (tail[-1] not in "-–/" and tail.rsplit(None, 1)[-1].lower() not in _RANGE_WORDS):
                continue  # a cheap screen: no range word just before
            first = _RANGE_BEFORE.search(text, max(0, entity.start - 30), entity.start)
            if first is None:
                continue
            value = _value(first)
            if value is not None and value[0] < int(entity.normalized) and value[0] in range(1, 80):
                found.append(self.entity("age", doc, value[1], first.end("num"), str(value[0]), 0.7))
        kept: list[Entity] = []
        for entity in found:  # earlier passes are surer: "20 de ani" keeps its unit over "am 20"
            if any(entity.start < e and s < entity.end for s, e in seen):
                continue
            seen.append((entity.start, entity.end))
            kept.append(entity)
        yield from sorted(kept, key=lambda e: e.start)


def _cued(text: str, cue: re.Match[str]) -> tuple[re.Match[str], int, int] | None:
    """The number after a cue word, as (match, age, start), or None."""
    word = cue.group().split(None, 1)[0].lower()
    if word in ("is", "was") and not _PERSON_BEFORE.search(text, max(0, cue.start() - 12), cue.start()):
        return None  # "the price is 50": "is" counts only after a person
    strong = _STRONG_CUE.match(text, cue.start()) is not None
    digits = (_STRONG_DIGITS if strong else _CUED_DIGITS).match(text, cue.end())
    if digits is not None:
        return digits, int(digits.group("num")), cue.start()
    words = _CUED_WORDS.match(text, cue.end())
    if words is None:
        return None
    value = _value(words)
    if value is None and words.group("unit"):
        words = _CUED_WORD.match(text, cue.end())  # "tengo diecisiete pero": "pero" is no number
        value = _value(words) if words is not None else None
    if words is None or value is None or value[0] < 12:
        return None
    return words, value[0], value[1]


def _after_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_AFTER.finditer(text)`, found without running `_AFTER` over the whole text.

    `_AFTER` tries every word of the text as a spelled number, which is slow. Each of its matches
    ends with an age unit where `_ANY_UNIT` matches too, and its number part holds only word
    characters, spaces and dashes; so the next match starts after the last other character before the
    next unit, and the search can begin there (look-behinds still see the text before `pos`).
    """
    pos = 0
    while True:
        unit = _ANY_UNIT.search(text, pos)
        if unit is None:
            return
        start = unit.start()
        while start > pos and (
            text[start - 1] in " -" or text[start - 1].isspace() or _WORD.match(text[start - 1])
        ):
            start -= 1
        m = _AFTER.search(text, start)
        if m is None:
            return
        yield m
        pos = m.end()


_WORD = re.compile(r"\w")


def _value(m: re.Match[str]) -> tuple[int, int] | None:
    """The age and where its number starts; a leading non-number word is dropped ("tengo diecisiete")."""
    if m.group("words") is None:
        return int(m.group("num")), m.start()
    first = NUMBER_WORDS.get(strip_accents(m.group("words")))
    unit = NUMBER_WORDS.get(strip_accents(m.group("unit"))) if m.group("unit") else None
    if first is not None and first[0] is Kind.TENS and unit is not None and unit[0] is Kind.UNIT:
        return first[1] + unit[1], m.start()
    if first == (Kind.TEEN, 10) and unit is not None and unit[0] is Kind.UNIT and unit[1] >= 7:
        return 10 + unit[1], m.start()  # French "dix-sept", "dix-huit", "dix-neuf"
    if not m.group("unit"):
        return (first[1], m.start()) if first is not None and first[0] in _AGE_KINDS else None
    if unit is not None and unit[0] in _AGE_KINDS:
        return unit[1], m.start("unit")
    return None


_AGE_KINDS = (Kind.UNIT, Kind.TEEN, Kind.TENS)
