"""Addresses of pilot procurements and good practices."""

from django.urls import path

from . import geo, opendata, views

app_name = "pilots"

urlpatterns = [
    path("pilots/", views.index, name="index"),
    path("pilots/new/", views.pilot_create, name="create"),
    path("pilots/moderation/", views.moderation_queue, name="moderation"),
    path("pilots/moderation/<int:pk>/", views.moderation_decide, name="moderation_decide"),
    path(
        "pilots/moderation/edits/<int:pk>/",
        views.moderation_decide,
        {"kind": "edit"},
        name="moderation_decide_edit",
    ),
    path("pilots/projects/<slug:slug>/", views.project_detail, name="project"),
    path("pilots/map/", views.pilot_map, name="map"),
    path("pilots/photos/<int:pk>/", views.pilot_photo, name="photo"),
    path("pilots/documents/<int:pk>/", views.pilot_document, name="document"),
    path("pilots/<int:pk>/", views.pilot_detail, name="pilot"),
    path("pilots/<int:pk>/edit/", views.pilot_edit, name="edit"),
    path("pilots/<int:pk>/submit/", views.pilot_submit, name="submit"),
    path("pilots/<int:pk>/withdraw/", views.pilot_withdraw, name="withdraw"),
    path("pilots/<int:pk>/good-practice/", views.pilot_good_practice, name="good_practice"),
    path("pilots/ocds.json", opendata.release_package, name="ocds_package"),
    path("pilots/<int:pk>/ocds.json", opendata.pilot_release, name="ocds_release"),
    path("pilots/map.geojson", geo.map_geojson, name="geojson"),
    path("pilots/export.csv", opendata.export_csv, name="export"),
    path("pilots/export.geojson", opendata.export_geojson, name="export_geojson"),
    path("pilots/<int:pk>/files/", views.pilot_files, name="files"),
    path(
        "pilots/<int:pk>/files/documents/",
        views.pilot_files_document_add,
        name="files_document_add",
    ),
    path(
        "pilots/<int:pk>/files/documents/<int:document_pk>/remove/",
        views.pilot_files_document_remove,
        name="files_document_remove",
    ),
    path("pilots/<int:pk>/files/photos/", views.pilot_files_photo_add, name="files_photo_add"),
    path(
        "pilots/<int:pk>/files/photos/<int:photo_pk>/",
        views.pilot_files_photo_update,
        name="files_photo_update",
    ),
    path(
        "pilots/<int:pk>/files/photos/<int:photo_pk>/remove/",
        views.pilot_files_photo_remove,
        name="files_photo_remove",
    ),
]
