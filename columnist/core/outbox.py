"""Staff pages to read the outbox: /desk/outbox/ and one mail."""

from django.contrib.admin.views.decorators import staff_member_required
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from columnist.core.models import OutboxMail
from columnist.core.pagination import page_of


@staff_member_required
@require_safe
def outbox_list(request):
    mails = OutboxMail.objects.defer("body", "html", "message", "headers")
    page = page_of(mails, request.GET.get("page"), 50)
    return render(request, "core/outbox_list.html", {"page": page})


@staff_member_required
@require_safe
def outbox_detail(request, pk: int):
    mail = get_object_or_404(OutboxMail, pk=pk)
    return render(request, "core/outbox_detail.html", {"mail": mail})
