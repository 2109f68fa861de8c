from django import forms
from django.contrib import admin, messages
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from columnist.articles import services
from columnist.articles.models import Article, Author, Topic


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def save_model(self, request, obj, form, change):
        services.topic_save(topic=obj)


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "user"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user"]

    def save_model(self, request, obj, form, change):
        services.author_save(author=obj)


class ArticleAdminForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = [
            "title", "slug", "author", "summary", "body", "status", "publish_at", "topics",
            "related",
        ]  # fmt: skip
        widgets = {
            "body": forms.Textarea(attrs={"rows": 28, "class": "markdown-source"}),
            "summary": forms.Textarea(attrs={"rows": 2}),
        }

    def clean(self):
        cleaned = super().clean()
        # Published or scheduled with no time given means: now.
        if cleaned.get("status") != Article.Status.DRAFT and not cleaned.get("publish_at"):
            cleaned["publish_at"] = timezone.now()
        return cleaned


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm

    class Media:
        css = {"all": ["columnist/admin-preview.css"]}

    list_display = ["title", "status_label", "publish_at", "author", "reading_minutes"]
    list_filter = ["status", "topics", "author"]
    search_fields = ["title", "summary", "body"]
    date_hierarchy = "publish_at"
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["topics", "related"]
    list_select_related = ["author"]
    readonly_fields = ["preview_link", "rendered_preview", "reading_minutes", "updated_at"]
    actions = ["publish_now", "back_to_draft"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "author", "summary", "body"]}),
        ("Publishing", {"fields": ["status", "publish_at", "topics", "related"]}),
        (
            "Preview",
            {"fields": ["preview_link", "rendered_preview", "reading_minutes", "updated_at"]},
        ),
    ]

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        profile = Author.objects.filter(user=request.user).first()
        if profile:
            initial.setdefault("author", profile.pk)
        return initial

    @admin.display(description="Status", ordering="status")
    def status_label(self, obj: Article) -> str:
        return obj.display_status

    @admin.display(description="Open")
    def preview_link(self, obj: Article) -> str:
        if not obj.pk:
            return "Save the article to preview it in the site's own look."
        if obj.is_live:
            return format_html('<a href="{}">View on the site</a>', obj.get_absolute_url())
        url = reverse("articles:preview", kwargs={"pk": obj.pk})
        return format_html('<a href="{}">Preview as readers will see it</a>', url)

    @admin.display(description="Rendered body")
    def rendered_preview(self, obj: Article) -> str:
        if not obj.body_html:
            return "The rendered article appears here once it is saved."
        # body_html was cleaned by nh3 when the article was saved.
        return mark_safe(f'<div class="columnist-preview">{obj.body_html}</div>')  # noqa: S308

    def get_view_on_site_url(self, obj=None):
        if obj is None or obj.is_live:
            return super().get_view_on_site_url(obj)
        return reverse("articles:preview", kwargs={"pk": obj.pk})

    def save_model(self, request, obj, form, change):
        services.article_save(article=obj)

    @admin.action(description="Publish the selected articles now")
    def publish_now(self, request, queryset):
        for article in queryset:
            services.article_publish(article=article)
        self.message_user(request, f"Published {len(queryset)} article(s).", messages.SUCCESS)

    @admin.action(description="Return the selected articles to draft")
    def back_to_draft(self, request, queryset):
        for article in queryset:
            services.article_unpublish(article=article)
        self.message_user(request, f"{len(queryset)} article(s) returned to draft.")
