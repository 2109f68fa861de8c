from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ArticlesConfig(AppConfig):
    name = "columnist.articles"
    label = "articles"
    verbose_name = "Articles"

    def ready(self) -> None:
        from columnist.articles.search import install_search_index

        post_migrate.connect(
            install_search_index, sender=self, dispatch_uid="articles.install_search_index"
        )
