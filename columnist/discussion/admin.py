from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from columnist.discussion import services
from columnist.discussion.models import (
    BlockRule,
    CarePhrase,
    CareResource,
    Comment,
    Commenter,
    ContextField,
    Policy,
    Thread,
)


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    """The moderation queue: filter by status, act on many at once."""

    list_display = [
        "excerpt", "author_name", "author_email", "article", "status", "care_flag",
        "held_because", "created_at",
    ]  # fmt: skip
    list_filter = ["status", "needs_care", "is_author", "created_at"]
    search_fields = ["body", "author_name", "author_email", "article__title"]
    list_select_related = ["article"]
    date_hierarchy = "created_at"
    actions = ["approve", "mark_spam", "remove"]
    readonly_fields = [
        "article", "parent", "author_name", "author_email", "author_url", "is_author",
        "rendered", "context", "status", "held_because", "spam_score", "needs_care",
        "care_signals", "notify", "ip_address", "user_agent", "created_at", "edited_at",
        "moderated_at", "open_links",
    ]  # fmt: skip
    exclude = ["body", "body_html", "root", "depth", "path", "user", "deleted_by_poster"]

    def has_add_permission(self, request):
        return False  # comments are posted on the site, where they are checked

    @admin.display(description="Comment")
    def excerpt(self, obj: Comment) -> str:
        return Truncator(obj.body).chars(90)

    @admin.display(description="Care", boolean=True, ordering="needs_care")
    def care_flag(self, obj: Comment) -> bool:
        return obj.needs_care

    @admin.display(description="Text")
    def rendered(self, obj: Comment) -> str:
        # body_html was cleaned by nh3 when the comment was posted.
        return mark_safe(f'<div class="columnist-preview">{obj.body_html}</div>')  # noqa: S308

    @admin.display(description="On the site")
    def open_links(self, obj: Comment) -> str:
        if obj.status != Comment.Status.APPROVED:
            return "Approve it to see it in its thread and reply."
        return format_html(
            '<a href="{}">See it in its thread</a> · <a href="{}">Reply as the author</a>',
            obj.get_absolute_url(),
            reverse("discussion:reply", args=[obj.pk]),
        )

    @admin.action(description="Approve the selected comments (and trust their addresses)")
    def approve(self, request, queryset):
        done = services.comments_approve(comments=queryset.select_related("article"))
        self.message_user(request, f"Approved {done} comment(s).", messages.SUCCESS)

    @admin.action(description="Mark the selected comments as spam (the filter learns)")
    def mark_spam(self, request, queryset):
        done = services.comments_mark_spam(comments=queryset)
        self.message_user(request, f"Marked {done} comment(s) as spam.", messages.SUCCESS)

    @admin.action(description="Remove the selected comments")
    def remove(self, request, queryset):
        done = services.comments_remove(comments=queryset)
        self.message_user(request, f"Removed {done} comment(s).", messages.SUCCESS)

    class Media:
        css = {"all": ["columnist/admin-preview.css"]}


@admin.register(Policy)
class PolicyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return not Policy.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        from django.shortcuts import redirect

        policy = Policy.current()
        return redirect(reverse("admin:discussion_policy_change", args=[policy.pk]))


@admin.register(Thread)
class ThreadAdmin(admin.ModelAdmin):
    list_display = ["article", "mode", "approved_count"]
    list_filter = ["mode"]
    fields = ["article", "mode", "approved_count"]
    readonly_fields = ["article", "approved_count"]

    def has_add_permission(self, request):
        return False

    def save_model(self, request, obj, form, change):
        services.thread_set_mode(article=obj.article, mode=obj.mode)


@admin.register(ContextField)
class ContextFieldAdmin(admin.ModelAdmin):
    list_display = ["label", "kind", "required", "active", "order"]
    list_editable = ["order", "active"]
    prepopulated_fields = {"key": ["label"]}


@admin.register(BlockRule)
class BlockRuleAdmin(admin.ModelAdmin):
    list_display = ["kind", "value", "note", "created_at"]
    list_filter = ["kind"]
    search_fields = ["value", "note"]


@admin.register(Commenter)
class CommenterAdmin(admin.ModelAdmin):
    list_display = ["email", "last_name", "trusted", "created_at"]
    list_filter = ["trusted"]
    list_editable = ["trusted"]
    search_fields = ["email", "last_name"]


@admin.register(CarePhrase)
class CarePhraseAdmin(admin.ModelAdmin):
    list_display = ["phrase", "category"]
    list_filter = ["category"]


@admin.register(CareResource)
class CareResourceAdmin(admin.ModelAdmin):
    list_display = ["name", "contact", "order"]
    list_editable = ["order"]
