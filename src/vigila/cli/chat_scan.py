"""`vigila chat scan EXPORT`: the streaming monitor over a WhatsApp or Telegram export, made readable."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from vigila.cli.progress import progress_bar
from vigila.core.errors import InputError

LEVEL_STYLE = {"none": "green", "watch": "cyan", "warn": "yellow", "alert": "bold red"}
BLOCKS = "▁▂▃▄▅▆▇█"
MARK = "bold black on yellow"


def _pick_chats(convs: list[dict[str, Any]], chat: str | None) -> list[dict[str, Any]]:
    if chat is None:
        return convs
    wanted = chat.casefold()
    chosen = [c for c in convs if wanted in (str(c["id"]).casefold(), str(c.get("title", "")).casefold())]
    if not chosen:
        titles = ", ".join(str(c.get("title", c["id"])) for c in convs[:10])
        raise InputError(f"no chat called {chat!r} in the export; chats: {titles}")
    return chosen


def _protect_all(convs: list[dict[str, Any]], me: str | None) -> list[dict[str, Any]]:
    from vigila.ingest.chat_exports import protect, senders

    out = []
    for conv in convs:
        if me and len(convs) > 1 and me.casefold() not in {s.casefold() for s in senders(conv)}:
            # In a full-account export, --me only has to appear in the chats it belongs to.
            out.append(protect(conv))
        else:
            out.append(protect(conv, me))
    if me and len(convs) > 1 and not any(c.get("me") for c in out):
        raise InputError(f"no sender called {me!r} in any chat of the export")
    return out


def sparkline(timeline: list[dict[str, Any]], width: int = 60) -> Text:
    """Risk per message as coloured blocks; long chats are bucketed by their highest risk."""
    text = Text()
    if not timeline:
        return text
    step = max(1, -(-len(timeline) // width))
    for i in range(0, len(timeline), step):
        bucket = timeline[i : i + step]
        top = max(bucket, key=lambda t: t["risk"])
        block = BLOCKS[min(len(BLOCKS) - 1, int(top["risk"] * len(BLOCKS)))]
        text.append(block, style=LEVEL_STYLE.get(top["level"], ""))
    return text


def _message_text(m: dict[str, Any]) -> Text:
    text = Text()
    if m.get("media"):
        text.append("[media] ", style="dim")
    for seg in m["segments"]:
        text.append(seg["text"], style=MARK if seg["mark"] else "")
    return text


def render_report(console: Console, conv: dict[str, Any], report: dict[str, Any], show_all: bool) -> None:
    """Print one conversation's report: header, risk timeline, flagged messages, entities."""
    level = report["level"]
    style = LEVEL_STYLE.get(level, "")
    head = Text()
    head.append(f"{level.upper()}", style=style)
    head.append(f"  risk {report['risk']:.2f}")
    if report.get("category"):
        head.append(f"  {report['category']}")
    if report.get("lang"):
        head.append(f"  [{report['lang']}]", style="dim")
    head.append("\n")
    if report["alert_at"] is not None:
        at = report["messages"][report["alert_at"]]
        when = f" ({at['ts'].replace('T', ' ')[:16]})" if at.get("ts") else ""
        head.append(f"Alert at message {report['alert_at'] + 1} of {len(report['messages'])}{when}\n",
                    style="bold red")
    else:
        head.append(f"No alert in {len(report['messages'])} messages\n", style="green")
    if report.get("explanation"):
        head.append(report["explanation"] + "\n")
    head.append("risk over time: ")
    head.append_text(sparkline(report["timeline"]))
    who = conv.get("me")
    title = f"{conv.get('title', conv['id'])}" + (f" — you: {who}" if who else "")
    console.print(Panel(head, title=title, border_style=style or "white"))

    table = Table(show_header=True, header_style="bold", expand=True, show_lines=False)
    table.add_column("#", justify="right", width=5)
    table.add_column("time", width=16, no_wrap=True)
    table.add_column("from", width=14, overflow="fold")
    table.add_column("risk", justify="right", width=5)
    table.add_column("message", ratio=1, overflow="fold")
    table.add_column("signals", width=24, overflow="fold")
    hidden = 0
    previous = "none"
    for m in report["messages"]:
        is_alert = m["index"] == report["alert_at"]
        changed = m["level"] != previous
        previous = m["level"]
        if not (show_all or m["tactics"] or is_alert or changed):
            hidden += 1
            continue
        sender = "you" if m["sender"] == "user" else m["sender"]
        risk = Text(f"{m['risk']:.2f}", style=LEVEL_STYLE.get(m["level"], ""))
        names = report.get("tactic_names", {})
        tactics = Text(", ".join(names.get(t, t) for t in m["tactics"]), style="magenta")
        if is_alert:
            tactics.append(" ← ALERT", style="bold red")
        table.add_row(str(m["index"] + 1), (m.get("ts") or "").replace("T", " ")[:16], sender, risk,
                      _message_text(m), tactics)
    console.print(table)
    if hidden:
        console.print(f"[dim]{hidden} quiet messages not shown (--all shows every message)[/dim]")
    if report["entities"]:
        ents = Table(title="Contacts and identifiers found", show_header=True, header_style="bold")
        ents.add_column("type")
        ents.add_column("value")
        ents.add_column("message", justify="right")
        for e in report["entities"]:
            ents.add_row(e["type"], e["normalized"], str(e["message_index"] + 1))
        console.print(ents)


def scan(
    export: Annotated[Path, typer.Argument(help="WhatsApp .txt/.zip or Telegram result.json export.")],
    me: Annotated[str | None, typer.Option("--me", help="Your name in the chat (to protect).")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object per chat instead.")] = False,
    chat: Annotated[str | None, typer.Option("--chat", help="Only this chat of a full export.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO country for phone numbers.")] = None,
    show_all: Annotated[bool, typer.Option("--all", help="Show every message, not only flagged.")] = False,
) -> None:
    """Scan a chat export message by message: risk timeline, signals with the exact words, the alert point."""
    from vigila.detectors.conversation_report import assess_conversation
    from vigila.ingest.chat_exports import read_export, senders

    convs = _protect_all(_pick_chats(read_export(export), chat), me)
    convs = [c for c in convs if c["messages"]]
    if not convs:
        raise InputError(f"{export.name} holds no messages")
    console = Console(stderr=False, soft_wrap=False)
    err = Console(stderr=True)
    total = sum(len(c["messages"]) for c in convs)
    reports = []
    with progress_bar(total, "scanning", min_total=2000) as step:
        for conv in convs:
            reports.append(assess_conversation(conv["messages"], country=country))
            step(len(conv["messages"]))
    for conv, report in zip(convs, reports, strict=True):
        if json_out:
            report.pop("messages")
            row = {"id": conv["id"], "title": conv.get("title"), "me": conv.get("me"), **report}
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            continue
        render_report(console, conv, report, show_all)
        if not conv.get("me") and len(senders(conv)) > 1:
            listed = ", ".join(senders(conv)[:6])
            err.print(f"[dim]tip: say which sender is you with --me NAME ({listed}); your own words are "
                      "weighed differently[/dim]")
