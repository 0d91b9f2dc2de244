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
]
