from django.apps import AppConfig


class DiscussionConfig(AppConfig):
    name = "columnist.discussion"
    label = "discussion"
    verbose_name = "Reader questions"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from columnist.discussion.rules import forget_rulebook

        for name in ("Policy", "BlockRule", "CarePhrase", "ContextField", "SpamCorpus"):
            model = self.get_model(name)
            for signal in (post_save, post_delete):
                signal.connect(
                    forget_rulebook, sender=model, dispatch_uid=f"discussion.rules.{name}"
                )
