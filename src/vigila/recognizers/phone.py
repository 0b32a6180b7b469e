"""Phone numbers, also when spelled out or broken up, normalised to E.164 with `phonenumbers`.

Reads runs of digits and number words in es/en/pt/fr/ro ("seis 1 dos", "six 0 zero",
"zéro six douze trente-quatre") joined by spaces, dots, dashes, emoji, a single letter or a line
break, then validates each candidate for the default region. Context words decide the doubtful
plain-digit cases, as in Presidio: "tel", "whatsapp", "llámame" raise the score; "pedido", "order",
"IBAN", "ref", a currency sign lower it. IBANs, card-like runs, dates and decimals are never phones.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

from vigila.core.types import Entity
from vigila.recognizers.base import Document, Recognizer, trie_pattern, words_pattern
from vigila.text.language import language_scores
from vigila.text.numbers import NUMBER_WORDS, Kind, strip_accents, words_to_digits

_MIN_DIGITS, _MAX_DIGITS = 7, 15
_MAX_CHAIN = 32  # tokens: "6 1 2 3 4 5 6 7 8" spelled with separators and words stays far below
_WEAK_GAP = re.compile(r"[\s.\-_·•*~()\[\]]{0,4}|[^\w\n+:,;/|€$£%]{1,6}")
_GAP_LETTERS = frozenset("bcdfgjklmnpqrstvwxz")  # not a, e, o, y, i, u, h: words or "20h30"
_STRONG_GAP = re.compile(r"\s*(?:[/,;|]|\b(?:o|or|ou|sau)\b)\s*")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){3,7}(?:[ -]?[A-Z0-9]{1,3})?\b")
# Never phones: IBANs, 16-digit cards, hashes and addresses, dates with a slash or a year, clock times.
_MASK = re.compile(
    _IBAN.pattern
    + r"|\b\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}\b|\b0x[0-9a-fA-F]+\b|\b[A-Za-z0-9]{25,}\b"
    + r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}[.\-]\d{1,2}[.\-](?:19|20)\d{2}\b|\b\d{1,2}[:h]\d{2}\b"
)
# `_MASK` without its 25-character alternative, for texts where no 25 ASCII letters or digits run together:
# there the two find the same spans. Every other alternative opens with a capital or a digit after a
# word boundary, so this one opens with that class (the scanner skips to such characters in C) and
# reads the rest of each alternative after it.
_MASK_SHORT = re.compile(
    r"[A-Z\d](?<!\w[A-Z\d])(?:"
    r"(?<=[A-Z])[A-Z]\d{2}(?:[ -]?[A-Z0-9]{4}){3,7}(?:[ -]?[A-Z0-9]{1,3})?\b"
    r"|(?<=\d)\d{3}([ -]?)\d{4}\1\d{4}\1\d{4}\b"
    r"|(?<=0)x[0-9a-fA-F]+\b"
    r"|(?<=\d)\d?/\d{1,2}/\d{2,4}\b"
    r"|(?<=\d)\d?[.\-]\d{1,2}[.\-](?:19|20)\d{2}\b"
    r"|(?<=\d)\d?[:h]\d{2}\b)"
)
_ALNUM_25 = re.compile(r"[A-Za-z0-9]{25}")
_DATE_OR_TIME = re.compile(r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}$|^\d{1,2}:\d{2}")
_DECIMAL = re.compile(r"^\d{1,3}(?:\.\d{3})+,\d{1,2}$|^\d{1,3}(?:,\d{3})+\.\d{1,2}$")

_POSITIVE = re.compile(
    words_pattern(
        [
            "tel",
            "telf",
            "tlf",
            "tfno",
            "teléfono",
            "telefono",
            "telefone",
            "téléphone",
            "telephone",
            "telefon",
            "phone",
            "mobile",
            "móvil",
            "movil",
            "celular",
            "cel",
            "cell",
            "portable",
            "whatsapp",
            "whats",
            "watsap",
            "wsp",
            "wa",
            "zap",
            "zapzap",
            "llama",
            "llamame",
            "llámame",
            "liga",
            "ligue",
            "appelle",
            "appel",
            "sună",
            "suna",
            "call",
            "text",
            "sms",
            "contacto",
            "contact",
            "contacte",
            "número",
            "numero",
            "number",
            "nr",
            "num",
            "numéro",
            "contactez",
            "escribe",
            "escríbeme",
        ]
    )
    + r"|[📞☎📱📲]",
    re.IGNORECASE,
)
_NEGATIVE = re.compile(
    words_pattern(
        [
            "pedido",
            "order",
            "orden",
            "encomenda",
            "commande",
            "comanda",
            "ref",
            "referencia",
            "referência",
            "référence",
            "invoice",
            "factura",
            "fatura",
            "facture",
            "iban",
            "cuenta",
            "conta",
            "compte",
            "cont",
            "dni",
            "nie",
            "nif",
            "cpf",
            "cif",
            "siret",
            "cp",
            "postal",
            "postcode",
            "zip",
            "tracking",
            "seguimiento",
            "suivi",
            "expediente",
            "dossier",
            "ticket",
            "lote",
            "lot",
            "precio",
            "price",
            "preço",
            "prix",
            "preț",
            "pret",
            "coste",
            "cost",
            "salario",
            "salary",
            "salário",
            "salaire",
            "salariu",
            "id",
            "serie",
            "série",
            "serial",
            "isbn",
            "pin",
            "código",
            "codigo",
            "code",
            "cod",
        ]
    )
    + r"|[€$£]|\b(?:eur|usd|gbp|ron|brl|lei)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    digits: str | None = None  # for digit runs
    word: tuple[Kind, int] | None = None  # for number words
    plus: bool = False


class _Regions:
    """Regions to read national numbers with and context words, worked out once per text when needed."""

    def __init__(self, doc: Document, folded: str) -> None:
        self._doc = doc
        self._folded = folded
        self._ranked: tuple[str, ...] | None = None
        self._own: frozenset[str] = frozenset()  # the text's own countries: those of its language
        self._lang_rank: dict[str, int] = {}
        self._named_own: frozenset[str] = frozenset()  # own countries and those counted only when named
        self._sure = False  # whether the language (or region) is known, not defaulted to Spanish
        self._cued: tuple[str, ...] | None = None
        self._possible: tuple[str, ...] | None = None  # `possible()` before the language is guessed
        self._before: dict[int, bool] = {}  # context-word look-ups, cached by offset
        self._after: dict[int, bool] = {}

    def positive_near(self, start: int, end: int) -> bool:
        """Whether a phone context word ("tel", "whatsapp", "llámame" …) sits just before or after."""
        before = self._before.get(start)
        if before is None:
            before = self._before[start] = bool(_POSITIVE.search(self._doc.before(start)))
        after = self._after.get(end)
        if after is None:
            after = self._after[end] = bool(_POSITIVE.search(self._doc.after(end, 12)))
        return before or after

    def cued(self) -> tuple[str, ...]:
        """Regions whose country, people or big cities the text names ("Bogotá", "Genève", "german")."""
        if self._cued is None:
            found = (_PLACE_REGION[m.group()] for m in _PLACE.finditer(self._folded))
            self._cued = tuple(dict.fromkeys(found))
        return self._cued

    def possible(self) -> tuple[str, ...]:
        """The regions of `ranked()` in some order, without guessing the language when it is not given.

        With no language given every language's regions are ranked, so the set is known up front and
        a run of digits that fits none of them is dropped before the language model is asked.
        """
        if self._ranked is not None or self._doc.lang is not None:
            return self.ranked()
        if self._possible is None:
            given = () if self._doc.region is None else (self._doc.region,)
            self._possible = tuple(dict.fromkeys((*given, *_ALL_REGIONS, *self.cued())))
        return self._possible

    def ranked(self) -> tuple[str, ...]:
        """The given region first (else the language's), then the regions of likelier languages."""
        if self._ranked is None:
            doc = self._doc
            if doc.lang is not None:
                langs, sure = [doc.lang], True
            else:
                window = doc.text[:_LANG_WINDOW]
                scores = language_scores(window)
                langs = sorted(scores, key=scores.__getitem__, reverse=True)
                sure = bool(langs) and scores[langs[0]] >= _SURE and _TEN_LETTERS.match(window) is not None
                if not sure:
                    # Unsure (a short text): the language of its phone words ("text me", "chama no zap"),
                    # else the default, first.
                    first = _cue_language(doc.text) or "es"
                    langs = [first, *(lang for lang in langs if lang != first)]
            self._own = frozenset((doc.region,) if doc.region else _LANG_REGIONS[langs[0]])
            self._sure = sure or doc.region is not None
            self._named_own = self._own.union(() if doc.region else _LANG_NAMED.get(langs[0], ()))
            # Other languages' countries by the language's rank; Spain, the default, before them all.
            self._lang_rank = {
                r: i for i, lang in reversed(list(enumerate(langs))) for r in _LANG_REGIONS[lang]
            }
            self._lang_rank["ES"] = -1
            order = [doc.region] if doc.region else list(_LANG_REGIONS[langs[0]][:1])
            order.append("ES")  # the documented default comes right after the text's own country
            for lang in langs:
                order.extend(_LANG_REGIONS[lang])
            order.extend(self.cued())
            self._ranked = tuple(dict.fromkeys(order))
        return self._ranked

    def first_valid(
        self, digits: str, groups: tuple[int, ...] | None, fallback: bool
    ) -> tuple[str, str | None] | None:
        """`digits` read in the likeliest region where it is valid (one of the text's own unless `fallback`).

        Where it is valid in several: the given region; a country of the text's language that the text
        names ("Bogotá" … "300 123 4567" is Colombian, not Mexican), any named one when the language is
        a guess ("Miami"); the text's own countries; a country
        named ("german mobile"); the likelier language; within it, the country whose usual grouping the
        writer followed ("21 99876-5432" is Brazilian); then the order of `ranked()`. Without `fallback`
        a plain run is read in the language's first country, or in another of its countries only when
        named or grouped their way, so lottery draws and codes stay numbers. The language is guessed
        only when the answer depends on it.
        """
        valid = _readings(digits, self.possible())
        if not valid:
            return None
        if fallback and len(set(valid.values())) == 1:
            return next(iter(valid.values()))  # every reading gives the same number
        order = self.ranked()
        own, cued = self._own, self.cued()

        def grouped(r: str) -> bool:
            return groups is not None and _national_groups(valid[r][0], r) == groups

        if not fallback:
            valid = {
                r: n for r, n in valid.items() if r in own and (r == order[0] or r in cued or grouped(r))
            }
            if len(valid) <= 1:
                return next(iter(valid.values()), None)
        if self._doc.region in valid:
            return valid[self._doc.region]
        for r in cued:
            if r in valid and (r in self._named_own or not self._sure):
                return valid[r]
        rank = {r: i for i, r in enumerate(order)}
        lang_rank = self._lang_rank

        def key(r: str) -> tuple[bool, bool, int, bool, int]:
            last = len(rank)
            return (r not in own, r not in cued, lang_rank.get(r, last), not grouped(r), rank.get(r, last))

        return valid[min(valid, key=key)]


_SURE = 0.6
_LANG_WINDOW = 300  # characters: enough to tell the language, and the model's cost grows with length
# As in detect_language, 10+ letters to trust the guess; matched from the start, stopping at the tenth.
_TEN_LETTERS = re.compile(r"(?:[\W\d_]*[^\W\d_]){10}")


class PhoneRecognizer(Recognizer):
    """Phone numbers in digits, number words or a mix, validated for `doc.region`."""

    name = "phone"
    entity_types = ("phone",)
    priority = 50

    def analyze(self, doc: Document) -> Iterator[Entity]:
        """Yield valid phone numbers, E.164-normalised."""
        text = doc.text
        folded = _fold(text)
        tokens = _number_tokens(folded)
        if not _enough_digits(m.group(1) for m in tokens):
            return  # not digits enough for a phone in the whole text: skip the masks and the chains
        masked = [m.span() for m in _mask_pattern(text).finditer(text)]
        regions = _Regions(doc, folded)
        for chain in _chains(text, folded, tokens, masked):
            if len(chain) == 1 and (chain[0].digits is None or len(chain[0].digits) < _MIN_DIGITS):
                continue  # a lone word or short number: the commonest chain, told apart cheaply
            if not _enough_digits(t.text for t in chain):
                continue  # no run of this chain can hold a phone
            for segment in _split_strong(text, chain):
                yield from self._from_segment(doc, segment, regions)

    def _from_segment(self, doc: Document, tokens: list[_Token], regions: _Regions) -> Iterator[Entity]:
        i = 0
        n = len(tokens)
        # Digit counts of runs made only of digit tokens, a cheap pre-filter: prefix sums of the digit
        # runs' lengths and, for each token, where its stretch of digit runs stops (linear, not n²).
        prefix = [0]
        for tok in tokens:
            prefix.append(prefix[-1] + len(tok.digits or ""))
        stop = [n] * (n + 1)  # the first token at or after k that is not a digit run
        for k in range(n - 1, -1, -1):
            stop[k] = k if tokens[k].digits is None else stop[k + 1]
        while i < n:
            if i and _is_zero(tokens[i - 1]):
                i += 1
                continue
            found = None
            # Longest valid run starting at i; spelled words at the edges may be articles ("un", "dos").
            for j in range(n - 1, i - 1, -1):
                if j < stop[i]:
                    count = prefix[j + 1] - prefix[i]
                    if count < _MIN_DIGITS:
                        break  # shorter runs only get shorter
                    if count > _MAX_DIGITS + 1:
                        continue
                entity = self._candidate(doc, tokens[i : j + 1], regions)
                if entity is not None:
                    found = (j, entity)
                    break
            if found is None:
                i += 1
                continue
            yield found[1]
            i = found[0] + 1

    def _candidate(self, doc: Document, tokens: list[_Token], regions: _Regions) -> Entity | None:
        if tokens[0].word is not None and tokens[0].word[0] is Kind.AND:
            return None
        if tokens[-1].word is not None and tokens[-1].word[0] is Kind.AND:
            return None
        digits = _digits(tokens)
        if digits is None:
            return None
        plus = digits.startswith("+")
        count = len(digits) - plus
        if not _MIN_DIGITS <= count <= _MAX_DIGITS:
            return None
        if not plus and not any(_fits(digits, r) for r in regions.possible()):
            return None  # no candidate country has numbers of this length
        text = doc.text
        start, end = tokens[0].start, tokens[-1].end
        if start and text[start - 1] == "(" and ")" in text[start:end]:
            start -= 1  # "(11) 98765-4321": keep the area-code bracket
        span = text[start:end]
        if _DATE_OR_TIME.match(span) or _DECIMAL.match(span):
            return None
        spelled = any(t.word is not None for t in tokens)
        obfuscated = (
            spelled or doc.normalized.original_text(start, end) != span or _has_letter_gap(text, tokens)
        )
        positive: bool | None = None  # context is read only when it matters (it costs a regex search)
        if plus:
            number = _parse(digits, "ZZ")
        elif digits.startswith("00"):
            number = regions.first_valid(digits, None, False)
        else:
            # Other countries are tried only when the run looks like a phone, not like any number;
            # a region the caller named yields only to spelled or disguised numbers.
            fallback = obfuscated or (
                doc.region is None
                and (digits.startswith("0") or (positive := regions.positive_near(start, end)))
            )
            groups = None if spelled else tuple(len(t.digits or "") for t in tokens)
            number = regions.first_valid(digits, groups, fallback)
        if number is None:
            return None
        if positive is None:
            positive = regions.positive_near(start, end)
        score = 0.85 if obfuscated or plus else 0.6
        before, after = doc.before(start), doc.after(end, 12)  # read once a number is found
        context = []
        if positive:
            score += 0.3
            context.append("positive")
        # Without a phone word near, `_after_last_positive(before)` is `before`: no second `_POSITIVE` scan.
        negative_zone = _after_last_positive(before) if positive else before
        if _NEGATIVE.search(negative_zone) or _NEGATIVE.search(after[:6]):
            score -= 0.5
            context.append("negative")
        if score < 0.5:
            return None
        e164, number_region = number
        return self.entity(
            "phone",
            doc,
            start,
            end,
            e164,
            score,
            region=number_region,
            spelled=spelled,
            context=context,
        )


_LANG_REGIONS = {
    "es": ("ES", "MX", "AR", "CO"),
    "en": ("GB", "US"),
    "fr": ("FR", "BE"),
    "pt": ("PT", "BR"),
    "ro": ("RO", "MD"),
}
# Countries, their people and their big cities (folded: lower case, no accents), so that a number valid
# in several countries is read in the one the text is about. Ireland, Switzerland, Germany and Italy
# are tried only when named: their 07… numbers collide with Romanian and French mobiles.
_PLACES = {
    "ES": "espana spain espagne spania espanha madrid barcelona valencia sevilla malaga bilbao ibiza",
    "MX": "mexico mexique mexic mexicana mexicano cdmx guadalajara monterrey cancun tijuana puebla",
    "CO": "colombia colombie columbia colombiana colombiano bogota medellin cali barranquilla cartagena",
    "AR": "argentina argentine argentinian argentiniana argentino rosario mendoza buenos aires",
    "PT": "portugal portuguesa portugues lisboa lisbon lisbonne porto faro braga coimbra",
    "BR": "brasil brazil bresil brazilia brasileira brasileiro brazilian rio sao paulo salvador"
    " fortaleza recife curitiba manaus belo horizonte bh",
    "FR": "france franta francia franca francaise paris marseille lyon toulouse nice nantes bordeaux lille",
    "BE": "belgique belgium belgica belgia bruxelles brussels bruselas liege charleroi anvers",
    "CH": "suisse switzerland suiza elvetia geneve geneva ginebra lausanne zurich berne",
    "GB": "uk england britain british inglaterra angleterre anglia london londres manchester"
    " birmingham liverpool leeds glasgow edinburgh",
    "US": "usa america estados unidos etats-unis nyc york miami chicago houston angeles las vegas",
    "IE": "ireland irlanda irlande irish dublin dublino cork galway",
    "RO": "romania roumanie rumania romana romanesc bucuresti bucharest bucarest cluj timisoara iasi"
    " constanta brasov",
    "MD": "moldova moldavia moldavie moldovenesc chisinau balti",
    "DE": "germany german alemania allemagne germania alemanha deutschland berlin munich hamburg frankfurt",
    "IT": "italy italia italie italian roma rome milano milan napoli",
}
# Countries of a language read only when named (see above): "Genève" in French, "Dublin" in English.
_LANG_NAMED = {"en": ("IE",), "fr": ("CH",)}
_PLACE_REGION = {word: region for region, words in _PLACES.items() for word in words.split()}
_PLACE = re.compile(words_pattern(_PLACE_REGION))

_ALL_REGIONS = tuple(dict.fromkeys(["ES", *itertools.chain.from_iterable(_LANG_REGIONS.values())]))


@lru_cache(maxsize=64)
def _shape(region: str) -> tuple[str, str, frozenset[int]]:
    """(national prefix, country code, possible national lengths) of a region, for a cheap pre-check."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if meta is None or meta.general_desc is None:
        return "", "", frozenset()
    return meta.national_prefix or "", str(meta.country_code), frozenset(meta.general_desc.possible_length)


def _fits(digits: str, region: str) -> bool:
    """Whether `digits` can be a national number of `region` by length alone (skips hopeless parses)."""
    prefix, country_code, lengths = _shape(region)
    if not lengths or digits.startswith(("+", "00")):
        return True
    if len(digits) in lengths:
        return True
    if prefix and digits.startswith(prefix) and len(digits) - len(prefix) in lengths:
        return True
    return digits.startswith(country_code) and len(digits) - len(country_code) in lengths


def _parse(digits: str, region: str) -> tuple[str, str | None] | None:
    """(E.164, region of the number) when `digits` is a valid number read for `region`, else None."""
    if not _fits(digits, region):
        return None
    return _parse_valid(digits, region)


@lru_cache(maxsize=8192)
def _parse_valid(digits: str, region: str) -> tuple[str, str | None] | None:
    # Cached: a `phonenumbers` parse and validity check costs ~40 µs, and the same numbers recur
    # across ads (and across the regions tried for one run of digits). Bounded, so memory stays flat.
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return e164, phonenumbers.region_code_for_number(number)


@lru_cache(maxsize=4096)
def _readings(digits: str, regions: tuple[str, ...]) -> dict[str, tuple[str, str | None]]:
    """The valid readings of `digits` by region, for those of `regions` where it is valid (never mutated)."""
    # Cached as a whole: one look-up instead of a length check and a parse look-up per region.
    return {r: n for r in regions if (n := _parse(digits, r)) is not None}


@lru_cache(maxsize=1024)
def _national_groups(e164: str, region: str) -> tuple[int, ...]:
    """Digit-group lengths of the number as written at home in `region` ("0745 123 456": 4, 3, 3)."""
    number = phonenumbers.parse(e164, region)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return tuple(len(group) for group in re.findall(r"\d+", national))


def _fold_table() -> list[int]:
    """Lower case without accents, one character for one (so offsets stay valid), by code point.

    A list, not a dict: `str.translate` indexes it at C speed, and leaves characters past its end
    (U+0250 on) as they are.
    """
    table = list(range(0x250))
    for c in range(ord("A"), ord("Z") + 1):
        table[c] = c + 32
    for c in range(0xC0, 0x250):
        folded = strip_accents(chr(c))
        if len(folded) == 1 and folded.isascii():
            table[c] = ord(folded)
    return table


_FOLD = _fold_table()
_WORD_KEYS = {strip_accents(w) for w in NUMBER_WORDS if w.isalpha() and strip_accents(w).isascii()}
# Only what can be part of a number: digit runs, "+", number words (on the folded text).
_WORD_SET = frozenset(_WORD_KEYS)
# Digit runs, "+" and whole lower-case ASCII words that are number words (on the folded text), as
# group 1. The words form a trie-shaped regex. Each match first skips, possessively, runs of other
# characters and whole words that are not number words: one match per token instead of the scanner
# restarting at every character. A last match may hold only the skipped tail (group 1 unset).
_NUMBER_WORD = r"(?<![a-z])" + trie_pattern(_WORD_SET) + r"(?![a-z])"
_NUMBER_TOKEN = re.compile(
    r"(?:[^a-z\d+]++|(?!" + _NUMBER_WORD + r")[a-z]++)*+(?:(\+|\d+|" + _NUMBER_WORD + r")|\Z)"
)


def _number_tokens(folded: str) -> list[re.Match[str]]:
    """The `_NUMBER_TOKEN` matches that hold a token (group 1), in order."""
    tokens = list(_NUMBER_TOKEN.finditer(folded))
    while tokens and tokens[-1].start(1) < 0:
        tokens.pop()  # the skipped tail, and the empty match at the end after it
    return tokens


def _fold(text: str) -> str:
    """`text.translate(_FOLD)`, with `str.lower` for ASCII text (same result, faster)."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD)


def _mask_pattern(text: str) -> re.Pattern[str]:
    """`_MASK`, or the faster `_MASK_SHORT` that finds the same spans when no 25-character run exists."""
    # Such a run has no space in it: only long whitespace-free chunks need the closer look, and most
    # texts have none (told in C, before a Python loop over the chunks).
    chunks = text.split()
    if max(map(len, chunks), default=0) >= 25 and any(len(c) >= 25 and _ALNUM_25.search(c) for c in chunks):
        return _MASK
    return _MASK_SHORT


def _enough_digits(tokens: Iterable[str]) -> bool:
    """Whether a run of these tokens (raw texts, folded) may spell `_MIN_DIGITS` digits, by an upper bound.

    A digit run gives its length; a number word at most 3 digits ("seiscientos" 600, "triple six"
    666, "six hundred" 600 take two words); connectors ("y", "and") and "+" none. Stops as soon
    as the bound is reached: most texts reach it within their first few tokens.
    """
    total = 0
    for raw in tokens:
        if raw[0].isdigit():
            total += len(raw)
        elif raw != "+" and NUMBER_WORDS[raw][0] is not Kind.AND:
            total += 3
        else:
            continue
        if total >= _MIN_DIGITS:
            return True
    return False


def _chains(
    text: str, folded: str, tokens: list[re.Match[str]], masked: list[tuple[int, int]]
) -> Iterator[list[_Token]]:
    """Maximal runs of digit/number-word tokens (`_number_tokens` of `folded`) joined by gaps."""
    chain: list[_Token] = []
    mask_i, n_masked = 0, len(masked)
    for m in tokens:
        start, end = m.span(1)
        if mask_i < n_masked:  # most texts have no mask left to pass
            while mask_i < n_masked and masked[mask_i][1] <= start:
                mask_i += 1
            if mask_i < n_masked and masked[mask_i][0] <= start:
                continue  # inside an IBAN, card, hash, date or time
        raw = m.group(1)
        if raw[0].isalpha():
            inside_word = (start and folded[start - 1].isalpha()) or folded[end : end + 1].isalpha()
            if inside_word:
                continue  # part of a word: the gap check will end the chain
            tok = _Token(start, end, raw, None, NUMBER_WORDS[raw])
        elif raw == "+":
            tok = _Token(start, end, raw, None, None, True)
        else:
            tok = _Token(start, end, raw, raw)
            if start and text[start - 1].isalpha() and not (chain and chain[-1].end == start):
                glued_letter = start - 1 > 0 and not text[start - 2].isalpha()
                if not (glued_letter and chain and folded[start - 1] in _GAP_LETTERS):
                    # "ES91", "A123": digits glued to a word are a code, not a phone
                    if chain:
                        yield chain
                    chain = []
                    continue
        if chain:
            gap = text[chain[-1].end : start]
            # "" and " " always join (the commonest gaps, told without the gap patterns).
            if gap != " " and gap and not _gap_ok(gap, chain[-1], tok):
                yield chain
                chain = []
        if (tok.plus and chain) or len(chain) >= _MAX_CHAIN:
            yield chain  # a phone never needs more tokens; longer runs would make the search quadratic
            chain = []
        chain.append(tok)
    if chain:
        yield chain


def _gap_ok(gap: str, left: _Token, right: _Token) -> bool:
    if len(gap) > 6 and len(gap.strip()) > 3:
        return False  # too long for a weak gap; a strong one or a letter has at most 3 non-spaces
    if gap.count("\n") > 1:
        return False
    if _WEAK_GAP.fullmatch(gap) or _STRONG_GAP.fullmatch(gap):
        return True
    # "6x1x2", "6 x 1 x 2": a single letter between two digit runs.
    letter = gap.strip(" ").lower()
    return letter in _GAP_LETTERS and left.digits is not None and right.digits is not None


def _split_strong(text: str, chain: list[_Token]) -> Iterator[list[_Token]]:
    """Split a chain where a slash, comma or "or" stands between two phone-sized groups.

    Smaller groups stay together: spelled numbers are often written "zéro six, douze, trente-quatre".
    """
    pieces: list[list[_Token]] = [[chain[0]]]
    for prev, tok in itertools.pairwise(chain):
        if _STRONG_GAP.fullmatch(text[prev.end : tok.start]):
            pieces.append([])
        pieces[-1].append(tok)
    segment = pieces[0]
    for piece in pieces[1:]:
        if _rough_digits(segment) >= _MIN_DIGITS and _rough_digits(piece) >= _MIN_DIGITS:
            yield segment
            segment = []
        segment = segment + piece
    yield segment


def _rough_digits(tokens: list[_Token]) -> int:
    digits = _digits(tokens)
    return len(digits) if digits else 0


def _is_zero(tok: _Token) -> bool:
    """A zero or a group opening with one: the trunk prefix that starts a number, never inside one."""
    return (tok.digits or "").startswith("0") or tok.word == (Kind.UNIT, 0)


def _has_letter_gap(text: str, tokens: list[_Token]) -> bool:
    return any(any(c.isalpha() for c in text[a.end : b.start]) for a, b in itertools.pairwise(tokens))


def _digits(tokens: list[_Token]) -> str | None:
    parts: list[str] = []
    words: list[tuple[Kind, int]] = []
    for i, tok in enumerate(tokens):
        if tok.plus:
            if i:
                return None
            parts.append("+")
            continue
        if tok.word is not None:
            words.append(tok.word)
            continue
        if words:
            spelled = words_to_digits(words)
            if spelled is None:
                return None
            parts.append(spelled)
            words = []
        parts.append(tok.digits or "")
    if words:
        spelled = words_to_digits(words)
        if spelled is None:
            return None
        parts.append(spelled)
    digits = "".join(parts)
    if digits.startswith("+00"):
        return None
    return digits


_NUMBER_WORDS = frozenset({"número", "numero", "number", "nr", "num", "numéro"})


def _after_last_positive(before: str) -> str:
    """The context before a number from its last phone word on: "CP 28013, tel. 91…" is a phone."""
    # "order number 0721…", "factura nr." — a bare "number" word does not outweigh the order word.
    ends = [m.end() for m in _POSITIVE.finditer(before) if m.group().lower() not in _NUMBER_WORDS]
    return before[ends[-1] :] if ends else before


# Phone words that belong to one language only ("número", "contacto", "whatsapp" are shared).
_CUE_LANGUAGE = {
    **dict.fromkeys(("phone", "mobile", "cell", "call", "text", "number"), "en"),
    **dict.fromkeys(("telf", "tlf", "tfno", "teléfono", "telefono", "móvil", "movil"), "es"),
    **dict.fromkeys(("llama", "llamame", "llámame", "escribe", "escríbeme"), "es"),
    **dict.fromkeys(("telefone", "zap", "zapzap", "liga", "ligue"), "pt"),
    **dict.fromkeys(("téléphone", "portable", "appelle", "appel", "numéro", "contactez"), "fr"),
    **dict.fromkeys(("sună", "suna"), "ro"),
}


def _cue_language(text: str) -> str | None:
    """The one language whose phone words the text uses, or None when none or several do."""
    langs = {_CUE_LANGUAGE.get(m.group().lower()) for m in _POSITIVE.finditer(text)} - {None}
    return langs.pop() if len(langs) == 1 else None
