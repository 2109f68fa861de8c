from django.urls import path

from columnist.discussion import views

app_name = "discussion"

urlpatterns = [
    path("articles/<slug:slug>/", views.article_page, name="article"),
    path("articles/<slug:slug>/comments/", views.post_comment, name="post"),
    path("comments/<int:pk>/", views.permalink, name="permalink"),
    path("comments/<int:pk>/reply/", views.reply_page, name="reply"),
    path("comments/<int:pk>/edit/", views.edit_comment, name="edit"),
    path("discussion/stop/<str:token>/", views.stop_emails, name="stop"),
]
