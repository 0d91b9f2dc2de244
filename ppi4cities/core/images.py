"""Image uploads checked by their content, re-encoded, and stored under unguessable names.

Re-encoding through Pillow drops anything that is not pixels (scripts in SVG, polyglot
files, metadata with personal data such as EXIF and its GPS position), so what the platform
serves is only ever an image. Avatars, logos and pilots' photos all come through here.
"""

import io
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

ACCEPTED_FORMATS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp", "GIF": "png"}
# Decoding is what a decompression bomb attacks, so the pixel count is checked on the header
# alone, before any pixel is read.
MAX_PIXELS = 4000 * 4000
MAX_SIDE = 1024


def validate_image_upload(upload, *, max_bytes: int | None = None, max_pixels: int = MAX_PIXELS):
    """Raise ValidationError unless `upload` is a PNG, JPEG, WebP or GIF within the size
    limits (by default UPLOAD_IMAGE_MAX_BYTES and MAX_PIXELS)."""
    limit = settings.UPLOAD_IMAGE_MAX_BYTES if max_bytes is None else max_bytes
    if upload.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if upload.size > limit:
        raise ValidationError(
            _("The image is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="too_large",
        )
    upload.seek(0)
    try:
        with Image.open(upload) as image:
            if image.format not in ACCEPTED_FORMATS:
                raise ValidationError(_("Upload a PNG, JPEG, WebP or GIF image."), code="format")
            if image.width * image.height > max_pixels:
                raise ValidationError(_("The image has too many pixels."), code="pixels")
            image.verify()
    except Image.DecompressionBombError as error:
        raise ValidationError(_("The image has too many pixels."), code="pixels") from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            _("This file is not an image. Upload a PNG, JPEG, WebP or GIF image."),
            code="not_image",
        ) from error
    finally:
        upload.seek(0)


def reencoded_image(upload, kind: str, *, max_side: int = MAX_SIDE):
    """A freshly encoded copy of a validated image, at most `max_side` pixels wide and high,
    turned upright as its EXIF orientation said and without any metadata."""
    upload.seek(0)
    with Image.open(upload) as source:
        fmt = source.format
        # A JPEG decodes straight at a fraction of its size when that is all that is kept,
        # which bounds the memory a large camera photo takes.
        source.draft("RGB", (max_side, max_side))
        image = ImageOps.exif_transpose(source)
        image.thumbnail((max_side, max_side))
        extension = ACCEPTED_FORMATS[fmt]
        buffer = io.BytesIO()
        if extension == "jpg":
            image.convert("RGB").save(buffer, "JPEG", quality=85, optimize=True)
            content_type = "image/jpeg"
        elif extension == "webp":
            image.save(buffer, "WEBP", quality=85)
            content_type = "image/webp"
        else:
            if image.mode not in ("RGB", "RGBA", "L", "LA"):
                image = image.convert("RGBA")
            image.save(buffer, "PNG", optimize=True)
            content_type = "image/png"
    name = f"{kind}-{secrets.token_hex(12)}.{extension}"
    size = buffer.tell()
    buffer.seek(0)
    return InMemoryUploadedFile(buffer, None, name, content_type, size, None)
