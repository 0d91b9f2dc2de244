"""Image and non-image files for upload tests, made in memory."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def png_upload(name="logo.png", size=(64, 64), color=(11, 83, 148)):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def fake_image_upload(name="logo.png"):
    """A script pretending to be a PNG by its name and declared type."""
    return SimpleUploadedFile(name, b"<script>alert(1)</script>", content_type="image/png")


def oversized_upload(name="logo.png", megabytes=3):
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64)).save(buffer, "PNG")
    return SimpleUploadedFile(
        name, buffer.getvalue() + b"\0" * (megabytes * 1024 * 1024), content_type="image/png"
    )
