"""`vigila user add`, `vigila audit verify`, `vigila purge`: accounts, the audit chain and retention.

Keys: the first admin created creates the organisation key pair (public key in the data dir,
private key only sealed under that admin's passphrase). Every later user needs an admin to unlock
the key (`--admin NAME`, passphrase prompted) so a copy can be sealed under the new passphrase.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from vigila.core.errors import InputError

if TYPE_CHECKING:
    from vigila.reports.service import ReportService

app = typer.Typer()
user_app = typer.Typer(help="Analyst accounts.", no_args_is_help=True)
audit_app = typer.Typer(help="The hash-chained audit log.", no_args_is_help=True)
app.add_typer(user_app, name="user")
app.add_typer(audit_app, name="audit")


def _service() -> ReportService:
    from vigila.reports.service import ReportService
    from vigila.settings import get_settings
    from vigila.store.db import Store, upgrade_schema

    settings = get_settings()
    upgrade_schema(settings)
    return ReportService(Store.from_settings(settings), settings)


def _read_secret(prompt: str, from_stdin: bool, confirm: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline().rstrip("\n")
        if not line:
            raise InputError(f"{prompt.lower()}: nothing on standard input")
        return line
    return str(typer.prompt(prompt, hide_input=True, confirmation_prompt=confirm))


@user_app.command("add")
def user_add(
    username: Annotated[str, typer.Argument(help="Sign-in name.")],
    role: Annotated[str, typer.Option(help="admin, analyst or viewer.")] = "analyst",
    admin: Annotated[str | None, typer.Option(help="Admin who unlocks the org key for the user.")] = None,
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the new passphrase, then "
                                                 "the admin's, one per line from stdin.")] = False,
) -> None:
    """Add a user; the first admin also creates the organisation key pair."""
    from vigila.security.crypto import has_public_key

    service = _service()
    passphrase = _read_secret("Passphrase", password_stdin, confirm=True)
    unlocked_by = None
    if has_public_key(service.settings.data_dir):
        if admin is None:
            raise InputError("the organisation key exists: pass --admin NAME so an admin can unlock it")
        unlocked_by = (admin, _read_secret(f"Passphrase of {admin}", password_stdin, confirm=False))
    user = service.create_user(username, passphrase, role, unlocked_by)
    typer.echo(f"user {user.username} ({user.role}) created with id {user.id}", err=True)


@audit_app.command("verify")
def audit_verify(
    expect: Annotated[str | None, typer.Option(help="A head recorded earlier, as SEQ:HASH.")] = None,
) -> None:
    """Check the whole chain; exit 1 naming the first changed, missing or reordered row."""
    from vigila.security import audit

    head = None
    if expect:
        seq, _, digest = expect.partition(":")
        if not seq.isdigit() or len(digest) != 64:
            raise InputError("--expect must look like SEQ:HASH (the head printed by an earlier verify)")
        head = (int(seq), digest)
    result = audit.verify(_service().store, head)
    if not result.ok:
        typer.echo(f"audit log TAMPERED: {result.problem}", err=True)
        raise typer.Exit(1)
    typer.echo(f"audit log intact: {result.rows} rows; head {result.head_seq}:{result.head_hash}")


@app.command()
def purge(
    older_than: Annotated[int | None, typer.Option("--older-than", min=0, help="Days since closing; "
                                                   "default VIGILA_REPORT_RETENTION_DAYS.")] = None,
) -> None:
    """Delete closed cases (reports, attachments, messages, notes) closed longer ago than the limit."""
    result = _service().purge(older_than)
    typer.echo(f"purged {result.cases} closed cases and {result.reports} reports")
