"""Addresses of the progress, PPI journey and leaderboard pages."""

from django.urls import path

from . import views

app_name = "gamification"

urlpatterns = [
    path("me/progress/", views.progress, name="progress"),
    path("me/progress/leaderboard/", views.progress_appear, name="progress_appear"),
    path("organisations/<slug:slug>/journey/", views.journey, name="journey"),
    path("organisations/<slug:slug>/journey/confirm/", views.journey_confirm, name="confirm"),
    path("organisations/<slug:slug>/journey/withdraw/", views.journey_withdraw, name="withdraw"),
    path(
        "organisations/<slug:slug>/journey/leaderboard/",
        views.journey_appear,
        name="journey_appear",
    ),
    path("leaderboard/", views.leaderboard, name="leaderboard"),
]
