"""Editors can open the forms of news and events in the Wagtail admin."""

import re

import pytest
from django.urls import reverse


@pytest.mark.django_db
@pytest.mark.parametrize(("model", "parent"), [("newspage", "news_index"), ("eventpage", "event_index")])
def test_admin_add_form_opens(client, news_tree, superuser, model, parent):
    client.force_login(superuser)
    url = reverse("wagtailadmin_pages:add", args=["news", model, getattr(news_tree, parent).pk])
    response = client.get(url)
    assert response.status_code == 200
    if model == "eventpage":
        assert 'name="interpretation_languages"' in response.content.decode()


@pytest.mark.django_db
def test_admin_edit_form_keeps_interpretation_languages(client, news_tree, superuser):
    client.force_login(superuser)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[news_tree.upcoming.pk]))
    assert response.status_code == 200
    checked = re.findall(
        r'<input type="checkbox" name="interpretation_languages" value="(\w+)"[^>]* checked>',
        response.content.decode(),
    )
    assert checked == ["de", "fr"]
