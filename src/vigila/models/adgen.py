"""Synthetic, non-explicit escort-style ad corpora with planted operators, for tests and benchmarks.

Each operator writes from one to three templates with slot variation, rotates phones, moves between
cities over time and has a writing style of its own; a share of operators use separate phones per
template so that only style links their ads. Independent "noise" ads each have their own author, and a
few switchboard numbers appear in many unrelated noise ads (hub identifiers). The truth is the
``operator`` field of each record (``None`` for independent ads).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

CITIES = [
    "Houston",
    "Dallas",
    "Austin",
    "San Antonio",
    "Phoenix",
    "Las Vegas",
    "Los Angeles",
    "San Diego",
    "Denver",
    "Chicago",
    "Atlanta",
    "Miami",
    "Orlando",
    "Tampa",
    "Charlotte",
    "Nashville",
    "Memphis",
    "New Orleans",
    "Seattle",
    "Portland",
    "Boston",
    "Philadelphia",
    "Baltimore",
    "Detroit",
    "Columbus",
    "Indianapolis",
    "Kansas City",
    "Oklahoma City",
    "Albuquerque",
    "Tucson",
    "Sacramento",
    "San Jose",
    "Minneapolis",
    "Milwaukee",
    "Louisville",
    "Pittsburgh",
    "Cleveland",
    "Cincinnati",
    "Richmond",
    "Raleigh",
    "Jacksonville",
    "El Paso",
    "Salt Lake City",
    "Omaha",
    "Birmingham",
]
NAMES = [
    "Amber",
    "Bella",
    "Candy",
    "Daisy",
    "Ella",
    "Faith",
    "Gia",
    "Hana",
    "Ivy",
    "Jade",
    "Kiki",
    "Lola",
    "Mia",
    "Nina",
    "Olivia",
    "Paris",
    "Rose",
    "Sasha",
    "Tina",
    "Vera",
    "Yara",
    "Zoe",
    "Luna",
    "Coco",
    "Stella",
    "Ruby",
    "Nora",
    "Lily",
    "Maya",
    "Sofia",
    "Eva",
    "Cleo",
    "Iris",
    "Dana",
    "Kara",
    "Leah",
]
SITES = ["site-a", "site-b", "site-c", "site-d"]

# Sentence patterns: each "{a|b|c}" is a choice point fixed once per template, giving a large space
# of distinct templates; "{name}", "{age}", "{city}", "{price}", "{phone}", "{emoji}" are slots.
_BANK: dict[str, list[str]] = {
    "greet": [
        "{hi|hello|hey there|good evening|welcome|greetings} {gentlemen|friends|everyone|guys|darling}",
        "{sweet|classy|charming|lovely|elegant|friendly} {name} {is here|has arrived|is waiting|says hi}",
        "{looking for|in need of|ready for|craving} {a relaxing|a calm|a pleasant|a memorable} "
        "{evening|afternoon|break|time}",
    ],
    "intro": [
        "my name is {name} and i am {age} {years young|years old|yrs}",
        "i am a {sweet|friendly|fun|calm|kind|playful} {girl|lady|companion} {named|called} {name}",
        "{name} {age} {petite|tall|curvy|slim|athletic} and {always smiling|easy going|full of energy}",
    ],
    "service": [
        "offering {companionship|relaxing massage|dinner dates|good conversation|quality time} "
        "{for gentlemen|for mature men|for professionals|for travellers}",
        "{relaxing|soothing|full body|deep tissue|swedish} massage "
        "{and good company|with a smile|by appointment}",
        "{best|top|finest|premium} {companionship|company|massage} in "
        "{town|the area|the city} {no rush|no drama}",
    ],
    "avail": [
        "available {24/7|day and night|all day|late nights|mornings and evenings|weekends}",
        "{call|text|message} {anytime|now|today|early} {for an appointment|to book|for details}",
        "{open|here|ready} {every day|today only|all week|until late}",
    ],
    "place": [
        "{incall|in-call|outcall|incall and outcall} {only|available} near "
        "{downtown|the airport|the mall|the highway}",
        "{clean|private|safe|quiet|upscale} {place|room|location|spot} in {city}",
        "{visiting|staying in|now in|located in} {city} {near the center|close to the airport|by the river}",
    ],
    "price": [
        "{special|friendly|best|fair} {rates|prices|specials} {price} "
        "{per hour|hh|half hour|for the first visit}",
        "{donation|roses|rate} {price} {no negotiating|firm|specials today}",
    ],
    "contact": [
        "{call|text|whatsapp|message} {me|now|today} {phone}",
        "{serious|respectful|polite} {gentlemen|clients|callers} only {phone}",
    ],
    "close": [
        "{you will not regret it|see you soon|dont miss out|treat yourself|you deserve it|kisses}",
        "{no|zero} {rush|stress|games} {just fun|only good vibes|guaranteed}",
    ],
}
_ORDER = ["greet", "intro", "service", "avail", "place", "price", "contact", "close"]

# Evidence-directed cues planted with different rates for operators and independents (synthetic).
_OPERATOR_CUES = [
    "she is {age} and very sweet",  # third-person voice
    "{new|fresh|young} girls every week",  # several women, youth language
    "100% real pics, trusted and verified",  # "trustworthy" language
    "three ladies available, ask for the menu",  # several women
    "hotel incall only",
]
_INDEPENDENT_CUES = ["new in town, leaving soon", "just visiting for a limited time", "screening required"]

_EMOJI = ["🌹", "💋", "🍒", "✨", "💎", "🔥", "🍭", "🦋", "🌸", "👑"]
_SEPS = [". ", "! ", "!! ", " ~ ", " * ", "... ", " - ", " | ", " ♡ ", " // "]
_SIGNOFFS = ["xoxo", "kisses", "hugs", "bye for now", "ciao", "besos", "muah", "later loves", "", ""]
_ABBREV = {"you": "u", "your": "ur", "tonight": "2nite", "for": "4", "to": "2", "and": "&", "are": "r"}
_SYNONYMS = {
    "relaxing": "soothing",
    "sweet": "lovely",
    "call": "ring",
    "available": "open",
    "clean": "tidy",
    "private": "discreet",
    "best": "top",
    "today": "now",
    "gentlemen": "gents",
    "friendly": "warm",
}
_PHONE_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
# 555-exchange numbers under ~700 area-code-like prefixes: a space large enough that random
# collisions between independent ads stay rare even at a million ads.
_AREA = [str(a) for a in range(200, 900) if a % 100 != 11]


@dataclass
class _Style:
    sep: str
    caps: bool
    emoji: list[str]
    abbrev: dict[str, str]
    signoff: str
    price_fmt: str


@dataclass
class _Operator:
    label: str
    templates: list[list[str]]
    phones: list[list[str]]  # per template
    cities: list[str]
    style: _Style
    name_pool: list[str]
    cue_rate: float
    cues: list[str] = field(default_factory=list)


class AdCorpusGenerator:
    """Generate ads as JSON-ready dicts; the same seed gives the same corpus."""

    def __init__(
        self,
        noise_share: float = 0.4,
        mean_operator_ads: int = 25,
        split_phone_share: float = 0.25,
        hub_phones: int = 2,
        hub_share: float = 0.01,
        seed: int = 7,
    ) -> None:
        self.noise_share = noise_share
        self.mean_operator_ads = mean_operator_ads
        self.split_phone_share = split_phone_share
        self.hub_phones = hub_phones
        self.hub_share = hub_share
        self.seed = seed

    def generate(self, n_ads: int) -> list[dict[str, Any]]:
        """Return ``n_ads`` ads in a shuffled order, each with its planted ``operator`` (or None)."""
        return list(self.iter_ads(n_ads))

    def iter_ads(self, n_ads: int) -> Iterator[dict[str, Any]]:
        """Yield ``n_ads`` ads; operators' ads are interleaved with noise ads."""
        rng = random.Random(self.seed)
        hubs = [self._phone(rng) for _ in range(self.hub_phones)]
        n_operator_ads = round(n_ads * (1 - self.noise_share))
        plan: list[tuple[_Operator | None, int]] = []
        made = 0
        k = 0
        while made < n_operator_ads:
            size = min(n_operator_ads - made, max(3, int(rng.expovariate(1 / self.mean_operator_ads)) + 3))
            op = self._operator(rng, f"op{k:06d}")
            plan.extend((op, i) for i in range(size))
            made += size
            k += 1
        plan.extend((None, 0) for _ in range(n_ads - len(plan)))
        rng.shuffle(plan)
        start = datetime(2025, 1, 1)
        for idx, (owner, step) in enumerate(plan):
            if owner is None:
                yield self._noise_ad(rng, idx, hubs, start)
            else:
                yield self._operator_ad(rng, idx, owner, step, start)

    # -- operators -------------------------------------------------------------------------------

    def _style(self, rng: random.Random) -> _Style:
        keys = rng.sample(sorted(_ABBREV), rng.randint(0, 3))
        return _Style(
            sep=rng.choice(_SEPS),
            caps=rng.random() < 0.3,
            emoji=rng.sample(_EMOJI, 2),
            abbrev={k: _ABBREV[k] for k in keys},
            signoff=rng.choice(_SIGNOFFS),
            price_fmt=rng.choice(["${p}", "{p} roses", "{p}/hr", "{p} hh", "${p} special", "{p}$"]),
        )

    def _operator(self, rng: random.Random, label: str) -> _Operator:
        n_templates = rng.choices([1, 2, 3], weights=[0.5, 0.35, 0.15])[0]
        templates = [_template(rng) for _ in range(n_templates)]
        pool = [self._phone(rng) for _ in range(rng.randint(1, 4))]
        if n_templates > 1 and rng.random() < self.split_phone_share:
            phones = [[self._phone(rng) for _ in range(rng.randint(1, 2))] for _ in templates]
        else:
            phones = [pool for _ in templates]
        cities = rng.sample(CITIES, rng.randint(1, 6))
        cues = rng.sample(_OPERATOR_CUES, 2)
        return _Operator(label, templates, phones, cities, self._style(rng), rng.sample(NAMES, 3), 0.5, cues)

    def _operator_ad(self, rng: random.Random, idx: int, op: _Operator, step: int, start: datetime) -> dict:
        t = rng.randrange(len(op.templates))
        leg = min(len(op.cities) - 1, step * len(op.cities) // max(1, self.mean_operator_ads * 2))
        city = op.cities[leg]
        when = start + timedelta(days=int(op.label[2:]) % 300, hours=step * 20 + rng.randint(0, 6))
        phone = rng.choice(op.phones[t])
        extra = [_fill(c, rng, op.name_pool, city) for c in op.cues if rng.random() < op.cue_rate]
        return self._render(
            rng, idx, op.templates[t], op.style, op.name_pool, city, phone, when, extra, op.label
        )

    def _noise_ad(self, rng: random.Random, idx: int, hubs: list[str], start: datetime) -> dict:
        city = rng.choice(CITIES)
        phone = rng.choice(hubs) if hubs and rng.random() < self.hub_share * len(hubs) else self._phone(rng)
        when = start + timedelta(hours=rng.randint(0, 24 * 365))
        extra = [_fill(rng.choice(_INDEPENDENT_CUES), rng, NAMES, city)] if rng.random() < 0.4 else []
        return self._render(
            rng, idx, _template(rng), self._style(rng), rng.sample(NAMES, 1), city, phone, when, extra, None
        )

    def _render(
        self,
        rng: random.Random,
        idx: int,
        template: list[str],
        style: _Style,
        names: list[str],
        city: str,
        phone: str,
        when: datetime,
        extra: list[str],
        label: str | None,
    ) -> dict:
        sentences = list(template)
        if len(sentences) > 5 and rng.random() < 0.3:  # paraphrase: drop one sentence
            del sentences[rng.randrange(1, len(sentences))]
        sentences += extra
        price = rng.choice([80, 100, 120, 150, 160, 180, 200, 250, 300])
        obscured = rng.random() < 0.2
        phone_text = _obscure(phone, rng) if obscured else _pretty(phone, rng)
        words: list[str] = []
        name = rng.choice(names)
        age = str(rng.randint(21, 35))
        for s in sentences:
            s = s.replace("{name}", name).replace("{age}", age).replace("{city}", city.lower())
            s = s.replace("{price}", style.price_fmt.format(p=price)).replace("{phone}", phone_text)
            words.append(s)
        text = style.sep.join(words)
        toks = text.split(" ")
        for i, w in enumerate(toks):
            if w in style.abbrev:
                toks[i] = style.abbrev[w]
            elif w in _SYNONYMS and rng.random() < 0.15:
                toks[i] = _SYNONYMS[w]
        text = " ".join(toks)
        if style.caps:
            text = text.upper()
        text = f"{rng.choice(style.emoji)} {text} {rng.choice(style.emoji)} {style.signoff}".strip()
        return {
            "id": f"ad{idx:07d}",
            "title": f"{name} {rng.choice(style.emoji)} {city}",
            "body": text,
            "posted_at": when.isoformat(timespec="minutes"),
            "city": city,
            "site": rng.choice(SITES),
            "phone": None if obscured else phone,
            "price": price,
            "operator": label,
        }

    def _phone(self, rng: random.Random) -> str:
        return f"+1{rng.choice(_AREA)}555{rng.randint(0, 9999):04d}"


def _choose(pattern: str, rng: random.Random) -> str:
    out: list[str] = []
    i = 0
    while i < len(pattern):
        j = pattern.find("{", i)
        if j < 0:
            out.append(pattern[i:])
            break
        k = pattern.index("}", j)
        out.append(pattern[i:j])
        body = pattern[j + 1 : k]
        out.append(rng.choice(body.split("|")) if "|" in body else "{" + body + "}")
        i = k + 1
    return "".join(out)


def _template(rng: random.Random) -> list[str]:
    cats = [c for c in _ORDER if c in ("intro", "contact") or rng.random() < 0.8]
    return [_choose(rng.choice(_BANK[c]), rng) for c in cats]


def _fill(cue: str, rng: random.Random, names: list[str], city: str) -> str:
    return _choose(cue, rng).replace("{age}", str(rng.randint(21, 30)))


def _pretty(phone: str, rng: random.Random) -> str:
    d = phone[2:]
    return rng.choice(
        [f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}"]
    )


def _obscure(phone: str, rng: random.Random) -> str:
    d = phone[2:]
    if rng.random() < 0.5:
        return " ".join(_PHONE_WORDS[int(c)] if rng.random() < 0.5 else c for c in d)
    return "-".join(d[i : i + 2] for i in range(0, len(d), 2)).replace("5", "FIVE", 1)
