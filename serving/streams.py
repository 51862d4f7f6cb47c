"""One query per kind of chosen object for a whole stream of blocks.

Wagtail turns a stored stream into block values one block type at a time, and within a type one query
per chooser field. A condition page that cites sources in its text sections, its treatments, its groups
of treatments and its questions paid a query for the sources of each, and more for its pictures and
linked pages. Here the first read of a stream collects the ids of every chooser in all of its blocks,
reads each kind of object once (all pages together, whatever their type, each typed page with its own
fields), and hands the objects to the chooser blocks while the whole stream is turned into values.
Nothing changes in what the blocks return: the same objects Wagtail would read, a separate instance
wherever one object is chosen twice.
"""

import copy
from contextvars import ContextVar

from django.core.exceptions import ObjectDoesNotExist
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page
from wagtail.snippets.blocks import SnippetChooserBlock


class ChosenObjects:
    """The objects a stream's choosers point at, read once per kind while the stream is turned into values."""

    def __init__(self, ids_by_model):
        self.asked = ids_by_model
        page_models = [model for model in ids_by_model if issubclass(model, Page)]
        # One page type is read like any other model; several are read together.
        together = page_models if len(page_models) > 1 else []
        self.found = {model: _read(model).in_bulk(ids) for model, ids in ids_by_model.items() if model not in together}
        if together:
            self.found.update(self._pages(together))
        self.handed_out = set()

    def _pages(self, page_models):
        """Pages chosen in blocks of several page types (a treatment page, any page) from one query.

        A block that asks for one page type gets that type with all its fields, joined into the same
        query (a treatment's own page shows its facts on a condition page), and nothing for a page of
        another type, as in Wagtail; a block that takes any page gets the page as Wagtail gives it.
        """
        typed = [model for model in page_models if model is not Page]
        # The join works for a type made directly from Page; another is read on its own.
        joined = [model for model in typed if model._meta.get_parent_list() == [Page]]
        pages = (
            Page.objects.select_related(*(model._meta.model_name for model in joined))
            .defer(*(f"{model._meta.model_name}__{name}" for model in joined for name in model.get_streamfield_names()))
            .in_bulk(set().union(*(self.asked[model] for model in page_models)))
        )
        found = {model: _read(model).in_bulk(self.asked[model]) for model in typed if model not in joined}
        for model in [Page, *joined]:
            if model not in page_models:
                continue
            found[model] = {}
            for pk in self.asked[model]:
                page = pages.get(pk)
                if page is not None and model is not Page:
                    try:
                        page = getattr(page, model._meta.model_name)
                    except ObjectDoesNotExist:
                        page = None
                if page is not None:
                    found[model][pk] = page
        return found

    def take(self, model, pk):
        """The object, or a copy of it when an earlier block already has it (as Wagtail would give)."""
        obj = self.found[model].get(pk)
        if obj is not None:
            if (model, pk) in self.handed_out:
                return copy.copy(obj)
            self.handed_out.add((model, pk))
        return obj


def _read(model):
    """The objects of a model as a block gets them; a chosen page without its own streams of blocks, which a
    block shows nothing of (a treatment's facts, a link): reading and decoding them was most of the read."""
    if issubclass(model, Page):
        return model.objects.defer_streamfields()
    return model.objects.all()


_chosen = ContextVar("chosen_objects", default=None)


class PrefetchedChooserMixin:
    """A chooser block that takes its objects from the stream's single read when there is one."""

    def bulk_to_python(self, values):
        chosen = _chosen.get()
        asked = chosen.asked.get(self.model_class, ()) if chosen is not None else ()
        if not asked or any(pk is not None and pk not in asked for pk in values):
            # Not read with the stream (a block shape the collector does not know): Wagtail's own query.
            return super().bulk_to_python(values)
        return [chosen.take(self.model_class, pk) for pk in values]


class PrefetchedSnippetChooserBlock(PrefetchedChooserMixin, SnippetChooserBlock):
    pass


class PrefetchedImageChooserBlock(PrefetchedChooserMixin, ImageChooserBlock):
    pass


class PrefetchedPageChooserBlock(PrefetchedChooserMixin, blocks.PageChooserBlock):
    pass


def _items(raw_list):
    """The raw values of a list block: stored as {"type": "item", "value": …} or, in older data, bare."""
    for item in raw_list or ():
        yield item["value"] if isinstance(item, dict) and item.get("type") == "item" else item


def collect_ids(block, raw, found):
    """Add the id of every prefetched chooser in `raw` (stored data of `block`) to found[model]."""
    if raw is None:
        return
    if isinstance(block, PrefetchedChooserMixin):
        found.setdefault(block.model_class, set()).add(raw)
    elif isinstance(block, blocks.StreamBlock):
        for child in raw:
            if isinstance(child, dict) and child.get("type") in block.child_blocks:
                collect_ids(block.child_blocks[child["type"]], child.get("value"), found)
    elif isinstance(block, blocks.StructBlock):
        if isinstance(raw, dict):
            for name, child_block in block.child_blocks.items():
                collect_ids(child_block, raw.get(name), found)
    elif isinstance(block, blocks.ListBlock):
        for item in _items(raw):
            collect_ids(block.child_block, item, found)


class PrefetchingStreamValue(blocks.StreamValue):
    def _prefetch_blocks(self, type_name):
        if _chosen.get() is not None or getattr(self, "_choices_read", False):
            return super()._prefetch_blocks(type_name)
        self._choices_read = True
        found = {}
        waiting = [item for item, bound in zip(self._raw_data, self._bound_blocks, strict=True) if bound is None]
        collect_ids(self.stream_block, waiting, found)
        token = _chosen.set(ChosenObjects(found))
        try:
            for name in dict.fromkeys(item["type"] for item in waiting):
                super()._prefetch_blocks(name)
        finally:
            _chosen.reset(token)


class PrefetchingStreamBlock(blocks.StreamBlock):
    """A stream whose values are read with one query per kind of chosen object (see above)."""

    def to_python(self, value):
        stream = super().to_python(value)
        if type(stream) is blocks.StreamValue and stream.is_lazy:
            return PrefetchingStreamValue(self, stream._raw_data, is_lazy=True)
        return stream


def walk(block, value):
    """Yield (block, value) for a block and everything nested in it, in reading order."""
    yield block, value
    if value is None:
        return
    if isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from walk(child.block, child.value)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from walk(child_block, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from walk(block.child_block, item)
