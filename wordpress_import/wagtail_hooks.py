"""The WordPress import under Settings in the admin, shown to superusers only."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from wordpress_import import views


@hooks.register("register_admin_urls")
def wordpress_import_urls():
    return [
        path("wordpress-import/", views.start, name="wordpress_import"),
        path("wordpress-import/<int:run_id>/", views.run_detail, name="wordpress_import_run"),
        path("wordpress-import/<int:run_id>/report.txt", views.run_report, name="wordpress_import_report"),
        path("wordpress-import/<int:run_id>/redirects.csv", views.run_redirects, name="wordpress_import_redirects"),
    ]


@hooks.register("register_settings_menu_item")
def wordpress_import_menu_item():
    return AdminOnlyMenuItem(
        gettext_lazy("WordPress-Import"), reverse("wordpress_import"), name="wordpress-import", icon_name="upload"
    )
