"""References move from conditions to sources, the app named for them: the table is renamed and its content
type relabelled, so every stored reference keeps its number, every citation in a page's stream (which stores
the number only), its entries in Wagtail's reference and search indexes, and the groups' rights on it."""

import django.core.validators
import modelsearch.index
from django.db import migrations, models


def rename_table(apps, schema_editor, old="conditions_reference", new="sources_reference"):
    schema_editor.alter_db_table(apps.get_model("conditions", "Reference"), old, new)


def rename_table_back(apps, schema_editor):
    rename_table(apps, schema_editor, old="sources_reference", new="conditions_reference")


def relabel_content_type(apps, schema_editor, old="conditions", new="sources"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    moving = ContentType.objects.filter(app_label=old, model="reference")
    if moving.exists():
        # A label made meanwhile for the new place holds nothing yet: the old one, with its rights, takes over.
        ContentType.objects.filter(app_label=new, model="reference").delete()
        moving.update(app_label=new)


def relabel_back(apps, schema_editor):
    relabel_content_type(apps, schema_editor, old="sources", new="conditions")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("conditions", "0009_care_card_levels"),
        ("contenttypes", "0002_remove_content_type_name"),
        # The roles grant rights on conditions.reference while it is still there.
        ("roles", "0004_practical_information_rights"),
    ]

    operations = [
        migrations.RunPython(rename_table, rename_table_back),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Reference',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('authors', models.CharField(help_text='Zoals in de literatuurlijst: Rathleff MS, Mølgaard CM, et al.', max_length=500, verbose_name='auteurs')),
                        ('title', models.CharField(max_length=500, verbose_name='titel')),
                        ('journal', models.CharField(blank=True, max_length=200, verbose_name='tijdschrift')),
                        ('year', models.PositiveSmallIntegerField(verbose_name='jaar')),
                        ('volume', models.CharField(blank=True, max_length=20, verbose_name='jaargang')),
                        ('issue', models.CharField(blank=True, max_length=20, verbose_name='nummer')),
                        ('pages', models.CharField(blank=True, max_length=40, verbose_name="pagina's")),
                        ('doi', models.CharField(blank=True, help_text='Alleen invullen als u de DOI hebt gecontroleerd.', max_length=200, validators=[django.core.validators.RegexValidator('^10\\.\\d{4,9}/\\S+$', 'Een DOI begint met 10. en een schuine streep, zoals 10.1111/sms.12313.')], verbose_name='DOI')),
                        ('pmid', models.CharField(blank=True, help_text='Alleen invullen als u het nummer hebt gecontroleerd.', max_length=12, validators=[django.core.validators.RegexValidator('^[1-9]\\d{0,11}$', 'Een PubMed-ID bestaat alleen uit cijfers.')], verbose_name='PubMed-ID')),
                        ('url', models.URLField(blank=True, help_text='Alleen nodig als er geen DOI of PubMed-ID is.', verbose_name='link')),
                    ],
                    options={
                        'verbose_name': 'bron',
                        'verbose_name_plural': 'bronnen',
                        'ordering': ['authors', 'year'],
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ],
        ),
        migrations.RunPython(relabel_content_type, relabel_back),
    ]
