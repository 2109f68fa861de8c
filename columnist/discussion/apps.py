from django.apps import AppConfig


class DiscussionConfig(AppConfig):
    name = "columnist.discussion"
    label = "discussion"
    verbose_name = "Reader questions"
