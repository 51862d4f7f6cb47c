"""Which references a stream of blocks cites, in the order a reader meets them: the page numbers them so."""

from serving.streams import walk

from .models import Reference


def cited_references(stream):
    """Every reference cited in the stream, once each, in the order of first citation."""
    if stream is None:
        return []
    seen = {}
    for _block, value in walk(stream.stream_block, stream):
        if isinstance(value, Reference):
            seen.setdefault(value.pk, value)
    return list(seen.values())


def cites_a_reference(stream):
    return bool(cited_references(stream))
