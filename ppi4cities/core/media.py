"""Serving uploaded files so that nothing uploaded can run in the platform's origin.

Only the public image uploads (profile photos, organisation logos) are served here: they are
re-encoded images, and this view adds a sandboxing policy and `nosniff` on top. Every other
upload (library documents, proposed edits' files) has its own view that checks who may see
it first, so /media/ answers 404 for it. In production nginx serves the same two folders
with the same headers (see docs/deployment.md).
"""

import mimetypes
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe

SAFE_TYPES = {"image/png", "image/jpeg", "image/webp", "image/gif"}
PUBLIC_FOLDERS = {"avatars", "logos"}


@require_safe
def serve_media(request, path):
    root = Path(settings.MEDIA_ROOT).resolve()
    target = (root / path).resolve()
    if root not in target.parents or not target.is_file():
        raise Http404
    if target.relative_to(root).parts[0] not in PUBLIC_FOLDERS:
        raise Http404
    content_type, _encoding = mimetypes.guess_type(target.name)
    response = FileResponse(open(target, "rb"))  # noqa: SIM115 - FileResponse closes it
    if content_type in SAFE_TYPES:
        response["Content-Type"] = content_type
    else:
        response["Content-Type"] = "application/octet-stream"
        response["Content-Disposition"] = "attachment"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "public, max-age=86400"
    return response


def sandboxed_file(file, *, filename: str, content_type: str, as_attachment: bool):
    """An uploaded file the caller has checked the person may see, served inertly: a
    sandboxing policy and `nosniff`, whatever it contains."""
    response = FileResponse(
        file.open("rb"), as_attachment=as_attachment, filename=filename, content_type=content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
