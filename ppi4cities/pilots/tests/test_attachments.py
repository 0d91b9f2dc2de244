"""Documents and photos of pilots, added and removed by those who may: services, pages, API."""

import io
import struct
import zlib

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import ExifTags, Image

from ppi4cities.accounts import services as accounts
from ppi4cities.library.tests import documents
from ppi4cities.pilots import permissions, services
from ppi4cities.pilots.models import PilotDocument, PilotPhoto

pytestmark = pytest.mark.django_db

PLACE = {"country": "LT", "city": "Panevėžys", "latitude": 55.7348, "longitude": 24.3575}
ROLES = ["anonymous", "member", "other_member", "org_member", "org_admin", "moderator", "staff"]
# org_member is the author of every pilot here. An unpublished pilot's files follow who may edit
# it; a published pilot's files change only through moderators and staff.
MAY_MANAGE = {
    "draft": {"org_member", "org_admin", "moderator", "staff"},
    "published": {"moderator", "staff"},
}


def make_pilot(people, *, published=False):
    pilot = services.pilot_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={**PLACE, "approach": "ppi"},
        texts={"en": {"title": "Electric buses", "summary": "Three buses."}},
        submit=published,
    )
    if published:
        services.pilot_approve(pilot=pilot, actor=people["moderator"])
    return pilot


def image_upload(name="bus.png", size=(64, 48), fmt="PNG", **save_options):
    buffer = io.BytesIO()
    Image.new("RGB", size, (20, 120, 60)).save(buffer, fmt, **save_options)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{fmt.lower()}")


def jpeg_with_location(name="IMG_2041.jpg"):
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (55.0, 44.0, 5.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (24.0, 21.0, 27.0)
    return image_upload(name, fmt="JPEG", exif=exif)


def png_claiming(width, height, name="huge.png"):
    """A tiny PNG whose header claims `width` × `height` pixels, as decompression bombs do."""
    data = image_upload().read()
    header = data[12:16] + struct.pack(">II", width, height) + data[24:29]
    patched = data[:12] + header + struct.pack(">I", zlib.crc32(header)) + data[33:]
    return SimpleUploadedFile(name, patched, content_type="image/png")


def disguised_exe(name="tender.pdf"):
    return SimpleUploadedFile(name, b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 64)


def stored_files(settings) -> list:
    return [path for path in (settings.MEDIA_ROOT).rglob("*") if path.is_file()]


def add_photo(pilot, actor, upload=None, alt_text="A green bus at a stop"):
    return services.pilot_photo_add(
        pilot=pilot, actor=actor, upload=upload or image_upload(), alt_text=alt_text
    )


# Services ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("upload", "stored_name", "content_type"),
    [
        (documents.pdf, "guide.pdf", "application/pdf"),
        (
            lambda: documents.docx("Tender notes.bin"),
            "tender-notes.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
    ],
)
def test_documents_are_named_and_typed_by_their_content(people, upload, stored_name, content_type):
    """A PDF or DOCX is kept with the extension and type its content proves."""
    pilot = make_pilot(people)
    document = services.pilot_document_add(
        pilot=pilot, actor=people["org_member"], upload=upload(), title="Tender notice"
    )
    document.refresh_from_db()
    assert document.file.name.rsplit("/", 1)[-1] == stored_name
    assert (document.title, document.content_type) == ("Tender notice", content_type)
    assert document.size == document.file.size > 0


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (disguised_exe, "not an accepted document"),
        (documents.html_named_pdf, "not an accepted document"),
        (documents.empty, "empty"),
    ],
)
def test_disguised_and_empty_documents_are_refused(people, settings, upload, message):
    """A program renamed .pdf, a web page renamed .pdf and an empty file are refused."""
    pilot = make_pilot(people)
    with pytest.raises(ValidationError, match=message) as refused:
        services.pilot_document_add(
            pilot=pilot, actor=people["org_member"], upload=upload(), title="Notice"
        )
    assert list(refused.value.message_dict) == ["file"]
    assert not PilotDocument.objects.exists()
    assert stored_files(settings) == []


def test_documents_over_the_size_limit_are_refused(people, settings):
    """The library's size limit applies to pilots' documents too."""
    settings.LIBRARY_FILE_MAX_BYTES = 10
    with pytest.raises(ValidationError, match="the limit is 10"):
        services.pilot_document_add(
            pilot=make_pilot(people),
            actor=people["org_member"],
            upload=documents.pdf(),
            title="Notice",
        )
    assert not PilotDocument.objects.exists()


def test_a_pilot_holds_at_most_ten_documents(people):
    """The eleventh document is refused until one is removed."""
    pilot = make_pilot(people)
    for number in range(services.MAX_DOCUMENTS):
        services.pilot_document_add(
            pilot=pilot, actor=people["org_member"], upload=documents.pdf(), title=f"N{number}"
        )
    with pytest.raises(ValidationError, match="at most 10 documents"):
        services.pilot_document_add(
            pilot=pilot, actor=people["org_member"], upload=documents.pdf(), title="One more"
        )
    assert pilot.documents.count() == 10


def test_a_photo_comes_back_without_its_location(people):
    """EXIF, with the GPS position of where it was taken, is gone from the stored photo."""
    upload = jpeg_with_location()
    with Image.open(upload) as original:
        assert original.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    photo = add_photo(make_pilot(people), people["org_member"], upload)
    with photo.image.open("rb"), Image.open(photo.image) as stored:
        assert stored.format == "JPEG"
        assert "exif" not in stored.info
        assert not stored.getexif()
    assert photo.image.name.endswith(".jpg")
    assert "IMG_2041" not in photo.image.name


def test_a_large_photo_is_scaled_down_to_2000_pixels(people):
    """The longest side is bounded; the proportions are kept."""
    photo = add_photo(make_pilot(people), people["org_member"], image_upload(size=(2400, 1200)))
    with photo.image.open("rb"), Image.open(photo.image) as stored:
        assert stored.size == (2000, 1000)


@pytest.mark.parametrize("size", [(8000, 7000), (40000, 40000)])
def test_decompression_bombs_are_refused(people, settings, size):
    """An image claiming more pixels than the limit is refused before it is decoded."""
    with pytest.raises(ValidationError, match="too many pixels") as refused:
        add_photo(make_pilot(people), people["org_member"], png_claiming(*size))
    assert list(refused.value.message_dict) == ["image"]
    assert not PilotPhoto.objects.exists()
    assert stored_files(settings) == []


def test_a_photo_over_the_size_limit_is_refused(people, settings):
    settings.PILOT_PHOTO_MAX_BYTES = 100
    with pytest.raises(ValidationError, match="the limit is 100"):
        add_photo(make_pilot(people), people["org_member"])
    assert not PilotPhoto.objects.exists()


def test_a_file_that_is_not_an_image_is_refused_as_a_photo(people):
    pilot = make_pilot(people)
    with pytest.raises(ValidationError, match="not an image"):
        add_photo(pilot, people["org_member"], SimpleUploadedFile("bus.png", b"<svg/>"))


@pytest.mark.parametrize(
    ("alt_text", "message"),
    [
        ("", "Describe what the photo shows"),
        ("   ", "Describe what the photo shows"),
        ("bus.png", "not the name of its file"),
        ("bus", "not the name of its file"),
        ("DSC_0001.JPG", "not the name of its file"),
        ("x" * 251, "at most 250"),
    ],
)
def test_a_photo_needs_a_real_description(people, settings, alt_text, message):
    """Alt text is required, 1 to 250 characters, and not the file's name."""
    with pytest.raises(ValidationError, match=message) as refused:
        add_photo(make_pilot(people), people["org_member"], image_upload("bus.png"), alt_text)
    assert list(refused.value.message_dict) == ["alt_text"]
    assert not PilotPhoto.objects.exists()
    assert stored_files(settings) == []


def test_a_pilot_holds_at_most_twelve_photos(people):
    pilot = make_pilot(people)
    for _number in range(services.MAX_PHOTOS):
        add_photo(pilot, people["org_member"])
    with pytest.raises(ValidationError, match="at most 12 photos"):
        add_photo(pilot, people["org_member"])


def test_a_photos_description_can_be_changed(people):
    photo = add_photo(make_pilot(people), people["org_member"])
    services.pilot_photo_update(
        photo=photo,
        actor=people["org_admin"],
        alt_text="Two buses charging at night",
        caption="Depot, 2024",
    )
    photo.refresh_from_db()
    assert (photo.alt_text, photo.caption) == ("Two buses charging at night", "Depot, 2024")
    with pytest.raises(ValidationError):
        services.pilot_photo_update(photo=photo, actor=people["org_admin"], alt_text="", caption="")


def test_removed_files_leave_storage_once_committed(people, django_capture_on_commit_callbacks):
    """The row goes at once; the stored file goes when the transaction commits."""
    pilot = make_pilot(people)
    actor = people["org_member"]
    document = services.pilot_document_add(
        pilot=pilot, actor=actor, upload=documents.pdf(), title="Notice"
    )
    photo = add_photo(pilot, actor)
    names = [document.file.name, photo.image.name]
    assert all(default_storage.exists(name) for name in names)
    with django_capture_on_commit_callbacks(execute=True):
        services.pilot_document_remove(document=document, actor=actor)
        services.pilot_photo_remove(photo=photo, actor=actor)
    assert not PilotDocument.objects.exists() and not PilotPhoto.objects.exists()
    assert not any(default_storage.exists(name) for name in names)


# Who may ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("state", ["draft", "published"])
@pytest.mark.parametrize("role", ROLES)
def test_who_may_manage_the_files(people, role, state):
    """Those who edit a draft; once published, moderators and staff only."""
    pilot = make_pilot(people, published=state == "published")
    allowed = role in MAY_MANAGE[state]
    assert permissions.can_manage_files(people[role], pilot) is allowed
    if not allowed and people[role]:
        with pytest.raises(PermissionDenied):
            add_photo(pilot, people[role])
        assert not PilotPhoto.objects.exists()


@pytest.mark.parametrize("state", ["draft", "published"])
@pytest.mark.parametrize("role", ROLES)
def test_the_files_page_answers_each_role(client, people, role, state):
    """Sign in first; 404 for a pilot the person cannot see, 403 for one they cannot change."""
    pilot = make_pilot(people, published=state == "published")
    if people[role]:
        client.force_login(people[role])
    response = client.get(f"/pilots/{pilot.pk}/files/")
    page = client.get(pilot.get_absolute_url())
    link = f'href="/pilots/{pilot.pk}/files/"'
    if role in MAY_MANAGE[state]:
        assert response.status_code == 200
        assert link in page.content.decode()
    else:
        expected = 302 if role == "anonymous" else 403
        if state == "draft" and role in {"member", "other_member"}:
            expected = 404
        assert response.status_code == expected
        assert link not in page.content.decode()


# Pages -----------------------------------------------------------------------------------------


def test_a_member_adds_a_document_and_a_photo_from_the_page(client, people):
    """Both show on the pilot's page after the redirect, with the success message."""
    pilot = make_pilot(people)
    client.force_login(people["org_member"])
    response = client.post(
        f"/pilots/{pilot.pk}/files/documents/",
        {"document-title": "Tender notice", "document-file": documents.pdf()},
        follow=True,
    )
    assert response.redirect_chain == [(f"/pilots/{pilot.pk}/files/", 302)]
    assert "The document is added." in response.content.decode()
    response = client.post(
        f"/pilots/{pilot.pk}/files/photos/",
        {
            "photo-image": image_upload(),
            "photo-alt_text": "A green bus at a stop",
            "photo-caption": "Opening day",
        },
        follow=True,
    )
    assert "The photo is added." in response.content.decode()
    page = client.get(pilot.get_absolute_url()).content.decode()
    [document], [photo] = pilot.documents.all(), pilot.photos.all()
    assert f'href="/pilots/documents/{document.pk}/"' in page and "Tender notice" in page
    assert f'src="/pilots/photos/{photo.pk}/" alt="A green bus at a stop"' in page


def test_a_disguised_document_is_refused_next_to_its_field(client, people, settings):
    """400, the message beside the file field, nothing saved."""
    pilot = make_pilot(people)
    client.force_login(people["org_member"])
    response = client.post(
        f"/pilots/{pilot.pk}/files/documents/",
        {"document-title": "Tender notice", "document-file": disguised_exe()},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_document-file_error">This file is not an accepted document.' in html
    assert 'value="Tender notice"' in html
    assert not PilotDocument.objects.exists()
    assert stored_files(settings) == []


def test_a_photo_without_a_description_is_refused_next_to_its_field(client, people, settings):
    pilot = make_pilot(people)
    client.force_login(people["org_member"])
    response = client.post(
        f"/pilots/{pilot.pk}/files/photos/",
        {"photo-image": image_upload(), "photo-alt_text": ""},
    )
    assert response.status_code == 400
    assert 'id="id_photo-alt_text_error">Describe what the photo shows' in (
        response.content.decode()
    )
    response = client.post(
        f"/pilots/{pilot.pk}/files/photos/",
        {"photo-image": image_upload("bus.png"), "photo-alt_text": "bus.png"},
    )
    assert response.status_code == 400
    assert "not the name of its file" in response.content.decode()
    assert not PilotPhoto.objects.exists()
    assert stored_files(settings) == []


def test_removing_needs_the_box_ticked(client, people, django_capture_on_commit_callbacks):
    """Without the confirmation nothing goes; with it the photo and its file go."""
    pilot = make_pilot(people)
    photo = add_photo(pilot, people["org_member"])
    client.force_login(people["org_admin"])
    url = f"/pilots/{pilot.pk}/files/photos/{photo.pk}/remove/"
    response = client.post(url, {})
    assert response.status_code == 400
    assert "Tick the box to confirm." in response.content.decode()
    assert PilotPhoto.objects.filter(pk=photo.pk).exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {f"remove-photo-{photo.pk}-confirm": "on"})
    assert response.status_code == 302
    assert not PilotPhoto.objects.exists()
    assert not default_storage.exists(photo.image.name)


def test_a_document_is_removed_from_the_page(client, people, django_capture_on_commit_callbacks):
    pilot = make_pilot(people)
    document = services.pilot_document_add(
        pilot=pilot, actor=people["org_member"], upload=documents.pdf(), title="Notice"
    )
    client.force_login(people["org_member"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/pilots/{pilot.pk}/files/documents/{document.pk}/remove/",
            {f"remove-document-{document.pk}-confirm": "on"},
        )
    assert response.status_code == 302
    assert not PilotDocument.objects.exists()
    assert not default_storage.exists(document.file.name)


def test_a_photos_description_is_edited_from_the_page(client, people):
    pilot = make_pilot(people)
    photo = add_photo(pilot, people["org_member"])
    client.force_login(people["org_member"])
    url = f"/pilots/{pilot.pk}/files/photos/{photo.pk}/"
    refused = client.post(url, {f"photo-{photo.pk}-alt_text": ""})
    assert refused.status_code == 400
    assert f'id="id_photo-{photo.pk}-alt_text_error"' in refused.content.decode()
    response = client.post(
        url,
        {f"photo-{photo.pk}-alt_text": "Two buses at the depot", f"photo-{photo.pk}-caption": ""},
    )
    assert response.status_code == 302
    photo.refresh_from_db()
    assert photo.alt_text == "Two buses at the depot"


def test_a_moderator_manages_a_published_pilots_files_and_its_author_cannot(client, people):
    pilot = make_pilot(people, published=True)
    client.force_login(people["org_member"])
    url = f"/pilots/{pilot.pk}/files/photos/"
    data = {"photo-alt_text": "A green bus at a stop"}
    assert client.post(url, {**data, "photo-image": image_upload()}).status_code == 403
    assert not PilotPhoto.objects.exists()
    client.force_login(people["moderator"])
    assert client.post(url, {**data, "photo-image": image_upload()}).status_code == 302
    assert pilot.photos.count() == 1


def test_another_pilots_photo_cannot_be_reached_through_this_pilot(client, people):
    """Ids of one pilot's files answer 404 under another pilot's address."""
    mine, theirs = make_pilot(people), make_pilot(people)
    photo = add_photo(theirs, people["org_member"])
    client.force_login(people["org_member"])
    response = client.post(
        f"/pilots/{mine.pk}/files/photos/{photo.pk}/remove/",
        {f"remove-photo-{photo.pk}-confirm": "on"},
    )
    assert response.status_code == 404
    assert PilotPhoto.objects.filter(pk=photo.pk).exists()


def test_the_files_page_makes_the_same_queries_for_many_files(client, people):
    """The number of queries does not grow with the number of documents and photos."""
    pilot = make_pilot(people)
    actor = people["org_member"]
    client.force_login(actor)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"/pilots/{pilot.pk}/files/").status_code == 200
        return len(captured)

    services.pilot_document_add(pilot=pilot, actor=actor, upload=documents.pdf(), title="A")
    add_photo(pilot, actor)
    few = queries()
    for number in range(4):
        services.pilot_document_add(
            pilot=pilot, actor=actor, upload=documents.pdf(), title=f"B{number}"
        )
        add_photo(pilot, actor)
    assert queries() == few


# API -------------------------------------------------------------------------------------------


def bearer(user):
    _token, key = accounts.api_token_create(user=user, name="test script")
    return {"Authorization": f"Bearer {key}"}


def api_fields(response):
    return [error["field"] for error in response.json()["errors"]]


def test_the_api_adds_and_removes_a_document(client, people, django_capture_on_commit_callbacks):
    """201 with the document's id and address; DELETE answers 204 and the file goes."""
    pilot = make_pilot(people)
    headers = bearer(people["org_member"])
    response = client.post(
        f"/api/v1/pilots/{pilot.pk}/documents",
        {"title": "Tender notice", "file": documents.pdf("notice.pdf")},
        headers=headers,
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["title"] == "Tender notice"
    assert body["content_type"] == "application/pdf"
    assert body["url"] == f"http://testserver/pilots/documents/{body['id']}/"
    name = PilotDocument.objects.get(pk=body["id"]).file.name
    with django_capture_on_commit_callbacks(execute=True):
        response = client.delete(
            f"/api/v1/pilots/{pilot.pk}/documents/{body['id']}", headers=headers
        )
    assert response.status_code == 204
    assert not PilotDocument.objects.exists()
    assert not default_storage.exists(name)


def test_the_api_adds_and_removes_a_photo(client, people):
    pilot = make_pilot(people)
    headers = bearer(people["org_member"])
    response = client.post(
        f"/api/v1/pilots/{pilot.pk}/photos",
        {"image": jpeg_with_location(), "alt_text": "A green bus", "caption": "Opening day"},
        headers=headers,
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["alt_text"], body["caption"]) == ("A green bus", "Opening day")
    response = client.delete(f"/api/v1/pilots/{pilot.pk}/photos/{body['id']}", headers=headers)
    assert response.status_code == 204
    assert not PilotPhoto.objects.exists()


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"image": "photo", "alt_text": ""}, "alt_text"),
        ({"image": "photo"}, "alt_text"),
        ({"image": "bomb", "alt_text": "A bus"}, "image"),
        ({"image": "exe", "alt_text": "A bus"}, "image"),
        ({"alt_text": "A bus"}, "image"),
        ({"image": "photo", "alt_text": "A bus\x00"}, "alt_text"),
    ],
)
def test_the_api_names_the_field_of_a_refused_photo(client, people, settings, data, field):
    """422 with the field at fault; nothing saved."""
    uploads = {
        "photo": image_upload,
        "bomb": lambda: png_claiming(40000, 40000),
        "exe": lambda: disguised_exe("bus.png"),
    }
    pilot = make_pilot(people)
    if "image" in data:
        data = {**data, "image": uploads[data["image"]]()}
    response = client.post(
        f"/api/v1/pilots/{pilot.pk}/photos", data, headers=bearer(people["org_member"])
    )
    assert response.status_code == 422, response.content
    assert field in api_fields(response)
    assert not PilotPhoto.objects.exists()
    assert stored_files(settings) == []


def test_the_api_names_the_field_of_a_refused_document(client, people):
    pilot = make_pilot(people)
    response = client.post(
        f"/api/v1/pilots/{pilot.pk}/documents",
        {"title": "Notice", "file": disguised_exe()},
        headers=bearer(people["org_member"]),
    )
    assert response.status_code == 422
    assert api_fields(response) == ["file"]
    assert "not an accepted document" in response.json()["errors"][0]["message"]


@pytest.mark.parametrize(
    ("role", "status"),
    [("anonymous", 401), ("other_member", 404), ("org_member", 403), ("moderator", 201)],
)
def test_the_api_checks_who_may_add_files(client, people, role, status):
    """401 without a token; 404 for a pilot the person cannot see; 403 for a published pilot
    its author may no longer change."""
    draft, published = make_pilot(people), make_pilot(people, published=True)
    pilot = draft if role == "other_member" else published
    headers = bearer(people[role]) if people[role] else {}
    response = client.post(
        f"/api/v1/pilots/{pilot.pk}/documents",
        {"title": "Notice", "file": documents.pdf()},
        headers=headers,
    )
    assert response.status_code == status, response.content
    assert PilotDocument.objects.count() == (1 if status == 201 else 0)


def test_the_api_cannot_delete_another_pilots_document(client, people):
    mine, theirs = make_pilot(people), make_pilot(people)
    document = services.pilot_document_add(
        pilot=theirs, actor=people["org_member"], upload=documents.pdf(), title="Notice"
    )
    response = client.delete(
        f"/api/v1/pilots/{mine.pk}/documents/{document.pk}", headers=bearer(people["org_member"])
    )
    assert response.status_code == 404
    assert PilotDocument.objects.exists()


def test_the_openapi_document_lists_the_file_endpoints(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "post" in paths["/api/v1/pilots/{pilot_id}/documents"]
    assert "delete" in paths["/api/v1/pilots/{pilot_id}/documents/{document_id}"]
    upload = paths["/api/v1/pilots/{pilot_id}/photos"]["post"]["requestBody"]["content"]
    assert "multipart/form-data" in upload
