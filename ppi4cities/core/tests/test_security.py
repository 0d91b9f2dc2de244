"""Security: headers on every response, uploads served inertly, production settings."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[3]


def test_every_page_sends_a_strict_content_security_policy(client):
    """No inline script is allowed; framing and plugins are off."""
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_pages_contain_no_inline_script(client):
    """Every script tag loads a file from the platform's own origin."""
    import re

    body = client.get("/organisations/").content.decode()
    for tag in re.findall(r"<script[^>]*>", body):
        assert 'src="/static/' in tag


def test_uploaded_files_are_served_sandboxed(client, settings, tmp_path):
    """Media responses carry a sandbox policy; unknown types download instead of rendering."""
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "logos").mkdir()
    (tmp_path / "logos" / "a.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "logos" / "evil.html").write_text("<script>alert(1)</script>")
    image = client.get("/media/logos/a.png")
    assert image["Content-Type"] == "image/png"
    assert "sandbox" in image["Content-Security-Policy"]
    page = client.get("/media/logos/evil.html")
    assert page["Content-Type"] == "application/octet-stream"
    assert page["Content-Disposition"] == "attachment"
    assert client.get("/media/../settings.py").status_code == 404
    assert client.get("/media/logos/missing.png").status_code == 404


def test_library_documents_are_never_served_from_media(client, settings, tmp_path):
    """A draft's document has a guessable path, so /media/ refuses everything but photos and
    logos; documents go through the library's own view, which checks who may see them."""
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "library" / "2026").mkdir(parents=True)
    (tmp_path / "library" / "2026" / "draft.pdf").write_bytes(b"%PDF-1.7 secret")
    (tmp_path / "avatars").mkdir()
    (tmp_path / "avatars" / "me.png").write_bytes(b"\x89PNG\r\n")
    assert client.get("/media/library/2026/draft.pdf").status_code == 404
    assert client.get("/media/avatars/me.png").status_code == 200


def _manage(*args, **env):
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "ppi4cities.settings", **env}
    return subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_checks():
    """check --deploy finds nothing to warn about in production settings."""
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        PPI_ENV="production",
        SECRET_KEY="x" * 20 + "production-secret-for-tests-0123456789abcdef",
        ALLOWED_HOSTS="ppi4cities.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    """A missing SECRET_KEY stops the platform with a clear message."""
    result = _manage("check", PPI_ENV="production", SECRET_KEY="", ALLOWED_HOSTS="x.example")
    assert result.returncode != 0
    assert "SECRET_KEY is required" in result.stderr


def test_production_refuses_debug():
    """DEBUG cannot be switched on in production."""
    result = _manage("check", PPI_ENV="production", SECRET_KEY="s" * 60, DEBUG="true")
    assert result.returncode != 0
    assert "DEBUG must stay off" in result.stderr
