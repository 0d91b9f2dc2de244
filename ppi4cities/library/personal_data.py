"""The library's part of a person's privacy download."""

from ppi4cities.accounts.personal_data import when

from .models import Bookmark, Collection, Resource, ResourceFeedback, ResourceRevision


def library_section(user) -> dict:
    return {
        "resources": [
            {
                "title": r.title,
                "status": r.status,
                "submitted": when(r.submitted_at),
                "published": when(r.published_at),
            }
            for r in Resource.objects.filter(author=user).order_by("pk")
        ],
        "proposed_edits": [
            {"resource": e.resource.title, "status": e.status, "submitted": when(e.submitted_at)}
            for e in ResourceRevision.objects.filter(author=user)
            .select_related("resource")
            .order_by("pk")
        ],
        "feedback": [
            {
                "resource": f.resource.title,
                "useful": f.useful,
                "comment": f.comment,
                "given": when(f.created_at),
            }
            for f in ResourceFeedback.objects.filter(user=user)
            .select_related("resource")
            .order_by("pk")
        ],
        "bookmarks": [
            {"resource": b.resource.title, "saved": when(b.created_at)}
            for b in Bookmark.objects.filter(user=user).select_related("resource").order_by("pk")
        ],
        "collections_created": [
            {"title": c.title, "created": when(c.created_at)}
            for c in Collection.objects.filter(created_by=user).order_by("pk")
        ],
    }
