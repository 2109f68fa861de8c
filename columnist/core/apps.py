from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "columnist.core"
    label = "core"
    verbose_name = "Columnist core"
