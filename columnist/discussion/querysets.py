from django.db import models


class CommentQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status="approved")

    def in_thread_view(self):
        """What a thread shows: approved comments and the placeholders of removed ones (the
        page hides a placeholder that has no visible reply)."""
        return self.filter(status__in=["approved", "removed"])

    def pending(self):
        return self.filter(status="pending")

    def top_level(self):
        return self.filter(depth=0)

    def awaiting_answer(self):
        """Approved top-level questions from readers that the author has not answered."""
        from columnist.discussion.models import Comment

        answered = Comment.objects.filter(root=models.OuterRef("pk"), is_author=True)
        return self.approved().top_level().filter(is_author=False).exclude(models.Exists(answered))
