"""Small documents of each accepted format, and impostors, made in memory for upload tests."""

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile


def pdf(name="guide.pdf"):
    return SimpleUploadedFile(name, b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")


def _zip(entries: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx(name="template.docx"):
    return SimpleUploadedFile(
        name, _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
    )


def xlsx(name="grid.xlsx"):
    return SimpleUploadedFile(
        name, _zip({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})
    )


def odt(name="notice.odt"):
    return SimpleUploadedFile(
        name,
        _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}),
    )


def html_named_pdf(name="guide.pdf"):
    return SimpleUploadedFile(name, b"<html><script>alert(1)</script></html>")


def plain_zip_named_docx(name="template.docx"):
    return SimpleUploadedFile(name, _zip({"readme.txt": "not a document"}))


def empty(name="empty.pdf"):
    return SimpleUploadedFile(name, b"")
