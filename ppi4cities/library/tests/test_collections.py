"""Curated collections: ordered selections of resources that moderators and staff put together."""

import json
import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ppi4cities.accounts import services as accounts
from ppi4cities.library import services
from ppi4cities.library.demo import COLLECTION_MARKS, load_collection_demo
from ppi4cities.library.models import Collection, CollectionItem, Resource
from ppi4cities.moderation.models import Status

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "unverified",
    "member",
    "org_member",
    "other_member",
    "org_admin",
    "moderator",
    "staff",
]
CURATORS = {"moderator", "staff"}


def _publish(people, title, kind="guidance", year=2024, language="en"):
    resource = services.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": kind, "original_language": language, "year": year},
        texts={language: {"title": title, "summary": f"About {title}."}},
        facets={"stage": ["market-consultation"]},
        submit=True,
    )
    services.resource_approve(resource=resource, actor=people["moderator"])
    return resource


def _collection(people, slug="starter-kit", title="Starter kit for a market consultation", **kw):
    return services.collection_create(
        actor=people["moderator"],
        slug=slug,
        texts={"en": {"title": title, "summary": "Talk to suppliers before you tender."}},
        **{"is_published": True, **kw},
    )


def _add(people, collection, *resources):
    return [
        services.collection_add_resource(
            collection=collection, resource=resource, actor=people["moderator"]
        )
        for resource in resources
    ]


def _order(collection):
    """The resources' titles by position, and the positions themselves."""
    items = list(collection.items.order_by("position").select_related("resource"))
    return [item.resource.title_en for item in items], [item.position for item in items]


def _login(client, people, role):
    if people[role] is not None:
        client.force_login(people[role])


@pytest.fixture
def resources(people):
    return [
        _publish(people, "Needs assessment guide", kind="guidance", year=2023),
        _publish(people, "Market consultation notice", kind="template", year=2024),
        _publish(people, "Consultation webinar", kind="webinar", year=2025),
    ]


@pytest.fixture
def kit(people, resources):
    collection = _collection(people)
    _add(people, collection, *resources)
    return collection


# Services ---------------------------------------------------------------------------------


def test_positions_stay_dense_through_adds_moves_and_removals(people, resources):
    """Adding appends; moving and removing renumber the items 0..n-1 in their new order."""
    collection = _collection(people)
    first, second, third = _add(people, collection, *resources)
    assert _order(collection) == (
        ["Needs assessment guide", "Market consultation notice", "Consultation webinar"],
        [0, 1, 2],
    )
    services.collection_move(item=third, actor=people["moderator"], direction="up")
    assert _order(collection)[0] == [
        "Needs assessment guide",
        "Consultation webinar",
        "Market consultation notice",
    ]
    services.collection_move(item=first, actor=people["staff"], position=2)
    services.collection_move(item=first, actor=people["staff"], direction="down")
    assert _order(collection) == (
        ["Consultation webinar", "Market consultation notice", "Needs assessment guide"],
        [0, 1, 2],
    )
    services.collection_remove_resource(item=second, actor=people["moderator"])
    assert _order(collection) == (["Consultation webinar", "Needs assessment guide"], [0, 1])
    fourth = _publish(people, "Impact canvas")
    [added] = _add(people, collection, fourth)
    assert added.position == 2
    assert _order(collection)[1] == [0, 1, 2]


def test_moving_past_either_end_keeps_the_item_there(people, kit):
    """ "Up" on the first item and "down" on the last change nothing."""
    first, *_rest, last = kit.items.order_by("position")
    services.collection_move(item=first, actor=people["moderator"], direction="up")
    services.collection_move(item=last, actor=people["moderator"], direction="down")
    assert _order(kit)[0] == [
        "Needs assessment guide",
        "Market consultation notice",
        "Consultation webinar",
    ]


def test_a_move_outside_the_collection_or_without_direction_is_refused(people, kit):
    """Positions run from 0 to n-1; a move needs a direction or a position."""
    item = kit.items.first()
    for arguments in [{"position": 3}, {"position": -1}, {"direction": "sideways"}, {}]:
        with pytest.raises(ValidationError):
            services.collection_move(item=item, actor=people["moderator"], **arguments)
    assert _order(kit)[1] == [0, 1, 2]


def test_a_resource_appears_once_per_collection(people, kit, resources):
    """Adding a resource that is already there is refused, naming the resource field."""
    with pytest.raises(ValidationError) as refused:
        _add(people, kit, resources[0])
    assert "resource" in refused.value.message_dict
    assert kit.items.count() == 3


def test_only_published_resources_can_be_added(people):
    """Drafts and resources waiting for moderation cannot be put in a collection."""
    collection = _collection(people)
    pending = services.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": "report", "original_language": "en"},
        texts={"en": {"title": "Waiting", "summary": "Not yet."}},
        facets={},
        submit=True,
    )
    with pytest.raises(ValidationError) as refused:
        _add(people, collection, pending)
    assert refused.value.message_dict["resource"] == ["Only published resources can be added."]
    assert not collection.items.exists()


@pytest.mark.parametrize("role", ROLES)
def test_only_moderators_and_staff_may_use_the_services(people, kit, role):
    """Every collection service checks the actor; everyone else gets PermissionDenied."""
    actor = people[role]
    item = kit.items.first()
    other = _publish(people, "Another resource")
    calls = [
        lambda: services.collection_create(actor=actor, slug="", texts={"en": {"title": "New"}}),
        lambda: services.collection_update(collection=kit, actor=actor, is_published=False),
        lambda: services.collection_add_resource(collection=kit, resource=other, actor=actor),
        lambda: services.collection_set_note(item=item, actor=actor, note="Read first."),
        lambda: services.collection_move(item=item, actor=actor, direction="down"),
        lambda: services.collection_remove_resource(item=item, actor=actor),
        lambda: services.collection_delete(collection=kit, actor=actor),
    ]
    for call in calls:
        if role in CURATORS:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()
    assert Collection.objects.filter(pk=kit.pk).exists() is (role not in CURATORS)


def test_an_inactive_moderator_cannot_curate(people, kit):
    """A moderator whose account is deactivated loses the right with it."""
    moderator = people["moderator"]
    moderator.is_active = False
    moderator.save()
    with pytest.raises(PermissionDenied):
        services.collection_update(collection=kit, actor=moderator, is_published=False)


@pytest.mark.parametrize(
    ("slug", "message"),
    [
        ("starter-kit", "Another collection already has this address."),
        ("new", "This address is reserved. Choose another one."),
        ("not a slug!", "Enter a valid “slug” consisting of letters, numbers, underscores or"),
        ("x" * 81, "Ensure this value has at most 80 characters (it has 81)."),
    ],
)
def test_bad_addresses_are_refused_naming_the_slug(people, kit, slug, message):
    """Taken, reserved, malformed and overlong addresses are refused on the slug field."""
    with pytest.raises(ValidationError) as refused:
        services.collection_create(
            actor=people["moderator"], slug=slug, texts={"en": {"title": "Another"}}
        )
    assert refused.value.message_dict["slug"][0].startswith(message)
    assert Collection.objects.count() == 1


def test_a_title_is_needed_in_some_language_and_texts_have_limits(people):
    """No title in any language, an overlong text or an unknown language name their field."""
    cases = [
        ({"en": {"title": "  ", "summary": "Only a summary."}}, "title"),
        ({"en": {"title": "x" * 201}}, "title"),
        ({"en": {"title": "Fine", "summary": "x" * 1501}}, "summary"),
        ({"xx": {"title": "Unknown language"}}, "texts"),
    ]
    for texts, field in cases:
        with pytest.raises(ValidationError) as refused:
            services.collection_create(actor=people["moderator"], slug="", texts=texts)
        assert field in refused.value.message_dict, texts
    assert not Collection.objects.exists()


def test_a_title_in_any_language_is_enough_and_an_empty_slug_comes_from_it(people, kit):
    """A Lithuanian-only collection is valid; its address is made from its title, uniquely."""
    collection = services.collection_create(
        actor=people["moderator"], slug="", texts={"lt": {"title": "Starter kit"}}
    )
    assert collection.slug == "starter-kit-2"
    assert collection.title_lt == "Starter kit"
    assert not collection.is_published
    assert collection.position == kit.position + 1


def test_notes_are_trimmed_and_limited_to_300_characters(people, kit):
    """A note longer than 300 characters is refused on the note field; spaces are trimmed."""
    item = kit.items.first()
    services.collection_set_note(item=item, actor=people["moderator"], note="  Read first.  ")
    item.refresh_from_db()
    assert item.note == "Read first."
    with pytest.raises(ValidationError) as refused:
        services.collection_set_note(item=item, actor=people["moderator"], note="x" * 301)
    assert "note" in refused.value.message_dict


# Who sees what, through the pages -----------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_unpublished_collections_are_seen_only_by_curators(client, people, kit, role):
    """Drafts of collections are listed and open only for moderators and staff."""
    draft = _collection(people, slug="draft-kit", title="Half-finished kit", is_published=False)
    _login(client, people, role)
    listing = client.get("/library/collections/").content.decode()
    assert "Starter kit for a market consultation" in listing
    assert ("Half-finished kit" in listing) is (role in CURATORS)
    assert ("Not published" in listing) is (role in CURATORS)
    assert ("New collection" in listing) is (role in CURATORS)
    expected = 200 if role in CURATORS else 404
    assert client.get(draft.get_absolute_url()).status_code == expected
    assert client.get(kit.get_absolute_url()).status_code == 200


def _curator_actions(people, kit):
    """Every curator action through its address, with the change it should make."""
    first, second, _third = kit.items.order_by("position")
    extra = _publish(people, "Impact canvas")
    base = f"/library/collections/{kit.slug}"
    edit = {"title": "Renamed kit", "summary": "", "slug": kit.slug, "is_published": "on"}
    return [
        ("get", "/library/collections/new/", {}),
        ("post", "/library/collections/new/", {"title": "Brand new", "slug": ""}),
        ("get", f"{base}/edit/", {}),
        ("post", f"{base}/edit/", edit),
        ("post", f"{base}/publish/", {"published": "0"}),
        ("post", f"{base}/add/", {"resource": str(extra.pk), "note": ""}),
        ("post", f"{base}/items/{second.pk}/move/", {"direction": "up"}),
        ("post", f"{base}/items/{second.pk}/note/", {"note": "Start here."}),
        ("post", f"{base}/items/{first.pk}/remove/", {}),
        ("post", f"/library/{first.resource_id}/add-to-collection/", {"collection": ""}),
        ("post", f"{base}/delete/", {"confirm": "on"}),
    ]


@pytest.mark.parametrize("role", ROLES)
def test_curator_actions_are_only_for_moderators_and_staff(client, people, kit, role):
    """Visitors are sent to sign in, other people get 403 and nothing changes; curators act."""
    actions = _curator_actions(people, kit)
    before = list(CollectionItem.objects.values_list("pk", "position", "note"))
    _login(client, people, role)
    for method, url, data in actions:
        response = getattr(client, method)(url, data)
        if role == "anonymous":
            assert response.status_code == 302, url
            assert response["Location"].startswith("/accounts/login/"), url
        elif role not in CURATORS:
            assert response.status_code == 403, url
        elif url.endswith("add-to-collection/"):
            assert response.status_code == 400, url  # no collection was chosen
        else:
            assert response.status_code in (200, 302), url
    if role in CURATORS:
        assert not Collection.objects.filter(pk=kit.pk).exists()
        assert Collection.objects.get(slug="brand-new").title_en == "Brand new"
    else:
        kit.refresh_from_db()
        assert kit.is_published and kit.title_en == "Starter kit for a market consultation"
        assert list(CollectionItem.objects.values_list("pk", "position", "note")) == before
        assert Collection.objects.count() == 1


def test_curator_forms_answer_get_with_405_where_they_only_take_posts(client, people, kit):
    """Actions that change data accept POST only."""
    client.force_login(people["moderator"])
    item = kit.items.first()
    base = f"/library/collections/{kit.slug}"
    for url in [f"{base}/publish/", f"{base}/add/", f"{base}/items/{item.pk}/move/"]:
        assert client.get(url).status_code == 405


# Pages --------------------------------------------------------------------------------------


def test_the_list_shows_published_collections_in_order_with_their_counts(client, people, kit):
    """Each collection shows its title, summary and how many resources it has."""
    second = _collection(people, slug="specs", title="Writing a functional specification")
    _add(people, second, _publish(people, "Specification exercise"))
    body = client.get("/library/collections/").content.decode()
    assert body.index("Starter kit for a market consultation") < body.index(
        "Writing a functional specification"
    )
    assert "3 resources" in body and "1 resource<" in body
    assert "Talk to suppliers before you tender." in body


def test_a_collection_shows_its_resources_in_order_with_notes_type_and_year(client, people, kit):
    """The page numbers the resources in the curators' order and links each one."""
    item = kit.items.get(position=1)
    services.collection_set_note(item=item, actor=people["moderator"], note="Publish it early.")
    body = client.get("/library/collections/starter-kit/").content.decode()
    listing = body[body.index("<ol") : body.index("</ol>")]
    titles = re.findall(r'<h3><a href="/library/(\d+)/" lang="en">([^<]+)</a></h3>', listing)
    assert [title for _pk, title in titles] == [
        "Needs assessment guide",
        "Market consultation notice",
        "Consultation webinar",
    ]
    assert "Publish it early." in listing
    assert "Template · 2024" in listing
    assert "Move up" not in body and "Add a resource" not in body


def test_resources_the_reader_may_not_see_are_left_out_silently(client, people, kit, resources):
    """A resource taken down after it was added disappears from the page and the count."""
    # Staff take a resource down in the admin; no service unpublishes.
    Resource.objects.filter(pk=resources[1].pk).update(status=Status.REJECTED)
    body = client.get(kit.get_absolute_url()).content.decode()
    assert "Market consultation notice" not in body
    assert "Needs assessment guide" in body and "Consultation webinar" in body
    assert "2 resources" in client.get("/library/collections/").content.decode()
    client.force_login(people["moderator"])
    curator_view = client.get(kit.get_absolute_url()).content.decode()
    assert "Market consultation notice" in curator_view and "Rejected" in curator_view


def test_a_curator_builds_and_publishes_a_collection_without_javascript(client, people, resources):
    """Create, add by address and by number, move, annotate, publish: plain forms throughout."""
    client.force_login(people["moderator"])
    response = client.post(
        "/library/collections/new/",
        {"title": "Your first pre-commercial procurement", "summary": "A path.", "slug": ""},
    )
    collection = Collection.objects.get()
    assert response.status_code == 302
    assert response["Location"] == "/library/collections/your-first-pre-commercial-procurement/"
    base = response["Location"]
    client.post(
        f"{base}add/",
        {"resource": f"https://ppi4cities.example/lt/library/{resources[2].pk}/?from=search"},
    )
    response = client.post(f"{base}add/", {"resource": str(resources[0].pk), "note": "Read it."})
    second = collection.items.get(resource=resources[0])
    assert response["Location"] == f"{base}#item-{second.pk}"
    response = client.post(f"{base}items/{second.pk}/move/", {"direction": "up"})
    # The moved item is now first, so its "Move up" button is gone: focus goes to the item.
    assert response["Location"] == f"{base}#item-{second.pk}"
    response = client.post(f"{base}items/{second.pk}/move/", {"direction": "down"})
    assert response["Location"] == f"{base}#item-{second.pk}"
    response = client.post(f"{base}items/{second.pk}/move/", {"position": "1"})
    assert response["Location"] == f"{base}#item-{second.pk}"
    client.post(f"{base}items/{second.pk}/note/", {"note": "Start with this one."})
    page = client.get(base).content.decode()
    assert "“Needs assessment guide” is now at position 1." in page
    client.post(f"{base}publish/", {"published": "1"})
    client.logout()
    body = client.get(base).content.decode()
    assert body.index("Needs assessment guide") < body.index("Consultation webinar")
    assert "Start with this one." in body and "Read it." not in body


def test_move_buttons_keep_focus_on_themselves_while_they_are_there(client, people, kit):
    """After "Move up" the page opens at the same item's "Move up" button if it still has one."""
    client.force_login(people["moderator"])
    third = kit.items.get(position=2)
    response = client.post(f"{kit.get_absolute_url()}items/{third.pk}/move/", {"direction": "up"})
    assert response["Location"].endswith(f"#move-up-{third.pk}")
    body = client.get(kit.get_absolute_url()).content.decode()
    assert f'id="move-up-{third.pk}"' in body
    assert f'id="item-{third.pk}" tabindex="-1"' in body
    assert 'Move up<span class="visually-hidden"> “Consultation webinar”</span>' in body


@pytest.mark.parametrize(
    ("url", "data", "field_id", "message"),
    [
        ("new", {"title": "Kit", "slug": "starter-kit"}, "id_slug", "already has this address"),
        ("new", {"title": "", "slug": "empty"}, "id_title", "This field is required."),
        ("new", {"title": "Kit", "slug": "Not a slug"}, "id_slug", "Enter a valid"),
        ("starter-kit/edit", {"title": "x" * 201, "slug": "starter-kit"}, "id_title", "at most"),
        ("starter-kit/add", {"resource": "the webinar"}, "id_resource", "Give the address"),
        ("starter-kit/add", {"resource": "999999"}, "id_resource", "No resource has this"),
        (
            "starter-kit/add",
            {"resource": "https://x.example/library/9999999999/"},
            "id_resource",
            "Give the address",
        ),
        ("starter-kit/delete", {}, "id_confirm", "Tick the box to confirm."),
    ],
)
def test_bad_input_answers_400_with_the_message_next_to_the_field(
    client, people, kit, url, data, field_id, message
):
    """Refused forms come back with 400, the error beside the field and nothing saved."""
    client.force_login(people["moderator"])
    before = list(CollectionItem.objects.values_list("pk", "position", "note"))
    response = client.post(f"/library/collections/{url}/", data)
    assert response.status_code == 400
    body = response.content.decode()
    assert f'id="{field_id}_error"' in body
    error = body[body.index(f'id="{field_id}_error"') :]
    assert message in error[: error.index("</p>")]
    assert Collection.objects.count() == 1
    assert list(CollectionItem.objects.values_list("pk", "position", "note")) == before


def test_adding_a_duplicate_or_an_unpublished_resource_is_refused_on_the_page(
    client, people, kit, resources
):
    """The service's refusals show next to the resource field, with 400."""
    client.force_login(people["moderator"])
    draft = services.resource_create(
        author=people["org_member"],
        organisation=people["organisation"],
        data={"kind": "report", "original_language": "en"},
        texts={"en": {"title": "Draft report", "summary": "Not yet."}},
        facets={},
    )
    for resource, message in [
        (resources[0], "This resource is already in the collection."),
        (draft, "Only published resources can be added."),
    ]:
        response = client.post(f"{kit.get_absolute_url()}add/", {"resource": str(resource.pk)})
        assert response.status_code == 400
        assert message in response.content.decode()
    assert kit.items.count() == 3


def test_a_bad_note_or_position_reopens_that_item_with_its_message(client, people, kit):
    """Per-item forms come back open on the item, with the message beside the field."""
    client.force_login(people["moderator"])
    item = kit.items.get(position=1)
    base = kit.get_absolute_url()
    response = client.post(f"{base}items/{item.pk}/note/", {"note": "x" * 301})
    assert response.status_code == 400
    body = response.content.decode()
    assert f'id="item-{item.pk}-note_error"' in body
    assert "Ensure this value has at most 300 characters" in body
    assert body.count("<details open>") == 1
    response = client.post(f"{base}items/{item.pk}/move/", {"position": "9"})
    assert response.status_code == 400
    assert "Choose a position from 1 to 3." in response.content.decode()
    response = client.post(f"{base}items/{item.pk}/move/", {"direction": "sideways"})
    assert response.status_code == 400
    assert _order(kit)[0] == [
        "Needs assessment guide",
        "Market consultation notice",
        "Consultation webinar",
    ]


def test_editing_in_another_language_adds_a_translation(client, people, kit):
    """The form writes the interface language; other languages keep their texts."""
    client.force_login(people["moderator"])
    form = client.get("/lt/library/collections/starter-kit/edit/").content.decode()
    # The Lithuanian field starts empty, with a note quoting the English title readers see.
    assert 'name="title" value=' not in form
    assert "Starter kit for a market consultation" in form
    response = client.post(
        "/lt/library/collections/starter-kit/edit/",
        {"title": "Rinkos konsultacijos rinkinys", "summary": "", "slug": "starter-kit"},
    )
    assert response.status_code == 302
    kit.refresh_from_db()
    assert kit.title_lt == "Rinkos konsultacijos rinkinys"
    assert kit.title_en == "Starter kit for a market consultation"
    assert not kit.is_published
    client.logout()
    assert client.get("/lt/library/collections/starter-kit/").status_code == 404


def test_a_missing_translation_falls_back_to_a_language_that_has_one(client, people):
    """A collection written only in Lithuanian shows in Lithuanian, marked, to German readers."""
    services.collection_create(
        actor=people["moderator"],
        slug="lt-kit",
        texts={"lt": {"title": "Pradžios rinkinys", "summary": "Santrauka."}},
        is_published=True,
    )
    body = client.get("/de/library/collections/lt-kit/").content.decode()
    assert '<h1 lang="lt">Pradžios rinkinys</h1>' in body
    assert "translation-note" in body
    assert (
        'lang="lt">Pradžios rinkinys</a>' in client.get("/de/library/collections/").content.decode()
    )


def test_deleting_needs_confirmation_and_keeps_the_resources(client, people, kit, resources):
    """With the box ticked the collection goes; the resources stay in the library."""
    client.force_login(people["staff"])
    response = client.post("/library/collections/starter-kit/delete/", {"confirm": "on"})
    assert response.status_code == 302 and response["Location"] == "/library/collections/"
    assert not Collection.objects.exists() and not CollectionItem.objects.exists()
    assert Resource.objects.filter(status=Status.PUBLISHED).count() == len(resources)


def test_the_resource_page_lists_its_published_collections(client, people, kit, resources):
    """Everyone sees which published collections hold a resource; drafts are not named."""
    draft = _collection(people, slug="draft-kit", title="Half-finished kit", is_published=False)
    _add(people, draft, resources[0])
    body = client.get(resources[0].get_absolute_url()).content.decode()
    assert "In collections" in body
    assert 'href="/library/collections/starter-kit/"' in body
    assert "Half-finished kit" not in body
    assert "Add to a collection" not in body
    lonely = _publish(people, "Lonely resource")
    assert "In collections" not in client.get(lonely.get_absolute_url()).content.decode()


def test_curators_add_a_resource_to_a_collection_from_its_page(client, people, kit, resources):
    """The select offers only the collections it is not in yet; adding appends it."""
    other = _collection(people, slug="specs", title="Writing a functional specification")
    _collection(people, slug="impact", title="Measuring impact")
    client.force_login(people["moderator"])
    body = client.get(resources[0].get_absolute_url()).content.decode()
    select = body[body.index('name="collection"') : body.index("</select>")]
    assert "Writing a functional specification" in select
    assert "Starter kit" not in select
    response = client.post(
        f"/library/{resources[0].pk}/add-to-collection/",
        {"collection": str(other.pk), "note": "The need comes first."},
    )
    assert response.status_code == 302
    assert response["Location"] == f"{resources[0].get_absolute_url()}#collections-title"
    item = other.items.get()
    assert (item.resource, item.note, item.position) == (resources[0], "The need comes first.", 0)
    response = client.post(
        f"/library/{resources[0].pk}/add-to-collection/", {"collection": str(kit.pk)}
    )
    assert response.status_code == 400
    assert 'id="id_collection_error"' in response.content.decode()


def test_the_library_front_page_shows_four_collections_unless_searching(client, people):
    """Up to four published collections appear on /library/ until a search or filter is used."""
    for number in range(5):
        _collection(people, slug=f"kit-{number}", title=f"Collection number {number}")
    _collection(people, slug="hidden", title="Unpublished collection", is_published=False)
    client.force_login(people["moderator"])
    body = client.get("/library/").content.decode()
    assert 'id="featured-collections-title"' in body
    assert [n for n in range(5) if f"Collection number {n}" in body] == [0, 1, 2, 3]
    assert "Unpublished collection" not in body
    assert 'href="/library/collections/"' in body
    for query in ["?q=consultation", "?type=template", "?page=2"]:
        assert "Collection number" not in client.get(f"/library/{query}").content.decode()


# Query counts -------------------------------------------------------------------------------


def _count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def _grow(people, collections: int, items: int):
    for number in range(collections):
        collection = _collection(people, slug=f"grown-{number}", title=f"Grown {number}")
        _add(people, collection, *[_publish(people, f"R{number}-{i}") for i in range(items)])


@pytest.mark.parametrize("role", ["anonymous", "org_admin", "moderator"])
def test_list_and_detail_pages_issue_the_same_queries_whatever_their_size(
    client, people, kit, role
):
    """Growing from 3 to 12 items and from 1 to 6 collections adds no query."""
    _login(client, people, role)
    urls = ["/library/collections/", kit.get_absolute_url(), "/api/v1/library/collections"]
    urls += ["/library/", f"/api/v1/library/collections/{kit.slug}"]
    small = {url: _count_queries(client, url) for url in urls}
    _grow(people, 5, 2)
    _add(people, kit, *[_publish(people, f"Extra {i}") for i in range(9)])
    assert {url: _count_queries(client, url) for url in urls} == small


# API ----------------------------------------------------------------------------------------


def test_the_api_lists_published_collections_and_curators_see_drafts(client, people, kit):
    """Anonymous readers get published collections; a curator's token adds the drafts."""
    _collection(people, slug="draft-kit", title="Half-finished kit", is_published=False)
    listing = client.get("/api/v1/library/collections").json()
    assert [c["slug"] for c in listing] == ["starter-kit"]
    assert listing[0] == {
        "slug": "starter-kit",
        "url": "http://testserver/library/collections/starter-kit/",
        "title": "Starter kit for a market consultation",
        "summary": "Talk to suppliers before you tender.",
        "language": "en",
        "published": True,
        "resource_count": 3,
    }
    _token, key = accounts.api_token_create(user=people["moderator"], name="curation")
    headers = {"Authorization": f"Bearer {key}"}
    slugs = [c["slug"] for c in client.get("/api/v1/library/collections", headers=headers).json()]
    assert slugs == ["starter-kit", "draft-kit"]
    assert client.get("/api/v1/library/collections/draft-kit").status_code == 404
    assert client.get("/api/v1/library/collections/draft-kit", headers=headers).status_code == 200
    bad = {"Authorization": "Bearer not-a-token"}
    assert client.get("/api/v1/library/collections", headers=bad).status_code == 401


def test_the_api_gives_a_collection_with_visible_items_in_order(client, people, kit, resources):
    """Items come in order, numbered from 1, with notes and resources; hidden ones are left out."""
    services.collection_set_note(
        item=kit.items.get(position=2), actor=people["moderator"], note="Watch it last."
    )
    Resource.objects.filter(pk=resources[0].pk).update(status=Status.REJECTED)
    detail = client.get("/api/v1/library/collections/starter-kit").json()
    assert detail["resource_count"] == 2
    assert [(i["position"], i["resource"]["title"], i["note"]) for i in detail["items"]] == [
        (1, "Market consultation notice", ""),
        (2, "Consultation webinar", "Watch it last."),
    ]
    assert detail["items"][0]["resource"]["facets"] == {"stage": ["market-consultation"]}
    for slug in ["no-such-kit", "bad%20slug", "x" * 300]:
        response = client.get(f"/api/v1/library/collections/{slug}")
        assert response.status_code == 404, slug
        assert json.loads(response.content)["detail"] == "Not found."


def test_the_openapi_document_describes_the_collection_endpoints(client, db):
    """Both read endpoints appear in the OpenAPI document."""
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "get" in paths["/api/v1/library/collections"]
    assert "get" in paths["/api/v1/library/collections/{slug}"]


# Demo content -------------------------------------------------------------------------------


def test_the_demo_has_curated_collections_in_three_languages(db):
    """load_demo creates published collections of 4 to 8 published demo resources, marked demo."""
    call_command("load_demo", verbosity=0)
    collections = Collection.objects.prefetch_related("items__resource")
    assert 4 <= collections.count() <= 6
    for collection in collections:
        assert collection.is_demo and collection.is_published, collection.slug
        for code, mark in COLLECTION_MARKS.items():
            assert getattr(collection, f"title_{code}"), (collection.slug, code)
            assert getattr(collection, f"summary_{code}").endswith(mark), (collection.slug, code)
        items = list(collection.items.all())
        assert 4 <= len(items) <= 8, collection.slug
        assert [item.position for item in items] == list(range(len(items)))
        for item in items:
            assert item.note
            assert item.resource.is_demo and item.resource.status == Status.PUBLISHED


def test_running_the_demo_again_neither_duplicates_nor_undoes_edits(
    db, django_assert_max_num_queries
):
    """A curator's renamed, reordered demo collection stays as it is on the next run."""
    call_command("load_demo", verbosity=0)
    kit = Collection.objects.get(slug="starter-kit-market-consultation")
    curator = kit.created_by
    services.collection_update(collection=kit, actor=curator, slug="market-consultation-kit")
    last = kit.items.order_by("-position").first()
    services.collection_move(item=last, actor=curator, position=0)
    count = Collection.objects.count()
    with django_assert_max_num_queries(1):
        assert load_collection_demo()["created"] == 0
    call_command("load_demo", verbosity=0)
    assert Collection.objects.count() == count
    assert not Collection.objects.filter(slug="starter-kit-market-consultation").exists()
    assert Collection.objects.get(slug="market-consultation-kit").items.first() == last


def test_no_demo_collection_is_made_without_the_demo_library(db):
    """Without load_demo's people and resources the collection loader creates nothing."""
    assert load_collection_demo()["created"] == 0
    assert not Collection.objects.exists()


def test_staff_edit_collections_and_their_items_in_the_admin(client, people, kit):
    """The admin lists collections and shows each with its translations and ordered items."""
    staff = people["staff"]
    staff.is_superuser = True
    staff.save()
    client.force_login(staff)
    listing = client.get("/admin/library/collection/")
    assert listing.status_code == 200
    assert "Starter kit for a market consultation" in listing.content.decode()
    page = client.get(f"/admin/library/collection/{kit.pk}/change/").content.decode()
    assert 'name="title_lt"' in page and 'name="title_de"' in page
    assert page.count('name="items-') > 0
    assert page.index("Needs assessment guide") < page.index("Consultation webinar")
