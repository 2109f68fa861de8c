import pytest

from columnist.discussion import selectors, services


def _names(thread):
    return [(i.comment.body, i.level, i.reply_to, i.placeholder) for i in thread.items]


def test_thread_page_nests_to_the_display_depth(post, open_policy, settings, article):
    parent = root = post("L0")
    for level in range(1, 8):
        parent = post(f"L{level}", parent=parent, author_name=f"Name{level}")
    items = selectors.thread_page(article_id=article.pk, page=None).items
    assert [i.level for i in items] == [0, 1, 2, 3, 4, 5, 5, 5]
    assert items[6].reply_to == "Name5" and items[7].reply_to == "Name6"
    assert items[5].reply_to == ""
    assert items[0].comment == root


def test_removed_comments_stay_as_placeholders_only_when_replied_to(post, open_policy, article):
    lonely = post("Lonely")
    asked = post("Asked")
    answer = post("Answer", parent=asked)
    services.comments_remove(comments=[lonely, asked])
    thread = selectors.thread_page(article_id=article.pk, page=None)
    assert [(i.comment.pk, i.placeholder) for i in thread.items] == [
        (asked.pk, True),
        (answer.pk, False),
    ]


def test_pending_and_spam_never_show(post, article):
    post("Held")
    assert selectors.thread_page(article_id=article.pk, page=None).items == []


def test_pages_hold_top_level_comments_with_their_replies(post, open_policy, article):
    roots = [post(f"Root {n}") for n in range(5)]
    reply = post("Reply to root 3", parent=roots[3])
    page2 = selectors.thread_page(article_id=article.pk, page="2", per_page=2)
    assert [i.comment.body for i in page2.items] == ["Root 2", "Root 3", "Reply to root 3"]
    assert selectors.page_number_of(reply, per_page=2) == 2
    assert selectors.page_number_of(roots[4], per_page=2) == 3


@pytest.mark.parametrize("size", [10, 120])
def test_a_thread_page_is_three_queries_whatever_its_size(
    post, open_policy, article, django_assert_num_queries, size
):
    root = post("Root")
    parent = root
    for n in range(size):
        parent = post(f"Reply {n}", parent=parent if n % 3 else root)
    with django_assert_num_queries(3):
        thread = selectors.thread_page(article_id=article.pk, page=None)
    assert len(thread.items) == size + 1
