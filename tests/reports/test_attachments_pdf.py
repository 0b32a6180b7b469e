"""PDF attachments lose their author, software and XMP metadata, and earlier revisions, before storage."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

from vigila.core.errors import InputError
from vigila.reports.attachments import clean_attachment

LIMIT = 5 * 1024 * 1024
XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>Maria Lopez Garcia</dc:creator></x:xmpmeta>'


def _xmp(writer: PdfWriter) -> object:
    stream = DecodedStreamObject()
    stream.set_data(XMP)
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")
    return writer._add_object(stream)


def _pdf_with_metadata() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(300, 200)
    writer.add_blank_page(300, 200)
    writer.add_metadata({"/Author": "Maria Lopez Garcia", "/Creator": "Office 2016 at HOTELPC"})
    writer.root_object[NameObject("/Metadata")] = _xmp(writer)
    writer.pages[0][NameObject("/Metadata")] = _xmp(writer)
    first = io.BytesIO()
    writer.write(first)
    # An incremental save keeps the old revision (with its author) in the file's bytes.
    updated = PdfWriter(io.BytesIO(first.getvalue()), incremental=True)
    updated.add_metadata({"/Author": "someone else"})
    out = io.BytesIO()
    updated.write(out)
    return out.getvalue()


def test_pdf_metadata_and_old_revisions_are_removed() -> None:
    original = _pdf_with_metadata()
    assert b"Maria Lopez Garcia" in original and b"HOTELPC" in original
    cleaned = clean_attachment("denuncia.pdf", original, LIMIT)
    assert cleaned.media_type == "application/pdf"
    for secret in (b"Maria Lopez Garcia", b"HOTELPC", b"someone else", b"xmpmeta"):
        assert secret not in cleaned.data
    reader = PdfReader(io.BytesIO(cleaned.data))
    assert not reader.metadata
    assert [tuple(p.mediabox)[2:] for p in reader.pages] == [(300, 200), (300, 200)]


def test_damaged_pdf_is_refused_clearly() -> None:
    with pytest.raises(InputError, match="damaged"):
        clean_attachment("x.pdf", b"%PDF-1.7\nthis is not a pdf at all\n", LIMIT)


def test_password_protected_pdf_is_refused_clearly() -> None:
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(InputError, match="password"):
        clean_attachment("locked.pdf", out.getvalue(), LIMIT)
