"""What the discussion app tells downstream apps (the desk).

comment_published(sender=Comment, comment=Comment)
    A comment became visible to readers: posted by a trusted reader or the author, or
    approved from the moderation queue. Sent after the transaction commits.
"""

from django.dispatch import Signal

comment_published = Signal()
