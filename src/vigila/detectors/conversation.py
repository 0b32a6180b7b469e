"""The conversation monitor: reads one message at a time and says, as early as it is sure, when a chat
looks like recruitment for exploitation or grooming.

    >>> from vigila import ConversationMonitor
    >>> monitor = ConversationMonitor()
    >>> monitor.observe({"sender": "other", "text": "hi! how are you?"}).level.value
    'none'

Only messages seen so far are read. The sender named "user" is the protected person: her own words
("my boss kept my passport") are counted as disclosures, a different and strong kind of evidence.
The state is a small JSON-able dict (`state()` / `from_state()`), so a bot can keep it in Redis.
"""

from __future__ import annotations

import math
import re
from typing import Any

import numpy as np

from vigila.core.errors import InputError
from vigila.core.types import Assessment, Level, Signal
from vigila.detectors._chat_explain import explain
from vigila.indicators import find_signals, fold, load_taxonomy
from vigila.indicators.taxonomy import LANGS, Taxonomy
from vigila.models.chat_features import cue_columns, ngram_indices
from vigila.models.chat_model import MAX_MESSAGE_MARGIN, ChatModel, default_model

STATE_VERSION = 1
MAX_CUE_CHARS = 20_000  # cues are read in the first 20k characters of a message; the rest is ignored
MAX_KEPT_SIGNALS = 32
MAX_SIGNAL_TEXT = 120
CRITICAL_SEVERITY = 0.85  # a tactic this severe (passport kept, her own disclosure) is enough on its own
COMBO_SEVERITY = 0.45  # "medium": two distinct tactics this severe from one sender are enough together
# Moves that ordinary offers share (a job, its pay, a paid ticket, a meeting, a copy of the ID): two of
# them only warn; a third tactic, or any other tactic with one of them, alerts.
_COMMON = frozenset({"job_offer_lure", "too_good_pay", "travel_paid", "meeting_request", "document_request"})
# Moves that parents, friends and employers make too ("are you home alone?", "keep it between us",
# "we pay your ticket"): one of them alone is worth watching, not a warning.
_AMBIGUOUS = frozenset(
    {
        "alone_check",
        "secrecy",
        "platform_switch",
        "meeting_request",
        "photo_request",
        "gifts",
        "age_probe",
        "flattery",
        "urgency",
        *_COMMON,
    }
)
# A gift with a request for *her* number or handle, or offered in the same message as the switch ("a
# steam card if you give me your number"), is a bargain, not a teammate's gift ("add me, I'm tom#22").
_PEER = frozenset({"gifts", "platform_switch"})
_HER_CONTACT = re.compile(
    r"\b(?:ur|your|tu|teu|tua|seu|sua|ton)\s+(?:number|numero|snap|insta|whatsapp|wasap|zap|telegram|handle|@)"
    r"|\b(?:numarul|snapul|instagramul)\b",
)
# Pairs that ordinary contacts make together, so a pair alone only warns: a date ("I'll pick you up at
# 8", "send me a selfie") and teammates ("add me on discord", "I'll gift you the battle pass").
_SHARED_PAIRS = (frozenset({"meeting_request", "photo_request"}), _PEER)
# Lines ordinary contacts do not use ("so mature for your age"): alone they alert, unless the chat shows
# a family or legitimacy context.
_TELLING = frozenset({"mature_for_age"})
# Words that place the chat in a child's life (school, homework, being grounded, a parent's permission):
# when the tactics point both ways (a "scout" asking for photos, a paid shoot "near your school"), they
# make it grooming rather than recruitment. "Your mum" alone is not enough: threats name her family too.
_MINOR_CONTEXT = re.compile(
    r"\b(?:school|homework|grounded|recess|year [5-9]|[5-9]th grade"
    r"|cole|colegio|insti|instituto|secundaria|prepa|deberes|castigad[ao]|me castigo"
    r"|escola|dever de casa|licao de casa|de castigo|ecole|(?:du|au) college|devoirs|punie?"
    r"|scoala|liceu|pedepsit\w*"
    r"|ask (?:ur|your) (?:mum|mom|parents|dad)|(?:pidele permiso|preguntale) a (?:tu|tus) \w+"
    r"|(?:pede|pergunta) (?:pra|a|para a) (?:sua|tua) mae|demande a (?:ta|tes) (?:mere|maman|parents)"
    r"|intreab-o pe mama|cere voie (?:de la|alor)|(?:permission|autorisation|autorizacao|permiso|voie)"
    r" (?:from |of |de |dos |da |du |de la )?(?:ur |your |tes |tus |tu |seus |teus |sua |tua )?"
    r"(?:parents|padres|pais|mae|mama|maman|parinti))\b"
)
MAX_SENDERS = 8  # senders whose tactics are kept apart for the combination rule (group chats)
_LANG_BUFFER = 400  # characters of text used to decide the conversation's language


def _detect_language(text: str) -> str | None:
    from vigila.text import detect_language

    return detect_language(text)


def feature_names(tactic_ids: list[str]) -> list[str]:
    """Names of the conversation-state features, in the order the conversation scorer reads them."""
    return [f"seen:{t}" for t in tactic_ids] + [
        "user_max",
        "user_count",
        "w_recruitment",
        "w_grooming",
        "ev_recruitment",
        "ev_grooming",
        "max_recruitment",
        "max_grooming",
        "negative",
        "log_messages",
    ]


class ConversationMonitor:
    """Streaming risk of one conversation; `observe(message)` after each new message."""

    def __init__(
        self, model: ChatModel | None = None, taxonomy: Taxonomy | None = None, lang: str | None = None
    ) -> None:
        self.model = model or default_model()
        self.taxonomy = taxonomy or load_taxonomy()
        self._index = {t: i for i, t in enumerate(self.model.tactic_ids)}
        self._columns = cue_columns(self.model.tactic_ids)
        self.n = 0
        self.lang = lang if lang in LANGS else None
        self._lang_fixed = self.lang is not None
        self._buffer = ""
        self.ev = [0.0, 0.0]
        self.mx = [0.0, 0.0]
        self.seen: dict[str, float] = {}  # "tactic" (other party) or "tactic@user" -> weight
        self.user_seen = False
        self.signals: list[Signal] = []
        self.by_sender: dict[str, list[str]] = {}  # sender -> distinct medium tactics that sender used
        self.minor = False  # the chat mentions a child's life (school, a parent's permission)

    # -- state -------------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        """A small JSON-able snapshot of everything the monitor remembers."""
        return {
            "v": STATE_VERSION,
            "n": self.n,
            "lang": self.lang,
            "fixed": self._lang_fixed,
            "buf": self._buffer,
            "ev": [round(x, 5) for x in self.ev],
            "mx": [round(x, 5) for x in self.mx],
            "seen": self.seen,
            "user": self.user_seen,
            "snd": self.by_sender,
            "minor": self.minor,
            "sig": [[s.tactic, s.weight, s.start, s.end, s.text, s.message_index] for s in self.signals],
        }

    state_dict = state

    @classmethod
    def from_state(cls, state: dict[str, Any], model: ChatModel | None = None) -> ConversationMonitor:
        """Resume a monitor from `state()`; a malformed state is an InputError."""
        monitor = cls(model=model)
        try:
            if state.get("v") != STATE_VERSION:
                raise ValueError(f"state version {state.get('v')!r}, expected {STATE_VERSION}")
            monitor.n = int(state["n"])
            monitor.lang = state["lang"] if state["lang"] in LANGS else None
            monitor._lang_fixed = bool(state["fixed"])
            monitor._buffer = str(state["buf"])
            monitor.ev = [float(x) for x in state["ev"]][:2]
            monitor.mx = [float(x) for x in state["mx"]][:2]
            monitor.seen = {str(k): float(v) for k, v in dict(state["seen"]).items()}
            monitor.user_seen = bool(state["user"])
            # States saved before the combination rule have no "snd"; they resume without it.
            monitor.by_sender = {str(k): [str(t) for t in v] for k, v in dict(state.get("snd", {})).items()}
            monitor.minor = bool(state.get("minor", False))  # absent from older states
            monitor.signals = [
                Signal(str(t), float(w), int(a), int(b), str(x), int(i)) for t, w, a, b, x, i in state["sig"]
            ]
            if len(monitor.ev) != 2 or len(monitor.mx) != 2:
                raise ValueError("ev and mx need two values")
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InputError(f"invalid conversation monitor state: {exc}") from None
        return monitor

    # -- streaming ---------------------------------------------------------------------------
    def _language(self, text: str) -> str | None:
        if not self._lang_fixed and len(self._buffer) < _LANG_BUFFER:
            before = len(self._buffer)
            self._buffer = (self._buffer + " " + text[:_LANG_BUFFER]).strip()[:_LANG_BUFFER]
            # Re-detect only when enough new text arrived: "ok" and "jaja" change nothing.
            found = _detect_language(self._buffer) if len(self._buffer) - before >= 12 else None
            if found:
                self.lang = found
                if len(self._buffer) >= 60:  # enough text: stop re-detecting, keep the state small
                    self._lang_fixed = True
                    self._buffer = ""
        return self.lang

    def observe(self, message: dict[str, Any] | str) -> Assessment:
        """Read the next message ({"sender", "text"} or plain text from the other party) and assess."""
        if isinstance(message, str):
            message = {"sender": "other", "text": message}
        if not isinstance(message, dict):
            raise InputError(f"a message must be a dict or a string, not {type(message).__name__}")
        sender: Any = message.get("sender") or "other"
        text: Any = message.get("text")
        text = "" if text is None else text
        if not isinstance(text, str) or not isinstance(sender, str):
            raise InputError("a message needs a string 'text' and a string 'sender'")
        index = self.n
        self.n += 1
        role = self.role_of(sender)
        self.user_seen = self.user_seen or role == "user"
        if text.strip():
            self._read(text, role, index, sender)
        return self.assessment()

    def message_inputs(
        self, text: str, role: str, index: int, sender: str = "other"
    ) -> tuple[np.ndarray, list[int]]:
        """Read one message's cues into the state; return its n-grams and cue columns (training uses it)."""
        lang = self._language(text)
        head = text[:MAX_CUE_CHARS]
        folded = fold(head)
        self.minor = self.minor or bool(_MINOR_CONTEXT.search(folded))
        cols: set[int] = set()
        for s in find_signals(head, lang=lang, domain="chat", taxonomy=self.taxonomy):
            tactic = self.taxonomy[s.tactic]
            if tactic.speaker == "user":
                # Her own disclosures; when nobody is marked "user", any side may be the one telling.
                if role != "user" and self.user_seen:
                    continue
                key, col_role = f"{s.tactic}@user", "user"
            elif tactic.speaker == "other" and role == "user":
                continue
            else:
                key, col_role = s.tactic, role
                if role == "other" and tactic.severity >= COMBO_SEVERITY:
                    self._note_sender(sender, s.tactic)
            self.seen.setdefault(key, tactic.weight)
            if (s.tactic, col_role) in self._columns:
                cols.add(self._columns[(s.tactic, col_role)])
            self._keep(
                Signal(s.tactic, s.weight, s.start, s.end, s.text[:MAX_SIGNAL_TEXT], index, None, "cue")
            )
        return ngram_indices(folded, self.model.bits), sorted(cols)

    def _note_sender(self, sender: str, tactic: str) -> None:
        name = sender.strip()[:40]
        used = self.by_sender.setdefault(name, [])
        if tactic not in used:
            used.append(tactic)
        if len(self.by_sender) > MAX_SENDERS:
            del self.by_sender[next(iter(self.by_sender))]  # the earliest sender seen goes first

    def _read(self, text: str, role: str, index: int, sender: str) -> None:
        rec, groom = self.model.message_margins(*self.message_inputs(text, role, index, sender))
        for k, margin in enumerate((rec, groom)):
            self.ev[k] += min(max(margin, 0.0), MAX_MESSAGE_MARGIN)
            self.mx[k] = max(self.mx[k], min(margin, MAX_MESSAGE_MARGIN))

    @staticmethod
    def role_of(sender: str) -> str:
        """ "user" for the protected person, "other" for anyone else."""
        return "user" if sender.strip().lower() == "user" else "other"

    def _keep(self, signal: Signal) -> None:
        self.signals.append(signal)
        if len(self.signals) > MAX_KEPT_SIGNALS:
            # Drop the weakest oldest signal, so the strongest evidence stays explainable.
            weakest = min(range(len(self.signals) - 1), key=lambda i: (self.signals[i].weight, i))
            del self.signals[weakest]

    # -- scoring -----------------------------------------------------------------------------
    def features(self) -> np.ndarray:
        """The conversation-state feature vector read by the conversation scorer."""
        tids = self.model.tactic_ids
        x = np.zeros(len(tids) + 10)
        w = [0.0, 0.0]
        user_max, user_count, negative = 0.0, 0, 0.0
        for key, weight in self.seen.items():
            tid, _, who = key.partition("@")
            if who == "user":
                user_max, user_count = max(user_max, weight), user_count + 1
                continue
            if weight < 0:
                negative += weight
                continue
            if tid in self._index:
                x[self._index[tid]] = 1.0
            category = self.taxonomy[tid].category if tid in self.taxonomy.tactics else "both"
            if category in ("recruitment", "both"):
                w[0] += weight
            if category in ("grooming", "both"):
                w[1] += weight
        x[len(tids) :] = [
            user_max,
            user_count,
            w[0],
            w[1],
            math.log1p(self.ev[0]),
            math.log1p(self.ev[1]),
            max(self.mx[0], 0.0),
            max(self.mx[1], 0.0),
            negative,
            math.log1p(self.n),
        ]
        return x

    def _policy_floor(self, t: dict[str, float]) -> float:
        """Risk floor set by the taxonomy, which the learned scorer (trained on long scripts) can underrate.

        A critical tactic alerts on its own (her own disclosures always; the other party's unless it is
        his only tactic and the chat shows a legitimate process or family context, as an HR "bring your
        ID"), and so does a telling grooming line ("mature for your age") without such context. Two
        distinct medium tactics from one sender alert, or only warn when both are moves that ordinary
        offers, dates or teammates share; a legitimacy or family-context marker cancels a combination of
        two, not three distinct tactics of which one is beyond an ordinary offer. Alerting
        floors sit at CRITICAL_SEVERITY, which the tuned alert threshold never exceeds.
        """
        context = any(w < 0 for w in self.seen.values())
        other = [k for k, w in self.seen.items() if w > 0 and "@" not in k]
        floor = 0.0
        for key, w in self.seen.items():
            severity = self.taxonomy[key.partition("@")[0]].severity
            if w > 0 and severity >= CRITICAL_SEVERITY and ("@" in key or not context or len(other) > 1):
                floor = max(floor, severity)
        if not context and _TELLING.intersection(other):
            floor = max(floor, CRITICAL_SEVERITY)
        for used in self.by_sender.values():
            kinds = set(used)
            if len(kinds) >= 3 and kinds - _COMMON:
                # Three distinct moves, one beyond an ordinary offer: a family or legitimacy word in the
                # same chat ("it's a surprise") no longer explains them away.
                return max(floor, CRITICAL_SEVERITY)
            if context:
                continue
            if len(kinds) >= 3 or (len(kinds) == 2 and kinds - _COMMON and not self._shared_pair(kinds)):
                return max(floor, CRITICAL_SEVERITY)
            if len(kinds) == 2:
                floor = max(floor, t["warn"])
        return floor

    def _shared_pair(self, kinds: set[str]) -> bool:
        """Whether these tactics are a pair ordinary contacts make (the peer pair only without a bargain)."""
        if kinds <= _PEER:
            switches = [s for s in self.signals if s.tactic == "platform_switch"]
            if any(_HER_CONTACT.search(fold(s.text)) for s in switches):
                return False
            # A bargain also when a gift and a switch come in one message.
            gift_messages = {s.message_index for s in self.signals if s.tactic == "gifts"}
            return not any(s.message_index in gift_messages for s in switches)
        return any(kinds <= pair for pair in _SHARED_PAIRS)

    def _category(self, p: np.ndarray) -> str:
        """Grooming or recruitment: a child's context (school, a parent's permission) with any tactic not
        recruitment-only makes it grooming; else the tactics decide when they all point one way, else the
        scorer."""
        kinds = {self.taxonomy[k.partition("@")[0]].category for k, w in self.seen.items() if w > 0}
        if self.minor and kinds - {"recruitment"}:
            return "grooming"
        if "grooming" in kinds and "recruitment" not in kinds:
            return "grooming"
        if "recruitment" in kinds and "grooming" not in kinds:
            return "recruitment"
        return "recruitment" if p[1] >= p[2] else "grooming"

    def assessment(self) -> Assessment:
        """The current assessment of the conversation (no new message read)."""
        if self.n == 0 or not (self.seen or self.ev[0] or self.ev[1]):
            return Assessment(0.0, Level.NONE, [], explain(Level.NONE, None, [], self.lang), None, self.lang)
        p = self.model.conversation_probs(self.features())
        t = self.model.thresholds
        risk = max(float(1.0 - p[0]), self._policy_floor(t))
        tactics = {k for k, w in self.seen.items() if w > 0}
        if len(tactics) == 1 and tactics <= _AMBIGUOUS:
            risk = min(risk, t["warn"] - 1e-3)
        elif self._shared_pair(tactics):
            risk = min(risk, t["alert"] - 1e-3)  # the scorer alone must not overrule "only warn"
        level = Level.from_risk(risk, t["watch"], t["warn"], t["alert"])
        positive = [s for s in self.signals if s.weight > 0]
        if level == Level.ALERT and not positive:
            level = Level.WARN  # an alert must be able to point at what triggered it
        category = self._category(p) if level != Level.NONE else None
        ranked = sorted({s.tactic for s in positive}, key=lambda tid: -self.taxonomy[tid].weight)
        names = [(tid, self.taxonomy[tid].name) for tid in ranked]
        return Assessment(
            risk, level, list(self.signals), explain(level, category, names, self.lang), category, self.lang
        )
