"""Photos and documents of pilots are served by the platform to those who may see the pilot."""

import io

import pytest
from django.core.files.base import ContentFile
from PIL import Image

from ppi4cities.pilots import services
from ppi4cities.pilots.models import PilotDocument, PilotPhoto

pytestmark = pytest.mark.django_db
PLACE = {"country": "LT", "city": "Panevėžys", "latitude": 55.7348, "longitude": 24.3575}


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "green").save(buffer, format="PNG")
    return buffer.getvalue()


def _pilot(people, *, publish):
    pilot = services.pilot_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={**PLACE, "approach": "ppi"},
        texts={"en": {"title": "Electric buses", "summary": "Three buses."}},
        submit=True,
    )
    if publish:
        services.pilot_approve(pilot=pilot, actor=people["moderator"])
    photo = PilotPhoto(pilot=pilot, alt_text="A green bus at a stop")
    photo.image.save("bus.png", ContentFile(_png()), save=True)
    document = PilotDocument(pilot=pilot, title="Tender notice", content_type="application/pdf")
    document.file.save("notice.pdf", ContentFile(b"%PDF-1.7 notice"), save=True)
    return pilot, photo, document


def test_a_published_pilots_photo_and_document_are_served_inertly(client, people):
    """Everyone gets the photo as an image and the document as a download, both sandboxed."""
    pilot, photo, document = _pilot(people, publish=True)
    image = client.get(f"/pilots/photos/{photo.pk}/")
    assert image.status_code == 200
    assert image["Content-Type"] == "image/png"
    assert "sandbox" in image["Content-Security-Policy"]
    download = client.get(f"/pilots/documents/{document.pk}/")
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment")
    page = client.get(pilot.get_absolute_url()).content.decode()
    assert f'src="/pilots/photos/{photo.pk}/"' in page
    assert 'alt="A green bus at a stop"' in page


@pytest.mark.parametrize(
    ("role", "status"),
    [("anonymous", 404), ("other_member", 404), ("org_member", 200), ("moderator", 200)],
)
def test_a_pending_pilots_files_are_hidden_outside_its_circle(client, people, role, status):
    """Before publication only the author's circle and the moderators get the files."""
    _pilot_, photo, document = _pilot(people, publish=False)
    if people[role]:
        client.force_login(people[role])
    assert client.get(f"/pilots/photos/{photo.pk}/").status_code == status
    assert client.get(f"/pilots/documents/{document.pk}/").status_code == status
    assert client.get(f"/media/{photo.image.name}").status_code == 404
