import pytest

from tests.articles.factories import ArticleFactory, AuthorFactory, TopicFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def column(transactional_db):
    author = AuthorFactory(name="Ruth Example")
    topic = TopicFactory(name="Breakups", slug="breakups")
    ArticleFactory(
        author=author,
        topics=[topic],
        title="Sleeping alone again",
        body="## Nights\n\nThe quiet hours are the hardest. Keep a notebook by the bed.",
    )
    ArticleFactory(author=author, topics=[topic], title="When friends take sides")
    return author


def test_reader_finds_an_article_by_searching_for_a_word_in_it(live_server, page, column):
    page.goto(live_server.url + "/")
    assert page.title().startswith("Dear Columnist")
    page.get_by_role("link", name="Sleeping alone again").click()
    page.wait_for_url("**/articles/sleeping-alone-again/")
    assert page.get_by_role("heading", level=1).inner_text() == "Sleeping alone again"
    assert "Keep a notebook" in page.locator(".prose").inner_text()

    search = page.get_by_role("search").first.get_by_role("searchbox")
    search.fill("notebook")
    search.press("Enter")
    page.wait_for_url("**/search/?q=notebook")
    result = page.locator(".search-result").first
    assert result.locator("mark").first.inner_text().lower() == "notebook"
    result.get_by_role("link", name="Sleeping alone again").click()
    page.wait_for_url("**/articles/sleeping-alone-again/")


def test_keyboard_user_can_skip_to_the_content(live_server, page, column):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to the content")
    assert skip.evaluate("el => el === document.activeElement")
    outline = skip.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none"


def test_dark_scheme_is_honoured(live_server, browser, column):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(live_server.url + "/")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    context.close()
    assert background == "rgb(22, 19, 15)"
