"""Bot and guardian replies: an assessment as a short HTML message in the reader's language."""

from __future__ import annotations

from html import escape

from vigila.channels.telegram.checks import Checks
from vigila.core.types import Assessment, Level
from vigila.i18n import gettext

MAX_SIGNALS = 8
MAX_PHRASE = 140

# The msgids are listed literally so catalog checks can find them.
HEADLINES = {
    Level.ALERT: "🔴 High risk. This has strong signs of recruitment for exploitation.",
    Level.WARN: "🟠 Warning. This has several signs seen in recruitment for exploitation.",
    Level.WATCH: "🟡 Be careful. There are some signs that deserve attention.",
    Level.NONE: "🟢 I found no warning signs in this. If something changes, send it to me again.",
}
LEVEL_NAMES = {
    Level.ALERT: "high risk",
    Level.WARN: "warning",
    Level.WATCH: "be careful",
    Level.NONE: "no signs",
}
ADVICE = {
    Level.ALERT: (
        "Do not send your passport, ID or photos, and do not pay any fee or debt.",
        "Do not travel or meet alone; tell someone you trust where you are.",
        "Keep the messages: they are evidence.",
        "Talk to a helpline now: it is free and confidential.",
    ),
    Level.WARN: (
        "Do not send your passport, ID or photos, and do not pay any fee or debt.",
        "Ask for the company's full name and a written contract, and check them yourself.",
        "Talk to someone you trust or to a helpline before you decide.",
    ),
    Level.WATCH: (
        "Ask for the company's full name and a written contract, and check them yourself.",
        "Do not move the conversation to another app or keep it secret.",
    ),
    Level.NONE: (),
}
NO_HELPLINE = (
    "I have no helpline for your country yet. If you are in danger, call the local emergency number "
    "(112 in Europe)."
)


def h(text: str) -> str:
    """Escape text for Telegram's HTML parse mode (quotes need no escaping there)."""
    return escape(text, quote=False)


def _phrase(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > MAX_PHRASE:
        text = text[: MAX_PHRASE - 1] + "…"
    return h(text)


def signal_lines(assessment: Assessment, lang: str, checks: Checks) -> list[str]:
    """One bullet per tactic with the exact phrases that showed it (deduplicated, capped)."""
    phrases: dict[str, list[str]] = {}
    for s in sorted(assessment.signals, key=lambda s: -s.weight):
        seen = phrases.setdefault(s.tactic, [])
        if s.text and s.text not in seen and len(seen) < 3:
            seen.append(s.text)
    lines = []
    for tactic, found in list(phrases.items())[:MAX_SIGNALS]:
        quoted = ", ".join(f"«{_phrase(p)}»" for p in found)
        name = h(checks.tactic_name(tactic, lang))
        lines.append(f"• <b>{name}</b>" + (f": {quoted}" if quoted else ""))
    return lines


def render_assessment(assessment: Assessment, lang: str, checks: Checks, helpline: str | None) -> str:
    """The answer to a check: level, tactics with phrases, what to do now, helpline."""
    _ = gettext(lang)
    level = Level(assessment.level)
    parts = [f"<b>{h(_(HEADLINES[level]))}</b>"]
    if assessment.explanation and level is not Level.NONE:
        parts.append(h(assessment.explanation))
    lines = signal_lines(assessment, lang, checks)
    if lines:
        parts.append(f"<b>{h(_('Warning signs:'))}</b>\n" + "\n".join(lines))
    if ADVICE[level]:
        parts.append(
            f"<b>{h(_('What to do now:'))}</b>\n" + "\n".join(f"• {h(_(a))}" for a in ADVICE[level])
        )
    if level is not Level.NONE:
        parts.append(h(helpline) if helpline else h(_(NO_HELPLINE)))
    return "\n\n".join(parts)


def render_group_alert(
    assessment: Assessment, lang: str, checks: Checks, group: str, link: str | None
) -> str:
    """The private note to a group admin about one risky post, with the reasons."""
    _ = gettext(lang)
    level = Level(assessment.level)
    parts = [
        "<b>" + h(_("A post in “{group}” shows warning signs ({level}).").format(
            group=group, level=_(LEVEL_NAMES[level]))) + "</b>"
    ]
    lines = signal_lines(assessment, lang, checks)
    if lines:
        parts.append(f"<b>{h(_('Warning signs:'))}</b>\n" + "\n".join(lines))
    if link:
        parts.append(h(link))
    parts.append(h(_(
        "Consider removing the post and reminding members of the group's safety rules, "
        "without naming or shaming anyone. I never reply in the group and I do not keep its messages."
    )))
    return "\n\n".join(parts)
