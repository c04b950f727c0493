"""Editors draft and submit; Moderators publish and manage settings and redirects.

Wagtail's own migrations create both groups; this one sets what each may do and puts the
whole tree under our moderators' approval workflow (in place of Wagtail's English default).
It is idempotent.
"""

from django.db import migrations

PAGE_PERMISSIONS = {
    "Editors": ["add_page", "change_page"],
    "Moderators": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"],
}
COLLECTION_PERMISSIONS = {
    "Editors": [
        ("wagtailimages", "image", ["add_image", "change_image", "choose_image"]),
        ("wagtaildocs", "document", ["add_document", "change_document", "choose_document"]),
    ],
    "Moderators": [
        ("wagtailimages", "image", ["add_image", "change_image", "choose_image", "delete_image"]),
        ("wagtaildocs", "document", ["add_document", "change_document", "choose_document", "delete_document"]),
    ],
}
MODEL_PERMISSIONS = {
    "Editors": [("wagtailadmin", "admin", "access_admin")],
    "Moderators": [
        ("wagtailadmin", "admin", "access_admin"),
        ("imeg", "sitesettings", "change_sitesettings"),
        ("wagtailredirects", "redirect", "add_redirect"),
        ("wagtailredirects", "redirect", "change_redirect"),
        ("wagtailredirects", "redirect", "delete_redirect"),
    ],
}
WORKFLOW_NAME = "Freigabe durch Moderatoren"


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    perm, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
    )
    return perm


def set_up_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    for name in ("Editors", "Moderators"):
        group, _created = Group.objects.get_or_create(name=name)
        wanted = {permission(apps, "wagtailcore", "page", codename).pk for codename in PAGE_PERMISSIONS[name]}
        GroupPagePermission.objects.filter(group=group, page=root_page).exclude(permission__in=wanted).delete()
        for perm_pk in wanted:
            GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission_id=perm_pk)
        for app_label, model, codenames in COLLECTION_PERMISSIONS[name]:
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission(apps, app_label, model, codename)
                )
        for app_label, model, codename in MODEL_PERMISSIONS[name]:
            group.permissions.add(permission(apps, app_label, model, codename))


def set_up_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    root_page = Page.objects.get(depth=1)
    task_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task, created = GroupApprovalTask.objects.get_or_create(
        name="Moderatoren", defaults={"content_type": task_type, "active": True}
    )
    task.groups.add(Group.objects.get(name="Moderators"))
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task_id=task.pk, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("imeg", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [
        migrations.RunPython(set_up_groups, migrations.RunPython.noop),
        migrations.RunPython(set_up_workflow, migrations.RunPython.noop),
    ]
