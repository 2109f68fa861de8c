from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from columnist.discussion.demo_threads import load_demo_threads


class Command(BaseCommand):
    help = (
        "Post a few demo questions, with the author's answers, under the demo articles that "
        "have no comments yet. Running it twice changes nothing. Needs the author's account."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Say what would be posted.")

    def handle(self, *args, dry_run, **options):
        author = get_user_model().objects.filter(is_staff=True).order_by("pk").first()
        if author is None:
            raise CommandError("There is no author account yet: run `manage.py ensure_author`.")
        count = load_demo_threads(author=author, dry_run=dry_run)
        verb = "Would post" if dry_run else "Posted"
        self.stdout.write(f"{verb} {count} demo thread(s).")
