from django.conf import settings
from django.core.management.base import BaseCommand

from columnist.articles import services


class Command(BaseCommand):
    help = (
        "Create the author's account on first start: COLUMNIST_ADMIN_EMAIL signs in with "
        "COLUMNIST_ADMIN_PASSWORD, or with a generated password printed once. Does nothing "
        "when a staff account exists."
    )

    def handle(self, *args, **options):
        account, password = services.author_account_ensure(
            email=settings.COLUMNIST_ADMIN_EMAIL, password=settings.COLUMNIST_ADMIN_PASSWORD
        )
        if account is None:
            self.stdout.write("The author's account exists already.")
            return
        self.stdout.write(self.style.SUCCESS("Created the author's account."))
        self.stdout.write(f"  Sign in at /admin/ as: {account.get_username()}")
        if password:
            self.stdout.write(f"  Password (shown once, write it down): {password}")
        else:
            self.stdout.write("  Password: the one in COLUMNIST_ADMIN_PASSWORD")
