"""`vigila telegram bot` (the protective bot) and `vigila guardian …` (the opt-in guardian)."""

from __future__ import annotations

import asyncio
import logging
from typing import Annotated, Any
from urllib.parse import urlsplit

import typer

from vigila.core.errors import VigilaError
from vigila.logs import configure_logging
from vigila.settings import Settings, get_settings

app = typer.Typer(help="The protective Telegram bot.", no_args_is_help=True)
guardian_app = typer.Typer(help="The opt-in guardian on your own Telegram account.", no_args_is_help=True)

NO_TOKEN = ("VIGILA_TELEGRAM_TOKEN is not set: create a bot with @BotFather (/newbot) "
            "and export the token it gives you")
NO_API_ID = ("the guardian needs VIGILA_TELEGRAM_API_ID and VIGILA_TELEGRAM_API_HASH "
             "(create an app at https://my.telegram.org)")


def _checks(settings: Settings) -> Any:
    from vigila.channels.telegram.checks import VigilaChecks

    return VigilaChecks(settings)


def _store(settings: Settings) -> Any:
    from vigila.channels.telegram.state import MemoryStateStore, RedisStateStore
    from vigila.security.keys import ensure_secret

    if not settings.redis_url:
        return MemoryStateStore()
    secret = ensure_secret(settings.data_dir, "telegram-state")

    async def check() -> None:
        # A throwaway client: redis.asyncio pools belong to the event loop that opened them.
        probe = RedisStateStore(settings.redis_url or "", secret)
        try:
            await probe.ping()
        finally:
            await probe.close()

    asyncio.run(check())
    return RedisStateStore(settings.redis_url, secret)


@app.command("bot")
def bot(
    concurrency: Annotated[int, typer.Option(min=1, max=512, help="Updates handled at once.")] = 64,
) -> None:
    """Run the bot with long polling until Ctrl-C."""
    from telegram import Update
    from telegram.error import InvalidToken, NetworkError

    from vigila.channels.telegram.bot import VigilaBot

    settings = get_settings()
    if not settings.telegram_token:
        raise VigilaError(NO_TOKEN)
    configure_logging(settings.log_level, settings.log_json)
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    for handler in logging.getLogger().handlers:
        handler.addFilter(_Redact(settings.telegram_token))
    store = _store(settings)
    vbot = VigilaBot(_checks(settings), store)
    application = vbot.application(settings.telegram_token, settings.telegram_api_url,
                                   concurrency=concurrency)
    host = urlsplit(settings.telegram_api_url).netloc
    typer.echo(f"Vigila bot: long polling {host}; Ctrl-C stops it.", err=True)
    try:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
    except InvalidToken:
        raise VigilaError(
            f"{host} refused VIGILA_TELEGRAM_TOKEN (mistyped or revoked in @BotFather?)") from None
    except NetworkError as exc:
        raise VigilaError(f"cannot reach the Bot API at {host}: {exc.message}") from None


class _Redact(logging.Filter):
    """Keeps a secret out of log lines: PTB names a rejected token in its error message."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.secret in message:
            record.msg, record.args = message.replace(self.secret, "<token>"), ()
        if record.exc_info and self.secret in str(record.exc_info[1]):
            record.msg = f"{record.msg} ({type(record.exc_info[1]).__name__})"
            record.exc_info, record.exc_text = None, None
        return True


def _vault(settings: Settings) -> Any:
    from vigila.channels.telegram.guardian import Vault

    return Vault(settings.data_dir)


@guardian_app.command("login")
def guardian_login(
    phone: Annotated[str, typer.Option(prompt="Your phone number (international format)")],
    trusted_contact: Annotated[str | None, typer.Option(
        help="@username or phone of someone who also gets a short note when a chat turns dangerous.",
    )] = None,
    lang: Annotated[str, typer.Option(help="Language of the warnings: en, es, pt, fr, ro.")] = "en",
    country: Annotated[str | None, typer.Option(help="Two-letter country for the helpline, e.g. ES.")] = None,
    yes: Annotated[bool, typer.Option("--yes", help="I understand and agree (skip the question).")] = False,
) -> None:
    """Sign in on this device and store the session encrypted (opt-in)."""
    from vigila.channels.telegram.guardian import login_guardian

    settings = get_settings()
    if not settings.telegram_api_id or not settings.telegram_api_hash:
        raise VigilaError(NO_API_ID)
    if not yes:
        typer.confirm(
            "The guardian reads the private messages you RECEIVE, on this device only, and warns you in "
            "your Saved Messages when a chat looks like recruitment. Nothing leaves this device except "
            "those warnings. Continue?", abort=True)
    name = asyncio.run(login_guardian(
        settings.data_dir, settings.telegram_api_id, settings.telegram_api_hash, phone,
        code=lambda: typer.prompt("Login code Telegram sent you"),
        password=lambda: typer.prompt("Two-step verification password", hide_input=True),
        lang=lang, country=country.upper() if country else None, trusted_contact=trusted_contact))
    typer.echo(f"Signed in as {name}. Start watching with: vigila guardian run")


@guardian_app.command("run")
def guardian_run() -> None:
    """Watch incoming private chats until Ctrl-C."""
    from vigila.channels.telegram.guardian import GuardianConfig, run_guardian

    settings = get_settings()
    GuardianConfig.load(_vault(settings))  # a missing session fails here, before any import of Telethon
    configure_logging(settings.log_level, settings.log_json)
    typer.echo("Vigila guardian running; Ctrl-C stops it.", err=True)
    try:
        asyncio.run(run_guardian(settings.data_dir, _checks(settings)))
    except KeyboardInterrupt:
        return


@guardian_app.command("pause")
def guardian_pause() -> None:
    """Stop reading and warning (takes effect at once, also in a running guardian)."""
    _vault(get_settings()).pause()
    typer.echo("Guardian paused. Resume with: vigila guardian resume")


@guardian_app.command("resume")
def guardian_resume() -> None:
    """Read and warn again."""
    _vault(get_settings()).resume()
    typer.echo("Guardian resumed.")


@guardian_app.command("wipe")
def guardian_wipe(
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete the session, settings, risk state and key from this device."""
    if not yes:
        typer.confirm("Delete the guardian session and all its state from this device?", abort=True)
    found = _vault(get_settings()).wipe()
    typer.echo("Guardian data deleted." if found else "Nothing to delete.")
    typer.echo("To end the session on Telegram's side too: Telegram > Settings > Devices.")
