"""Addresses of the knowledge library."""

from django.urls import path

from . import feeds, suggestions, views

app_name = "library"

urlpatterns = [
    path("library/", views.index, name="index"),
    path("library/new/", views.resource_create, name="create"),
    path("library/feed.atom", feeds.NewResourcesFeed(), name="feed"),
    path("library/export.csv", feeds.export_csv, name="export"),
    path("library/moderation/", views.moderation_queue, name="moderation"),
    path(
        "library/moderation/<str:kind>/<int:pk>/",
        views.moderation_decide,
        name="moderation_decide",
    ),
    path("library/suggest/", suggestions.suggest, name="suggest"),
    path("library/files/<int:pk>/", views.file_download, name="file"),
    path("library/<int:pk>/", views.resource_detail, name="resource"),
    path("library/<int:pk>/submit/", views.resource_submit, name="submit"),
    path("library/<int:pk>/edit/", views.resource_edit, name="edit"),
    path("library/<int:pk>/withdraw/", views.resource_withdraw, name="withdraw"),
    path("library/<int:pk>/new-version/", views.resource_new_version, name="new_version"),
    path(
        "library/proposed-edits/<int:pk>/files/<str:key>/",
        views.proposed_file,
        name="proposed_file",
    ),
    path(
        "library/<int:pk>/add-to-collection/",
        views.resource_add_to_collection,
        name="add_to_collection",
    ),
    path("library/collections/", views.collection_list, name="collections"),
    path("library/collections/new/", views.collection_create, name="collection_create"),
    path("library/collections/<slug:slug>/", views.collection_detail, name="collection"),
    path("library/collections/<slug:slug>/edit/", views.collection_edit, name="collection_edit"),
    path(
        "library/collections/<slug:slug>/delete/",
        views.collection_delete,
        name="collection_delete",
    ),
    path(
        "library/collections/<slug:slug>/publish/",
        views.collection_publish,
        name="collection_publish",
    ),
    path("library/collections/<slug:slug>/add/", views.collection_add, name="collection_add"),
    path(
        "library/collections/<slug:slug>/items/<int:item_id>/move/",
        views.collection_move,
        name="collection_move",
    ),
    path(
        "library/collections/<slug:slug>/items/<int:item_id>/remove/",
        views.collection_remove,
        name="collection_remove",
    ),
    path(
        "library/collections/<slug:slug>/items/<int:item_id>/note/",
        views.collection_note,
        name="collection_note",
    ),
    path("library/mine/", views.my_library, name="mine"),
    path("library/<int:pk>/feedback/", views.resource_feedback, name="feedback"),
    path(
        "library/<int:pk>/feedback/withdraw/",
        views.resource_feedback_withdraw,
        name="feedback_withdraw",
    ),
    path("library/<int:pk>/save/", views.bookmark_add, name="bookmark_add"),
    path("library/<int:pk>/unsave/", views.bookmark_remove, name="bookmark_remove"),
]
