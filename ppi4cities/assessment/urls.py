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
    path("assessment/rounds/start/", views.round_start, name="round_start"),
    path("assessment/rounds/<int:pk>/", views.round_detail, name="round"),
    path("assessment/rounds/<int:pk>/answer/", views.round_answer, name="round_answer"),
    path("assessment/rounds/<int:pk>/close/", views.round_close, name="round_close"),
    path("assessment/rounds/<int:pk>/invite/", views.round_invite, name="round_invite"),
    path(
        "assessment/rounds/<int:pk>/withdraw/<int:user_pk>/",
        views.round_withdraw,
        name="round_withdraw",
    ),
    path("assessment/peer-contact/", views.peer_contact, name="peer_contact"),
    path("assessment/rounds/<int:pk>/benchmark/", views.round_benchmark, name="round_benchmark"),
    path("assessment/<int:pk>/results.pdf", views.results_pdf, name="results_pdf"),
    path("assessment/shared/<str:token>/results.pdf", views.shared_pdf, name="shared_pdf"),
]
