"""Checking and cleaning attachments before they are encrypted.

The type is decided from the bytes, never from the name or the browser's claim. Images are decoded
and re-encoded from their pixels, which drops EXIF (GPS, camera serial, time), XMP and comments;
the picture is first rotated as its EXIF orientation says, so it still looks right.
PDFs are rewritten by pypdf without their document information (author, creator, dates), their
XMP metadata streams and any earlier revisions kept by incremental saves.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import NameObject

from vigila.core.errors import InputError

MAX_ATTACHMENTS = 5
MAX_PIXELS = 40_000_000
IMAGE_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "GIF": "image/gif"}
ALLOWED = "JPEG, PNG, WebP or GIF images, PDF documents, and chat exports (.txt or .json)"


@dataclass(frozen=True)
class CleanAttachment:
    """An attachment ready for encryption: safe display name, sniffed type, cleaned bytes."""

    name: str
    media_type: str
    data: bytes


def _safe_name(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    base = "".join(ch for ch in base if ch.isprintable())[:120]
    return base or "attachment"


def _clean_image(data: bytes, name: str) -> CleanAttachment:
    try:
        with Image.open(io.BytesIO(data)) as probe:
            fmt = probe.format or ""
            if fmt not in IMAGE_TYPES:
                raise InputError(f"{name}: image type {fmt or 'unknown'} is not accepted; send {ALLOWED}")
            if probe.width * probe.height > MAX_PIXELS:
                raise InputError(f"{name}: image is too large ({probe.width}×{probe.height} pixels)")
            image = ImageOps.exif_transpose(probe) if fmt != "GIF" else probe.copy()
            image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError, ValueError):
        raise InputError(f"{name}: the image is damaged or not an image") from None
    # Pixels only: a fresh image carries no EXIF, XMP, ICC comments or text chunks from the original.
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    if image.mode == "P" and image.getpalette() is not None:
        clean.putpalette(image.getpalette() or [])
    out = io.BytesIO()
    if fmt == "JPEG":
        clean.convert("RGB").save(out, "JPEG", quality=90)
    else:
        clean.save(out, fmt)
    return CleanAttachment(name, IMAGE_TYPES[fmt], out.getvalue())


def _text_like(data: bytes, name: str) -> CleanAttachment:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name}: not a file type we accept; send {ALLOWED}") from None
    if "\x00" in text:
        raise InputError(f"{name}: not a file type we accept; send {ALLOWED}")
    stripped = text.lstrip()
    if name.lower().endswith(".json") or stripped.startswith(("{", "[")):
        try:
            json.loads(text)
        except ValueError:
            if name.lower().endswith(".json"):
                raise InputError(f"{name}: the chat export is not valid JSON") from None
        else:
            return CleanAttachment(name, "application/json", data)
    return CleanAttachment(name, "text/plain", data)


def _clean_pdf(data: bytes, name: str) -> CleanAttachment:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise InputError(f"{name}: the PDF is password-protected; send it without the password")
        writer = PdfWriter(clone_from=reader)
        writer.metadata = None
        # XMP can sit on the catalogue and on every page; both name the author and the software.
        for holder in (writer.root_object, *(page for page in writer.pages)):
            holder.pop(NameObject("/Metadata"), None)
            holder.pop(NameObject("/PieceInfo"), None)
        # The cloned streams would still be written unless nothing points at them any more.
        writer.compress_identical_objects(remove_unreferenced=True)
        out = io.BytesIO()
        writer.write(out)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise InputError(f"{name}: the PDF is damaged or not a PDF") from None
    return CleanAttachment(name, "application/pdf", out.getvalue())


def clean_attachment(name: str, data: bytes, max_bytes: int) -> CleanAttachment:
    """Check size and real type; return cleaned bytes or raise InputError with a clear message."""
    name = _safe_name(name)
    if not data:
        raise InputError(f"{name}: the file is empty")
    if len(data) > max_bytes:
        raise InputError(f"{name}: the file is too large ({len(data) // 1024} KiB; the limit is "
                         f"{max_bytes // 1024} KiB)")
    if data.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a")) or (
        data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    ):
        return _clean_image(data, name)
    if data.startswith(b"%PDF-"):
        return _clean_pdf(data, name)
    return _text_like(data, name)


def clean_attachments(files: list[tuple[str, bytes]], max_bytes: int) -> list[CleanAttachment]:
    """Clean every attachment, refusing more than MAX_ATTACHMENTS."""
    if len(files) > MAX_ATTACHMENTS:
        raise InputError(f"too many attachments ({len(files)}); send at most {MAX_ATTACHMENTS}")
    return [clean_attachment(name, data, max_bytes) for name, data in files]
