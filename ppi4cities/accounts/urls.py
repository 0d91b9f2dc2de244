"""Addresses of the people and organisation pages."""

from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("organisations/", views.directory, name="directory"),
    path("organisations/new/", views.organisation_create, name="organisation_create"),
    path("organisations/<slug:slug>/", views.organisation_detail, name="organisation"),
    path("organisations/<slug:slug>/edit/", views.organisation_edit, name="organisation_edit"),
    path("organisations/<slug:slug>/join/", views.organisation_join, name="organisation_join"),
    path("organisations/<slug:slug>/leave/", views.organisation_leave, name="organisation_leave"),
    path(
        "organisations/<slug:slug>/members/",
        views.organisation_members,
        name="organisation_members",
    ),
    path(
        "organisations/<slug:slug>/members/<int:pk>/",
        views.membership_update,
        name="membership_update",
    ),
    path(
        "organisations/<slug:slug>/invitations/",
        views.organisation_invite,
        name="organisation_invite",
    ),
    path(
        "organisations/<slug:slug>/invitations/<int:pk>/withdraw/",
        views.invitation_revoke,
        name="invitation_revoke",
    ),
    path(
        "organisations/<slug:slug>/requests/<int:pk>/",
        views.join_request_decide,
        name="join_request_decide",
    ),
    path("invitations/<str:token>/", views.invitation_detail, name="invitation"),
    path("people/<int:pk>/", views.person_detail, name="person"),
    path("me/", views.dashboard, name="dashboard"),
    path("me/profile/", views.profile_edit, name="profile"),
    path("me/tokens/", views.api_tokens, name="api_tokens"),
    path("me/tokens/<int:pk>/revoke/", views.api_token_revoke, name="api_token_revoke"),
    path("me/privacy/", views.privacy, name="privacy"),
    path("me/privacy/my-data.json", views.privacy_export, name="privacy_export"),
    path(
        "me/requests/<int:pk>/withdraw/",
        views.join_request_withdraw,
        name="join_request_withdraw",
    ),
]
