"""The privacy download holds a person's library activity, and nobody else's."""

import json

import pytest

from ppi4cities.library import services

from .test_feedback import _publish

pytestmark = pytest.mark.django_db


def _download(client, person) -> dict:
    client.force_login(person)
    response = client.get("/me/privacy/my-data.json")
    assert response.status_code == 200
    return json.loads(response.content)["library"]


def test_the_download_lists_what_the_person_wrote_rated_and_saved(client, people):
    """Resources written, feedback with its comment and bookmarks are all in the file."""
    resource = _publish(people, title="Dialogue notice template")
    services.resource_feedback_give(
        resource=resource, user=people["member"], useful=True, comment="Saved us a week."
    )
    services.bookmark_add(user=people["member"], resource=resource)

    author = _download(client, people["org_member"])
    assert [(r["title"], r["status"]) for r in author["resources"]] == [
        ("Dialogue notice template", "published")
    ]
    reader = _download(client, people["member"])
    assert reader["resources"] == []
    assert reader["feedback"][0] == {
        "resource": "Dialogue notice template",
        "useful": True,
        "comment": "Saved us a week.",
        "given": reader["feedback"][0]["given"],
    }
    assert [b["resource"] for b in reader["bookmarks"]] == ["Dialogue notice template"]


def test_another_persons_feedback_is_not_in_the_download(client, people):
    """The author's file does not carry what a reader said of their resource."""
    resource = _publish(people)
    services.resource_feedback_give(
        resource=resource, user=people["member"], useful=False, comment="Too general."
    )
    author = _download(client, people["org_member"])
    assert author["feedback"] == []
    assert "Too general." not in json.dumps(author)
