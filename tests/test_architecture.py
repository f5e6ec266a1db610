"""The core stays free of Qt, and layers point one way (faces -> core -> models)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "secondment_desk"
QT_ROOTS = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _core_files() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts]


def test_no_qt_outside_gui() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            n for n in _imports(path) if n.split(".")[0] in QT_ROOTS
        )
        for path in _core_files()
    }
    offenders = {k: v for k, v in offenders.items() if v}
    assert offenders == {}, f"Qt imported outside gui/: {offenders}"


def test_core_does_not_import_the_faces() -> None:
    bad = {}
    for path in _core_files():
        parts = path.relative_to(PACKAGE).parts
        if parts[0] == "cli" or parts == ("__main__.py",):
            continue
        faces = sorted(
            n
            for n in _imports(path)
            if n.startswith(("secondment_desk.gui", "secondment_desk.cli"))
        )
        if faces:
            bad[str(path.relative_to(PACKAGE))] = faces
    assert bad == {}, f"core modules import the GUI or CLI: {bad}"


def test_models_import_nothing_else_of_ours() -> None:
    # i18n is a leaf (the standard library's gettext): models may word their errors with it.
    allowed = ("secondment_desk.models", "secondment_desk.errors", "secondment_desk.i18n")

    bad = {}
    for path in (PACKAGE / "models").glob("*.py"):
        ours = [n for n in _imports(path) if n.startswith("secondment_desk")]
        wrong = [n for n in ours if not n.startswith(allowed)]
        if wrong:
            bad[path.name] = wrong
    assert bad == {}


def test_importing_the_whole_core_loads_no_qt() -> None:
    """Import every core module in a fresh interpreter; PySide6 must not end up loaded."""
    modules = []
    for path in _core_files():
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules.append(".".join(parts))
    code = (
        "import importlib, sys\n"
        f"for m in {sorted(modules)!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(PACKAGE.parent), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _our_edges(path: Path, name: str, modules: set[str]) -> set[str]:
    """The modules of ours that ``path`` imports anywhere, inside functions too (an import
    put inside a function to dodge a cycle is still the cycle); ``if TYPE_CHECKING:`` blocks
    are left out. ``from pkg import submodule`` is an edge to the submodule only."""
    is_package = path.name == "__init__.py"
    edges: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if isinstance(child, ast.Import):
                edges.update(a.name for a in child.names if a.name in modules)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = name.split(".") if is_package else name.split(".")[:-1]
                    base = base[: len(base) - (child.level - 1)]
                    target = ".".join([*base, *([child.module] if child.module else [])])
                else:
                    target = child.module or ""
                subs = {f"{target}.{a.name}" for a in child.names} & modules
                edges.update(subs)
                if len(subs) < len(child.names) and target in modules:
                    edges.add(target)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    edges.discard(name)
    return edges


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_import_cycles_not_even_inside_functions() -> None:
    """Layers point one way: no group of our modules imports one another, counting the
    imports written inside functions (the old way of breaking parser -> cfc -> parser)."""
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {name: _our_edges(path, name, set(paths)) for name, path in paths.items()}
    assert _cycles(graph) == []


def test_the_cycle_finder_sees_a_cycle_made_inside_a_function() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
    source = PACKAGE / "vacancy" / "parser.py"
    edges = _our_edges(source, "secondment_desk.vacancy.parser", {"secondment_desk.vacancy.cfc"})
    assert edges == {"secondment_desk.vacancy.cfc"}


def test_the_screens_parse_no_dates_themselves() -> None:
    """A screen shows dates the core read (``models.dates``): no screen parses ISO text or
    formats with ``strptime`` itself (the Vacancy screen's own ``_as_date`` was one)."""
    parsers = {"fromisoformat", "strptime"}
    bad = {}
    for path in sorted((PACKAGE / "gui" / "screens").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found = sorted(
            {
                f"line {node.lineno}: {node.func.attr}"
                for node in ast.walk(tree)
                if isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in parsers
            }
        )
        if found:
            bad[path.name] = found
    assert bad == {}, f"screens parsing dates themselves: {bad}"
