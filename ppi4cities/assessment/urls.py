"""Addresses of the self-assessment's pages."""

from django.urls import path

from . import views

app_name = "assessment"

urlpatterns = [
    path("assessment/", views.index, name="index"),
    path("assessment/start/", views.start, name="start"),
    path("assessment/keep/", views.claim, name="claim"),
    path("assessment/shared/<str:token>/", views.shared, name="shared"),
    path("assessment/<int:pk>/", views.resume, name="resume"),
    path("assessment/<int:pk>/step/<int:number>/", views.step, name="step"),
    path("assessment/<int:pk>/answer/", views.answer, name="answer"),
    path("assessment/<int:pk>/review/", views.review, name="review"),
    path("assessment/<int:pk>/results/", views.results, name="results"),
    path("assessment/<int:pk>/share/", views.share, name="share"),
]
