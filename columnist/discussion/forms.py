from django import forms

from columnist.discussion import conf
from columnist.discussion.models import ContextField


class CommentForm(forms.Form):
    """The reply form. Checks that need the database (moderation, limits, duplicates) are the
    service's; this parses and keeps what was typed for showing again."""

    author_name = forms.CharField(label="Name", max_length=conf.DISCUSSION_MAX_NAME_LENGTH)
    author_email = forms.EmailField(
        label="Email", help_text="Never shown to anyone; used only to tell you of replies."
    )
    author_url = forms.URLField(label="Website (optional)", required=False, max_length=300)
    body = forms.CharField(
        label="Your question or reply",
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=conf.DISCUSSION_MAX_LENGTH,
        help_text="You can use *emphasis*, lists, > quotes and links.",
    )
    notify = forms.BooleanField(label="Email me when someone replies", required=False)
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    form_token = forms.CharField(required=False, widget=forms.HiddenInput)
    # The honeypot: hidden from people, filled in by robots.
    company = forms.CharField(
        required=False,
        label="Leave this empty",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, context_fields: list[ContextField] = (), top_level=True, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.context_fields = list(context_fields) if top_level else []
        for field in self.context_fields:
            name = f"context_{field.key}"
            if field.kind == ContextField.Kind.CHOICE:
                choices = [("", "—")] + [(o, o) for o in field.options]
                self.fields[name] = forms.ChoiceField(
                    label=field.label, choices=choices, required=field.required
                )
            else:
                self.fields[name] = forms.CharField(
                    label=field.label, required=field.required, max_length=200
                )
        self.order_fields(
            ["author_name", "author_email", "author_url"]
            + [f"context_{f.key}" for f in self.context_fields]
            + ["body", "notify"]
        )

    def context_answers(self) -> dict:
        return {f.key: self.cleaned_data.get(f"context_{f.key}", "") for f in self.context_fields}

    def context_field_names(self) -> list[str]:
        return [f"context_{f.key}" for f in self.context_fields]


class EditForm(forms.Form):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    body = forms.CharField(
        label="Your comment",
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=conf.DISCUSSION_MAX_LENGTH,
    )
