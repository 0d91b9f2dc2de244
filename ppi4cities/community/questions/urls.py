"""Addresses of questions and answers."""

from django.urls import path

from . import views

app_name = "questions"

urlpatterns = [
    path("questions/", views.question_list, name="index"),
    path("questions/ask/", views.question_ask, name="ask"),
    path("questions/similar/", views.similar, name="similar"),
    path("questions/follow/", views.follow, name="follow"),
    path("questions/expert-settings/", views.expert_settings, name="expert_settings"),
    path("questions/<int:question_id>/", views.question_detail, name="detail"),
    path("questions/<int:question_id>/answer/", views.answer_post, name="answer"),
    path("questions/<int:question_id>/edit/", views.question_edit, name="edit"),
    path("questions/<int:question_id>/history/", views.question_history, name="history"),
    path("questions/<int:question_id>/answered/", views.question_mark_answered, name="answered"),
    path("questions/<int:question_id>/follow/", views.question_follow, name="follow_question"),
    path("questions/<int:question_id>/expert/", views.ask_expert, name="ask_expert"),
    path("questions/answers/<int:answer_id>/", views.answer_link, name="answer_link"),
    path("questions/answers/<int:answer_id>/vote/", views.answer_vote, name="vote"),
    path("questions/answers/<int:answer_id>/accept/", views.answer_accept, name="accept"),
    path("questions/answers/<int:answer_id>/edit/", views.answer_edit, name="answer_edit"),
    path(
        "questions/answers/<int:answer_id>/history/",
        views.answer_history,
        name="answer_history",
    ),
]
