"""Build labelled conversations from the phrase banks: many scripts, orders, lengths, styles and noise."""

from __future__ import annotations

import json
import random
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

LANGS = ("es", "en", "pt", "fr", "ro")
_DATA = Path(__file__).parent / "data"  # phrase banks, one JSON file per language
# split -> (template families it may use, seed offset); "fit" trains the message model, "calib" the
# conversation model, "dev" tunes the alert policy, "test" is the held-out family.
SPLITS: dict[str, tuple[tuple[int, ...], int]] = {
    "fit": ((0,), 11),
    "calib": ((1,), 23),
    "dev": ((1,), 37),
    "test": ((2,), 51),
}
FAMILIES = 3
# Moves that are part of a risky script but do not by themselves mark the first risk.
_SOFT = frozenset({"flattery", "job_offer_lure", "age_probe", "greet", "smalltalk", "reply"})
_EMOJI = ["😊", "😉", "❤️", "🙏", "😘", "🤫", "💸", "✈️", "😂", "👍", "🥰", "😅"]
_FILLERS = {
    "en": ["lol", "ok so", "babe", "tbh"],
    "es": ["jaja", "oye", "bueno", "amor"],
    "pt": ["kkk", "então", "tipo", "amor"],
    "fr": ["mdr", "bon", "bref", "chérie"],
    "ro": ["haha", "deci", "gen", "iubi"],
}
_SWITCH = ["ok", "babe", "no stress", "trust me", "easy", "bro", "sorry", "pls"]


@cache
def _bank(lang: str) -> dict[str, list[list[str]]]:
    moves: dict[str, list[list[str]]] = json.loads((_DATA / f"{lang}.json").read_text(encoding="utf-8"))[
        "moves"
    ]
    return moves


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 5 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 2)
    kind = rng.random()
    if kind < 0.4:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind < 0.7:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] * 3 + word[i + 1 :]


def _style(text: str, lang: str, rng: random.Random, noise: float) -> str:
    """Vary the surface: accents dropped, case, typos, emoji, fillers, English code-switching."""
    if rng.random() < 0.35 * noise:
        text = _strip_accents(text)
    if rng.random() < 0.4 * noise:
        text = text.lower().rstrip("?.!")
    if rng.random() < 0.3 * noise:
        words = text.split(" ")
        j = rng.randrange(len(words))
        words[j] = _typo(words[j], rng)
        text = " ".join(words)
    if rng.random() < 0.25 * noise:
        text = (
            f"{rng.choice(_FILLERS[lang])} {text}"
            if rng.random() < 0.5
            else f"{text} {rng.choice(_FILLERS[lang])}"
        )
    if lang != "en" and rng.random() < 0.15 * noise:
        text = f"{text}, {rng.choice(_SWITCH)}"
    if rng.random() < 0.3 * noise:
        text = f"{text} {rng.choice(_EMOJI)}"
    if rng.random() < 0.1 * noise:
        text = text.upper()
    return text


class _Builder:
    def __init__(self, lang: str, family: int, rng: random.Random, noise: float) -> None:
        self.lang, self.family, self.rng, self.noise = lang, family, rng, noise
        self.messages: list[dict[str, str]] = []
        self.moves: list[str] = []
        self.risky: list[int] = []

    def say(self, move: str, sender: str = "other", risky: bool = False) -> None:
        options = _bank(self.lang)[move][self.family]
        text = _style(self.rng.choice(options), self.lang, self.rng, self.noise)
        if risky:
            self.risky.append(len(self.messages))
        self.messages.append({"sender": sender, "text": text})
        self.moves.append(move)

    def reply(self) -> None:
        self.say("reply", "user")

    def opening(self, most: int, who: str = "other") -> None:
        """A greeting, its reply, then up to `most` exchanges of small talk started by `who`."""
        self.say("greet")
        self.reply()
        self.chat(self.rng.randint(0, most), who)

    def chat(self, n: int, who: str = "other") -> None:
        for _ in range(n):
            self.say(self.rng.choice(["smalltalk", "greet"]) if not self.messages else "smalltalk", who)
            self.reply()


def _risk_moves(b: _Builder, moves: list[str], speaker: str = "other") -> None:
    for move in moves:
        b.say(move, speaker, risky=True)
        if b.rng.random() < 0.8:
            b.reply()


def _recruit_job(b: _Builder) -> str:
    b.opening(2)
    pool = [
        "travel_paid",
        "no_contract_vague",
        "urgency",
        "document_retention",
        "debt_bondage",
        "secrecy",
        "platform_switch",
    ]
    tail = b.rng.sample(pool, b.rng.randint(2, 4))
    _risk_moves(
        b, ["job_offer_lure", "too_good_pay", *tail] if b.rng.random() < 0.8 else ["too_good_pay", *tail]
    )
    return "recruitment"


def _recruit_loverboy(b: _Builder) -> str:
    b.opening(1)
    tail = b.rng.sample(
        ["secrecy", "control", "platform_switch", "travel_paid", "debt_bondage"], b.rng.randint(1, 2)
    )
    _risk_moves(b, ["flattery", *b.rng.sample(["isolation", "flattery"], 1), "loverboy_debt", *tail])
    return "recruitment"


def _recruit_online(b: _Builder) -> str:
    b.opening(2)
    first = b.rng.choice(["webcam_modelling", "sugar_offer"])
    tail = b.rng.sample(
        ["too_good_pay", "secrecy", "platform_switch", "urgency", "meeting_request"], b.rng.randint(1, 3)
    )
    _risk_moves(b, [first, *tail])
    return "recruitment"


def _disclosure(b: _Builder) -> str:
    b.opening(2, who="user")
    moves = b.rng.sample(
        ["victim_documents_taken", "victim_debt", "victim_confinement", "victim_coercion"],
        b.rng.randint(1, 2),
    )
    for move in moves:
        b.say(move, "user", risky=True)
        b.say("reply", "other")
    return "recruitment"


def _grooming(b: _Builder) -> str:
    b.opening(2)
    middle = b.rng.sample(
        ["gifts", "secrecy", "alone_check", "isolation", "platform_switch"], b.rng.randint(1, 3)
    )
    late = b.rng.sample(["photo_request", "meeting_request", "secrecy"], b.rng.randint(1, 2))
    first = ["age_probe", b.rng.choice(["mature_for_age", "flattery"])]
    if b.rng.random() < 0.3:
        first.reverse()
    _risk_moves(b, [*first, *middle, *[m for m in late if m not in middle]])
    return "grooming"


def _grooming_no_age(b: _Builder) -> str:
    """Grooming that never asks her age: alone checks, secrets, gifts, moving app, webcam."""
    b.opening(1)
    moves = b.rng.sample(
        [
            "alone_check",
            "secrecy",
            "gifts",
            "platform_switch",
            "isolation",
            "mature_for_age",
            "photo_request",
            "meeting_request",
        ],
        b.rng.randint(2, 3),
    )
    # One such move alone is ordinary (a parent asks it too): only the second one marks the risk, so
    # neither scorer learns that "are you home alone?" by itself is grooming.
    b.say(moves[0])
    b.reply()
    _risk_moves(b, moves[1:])
    return "grooming"


def _recruit_docs(b: _Builder) -> str:
    """A job with a paid ticket that asks for a photo of her passport (the copy, not the original)."""
    b.opening(1)
    # A job and a paid ticket are what real offers say too; the request for her passport marks the risk.
    for move in ("job_offer_lure", "travel_paid"):
        b.say(move)
        b.reply()
    tail = b.rng.sample(["too_good_pay", "urgency", "no_contract_vague", "secrecy"], b.rng.randint(0, 2))
    _risk_moves(b, ["document_request", *tail])
    return "recruitment"


def _benign(moves: tuple[str, ...]) -> Any:
    def build(b: _Builder) -> None:
        b.say("greet", b.rng.choice(["other", "user"]))
        b.reply()
        for move in [b.rng.choice(moves) for _ in range(b.rng.randint(2, 4))]:
            b.say(move, b.rng.choice(["other", "user"]))
            if b.rng.random() < 0.7:
                b.reply()
        b.chat(b.rng.randint(0, 2))
        return None

    return build


_RISKY = [
    _recruit_job,
    _recruit_job,
    _recruit_loverboy,
    _recruit_online,
    _disclosure,
    _grooming,
    _grooming,
    _grooming,
]
_BENIGN = [
    _benign(("legit_job", "job_offer_lure", "smalltalk")),
    _benign(("legit_job", "legit_job", "reply")),
    _benign(("family_abroad", "smalltalk")),
    _benign(("couple_money", "flattery", "smalltalk")),
    _benign(("friends_plans", "smalltalk")),
    _benign(("parent_child", "smalltalk")),
    _benign(("smalltalk",)),
]


# Scripts only the training splits see, so the held-out test split stays the same conversations.
_RISKY_TRAIN = [*_RISKY, _grooming_no_age, _recruit_docs]
_BENIGN_TRAIN = [
    *_BENIGN,
    _benign(("official_docs", "smalltalk")),
    _benign(("parent_child", "friends_plans", "smalltalk")),
]


def _first_risk(b: _Builder) -> int | None:
    for i in b.risky:
        if b.moves[i] not in _SOFT:
            return i
    return b.risky[0] if b.risky else None


def generate(
    n: int, split: str = "fit", seed: int = 0, benign_share: float = 0.5, noise: float = 1.0
) -> list[dict[str, Any]]:
    """`n` conversations in the evaluation format, with labels and per-message risky indices."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {sorted(SPLITS)}")
    families, offset = SPLITS[split]
    rng = random.Random(seed * 1000 + offset)
    out: list[dict[str, Any]] = []
    risky, benign = (_RISKY, _BENIGN) if split == "test" else (_RISKY_TRAIN, _BENIGN_TRAIN)
    for i in range(n):
        lang = LANGS[i % len(LANGS)]
        b = _Builder(lang, rng.choice(families), rng, noise)
        if rng.random() < benign_share:
            script = rng.choice(benign)
            script(b)
            category = None
        else:
            script = rng.choice(risky)
            category = script(b)
            b.chat(rng.randint(0, 2))
        first = _first_risk(b) if category else None
        out.append(
            {
                "id": f"{split}-{seed}-{i}",
                "messages": b.messages,
                "label": {
                    "category": category,
                    "first_risk": first,
                    "lang": lang,
                    "tactics": sorted({b.moves[j] for j in b.risky}),
                    "risky": b.risky,
                    "family": b.family,
                    "script": script.__name__.strip("_"),
                },
            }
        )
    return out
