"""Stated ages: "19yo", "19 y/o", "tengo 17 años", "17 ans", "am 17 ani", "edad: 19", "diecisiete años".

`normalized` is the age as an integer string. Durations ("5 años de experiencia", "hace 2 años",
"for 3 years") are not ages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from vigila.core.types import Entity
from vigila.recognizers.base import Document, Recognizer, trie_pattern
from vigila.text.numbers import NUMBER_WORDS, Kind, strip_accents

# Slang counts springs or Aprils for years: "27 primaveras", "15 abriles", "20 printemps", "19 anișori".
_UNIT = (
    r"(?:yo|y/o|y\.o\.?|yrs?\s?old|years?\s?old|years?|yrs?|años|añitos|anos|aninhos|ans|ani|de\s+anișori|"
    r"de\s+anisori|de\s+ani|"
    r"primaveras|primaveri|primăveri|abriles|printemps|anișori|anisori|anitos|anios)"
)
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
            ("a", "ños|ñitos|nos|ninhos|ns|ni|nișori|nisori|nitos|nios|briles"),
            ("d", r"e\s+ani(?:șori|sori)?"),
            ("p", "rimaveras|rimaveri|rimăveri|rintemps"),
        ]
        for case in (first, first.upper())
    )
)
# Labels and birthday verbs: the number after them is an age ("edad 19", "cumplo 18 el mes que viene").
_STRONG_CUES = [
    *("edad", "idade", "age", "âge", "vârsta", "varsta", "vârstă", "aged", "ages", "must be", "cumplo"),
    *("cumpliré", "voy a cumplir", "faço", "vou fazer", "completo", "turning", "turned", "i'll be"),
    *("i will be", "j'aurai", "je vais avoir", "împlinesc", "implinesc"),
    # birthdays in every person and tense: "she turns sixteen", "la niña cumplió 13", "azi împlinește 18"
    *("turns", "will turn", "cumple", "cumplió", "cumplio", "cumplirá", "cumplira", "va a cumplir"),
    *("vas a cumplir", "fez", "fará", "fara", "completou", "împlinește", "implineste", "împlinești"),
    *("implinesti", "a împlinit", "a implinit", "va avoir", "vient d'avoir"),
    # past and periphrastic birthdays: "cumplí los 18 el sábado", "fiz 18 ontem", "vai fazer 17", "I turn 18"
    *("cumplí", "cumpli", "cumplí los", "cumpli los", "cumplo los", "cumple los", "cumplió los", "fiz"),
    *("vai fazer", "vais fazer", "i turn", "i'll turn"),
    # a label and its verb: "my age is 18", "mi edad es 20", "vârsta mea este 19"
    *("age is", "edad es", "idade é", "idade e", "âge est", "vârsta e", "vârsta este", "varsta e"),
    *("varsta este", "vârsta mea e", "vârsta mea este", "varsta mea e", "varsta mea este"),
]
# Verbs that also count things: the number must end the clause ("tengo 21 y …", not "tengo 20 euros").
_WEAK_CUES = [
    *("tengo", "tenho", "j'ai", "am", "i'm", "i am", "im", "she's", "she is", "he's", "he is", "tiene"),
    *("tenía", "tem", "tinha", "has", "i was", "she was", "he was", "j'avais", "aveam", "is", "was"),
    *("are", "were"),
    *("tô com", "to com", "estou com", "tava com", "estava com"),
]
# A bare "is"/"was" is a cue only after a person: "my mum is 41", "her sister was 15".
_PERSON_BEFORE = re.compile(
    r"(?<!\w)(?:mum|mom|mother|dad|father|sister|brother|bro|sis|son|daughter|girlfriend|gf|boyfriend|bf|"
    r"cousin|niece|nephew|wife|husband|friend|girl|boy|kid|child|baby|she|he|who|"
    r"kids|children|girls|boys|sisters|brothers|daughters|sons|they)\s+$",
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


# Words after which a bare number is an age: "edad: 19", "tengo 21", "she's only 16", "cumplo 18". The
# look-ahead restates the first letter a cue must have, so the scanner rejects most positions on one test.
_CUE_WORDS, _ADVERB_WORDS = trie_pattern(_CUES), trie_pattern(_ADVERBS)
_CUE = re.compile(
    rf"(?=[{''.join(sorted({c[0] for c in _CUES}))}])(?<!\w){_CUE_WORDS}(?!\w)"
    rf"(?:\s+{_ADVERB_WORDS}(?!\w))?\s*[:=\-]?\s*",
    re.IGNORECASE,
)
# The cue again, at the end of the text before "19 years" ("age: 19 years", "I am 20 yrs"): then an age.
_CUE_BEFORE = re.compile(rf"(?<!\w){_CUE_WORDS}(?:\s+{_ADVERB_WORDS})?\s*[:=\-]?\s*$", re.IGNORECASE)

# A spelled number after a cue, with no unit: "tengo diecisiete", "she is nineteen and …". The clause
# ends at punctuation or an emoji (not a currency sign), or a linking word follows.
_NUMBER_END = (
    r"(?=\s*(?:[^\w\s€$£%&+*/]|$|(?:y|e|et|and|but|pero|mas|mais|dar|și|si|now|ya|already|déjà|deja|just|"
    r"to|a|à|al|até|hasta|la|from|din|in|en|em|în|with|con|com|avec|cu|is|ok|okay|so|que|q|lol|jaja|haha|kk+|"
    # when: "she turns sixteen next month", "cumple 18 mañana"
    r"next|tomorrow|today|this|on|mañana|hoy|amanhã|hoje|demain|aujourd'hui|mâine|maine|azi|el|le|no|na|"
    # a chat answer asking back: "15 pq?", "16 why"
    r"pq|pk|porque|por\s+qu[eé]|why|pourquoi|de\s+ce)\b))"
)
_CUED_WORDS = re.compile(
    r"(?P<num>(?P<words>[^\W\d_]+)(?:[\s-]+(?:(?:y|e|și|si|et)[\s-]+)?(?P<unit>[^\W\d_]+))?)" + _NUMBER_END,
    re.IGNORECASE,
)
# Digits after a weak cue end a clause ("tengo 21 y …"), not "tengo 20 euros", "I'm 5 minutes away".
_CUED_DIGITS = re.compile(r"(?P<num>\d{1,2})(?![\d:.,/]\d)" + _NUMBER_END, re.IGNORECASE)
_STRONG_CUE = re.compile(rf"{trie_pattern(_STRONG_CUES)}(?!\w)", re.IGNORECASE)
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
    r"copil|copilul|copii|copiii|fiul|fiica|fiic[ăa]|băiat\w*|baiat\w*|fetiț\w*|fetit\w*|sobrin[oa]s?|fat[aă]|fete|girls?|boys?|"
    r"hermanit[oa]s?|irmãozinho|irmãzinha|nepot\w*|herman[oa]s?|irmã[os]?|irmãos|frères?|freres?|sœurs?|soeurs?|"
    r"frate|fratele|fra[tț]ii|sora|surori|neveu|nièce|niece)(?!\w)",
    re.IGNORECASE,
)
_PERSON = (
    r"(?:hij[oa]|niñ[oa]|nen[ea]|filh[oa]|menin[oa]|fils|fille|enfant|garçon|son|daughter|kid|child|baby|"
    r"brother|sister|bro|sis|hermano|hermana|irmão|irmã|frère|sœur|soeur|frate|fratele|sora|copil|copilul|fiul|"
    r"fiica|băiatul|baiatul|fata|mamá|madre|mãe|mère|mama|mum|mom|primo|prima|cousin|cousine|amiga|amigo|"
    r"friend|copine|copain|prietena|prietenul|namorad[oa]|novi[oa]|boyfriend|girlfriend|marido|esposa|mari|husband|"
    r"wife|iubit|iubitul|iubita|patr[oó]n|patroa|patronul|boss|jefe|chefe|serveuse|camarera|empregada|waitress|"
    r"abuel[oa]|av[ôó]|grand-mère|grand-père|bunic[aă]|bunicul)s?"
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
    r"căsnicie|casnicie|marriage|married|servicio|serviço|service|"
    # an object's age: "12 ans d'âge" (a wine), "3 años de uso", "2 ani garanție", "de vechime"
    r"d'âge|d'age|uso|use|utilisation|garanție|garantie|vechime)",
    re.IGNORECASE,
)
_DURATION_BEFORE = re.compile(
    r"(?<!\w)(?:hace|há|ha|durante|for|during|since|depuis|pendant|il y a|ça fait|ca fait|cela fait|"
    r"acum|de peste|peste|por|pelo|"
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
# A thing's age: "el coche tiene 10 años", "a casa tem 30 anos", "masina are 12 ani", "my car is 12 years".
_OBJECT_BEFORE = re.compile(
    r"(?<!\w)(?:coche|carro|auto|moto|casa|piso|edificio|vino|móvil|movil|celular|teléfono|telefone|"
    r"telemóvel|iphone|ordenador|portátil|computador|bici|bicicleta|cuna|sofá|mueble|prédio|predio|"
    r"car|house|flat|building|phone|bike|laptop|charger|wine|whisky|voiture|maison|immeuble|vin|"
    r"téléphone|vélo|appartement|apartamento|ma[sșş]in[aă]|blocul|vinul|telefonul|cutia|"
    r"laptopul|casa)\s+(?:[\w']+\s+){0,2}?(?:tiene|tenía|tem|tinha|has|had|is|was|a|avait|are|avea|"
    r"e|é|es|de|com|with|cu)\s+(?:ya\s+|já\s+|already\s+|déjà\s+|deja\s+|only\s+|solo\s+)?$",
    re.IGNORECASE,
)
_OBJECT_VERBS = frozenset(
    [
        *("tiene", "tenía", "tem", "tinha", "has", "had", "is", "was", "a", "avait", "are", "avea", "e", "é"),
        *("es", "de", "com", "with", "cu", "ya", "já", "already", "déjà", "deja", "only", "solo"),
    ]
)
# The youngest or oldest of a group: "la más joven de 19", "the youngest looked about 14".
_SUPERLATIVE = re.compile(
    r"(?<!\w)(?:youngest|oldest|eldest|m[aá]s\s+(?:joven|chic[ao]|pequeñ[ao]|chiquit[ao]|grande|viej[ao])|"
    r"(?:la|el)\s+(?:mayor|menor)|mais\s+(?:nov[ao]|novinh[ao]|velh[ao])|plus\s+(?:jeune|âgée?|agée?|"
    r"vieille|vieux|petite?|grande?)|l'aîné|l'aine|cadette|(?:cea|cel)\s+mai\s+(?:mic[aă]?|mare|tân[aă]r[aă]?|"
    r"tanar[aă]?))(?:\s+(?:one|girl|boy|de\s+(?:ellas|todas|elles|todos)|dintre\s+ele|of\s+them))?"
    r"(?:\s*,)?(?:\s+(?:de|is|was|looked|looks|seemed|seems|about|around|approx\.?|like|maybe|tiene|tenía|"
    r"tem|tinha|has|a|avait|aurait|are|avea|pare|s[aă]|aib[aă]|parece|parecía|ter|tener|aparenta|had|d'environ|"
    r"environ|vreo|uns|umas|unos|unas|como|só|solo|just|only|doar|cu)(?!\w)){0,4}\s*[:\-]?\s*",
    re.IGNORECASE,
)
# Words for the people an ad or a report is about (the date recognizer reads "chicas de 18 a 23" with it).
PEOPLE_WORDS = (
    r"(?:chic[ao]s?|muchach[ao]s?|señoritas?|mujer(?:es)?|girls?|women|ladies|hostess(?:es)?|models?|"
    r"modelos?|menin[ao]s?|moças?|mulher(?:es)?|garotas?|filles?|femmes?|hôtesses?|h[oô]tesses?|fete|femei|"
    r"tinere|b[aă]ie[tț]i|boys|guys|rapazes|garçons|candidat[aeo]s?|candidates?|persons|personas|pessoas|"
    r"personnes|persoane|people)"
)
# A range after people: "chicas de 18-25 para bar", "hostesses 18-25", "girl approx 15-16 yrs".
_PEOPLE_RANGE = re.compile(
    rf"(?<!\w){PEOPLE_WORDS}"
    r"(?:\s+(?:de|of|aged|between|entre|între|intre|approx\.?|about|around|aprox\.?|from|d'environ|environ|"
    r"vreo|cu\s+v[aâ]rsta\s+(?:de|între|intre)))*\s+"
    r"(?P<first>\d{2})\s*(?:-|–|/|a|à|to|até|al|y|and|e|et|si|și|la|hasta)\s*(?P<num>\d{2})(?![\d:.,]\d)"
    r"(?!\s*(?:€|\$|£|%|h\b|hs\b|horas?|hours?|heures?|ore\b|euros?|eur\b|lei|reais|d[oó]lares|dollars|"
    r"pounds|cm|kg|km|min))",
    re.IGNORECASE,
)
# A minimum age: "solo mayores de 18", "doar fete peste 18 ani", "girls over 21", "girls 16+".
_MINIMUM = re.compile(
    rf"(?<!\w)(?:(?:mayores|maiores|majeures?|majeurs|menor|menores)\s+de|{PEOPLE_WORDS}"
    r"\s+(?:(?:de\s+)?peste|over|aged\s+over|above|de\s+m[aá]s\s+de|com\s+mais\s+de|acima\s+de|"
    r"de\s+plus\s+de|plus\s+de))\s+(?P<num>\d{2})(?![\d:.,]\d)(?!\s*(?:€|\$|£|%|h\b|euros?|lei|kg|cm))|"
    rf"(?<!\w){PEOPLE_WORDS}\s+(?P<plus>\d{{2}})\+",
    re.IGNORECASE,
)
# Children's ages in brackets after the children: "2 kids (3 & 6)", "dos hijos (5 y 9 años)".
_CHILD_LIST = re.compile(
    _CHILD.pattern + r"\s*\(\s*(?P<first>\d{1,2})(?:\s*(?:&|,|\+|y|e|and|et|și|si)\s*(?P<second>\d{1,2}))?"
    r"(?:\s*(?:&|,|\+|y|e|and|et|și|si)\s*(?P<third>\d{1,2}))?\s*(?:años|anos|ans|ani|y/?o|yrs?|years?)?\s*\)",
    re.IGNORECASE,
)
# The age someone says they have, once an age was given: "le dije q 21", "j'ai dit que j'en avais 19".
_SAID = re.compile(
    r"(?<!\w)(?:dije|digo|dice|dijo|dicen|decía|dis|dit|disait|zis|zic|zice|spun|said|say|says|saying|told\s+\w+|"
    r"disse|digo|falei|falou|diz|dizia)\s+(?:que|q|ca|că|that|qu')?\s*(?:(?:j'en|elle\s+en|il\s+en|"
    r"en)\s+(?:ai|avais|a|avait)|tengo|tenía|tenia|tiene|tenho|tinha|tem|am|are|avea|i'?m|i\s+was|"
    r"she\s+was|she'?s|he'?s|she\s+is|era|sou|soy)?\s*(?=\d)",
    re.IGNORECASE,
)
# A question about an age: the first number after its question mark or line end is the answer
# ("cuantos años tenes? yo 16 jaja", "how old is the new one\nDaz: 17 but …").
_QUESTION = re.compile(
    r"(?<!\w)(?:cu[aá]nt[oa]s\s+años|qu[eé]\s+edad|quant[oa]s\s+anos|que\s+idade|how\s+old|quel\s+[âa]ge|"
    r"c[aâ]ți\s+ani|cati\s+ani)(?!\w)[^?\n\d]{0,30}[?\n]\s*(?:\[[\d/.,:\s]{5,22}(?:[ap]\.?m\.?)?\])?"
    r"[^\d]{0,30}?(?<![\w.,/])(?=\d)",
    re.IGNORECASE,
)
# Words (lower case) one of which each pattern above needs; tested with `in` before running the pattern.
_SUPERLATIVE_SCREEN = (
    *("youngest", "oldest", "eldest", "más ", "mas ", "mayor", "menor", "mais nov", "mais velh", "plus "),
    *("aîné", "ainé", "aine", "cadette", "mai mic", "mai mare", "mai tân", "mai tan"),
)
_MINIMUM_SCREEN = (
    "mayores",
    "maiores",
    "majeur",
    "peste",
    "over",
    "above",
    "menor",
    "más de",
    "mais de",
    "acima",
    "plus de",
)
_QUESTION_SCREEN = ("años", "anos", "edad", "idade", "old", "âge", "age", "ani")
_SAID_SCREEN = ("dij", "dig", "dic", "dec", "dis", "dit", "zi", "spun", "said", "say", "told", "fal", "diz")
_TWO_DIGITS_PLUS = re.compile(r"\d\d\+")
_BRACKETED_NUMBER = re.compile(r"\(\s*\d")
# Two numbers of two digits a few characters apart: what a range of ages needs.
_TWO_NUMBERS = re.compile(r"\d\d\D{1,10}\d\d")
# How far before the first pair of numbers a range's people word can start ("chicas de entre 18 y 25").
_RANGE_REACH = 300
# More numbers after a cued age, ending with "and" and the last one: "ages: 16, 17 and 19", "are 4, 9 and 13".
_LIST_AFTER = re.compile(
    r"(?:\s*,\s*\d{1,2}(?![\d:.,/]\d|\w))*\s*,?\s*(?:and|y|e|et|și|si|&)\s*\d{1,2}(?![\d:.,/]\d|\w)"
    + _NUMBER_END,
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d{1,2}")
# A number and a comma before a list's next number ("14, " in "14, 15 y 17 años").
_LIST_BEFORE = re.compile(r"(?<![\w.,/])(?P<num>\d{1,2}),\s*$")
# A girl or boy "of" an age, with no unit: "chica de 23, Barcelona centro", "a girl of 16".
_PERSON_OF = re.compile(
    r"(?<!\w)(?:chic[ao]s?|niñ[ao]s?|muchach[ao]s?|menin[ao]s?|garot[ao]s?|moç[ao]s?|girls?|boys?|fat[aă]|"
    r"fete|b[aă]iat|b[aă]ie[tț]i)\s+(?:de|of)\s+(?=\d)",
    re.IGNORECASE,
)
# Its cheap screen: " de " or " of " before a digit, rarer in ads than any of the people words.
_OF_DIGIT = re.compile(r" (?:de|of) \d")
# A word right after a comma that follows a letter: where a spelled apposition can start.
_COMMA_WORD = re.compile(r",(?<=[^\W\d_],)\s?(?P<word>[^\W\d_]+)")
# A spelled age set off by commas after a name: "I'm Jade, twenty one, new in town".
_SPELLED_APPOSITION = re.compile(
    r",(?<=[^\W\d_],)\s?(?P<num>(?P<words>[^\W\d_]+)(?:[\s-]+(?:(?:y|e|și|si|et)[\s-]+)?(?P<unit>[^\W\d_]+))?)"
    r"(?=\s?(?:[,!;|\n]|\.(?!\d)|$|\s[-–|•]))"
)


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
            if value is None:
                continue
            age, start = value
            before = doc.before(start, 40)
            if _is_object(before):
                continue  # "el coche tiene 10 años": a thing's age
            if age not in _ADULT_RANGE and not (age in _CHILD_RANGE and _CHILD.search(before)):
                continue
            tail = m.group("tail").lower()
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
            before = doc.before(start, 40)
            if age not in _ADULT_RANGE and not (age in _CHILD_RANGE and _CHILD.search(before)):
                continue
            if _is_object(before):
                continue
            found.append(
                self.entity(
                    "age", doc, start, m.end("num"), str(age), 0.75, spelled=bool(m.groupdict().get("words"))
                )
            )
            listed = _LIST_AFTER.match(text, m.end("num")) if text.startswith(",", m.end("num")) else None
            for number in _DIGITS.finditer(text, m.end("num"), listed.end()) if listed is not None else ():
                more = int(number.group())
                if more in _ADULT_RANGE or (more in _CHILD_RANGE and _CHILD.search(before)):
                    found.append(self.entity("age", doc, number.start(), number.end(), number.group(), 0.7))
            after = _RANGE_AFTER.match(text, m.end("num")) if listed is None else None
            value = _value(after) if after is not None else None
            if after is not None and value is not None and value[0] > age:
                start = max(value[1], after.start("num"))  # the span starts at the number, not the "-"
                found.append(self.entity("age", doc, start, after.end("num"), str(value[0]), 0.7))
        for m in _APPOSITION.finditer(text):
            if not _NOT_APPOSITION.search(doc.before(m.start(), 30)) and int(m.group("num")) in range(14, 60):
                found.append(self.entity("age", doc, m.start("num"), m.end("num"), m.group("num"), 0.6))
        low = text.lower()
        found.extend(self._grouped(doc, low))
        if found and any(w in low for w in _SAID_SCREEN):
            # an age was given: the one someone says they have is another ("le dije q 21")
            for said in _SAID.finditer(text):
                answer = _answer(text, said.end())
                if answer is not None:
                    found.append(self.entity("age", doc, answer[1], answer[2], str(answer[0]), 0.6))
        # A second person's age sharing the first one's unit: "el niño tiene 6 años y la niña 9".
        for entity in list(found):
            other = _ELLIPTIC.match(text, entity.end)
            value = _value(other) if other is not None else None
            if other is not None and value is not None and value[0] in range(1, 80):
                start = max(value[1], other.start("num"))
                found.append(self.entity("age", doc, start, other.end("num"), str(value[0]), 0.6))
        # The first end of a range or list, once its second end is known to be an age; then, after a
        # range word, the numbers of a list before it ("de 14, 15 y 17 años").
        for entity in list(found):
            tail = text[max(0, entity.start - 12) : entity.start].rstrip()
            if not tail or (tail[-1] not in "-–/" and tail.rsplit(None, 1)[-1].lower() not in _RANGE_WORDS):
                continue  # a cheap screen: no range word just before
            first = _RANGE_BEFORE.search(text, max(0, entity.start - 30), entity.start)
            if first is None:
                continue
            value = _value(first)
            if value is None or not value[0] < int(entity.normalized) or value[0] not in range(1, 80):
                continue
            found.append(self.entity("age", doc, value[1], first.end("num"), str(value[0]), 0.7))
            age, start = value
            while (prior := _LIST_BEFORE.search(text, max(0, start - 8), start)) is not None:
                if not int(prior.group("num")) < age:
                    break
                age, start = int(prior.group("num")), prior.start("num")
                found.append(self.entity("age", doc, start, prior.end("num"), str(age), 0.65))
        kept: list[Entity] = []
        for entity in found:  # earlier passes are surer: "20 de ani" keeps its unit over "am 20"
            if any(entity.start < e and s < entity.end for s, e in seen):
                continue
            seen.append((entity.start, entity.end))
            kept.append(entity)
        yield from sorted(kept, key=lambda e: e.start)

    def _grouped(self, doc: Document, low: str) -> Iterator[Entity]:
        """Ages told by their place in a group, a range after people, children in brackets, or an answer."""
        text = doc.text
        # Cheap screens on the lower-cased text first: each pattern below needs one of these words.
        superlative = any(w in low for w in _SUPERLATIVE_SCREEN)
        for m in _SUPERLATIVE.finditer(text) if superlative else ():
            digits = _STRONG_DIGITS.match(text, m.end())
            answer: tuple[int, int, int] | None = None
            if digits is not None:
                answer = int(digits.group("num")), digits.start("num"), digits.end("num")
            else:
                answer = _answer(text, m.end())
            if answer is not None and answer[0] in _ADULT_RANGE:
                yield self.entity("age", doc, answer[1], answer[2], str(answer[0]), 0.6)
        pair = _TWO_NUMBERS.search(text)
        # A range's people word sits a few words before its first number, so the scan starts there.
        for m in _PEOPLE_RANGE.finditer(text, max(0, pair.start() - _RANGE_REACH)) if pair else ():
            first, last = int(m.group("first")), int(m.group("num"))
            if 12 <= first < last < 80:
                yield self.entity("age", doc, m.start("first"), m.end("first"), str(first), 0.6)
                yield self.entity("age", doc, m.start("num"), m.end("num"), str(last), 0.6)
        minimum = any(w in low for w in _MINIMUM_SCREEN) or _TWO_DIGITS_PLUS.search(text) is not None
        for m in _MINIMUM.finditer(text) if minimum else ():
            group = "num" if m.group("num") is not None else "plus"
            if int(m.group(group)) in range(12, 80):
                yield self.entity("age", doc, m.start(group), m.end(group), m.group(group), 0.6)
        for m in _CHILD_LIST.finditer(text) if _BRACKETED_NUMBER.search(text) else ():
            for group in ("first", "second", "third"):
                if m.group(group) is not None and int(m.group(group)) in range(1, 18):
                    yield self.entity("age", doc, m.start(group), m.end(group), m.group(group), 0.6)
        for m in _PERSON_OF.finditer(text) if _OF_DIGIT.search(text) else ():
            answer = _answer(text, m.end(), minimum=12)
            if answer is not None:
                yield self.entity("age", doc, answer[1], answer[2], str(answer[0]), 0.6)
        question = "?" in text or "\n" in text
        for m in _QUESTION.finditer(text) if question and any(w in low for w in _QUESTION_SCREEN) else ():
            answer = _answer(text, m.end())
            if answer is not None:
                yield self.entity("age", doc, answer[1], answer[2], str(answer[0]), 0.6)
        for comma in _COMMA_WORD.finditer(text):
            if _number_word(comma.group("word")) is None:
                continue  # cheap: the word after the comma must be a number ("Jade, twenty one,")
            spelled = _SPELLED_APPOSITION.match(text, comma.start())
            value = _value(spelled) if spelled is not None else None
            if (
                spelled is not None
                and value is not None
                and value[1] == spelled.start()  # the first word is a number too ("Jade, hello one," is not)
                and value[0] in range(14, 60)
                and not _NOT_APPOSITION.search(doc.before(spelled.start(), 30))
            ):
                yield self.entity(
                    "age", doc, spelled.start("num"), spelled.end("num"), str(value[0]), 0.6, spelled=True
                )


def _is_object(before: str) -> bool:
    """Whether the text before an age ends with a thing and its verb ("el coche tiene ")."""
    words = before.split()
    return bool(words) and words[-1] in _OBJECT_VERBS and _OBJECT_BEFORE.search(before) is not None


def _answer(text: str, pos: int, minimum: int = 10) -> tuple[int, int, int] | None:
    """A number ending a clause at `pos`, in digits or words, as (age, start, end), or None."""
    digits = _CUED_DIGITS.match(text, pos)
    if digits is not None:
        age = int(digits.group("num"))
        return (age, digits.start("num"), digits.end("num")) if age in range(minimum, 80) else None
    words = _CUED_WORDS.match(text, pos)
    value = _value(words) if words is not None else None
    if words is None or value is None or value[0] not in range(max(minimum, 12), 80):
        return None
    return value[0], value[1], words.end("num")


def _cued(text: str, cue: re.Match[str]) -> tuple[re.Match[str], int, int] | None:
    """The number after a cue word, as (match, age, start), or None."""
    word = cue.group().split(None, 1)[0].lower()
    if word in ("is", "was", "are", "were") and not _PERSON_BEFORE.search(
        text, max(0, cue.start() - 12), cue.start()
    ):
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
    first = _number_word(m.group("words"))
    unit = _number_word(m.group("unit")) if m.group("unit") else None
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


def _skeleton(word: str) -> str:
    """A spelling key that forgives s/z/soft-c swaps and doubled letters ("diesisiete", "dezesete")."""
    word = word.replace("z", "s").replace("ce", "se").replace("ci", "si")
    return "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1])


def _typo_table() -> dict[str, tuple[Kind, int]]:
    """Skeletons of the long age words and of their one-letter drops ("sixten", "optsprezce", "veintiun")."""
    table: dict[str, tuple[Kind, int] | None] = {}
    for word, entry in NUMBER_WORDS.items():
        if entry[0] not in (Kind.TEEN, Kind.TENS) or len(word) < 7 or not word.isalpha():
            continue
        for variant in {word, *(word[:i] + word[i + 1 :] for i in range(1, len(word)))}:
            key = _skeleton(variant)
            table[key] = entry if table.get(key, entry) == entry else None  # ambiguous keys are dropped
    return {key: entry for key, entry in table.items() if entry is not None and key not in NUMBER_WORDS}


_TYPOS = _typo_table()


@lru_cache(maxsize=16384)
def _number_word(word: str) -> tuple[Kind, int] | None:
    """`NUMBER_WORDS` entry of a word or of its likely misspelling; memoised (each ", word," is looked up)."""
    plain = strip_accents(word)
    entry = NUMBER_WORDS.get(plain)
    if entry is None and len(plain) >= 6:
        return _TYPOS.get(_skeleton(plain))
    return entry
