from django.core.management.base import BaseCommand

from columnist.articles.demo_column import load_demo_column
from columnist.articles.models import Article


class Command(BaseCommand):
    help = (
        "Fill the site with the demo advice column (articles, topics, an author). Articles "
        "already there are left alone, so running it twice changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Say what would be loaded.")
        parser.add_argument(
            "--if-empty", action="store_true", help="Only load into a site with no articles."
        )

    def handle(self, *args, dry_run, if_empty, **options):
        if if_empty and Article.objects.exists():
            return
        report = load_demo_column(dry_run=dry_run)
        verb = "Would load" if dry_run else "Loaded"
        self.stdout.write(
            f"{verb} {report.created} demo article(s); {report.skipped} already there."
        )
