"""Building the demo site from the files in demo/content/.

The files say what a page is, never how it is stored, and the loader follows each model's own fields
and blocks to store it:

- A page file names its type (`type: conditions.ConditionPage`) and gives the page's fields. Its slug
  is its file name; its parent is the folder it is in.
- A StreamField is a list of blocks, each written as `- block_type: {fields}`; a field the block does not
  have is an error, so a typing error does not silently vanish.
- Rich text is written as paragraphs (demo.content.paragraphs).
- A chosen page is named by its address without slashes at the ends (`behandelingen/shockwave`), a
  picture by its key in pictures.yaml, a source by its key in references.yaml, a snippet (a price, a part
  of an examination) by its key under `snippets` in site.yaml.
- A date may be written relative to the day the demo is loaded (`today-14`, `start of year`, `end of
  year`), so the demo's prices and waiting times are current whenever it is loaded.

Whatever already exists is left exactly as it is (a page at its address, a picture or source by its title,
a partner by its name, a setting someone filled in), so a second run changes nothing and never
overwrites an editor's work. A page may name pages that come later in the tree (a doctor's expertise,
a programme's conditions): those relations are set once every page exists, on the pages this run made.
"""

import datetime
import io
import re
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.files.images import ImageFile
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from taggit.managers import TaggableManager
from taggit.models import Tag
from wagtail import blocks
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.models import Page, Site

from home.models import HomePage
from partners.models import Partner
from sources.models import Reference

from . import drawings
from .content import ROOT, ContentError, page_files, paragraphs, read

# Keys of a page file that are not fields of the page.
NOT_FIELDS = {"type", "children"}


class NotYet(Exception):
    """A page named in a file does not exist yet; the relation is set once every page exists."""


class DemoSite:
    def __init__(self, root=ROOT, base_url=""):
        self.root = root
        # Where the site is served (`make run`'s address): its canonical links, sitemap and feed use it.
        self.base_url = base_url
        self.pictures = self.read("pictures.yaml")
        self.images = {}
        self.references = {}
        self.pages = {}
        # {model: {key: instance}} for the snippets site.yaml names.
        self.snippets = {}
        # (page, where, {field: value}) for relations to pages that did not exist yet.
        self.waiting = []

    def read(self, relative_path):
        return read(relative_path, self.root) if (self.root / relative_path).exists() else {}

    def build(self):
        site = read("site.yaml", self.root)
        for key, fields in self.read("references.yaml").items():
            self.references[key] = self.reference(key, fields)
        for label, items in site.get("snippets", {}).items():
            self.snippets_of(apps.get_model(label), items)
        home = self.home_page(site["home"])
        if self.base_url:
            self.serve_at(self.base_url)
        for section in site.get("sections", []):
            self.page(home, section, f"pages/{section}.yaml")
            for slug, path in page_files(section, self.root).items():
                self.page(self.pages[section], f"{section}/{slug}", path)
        self.set_waiting_relations()
        for label, fields in site.get("settings", {}).items():
            self.setting(apps.get_model(label), fields, Site.objects.get(root_page=home))
        for order, fields in enumerate(site.get("partners", [])):
            self.partner(order, fields)
        return home

    # Pages

    def home_page(self, content):
        home = HomePage.objects.first()
        if home is None:
            home = self.new_page(HomePage, content, "site.yaml (home)")
            Page.get_first_root_node().add_child(instance=home)
            publish(home)
            self.use_as_site_root(home)
        self.pages[""] = home
        return home

    @staticmethod
    def use_as_site_root(home):
        # Wagtail's first migration points the default site at a welcome page; the clinic replaces it.
        site = Site.objects.filter(is_default_site=True).first()
        old_root = site.root_page if site else None
        if site:
            site.root_page = home
            site.site_name = settings.WAGTAIL_SITE_NAME
            site.save()
        else:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name=settings.WAGTAIL_SITE_NAME,
            )
        if old_root and old_root.pk != home.pk and old_root.specific_class is Page and not old_root.get_children():
            old_root.delete()

    @staticmethod
    def serve_at(base_url):
        """The default site's host and port become those of the address the site is served on."""
        address = urlsplit(base_url)
        port = address.port or (443 if address.scheme == "https" else 80)
        site = Site.objects.filter(is_default_site=True).first()
        if site and (site.hostname, site.port) != (address.hostname, port):
            site.hostname, site.port = address.hostname, port
            site.save()

    def page(self, parent, address, path):
        content = read(path, self.root)
        model = model_of(content, path)
        slug = address.rsplit("/", 1)[-1]
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing is None and model.max_count == 1:
            # A page that exists once (an index, the FAQ) is found whatever an editor renamed it to.
            existing = model.objects.child_of(parent).first()
        if existing is not None:
            self.pages[address] = existing
            return existing
        page = self.new_page(model, {**content, "slug": slug}, path)
        parent.add_child(instance=page)
        publish(page)
        self.pages[address] = page
        return page

    def new_page(self, model, content, where):
        page = model()
        waiting = {}
        for name, value in content.items():
            if name in NOT_FIELDS:
                continue
            try:
                self.set_field(page, name, value, where)
            except NotYet:
                waiting[name] = value
        if waiting:
            self.waiting.append((page, where, waiting))
        return page

    def set_waiting_relations(self):
        for page, where, fields in self.waiting:
            for name, value in fields.items():
                try:
                    self.set_field(page, name, value, where)
                except NotYet as missing:
                    raise ContentError(f"{where}: {name} names a page that does not exist: {missing}") from None
            publish(page)
        self.waiting = []

    # Fields

    def set_field(self, instance, name, value, where):
        try:
            field = instance._meta.get_field(name)
        except FieldDoesNotExist:
            raise ContentError(f"{where}: {type(instance).__name__} has no field '{name}'") from None
        if isinstance(field, TaggableManager):
            for tag in value:
                # Reuse a tag an editor may already have, whatever its capitals.
                getattr(instance, name).add(Tag.objects.filter(name__iexact=tag).first() or tag)
        elif field.one_to_many:
            # Items of an inline panel (other names, opening hours, menu items): a mapping of their fields,
            # or for an item with one field of text, that text.
            child_model = field.related_model
            setattr(instance, name, [self.child(child_model, item, f"{where}, {name}") for item in value])
        elif field.many_to_many:
            setattr(instance, name, [self.chosen(field.related_model, item, where) for item in value])
        elif field.many_to_one:
            setattr(instance, name, self.chosen(field.related_model, value, where) if value else None)
        elif isinstance(field, StreamField):
            stream_block = field.stream_block
            stream = stream_block.to_python(self.block_value(stream_block, value, f"{where}, {name}"))
            try:
                # The rules an editor's save is held to (required fields, one source for a fact) hold here too.
                stream_block.clean(stream)
            except ValidationError as error:
                raise ContentError(f"{where}: {name}: {describe(error)}") from error
            setattr(instance, name, stream)
        elif isinstance(field, RichTextField):
            setattr(instance, name, paragraphs(value))
        elif isinstance(field, models.DateField) and isinstance(value, str) and not value[:1].isdigit():
            setattr(instance, name, relative_date(value, where))
        else:
            try:
                setattr(instance, name, field.to_python(value))
            except Exception as error:
                raise ContentError(f"{where}: {name}: {error}") from error

    def child(self, model, item, where):
        if not isinstance(item, dict):
            text_fields = [
                field.name
                for field in model._meta.concrete_fields
                if not field.is_relation and not field.primary_key and field.name != "sort_order"
            ]
            item = {text_fields[0]: item}
        child = model()
        for name, value in item.items():
            self.set_field(child, name, value, where)
        return child

    def chosen(self, model, key, where):
        """The page, picture or source a file names by its address or key."""
        if issubclass(model, Page):
            if key not in self.pages:
                found = page_at(key)
                if found is None:
                    raise NotYet(key)
                self.pages[key] = found
            return self.pages[key]
        if issubclass(model, AbstractImage):
            return self.image(key, where)
        if issubclass(model, Reference):
            if key not in self.references:
                raise ContentError(f"{where}: no source '{key}' in references.yaml")
            return self.references[key]
        if model in self.snippets:
            if key not in self.snippets[model]:
                raise ContentError(f"{where}: no {model._meta.verbose_name} '{key}' under snippets in site.yaml")
            return self.snippets[model][key]
        raise ContentError(f"{where}: cannot choose a {model.__name__} by name ('{key}')")

    def block_value(self, block, value, where):
        """The value of a block as the files write it, as Wagtail's stored form (its raw data)."""
        if value is None:
            return None
        if isinstance(block, blocks.StreamBlock):
            items = []
            for item in value:
                if not isinstance(item, dict) or len(item) != 1:
                    raise ContentError(f"{where}: each block is written as '- block_type: ...', not {item!r}")
                ((kind, child_value),) = item.items()
                if kind not in block.child_blocks:
                    raise ContentError(f"{where}: no block '{kind}' here; choose from {', '.join(block.child_blocks)}")
                items.append({"type": kind, "value": self.block_value(block.child_blocks[kind], child_value, where)})
            return items
        if isinstance(block, blocks.StructBlock):
            unknown = set(value) - set(block.child_blocks)
            if unknown:
                raise ContentError(f"{where}: {block.name or 'block'} has no field {', '.join(sorted(unknown))}")
            return {name: self.block_value(block.child_blocks[name], child, where) for name, child in value.items()}
        if isinstance(block, blocks.ListBlock):
            return [self.block_value(block.child_block, item, where) for item in value]
        if isinstance(block, blocks.RichTextBlock):
            return paragraphs(value)
        if isinstance(block, blocks.ChooserBlock):
            if not value:
                return None
            try:
                return self.chosen(block.target_model, value, where).pk
            except NotYet as missing:
                raise ContentError(f"{where}: the page '{missing}' comes later; order site.yaml's sections") from None
        return value

    # Pictures, sources, settings and snippets

    def image(self, key, where):
        if key in self.images:
            return self.images[key]
        if key not in self.pictures:
            raise ContentError(f"{where}: no picture '{key}' in pictures.yaml")
        fields = dict(self.pictures[key])
        title, description = fields.pop("title"), fields.pop("description", "")
        Image = get_image_model()
        image = Image.objects.filter(title=title).first()
        if image is None:
            image = Image(title=title, description=description)
            png = drawings.draw(fields.pop("drawing"), **fields)
            image.file = ImageFile(io.BytesIO(png), name=f"{slugify(title)}.png")
            image.save()
        self.images[key] = image
        return image

    @staticmethod
    def reference(key, fields):
        reference = Reference.objects.filter(title=fields["title"]).first()
        if reference is None:
            reference = Reference(**fields)
            try:
                reference.full_clean()
            except Exception as error:
                raise ContentError(f"references.yaml: {key}: {error}") from error
            reference.save()
        return reference

    def setting(self, model, fields, site):
        """A site setting, filled in only when every field the file names is still empty there."""
        if not issubclass(model, BaseSiteSetting):
            raise ContentError(f"site.yaml: {model.__name__} is not a site setting")
        setting = model.for_site(site)
        for name in fields:
            field = model._meta.get_field(name)
            current = getattr(setting, name)
            if current.exists() if field.one_to_many else bool(current):
                return
        for name, value in fields.items():
            self.set_field(setting, name, value, f"site.yaml, {model.__name__}")
        setting.save()

    def snippets_of(self, model, items):
        """Snippets by key; one that exists (by its first field, e.g. a price's name) is kept as an editor left it."""
        found = self.snippets.setdefault(model, {})
        for key, fields in items.items():
            first = next(iter(fields))
            snippet = model.objects.filter(**{first: fields[first]}).first()
            if snippet is None:
                snippet = model()
                for name, value in fields.items():
                    self.set_field(snippet, name, value, f"site.yaml, snippets, {key}")
                try:
                    snippet.full_clean()
                except ValidationError as error:
                    raise ContentError(f"site.yaml: snippets: {key}: {error}") from error
                snippet.save()
            found[key] = snippet

    def partner(self, order, fields):
        if Partner.objects.filter(name=fields["name"]).exists():
            return
        partner = Partner(sort_order=order)
        for name, value in fields.items():
            self.set_field(partner, name, value, "site.yaml, partners")
        partner.save()


RELATIVE_DAY = re.compile(r"^today(?:([+-])(\d+))?$")


def relative_date(value, where):
    """'today', 'today-14' (days), 'start of year' or 'end of year', counted from the day the demo is loaded."""
    today = timezone.localdate()
    if value == "start of year":
        return datetime.date(today.year, 1, 1)
    if value == "end of year":
        return datetime.date(today.year, 12, 31)
    match = RELATIVE_DAY.match(value)
    if not match:
        raise ContentError(f"{where}: '{value}' is not a date (write 2026-03-01, today, today-14, start of year)")
    sign, days = match.groups()
    return today + datetime.timedelta(days=int(days or 0) * (-1 if sign == "-" else 1))


def describe(error):
    """A block's validation error as one line: the messages with where they are in the stream."""
    found = []

    def collect(error, place):
        if hasattr(error, "block_errors") and error.block_errors:
            items = (
                error.block_errors.items() if isinstance(error.block_errors, dict) else enumerate(error.block_errors)
            )
            for key, child in items:
                if child is not None:
                    collect(child, f"{place}/{key}")
        if getattr(error, "non_block_errors", None):
            found.extend(f"{place}: {message}" for message in error.non_block_errors.messages)
        if not hasattr(error, "block_errors"):
            found.extend(f"{place}: {message}" for message in error.messages)

    collect(error, "")
    return "; ".join(found) or str(error)


def model_of(content, where):
    try:
        model = apps.get_model(content["type"])
    except (KeyError, LookupError, ValueError):
        raise ContentError(f"{where}: 'type' must name a page type, such as conditions.ConditionPage") from None
    if not issubclass(model, Page):
        raise ContentError(f"{where}: {content['type']} is not a page type")
    return model


def page_at(address):
    """The live page at an address of the default site ("" is its home page), or None."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return None
    url_path = site.root_page.url_path + (f"{address.strip('/')}/" if address.strip("/") else "")
    page = Page.objects.filter(url_path=url_path).first()
    return page.specific if page else None


def publish(page):
    page.save_revision().publish()
