"""What the Telegram faces ask of the rest of Vigila, behind one small interface.

The bot and the guardian call only `Checks`; `VigilaChecks` wires it to the detectors, the
chat-export readers, the helplines and the report service. Tests and the benchmark use the same
class, so the bot is exercised with the real analysis.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, Protocol, TypedDict

from vigila.core.errors import VigilaError
from vigila.core.types import Assessment, Level
from vigila.i18n import gettext
from vigila.logs import get_logger
from vigila.settings import Settings

log = get_logger("telegram.checks")


class ChatMessage(TypedDict, total=False):
    """One message in the conversations interchange format."""

    sender: str
    text: str
    ts: str


class Checks(Protocol):
    """The analysis and state services the Telegram faces need."""

    def conversation(
        self, messages: Sequence[ChatMessage], state: dict[str, Any] | None = None
    ) -> tuple[Assessment, dict[str, Any]]:
        """Feed messages to a conversation monitor resumed from `state`; the assessment and new state."""
        ...

    def forget_texts(self, state: dict[str, Any]) -> dict[str, Any]:
        """The monitor state without any words of the messages, fit to keep outside the device."""
        ...

    def job(self, text: str, lang: str) -> Assessment | None:
        """Assess a job offer, or None when no job-offer assessor is installed."""
        ...

    def read_export(self, filename: str, data: bytes) -> list[list[ChatMessage]]:
        """The conversations in a WhatsApp (.txt/.zip) or Telegram (.json) export, else InputError."""
        ...

    def paste(self, text: str) -> list[ChatMessage]:
        """A pasted text as messages: a WhatsApp copy, "Name: text" lines, or one message per line."""
        ...

    def helpline(self, country: str | None, lang: str) -> str | None:
        """A one-paragraph helpline text for the country, or None."""
        ...

    def tactic_name(self, tactic: str, lang: str) -> str:
        """The tactic's human name in `lang`."""
        ...

    def report(
        self, messages: Sequence[ChatMessage], assessment: Assessment, lang: str, country: str | None
    ) -> str:
        """File an anonymous report and return its receipt code."""
        ...


class VigilaChecks:
    """`Checks` backed by Vigila's detectors, export readers, helplines and report service."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._reports: Any = None

    def conversation(
        self, messages: Sequence[ChatMessage], state: dict[str, Any] | None = None
    ) -> tuple[Assessment, dict[str, Any]]:
        """Feed messages to a conversation monitor resumed from `state`; the assessment and new state."""
        from vigila.detectors.conversation import ConversationMonitor

        monitor = ConversationMonitor.from_state(state) if state else ConversationMonitor()
        peak = last = Assessment(0.0, Level.NONE)
        for message in messages:
            last = monitor.observe(dict(message))
            if last.risk > peak.risk:
                peak = last
        # A long chat can calm down after the recruiter's push: answer with the peak, which is what
        # the person must hear about, but list every signal seen.
        peak.signals = list(last.signals)
        return peak, monitor.state()

    def forget_texts(self, state: dict[str, Any]) -> dict[str, Any]:
        """The monitor state without the words it quotes ("sig") or buffers for language id ("buf")."""
        out = dict(state)
        if "buf" in out:
            out["buf"] = ""
        if isinstance(out.get("sig"), list):
            out["sig"] = [[*sig[:4], "", *sig[5:]] for sig in out["sig"]]
        return out

    def job(self, text: str, lang: str) -> Assessment | None:
        """Assess a job offer with the job-offer assessor (None when it is not installed)."""
        assessor = _job_assessor()
        if assessor is None:
            return None
        result = assessor.assess({"description": text})
        level = Level(result.level)
        # The assessor's level comes from max(fraud probability, red-flag risk); keep risk consistent.
        risk = max(float(result.fraud_probability), _LEVEL_FLOOR[level])
        return Assessment(risk, level, list(result.trafficking_flags), result.explanation,
                          category="recruitment", lang=result.lang)

    def read_export(self, filename: str, data: bytes) -> list[list[ChatMessage]]:
        """The conversations in an export, the exporting person's messages marked as "user"."""
        from vigila.ingest.chat_exports import parse_export, protect

        return [[_message(m) for m in protect(conv)["messages"] if m.get("text")]
                for conv in parse_export(data, filename)]

    def paste(self, text: str) -> list[ChatMessage]:
        """A pasted text as messages: a WhatsApp copy, "Name: text" lines, or one message per line."""
        from vigila.ingest.chat_exports import split_pasted

        return [_message(m) for m in split_pasted(text) if m.get("text")]

    def helpline(self, country: str | None, lang: str) -> str | None:
        """The best helpline for the country as a short paragraph."""
        from vigila.resources.helplines import helpline_for

        line = helpline_for(country, lang)
        _ = gettext(lang)
        head = f"📞 {line.name}" + (f" ({line.organisation})" if line.organisation else "")
        details = [d for d in (line.phone, line.hours) if d]
        flags = [_(word) for word, on in (("free", line.free), ("anonymous", line.anonymous)) if on]
        text = head + (": " + ", ".join(details) if details else "")
        if flags:
            text += " · " + ", ".join(flags)
        return text + (f"\n{line.url}" if line.url else "")

    def tactic_name(self, tactic: str, lang: str) -> str:
        """The tactic's name in `lang` (the monitor's or the job assessor's), else the taxonomy's English."""
        localised = (_chat_tactic_names().get(lang, {}).get(tactic)
                     or _job_tactic_names().get(tactic, {}).get(lang))
        if localised:
            return str(localised[:1].upper() + localised[1:])
        known = _taxonomy().tactics.get(tactic)
        return known.name if known is not None else tactic.replace("_", " ").capitalize()

    def report(
        self, messages: Sequence[ChatMessage], assessment: Assessment, lang: str, country: str | None
    ) -> str:
        """File an anonymous report through the report service; its receipt code."""
        from vigila.reports.service import ReportContent, ReportService
        from vigila.store.db import Store

        if self._reports is None:
            self._reports = ReportService(Store.from_settings(self.settings), self.settings)
        body = "\n".join(f"{m.get('sender', 'other')}: {m.get('text', '')}" for m in messages)
        tactics = ", ".join(dict.fromkeys(s.tactic for s in assessment.signals)) or "-"
        # The analysts see what the bot concluded, next to the messages it read.
        body += f"\n\n[Telegram bot check: level {Level(assessment.level).value}; tactics: {tactics}]"
        receipt = self._reports.submit(ReportContent(what_happened=body, country=country, language=lang))
        return str(receipt.code)


@cache
def _chat_tactic_names() -> dict[str, dict[str, str]]:
    """Localised names of chat tactics (language -> tactic -> name), kept by the conversation monitor."""
    try:
        from vigila.detectors._chat_explain import _TACTIC
    except ImportError:
        return {}
    return dict(_TACTIC)


@cache
def _job_tactic_names() -> dict[str, dict[str, str]]:
    """Localised names of job tactics, kept by the job-offer assessor."""
    try:
        from vigila.detectors._jobs_text import TACTIC_NAMES
    except ImportError:
        return {}
    return dict(TACTIC_NAMES)


@cache
def _taxonomy() -> Any:
    from vigila.indicators import load_taxonomy

    return load_taxonomy()


@cache
def _job_assessor() -> Any:
    """The job-offer assessor, loaded once per process (its model takes seconds to load)."""
    try:
        from vigila.detectors.jobs import JobOfferAssessor

        return JobOfferAssessor.load()
    except ImportError:
        return None
    except VigilaError as exc:  # e.g. a model artefact from another version: /job says "not available"
        log.error("job_assessor_unavailable", reason=str(exc))
        return None


_LEVEL_FLOOR = {Level.NONE: 0.0, Level.WATCH: 0.25, Level.WARN: 0.5, Level.ALERT: 0.75}


def _message(m: dict[str, Any]) -> ChatMessage:
    out: ChatMessage = {"sender": str(m.get("sender") or "other"), "text": str(m.get("text") or "")}
    if m.get("ts"):
        out["ts"] = str(m["ts"])
    return out
