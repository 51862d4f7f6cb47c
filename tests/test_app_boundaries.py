"""The apps import each other in one direction only: no import circle between them, counting imports deferred
into functions, which hide a circle rather than remove it.

The graph is read from the source (every import statement, wherever it stands), not from what Python has
loaded. The project's URLconf, settings and WSGI entry point wire all apps together, so they are the root of
the graph and no app may import them.
"""

import ast
from collections import defaultdict
from pathlib import Path

from django.apps import apps
from django.conf import settings

BASE = Path(settings.BASE_DIR)
# Modules that name every app by design (a URL for each, each in INSTALLED_APPS).
ROOT_MODULES = ("clinic.urls", "clinic.settings", "clinic.wsgi")


def project_apps():
    return sorted(
        config.name for config in apps.get_app_configs() if Path(config.path).resolve().parent == BASE.resolve()
    )


def module_name(path):
    parts = path.relative_to(BASE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path):
    """Every module the file imports, at its top or inside a function, relative imports made absolute."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                yield f"{base}.{node.module}" if node.module else base
            else:
                yield node.module


def is_root(module):
    return any(module == root or module.startswith(root + ".") for root in ROOT_MODULES)


def import_edges():
    """{(importing app, imported app): ["file:line of the first import", ...]} across apps."""
    names = project_apps()
    edges = defaultdict(list)
    for app in names:
        for path in sorted((BASE / app).rglob("*.py")):
            if "migrations" in path.parts or is_root(module_name(path)):
                continue
            for module in imported_modules(path):
                top = module.split(".")[0]
                if top in names and top != app:
                    edges[(app, top)].append(f"{path.relative_to(BASE)} imports {module}")
    return edges


def circles(edges):
    """Each import circle between apps, as the apps on it: the strongly connected parts of the graph (Tarjan)."""
    graph = defaultdict(set)
    for source, target in edges:
        graph[source].add(target)
    index, low, on_stack, stack, found = {}, {}, set(), [], []

    def visit(app):
        index[app] = low[app] = len(index)
        stack.append(app)
        on_stack.add(app)
        for other in sorted(graph[app]):
            if other not in index:
                visit(other)
                low[app] = min(low[app], low[other])
            elif other in on_stack:
                low[app] = min(low[app], index[other])
        if low[app] == index[app]:
            part = []
            while not part or part[-1] != app:
                part.append(stack.pop())
                on_stack.discard(part[-1])
            if len(part) > 1:
                found.append(sorted(part))

    for app in sorted(graph):
        if app not in index:
            visit(app)
    return found


def test_the_graph_sees_the_apps_and_their_imports():
    # Guards the test itself: an empty graph would have no circles either.
    edges = import_edges()
    assert {"conditions", "people", "review", "sources", "clinic"} <= set(project_apps())
    assert ("conditions", "review") in edges and ("review", "sources") in edges


def test_no_import_circle_between_the_apps():
    edges = import_edges()
    report = [
        f"{' ↔ '.join(part)}: " + "; ".join(edges[(a, b)][0] for a in part for b in part if (a, b) in edges)
        for part in circles(edges)
    ]
    assert report == []


def test_no_app_imports_the_urlconf_or_the_settings_module():
    wrong = [
        f"{path.relative_to(BASE)} imports {module}"
        for app in project_apps()
        for path in (BASE / app).rglob("*.py")
        if "migrations" not in path.parts and not is_root(module_name(path))
        for module in imported_modules(path)
        if is_root(module)
    ]
    assert wrong == []


def test_imports_inside_functions_count():
    # review/workflow.py imports its models inside a function (Wagtail loads it before the models are ready).
    assert "review.models" in set(imported_modules(BASE / "review" / "workflow.py"))


def test_a_circle_through_three_apps_is_reported():
    edges = {("conditions", "review"): [], ("review", "people"): [], ("people", "conditions"): [], ("a", "b"): []}
    assert circles(edges) == [["conditions", "people", "review"]]
