"""Reading the demo content: YAML files under demo/content/, one per page.

The files are meant to be read and corrected by a doctor or an editor, so the YAML is kept plain:
only strings, whole numbers, dates, true/false, lists and mappings. YAML 1.1 would also read
`17:00` as the number 1020 and `no` as false; here both stay text.
"""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent / "content"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"


class ContentLoader(yaml.SafeLoader):
    """YAML without its surprises: no sexagesimal numbers (times stay text), only true/false as booleans."""


ContentLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in (INT, FLOAT, BOOL)]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
ContentLoader.add_implicit_resolver(INT, re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789"))
ContentLoader.add_implicit_resolver(FLOAT, re.compile(r"^[-+]?[0-9]+\.[0-9]+$"), list("-+0123456789"))
ContentLoader.add_implicit_resolver(BOOL, re.compile(r"^(?:true|false)$"), list("tf"))


class ContentError(Exception):
    """A demo file that cannot be read as it is written; the message names the file and what is wrong."""


def read(relative_path, root=ROOT):
    """The YAML file at <root>/<relative_path> (demo/content/ by default), as plain Python values."""
    path = root / relative_path
    try:
        with path.open(encoding="utf-8") as stream:
            return yaml.load(stream, Loader=ContentLoader) or {}
    except yaml.YAMLError as error:
        raise ContentError(f"{relative_path}: {error}") from error


def page_files(section, root=ROOT):
    """The page files of a section (pages/<section>/*.yaml) as {slug: relative path}, in the order the
    section's own file gives under `children`, the rest by name."""
    folder = root / "pages" / section
    if not folder.is_dir():
        return {}
    found = {path.stem: f"pages/{section}/{path.name}" for path in sorted(folder.glob("*.yaml"))}
    order = read(f"pages/{section}.yaml", root).get("children", [])
    unknown = [slug for slug in order if slug not in found]
    if unknown:
        raise ContentError(f"pages/{section}.yaml: children without a file: {', '.join(unknown)}")
    return {slug: found[slug] for slug in [*order, *(slug for slug in found if slug not in order)]}


def paragraphs(text):
    """Rich text as it is written in the files, as HTML.

    Markup is kept as it is (it starts with `<`). Otherwise a blank line separates paragraphs, the lines
    of one paragraph are joined, and a paragraph whose lines all start with "- " is a bulleted list.
    Links and bold text can be written as HTML inside a paragraph.
    """
    text = (text or "").strip()
    if not text or text.startswith("<"):
        return text
    html = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if all(line.startswith("- ") for line in lines):
            html.append("<ul>" + "".join(f"<li>{line[2:].strip()}</li>" for line in lines) + "</ul>")
        else:
            html.append(f"<p>{' '.join(lines)}</p>")
    return "".join(html)
