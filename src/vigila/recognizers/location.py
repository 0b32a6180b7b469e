"""Places: countries and cities from the offline gazetteer, with coordinates.

Only capitalised words are looked up ("Madrid", "MADRID", "Nueva York", "Río de Janeiro"). Place
names that are also common words or first names ("Como", "Nice", "Sofia", "Victoria") count only
after a place preposition ("en Sofia", "in Nice", "from Victoria").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from vigila.core.types import Entity
from vigila.recognizers.base import Document, Recognizer
from vigila.recognizers.gazetteer import Place, gazetteer, key

_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
# Where a capitalised word can open: an upper-case `_WORD` letter of the BMP ("²" is a `_WORD` letter,
# "Ⓐ" is not) or any astral character (listing the astral capitals one by one makes every test slow;
# the loop checks those few). Case-sensitive, so the scanner skips straight to them.
_CAPITAL = re.compile(
    "["
    + "".join(re.escape(c) for c in map(chr, range(0x10000)) if c.isupper() and re.fullmatch(r"[^\W\d_]", c))
    + "\U00010000-\U0010ffff]"
)
_WORD_PART = re.compile(r"[\w'’]")
_LETTER = re.compile(r"[^\W\d_]")
_CONNECTORS = frozenset(
    {"de", "del", "da", "do", "dos", "das", "la", "le", "les", "los", "las", "sur", "am", "upon", "di"}
)
_MAX_WORDS = 4
_PLACE_PREPOSITION = re.compile(
    r"(?:\b(?:en|in|em|no|na|à|a|au|aux|în|in|din|from|de|desde|to|para|pra|pro|hacia|near|cerca de|"
    r"perto de|près de|lângă|langa|spre|pour|vers|towards|até|hasta|live in|vivo en|moro em|j'habite à|"
    r"locuiesc în|trip to|viaje a)\s+(?:the\s+)?|(?<!\w)d['’])$",
    re.IGNORECASE,
)
_STREET = re.compile(
    r"(?<!\w)(?:avenida|av|rua|calle|c/|carrer|paseo|plaza|praça|rue|avenue|boulevard|bd|street|st|road|rd|"
    r"strada|str|bulevardul|bd-ul|calea|piața|piata)\.?\s+"
    r"(?:(?:de|del|du|des|da|do|dos|das|di|of)\s+(?:la\s+|l['’])?)?$",
    re.IGNORECASE,
)
# Place names that are also everyday words or first names in the five languages.
_AMBIGUOUS = frozenset(
    key(w)
    for w in [
        "como",
        "sale",
        "nice",
        "para",
        "bar",
        "mar",
        "real",
        "vale",
        "ver",
        "bom",
        "mais",
        "once",
        "will",
        "deal",
        "reading",
        "bath",
        "mobile",
        "split",
        "victoria",
        "sofia",
        "sofía",
        "mercedes",
        "florencia",
        "carolina",
        "dolores",
        "paz",
        "pilar",
        "guadalupe",
        "aurora",
        "mira",
        "nova",
        "linda",
        "bella",
        "angel",
        "santa",
        "central",
        "florida",
        "alexandria",
        "alejandria",
        "lola",
        "maria",
        "marina",
        "rosa",
        "luz",
        "esperanza",
        "concepcion",
        "concepción",
        "sur",
        "norte",
        "este",
        "oeste",
        "chat",
        "hola",
        "oferta",
        "trabajo",
        "bonita",
        "bella",
        "gata",
        "nina",
        "niña",
        "salt",
        "orange",
        "march",
        "may",
        "june",
        "ocean",
        "long",
        "ramos",
        "tanga",
        "rica",
        "fontana",
        "ilha",
        "venus",
        "eden",
        "lima",
        "cruz",
        "cruces",
        "david",
        "jesus",
        "san",
        "luis",
        "leon",
        "león",
        "victor",
        "natal",
        "asia",
        "africa",
        "america",
        "europa",
        "european",
        "porto",
        "vitoria",
        "vitória",
        "amor",
        "madre",
        "padre",
        "buena",
        "buenas",
        "vista",
        "monte",
        "valle",
        "campo",
        "playa",
        "puerto",
        "villa",
        "ciudad",
        "nueva",
        "nuevo",
        "new",
        "city",
        "miami",
        "sale",
        "fortuna",
        "esperanza",
        "gloria",
        "union",
        "unión",
        "libertad",
        "independencia",
        "progreso",
        "trinidad",
        "providence",
        "hope",
        "grace",
        "faith",
        "patience",
        # Everyday words of the five languages, often capitalised at a sentence start, that name a place
        # ("Manda CV" → Handa, "Chama no zap" → Hamah, "Mai multe", "morena, latina" in an ad).
        "mai",
        "março",
        "manda",
        "chama",
        "sim",
        "solo",
        "sólo",
        "bani",
        "centro",
        "morena",
        "latina",
        "come",
        "best",
        "bay",
        "crystal",
        "pearl",
        "paradise",
        # Function words of the five languages, capitalised at a sentence start ("Mon snap", "Una chica").
        "altă",
        "can",
        "cine",
        "dar",
        "mon",
        # Short names that are also words: "Rio" (a river), "Casa" (a house).
        "rio",
        "casa",
        "most",
        "nada",
        "okay",
        "same",
        "than",
        "toda",
        "una",
        "voi",
    ]
)
# Words for squares and streets that GeoNames also has as towns: here they name a square ("Piața Unirii").
_STREET_WORDS = frozenset(key(w) for w in ["piața", "largo"])
# Places that are also common given names: a person called Paris or Santiago is not a place.
_GIVEN_NAMES = frozenset(
    key(w)
    for w in [
        "paris",
        "florence",
        "santiago",
        "salvador",
        "adelaide",
        "adrian",
        "alba",
        "alexandra",
        "alice",
        "alicia",
        "alma",
        "angeles",
        "austin",
        "belén",
        "brooklyn",
        "bruna",
        "carmen",
        "charlotte",
        "chelsea",
        "dominique",
        "elizabeth",
        "estrella",
        "fátima",
        "florin",
        "george",
        "isabela",
        "jackson",
        "julia",
        "kira",
        "larisa",
        "larissa",
        "leo",
        "leticia",
        "lincoln",
        "logan",
        "lorena",
        "lourdes",
        "lucas",
        "madison",
        "mason",
        "montserrat",
        "phoenix",
        "regina",
        "rosario",
        "savannah",
        "sebastian",
        "soledad",
        "sydney",
        "tyler",
        "vera",
        "anna",
        "ariana",
        "harper",
        "helena",
        "lara",
        "mariana",
        "nadia",
        "rafaela",
        "sophia",
        "taylor",
        "virginia",
    ]
)
# Other cues that an ambiguous name is the place: a postcode before it ("75011 Paris"), a travel verb
# ("visiting Austin") or a form field ("location: FR, Paris", "ciudad: Santiago").
_OTHER_PLACE_CUE = re.compile(
    # postcodes: "75011", "40010-000" (Brazil), "1000-001" (Portugal), "MD-2001", "CH-1201"
    r"(?:(?<!\w)(?:\d{5}-\d{3}|\d{4}-\d{3}|\d{4,6}|[A-Z]{1,2}-\d{4,5})|"
    r"(?<!\w)(?:visiting|touring|arriving in|arrived in|landed in|de passage à|de paso por)|"
    r"(?<!\w)(?:location|ubicación|ubicacion|localização|localizacao|lieu|locație|locatie|city|ciudad|cidade|"
    r"ville|oraș|oras)\s*:(?:\s*[A-Z]{2},)?)\s+$",
    re.IGNORECASE,
)
# Separators of a list of places: "Salvador, Recife, Natal", "Lisbon or Porto", "Oradea sau Arad".
# The preposition may come again: "la Paris și la Milano", "en Lyon y en Niza".
_LIST_SEPARATOR = re.compile(
    r"\s*(?:,|/|-|–|\||&|\s(?:y|e|et|and|or|ou|o|sau|și|si|u)\s)\s*"
    r"(?:(?:la|en|em|in|în|à|a|to|din|de|from)\s+)?",
    re.IGNORECASE,
)
# Words that make the next name something else: a venue ("Hotel Granada"), a station ("gare de Lyon"), a
# district ("zona Lavapiés"), or a person's name ("se llama Medellín", "a tal de Paris", "llamar a Paco").
_NOT_PLACE_BEFORE = re.compile(
    r"(?<!\w)(?:hotel|hôtel|hostal|hostel|motel|pensión|pension|club|café|cafe|restaurante|restaurant|pub|"
    r"disco|discoteca|boate|cinema|teatro|théâtre|estadio|stade|hospital|colegio|escuela|escola|école|"
    r"(?:gare|gara|estación|estacion|estação|estacao|station|metro|métro)(?:\s+(?:de|du|d['’]))?|"
    r"zona|barrio|bairro|quartier|cartier(?:ul)?|sector(?:ul)?|district|neighbou?rhood|colonia|comuna|distrito|"
    r"se\s+llama|se\s+hace\s+llamar|llamad[ao]|apodad[ao]|s['’]appelle|appelée?|surnommée?|se\s+chama|"
    r"chamad[ao]|apelidad[ao]|called|named|nicknamed|aka|alias|numit[ăa]?|pe\s+nume|"
    r"(?:un|una|la|el|o|a|um|uma)\s+tal(?:\s+de)?|"
    # asking for someone by name: "llamar a Paco", "pregunta por Paz", "fala com Vitória", "suna pe Sofia"
    r"llam(?:ar|a|e|en)\s+a|pregunt(?:ar|a|e)\s+por|habl(?:ar|a|e)\s+con|fal(?:ar|a|e)\s+com|"
    r"lig(?:ar|a|ue)\s+(?:para|pra)|ask\s+for|appel(?:er|le|lez)|demande[rz]?|sun[aă]\s+pe|suna[țt]i\s+pe|"
    r"întreab[aă]\s+de|intreab[aă]\s+de)(?:\s+(?:a|o|la|el|le))?\s+$",
    re.IGNORECASE,
)
# A given-name place right after someone introduces herself is her name: "sou a Bruna", "I'm Florence".
_SELF_BEFORE = re.compile(
    r"(?<!\w)(?:soy|sou(?:\s+[ao])?|i['’]?m|i\s+am|je\s+suis|sunt|me\s+llamo|me\s+chamo|m[ăa]\s+numesc|"
    r"je\s+m['’]appelle|my\s+name\s+is|meu\s+nome\s+é|mi\s+nombre\s+es|aqui\s+é\s+[ao]|c['’]est|it['’]s|"
    r"this\s+is)\s+$",
    re.IGNORECASE,
)
# What only a person does, right after a given-name place: "a Lara tem 14 anos", "Victoria keeps the
# passports", "Paris es la que cobra", "dis à Victoria de m'appeler".
_PERSON_AFTER = re.compile(
    r"\s*,?\s*(?:m['’]a|me\s+dijo|me\s+dice|me\s+disse|mi-a|told|said|says|keeps|kept|falou|fala\s+que|"
    r"disse|diz\s+que|dijo|dice\s+que|zice|a\s+zis|spune|(?:tem|tiene|are|has|is|a)\s+\d+|"
    r"es\s+(?:la|el)\s+que|é\s+(?:quem|a\s+que|o\s+que)|e\s+cea\s+care|est\s+celle\s+qui|is\s+the\s+one|"
    r"de\s+m['’]\w+|que\s+me\s+\w+|pra\s+me\s+\w+|para\s+me\s+\w+|to\s+call|to\s+text|s[aă]\s+m[aă]\s+\w+|"
    r"mandou|pediu|cobra|recruta|recluta|recrute|recruits|e\s+manager|e\s+șef[aă]?|e\s+sef[aă]?)(?!\w)",
    re.IGNORECASE,
)
# Speech verbs that make even a plain place a person: "Lyon m'a dit", "Jordan told us".
_SPEAKS_AFTER = re.compile(
    r"\s*,?\s*(?:m['’]a\s+dit|me\s+dijo|me\s+disse|mi-a\s+(?:spus|zis)|told\s+(?:me|us|her|him)|"
    r"said\s+(?:that|she|he))(?!\w)",
    re.IGNORECASE,
)
# A description after the name: "Nice est une belle ville", "Vitória é uma cidade", "Bath is a city".
_CITY_AFTER = re.compile(
    r"\s+(?:est\s+une|es\s+una|é\s+uma|is\s+a|este\s+un|e\s+un)\s+(?:\w+\s+)?(?:ville|ciudad|cidade|city|"
    r"town|oraș|oras)(?!\w)",
    re.IGNORECASE,
)
# Brazilian state codes after a city: "Salvador BA", "Campinas/SP", "Natal - RN".
_BR_STATE_AFTER = re.compile(
    r"\s*(?:[-/,]\s*)?(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)"
    r"(?![\w])"
)


class LocationRecognizer(Recognizer):
    """Countries and cities with coordinates; `normalized` is the gazetteer's English name."""

    name = "location"
    entity_types = ("location",)
    priority = 20

    def analyze(self, doc: Document) -> Iterator[Entity]:
        """Yield places named in the text, longest name first."""
        text = doc.text
        candidates: list[tuple[int, int, Place, bool, bool]] = []  # start, end, place, cued, ambiguous
        places = gazetteer()
        resume = 0  # text before this offset belongs to a place already found
        # Place names start with a capital: the scanner skips to capitals instead of listing every word.
        for capital in _CAPITAL.finditer(text):
            p = capital.start()
            if p < resume or not text[p].isupper() or not _opens_word(text, p):
                continue
            first = _WORD.match(text, p)
            if first is None or not _may_open_place(first.group()):
                continue  # most capitalised words start no place name: one cached set test, no keys built
            # The word and the ones after it, as `_WORD.finditer` would list them.
            words = [first]
            while len(words) < _MAX_WORDS and (after := _WORD.search(text, words[-1].end())) is not None:
                words.append(after)
            hit = None
            for n in range(len(words), 0, -1):
                last = words[n - 1]
                if not last.group()[0].isupper():
                    continue
                inner = words[:n]
                if any(
                    not w.group()[0].isupper() and w.group().lower() not in _CONNECTORS for w in inner
                ) or _broken(text, inner):
                    continue
                k = key(text[first.start() : last.end()])
                place = places.get(k)
                if place is not None:
                    hit = (n, place, k)
                    break
            if hit is None:
                continue
            n, place, k = hit
            start, end = first.start(), words[n - 1].end()
            resume = end
            before = doc.before(start, 20)
            if k in _STREET_WORDS or _STREET.search(before):
                continue  # "Avenida Paulista", "calle Mayor", "rue de Paris": a street named after a place
            if _NOT_PLACE_BEFORE.search(doc.before(start, 25)) or _SPEAKS_AFTER.match(text, end):
                continue
            ambiguous = k in _AMBIGUOUS or k in _GIVEN_NAMES
            if ambiguous and (_SELF_BEFORE.search(before) or _PERSON_AFTER.match(text, end)):
                continue  # "sou a Bruna", "a Lara tem 14 anos": a person
            cued = (
                _PLACE_PREPOSITION.search(before) is not None
                or (ambiguous and _OTHER_PLACE_CUE.search(text, max(0, start - 40), start) is not None)
                or (ambiguous and _CITY_AFTER.match(text, end) is not None)
                or (place.country == "BR" and _BR_STATE_AFTER.match(text, end) is not None)
            )
            if len(k) <= 4 and text[start:end].isupper() and not cued:
                continue  # "ROMA", "LIMA" in caps are often shouting, not places
            candidates.append((start, end, place, cued, ambiguous))
        candidates.extend(_lowercase_places(text))
        candidates.sort(key=lambda c: c[0])
        for j, (start, end, place, cued, ambiguous) in enumerate(candidates):
            if ambiguous and not cued and not _listed_with_place(text, candidates, j):
                continue
            yield self.entity(
                "location",
                doc,
                start,
                end,
                place.name,
                0.8 if cued else 0.65,
                kind=place.kind,
                country=place.country,
                latitude=place.latitude,
                longitude=place.longitude,
            )


def _listed_with_place(text: str, candidates: list[tuple[int, int, Place, bool, bool]], j: int) -> bool:
    """Whether candidate `j` sits in a list next to a place that is not ambiguous ("Salvador, Recife")."""
    for other in (j - 1, j + 1):
        if not 0 <= other < len(candidates) or candidates[other][4]:
            continue
        left, right = sorted((candidates[other], candidates[j]), key=lambda c: c[0])
        if _LIST_SEPARATOR.fullmatch(text[left[1] : right[0]]):
            return True
    return False


# Lower-case place names are read only after a place word ("from sao paulo", "en madrid") and only for
# countries and cities of a million people or more, where a clash with an ordinary word is rare.
_LOWER_MIN_POPULATION = 1_000_000
_LOWER_PREPOSITIONS = [
    "à",
    "en",
    "in",
    "em",
    "no",
    "na",
    "au",
    "în",
    "to",
    "din",
    "pra",
    "pro",
    "from",
    "para",
    "spre",
]
_LOWER_PREPOSITIONS += ["desde", "hacia"]
# The scan opens on the space after a preposition (look-behinds, one per word length, as Python needs
# fixed widths): a space fails fast, where an alternation tried at every word start cost 10x more.
_LOWER_AFTER = re.compile(
    " (?:"
    + "|".join(
        rf"(?<=(?<!\w)(?:{'|'.join(w for w in _LOWER_PREPOSITIONS if len(w) == n)}) )"
        for n in sorted({len(w) for w in _LOWER_PREPOSITIONS})
    )
    + r")(?P<run>[a-zà-ÿ][\w'’]*(?:[ -][a-zà-ÿ][\w'’]*){0,2})"
)


def _lowercase_places(text: str) -> Iterator[tuple[int, int, Place, bool, bool]]:
    """Big places written in lower case right after a place preposition."""
    places = gazetteer()
    big_firsts = _big_place_first_words()
    for m in _LOWER_AFTER.finditer(text):
        run = m.group("run")
        parts = _PARTS.split(run)  # each separator stays with the word after it
        if key(parts[0]) not in big_firsts:
            continue  # most words after "en", "in", "to" start no big place name: one set test
        for n in range(len(parts), 0, -1):
            name = "".join(parts[:n])
            k = key(name)
            place = places.get(k)
            if place is not None and _big(k, place):
                yield m.start("run"), m.start("run") + len(name), place, True, False
                break


_PARTS = re.compile(r"(?<=\S)(?=[ -])")


def _big(k: str, place: Place) -> bool:
    """Whether a place is one a lower-case mention may name: a country or a city of a million or more."""
    return (
        len(k) >= 5
        and k not in _AMBIGUOUS
        and (place.kind == "country" or place.population >= _LOWER_MIN_POPULATION)
    )


@lru_cache(maxsize=1)
def _big_place_first_words() -> frozenset[str]:
    """First words of the names `_big` accepts ("sao" for "sao paulo"), built once."""
    return frozenset(k.split(" ", 1)[0] for k, place in gazetteer().items() if _big(k, place))


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """First words of every gazetteer key ("nueva" for "nueva york"), built once."""
    return frozenset(k.split(" ", 1)[0] for k in gazetteer())


@lru_cache(maxsize=65536)
def _may_open_place(word: str) -> bool:
    """Whether a place name can start with `word`.

    A name's key starts with the key of its first word (the words are joined by a space or a hyphen,
    both of which `key` turns into a space), so a first key word no place name has rules out every
    length of name at once.
    """
    first = key(word).split(" ", 1)[0]
    return not first or first in _first_words()


def _opens_word(text: str, p: int) -> bool:
    """Whether the letter at `p` opens a `_WORD` match instead of continuing one ("McDonald", "l'Hospitalet").

    A `_WORD` match runs on through word characters and quotes, and through a hyphen before a letter
    ("Saint-Denis"); such a run before `p` is part of a match as soon as it holds a letter.
    """
    if (
        p >= 2
        and text[p - 1] in "'’"
        and text[p - 2] in "dDlL"
        and (p == 2 or not _WORD_PART.match(text, p - 3))
    ):
        return True  # an elided "d'" or "l'" before the name: "j'arrive d'Abidjan", "l'Italie"
    q = p - 2 if p >= 1 and text[p - 1] == "-" else p - 1
    while q >= 0 and _WORD_PART.match(text, q):
        if _LETTER.match(text, q):
            return False
        q -= 1
    return True


def _broken(text: str, words: list[re.Match[str]]) -> bool:
    """Whether anything but single spaces separates the words (a place name does not span a comma)."""
    return any(text[a.end() : b.start()] not in (" ", "-") for a, b in itertools.pairwise(words))
