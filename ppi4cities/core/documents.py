"""Attached documents, recognised by their content rather than their name.

Accepted: PDF, and the Office Open XML and OpenDocument formats (DOCX, XLSX, PPTX, ODT, ODS).
The office formats are ZIP archives; what they hold tells them apart. The library's files
and pilots' documents are checked here.
"""

import zipfile

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

OOXML = {
    "word/": ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xl/": ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "ppt/": ("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
}
OPENDOCUMENT = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
}
ACCEPTED_NAMES = "PDF, DOCX, XLSX, PPTX, ODT, ODS"


def detect_document(upload, *, max_bytes: int) -> tuple[str, str]:
    """(extension, content type) of an accepted document of at most `max_bytes`, or
    ValidationError."""
    if upload.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if upload.size > max_bytes:
        raise ValidationError(
            _("The file is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes)},
            code="too_large",
        )
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    try:
        if head.startswith(b"%PDF-"):
            return "pdf", "application/pdf"
        if head.startswith(b"PK\x03\x04"):
            return _detect_zip(upload)
    finally:
        upload.seek(0)
    raise _refused()


def _refused():
    return ValidationError(
        _("This file is not an accepted document. Upload one of: %(formats)s.")
        % {"formats": ACCEPTED_NAMES},
        code="format",
    )


def _detect_zip(upload) -> tuple[str, str]:
    try:
        with zipfile.ZipFile(upload) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                declared = archive.read("mimetype").decode("ascii", "replace").strip()
                if declared in OPENDOCUMENT:
                    return OPENDOCUMENT[declared], declared
            if "[Content_Types].xml" in names:
                for prefix, (extension, content_type) in OOXML.items():
                    if any(name.startswith(prefix) for name in names):
                        return extension, content_type
    except (zipfile.BadZipFile, OSError, KeyError) as error:
        raise _refused() from error
    raise _refused()
