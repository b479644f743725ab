"""The package's shape: the stages import one way, serving never loads the build, formats and
languages are listed in one module each, and the public surface is what `publisher.__all__` says."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import publisher

PACKAGE = Path(publisher.__file__).parent
#: Sub-package (or top module) -> what it may import of the package. The command line joins
#: the stages, and imports them only inside its commands.
MAY_IMPORT = {
    "errors": set(),
    "settings": set(),
    "core": {"errors"},
    "build": {"core", "errors"},
    "validation": {"core", "errors"},
    "engine": {"core", "errors", "settings"},
    "catalogue": {"core", "engine", "errors", "settings"},
    "web": {"core", "engine", "catalogue", "errors", "settings"},
    "synth": {"core", "build", "errors"},
}
#: Third-party packages only one stage may import.
OWNED_BY = {
    "pyoxigraph": "engine",
    "pyshacl": "validation",
    "fastapi": "web",
    "starlette": "web",
    "uvicorn": "web",
    "jinja2": "web",
}
LANGUAGE_CODES = {"nl", "fr", "en", "de"}
PUBLIC = {
    "__version__",
    "Settings",
    "Limits",
    "PublisherError",
    "BuildError",
    "build_dataset",
    "Built",
    "write_dumps",
    "validate",
    "ValidationReport",
    "OxigraphStore",
    "RemoteStore",
    "WorkerPool",
    "Publication",
    "create_app",
    "serve",
}


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def stage_of(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def imports(path: Path, top_level_only: bool = False) -> set[str]:
    """Absolute names of the modules `path` imports (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ["publisher", *path.relative_to(PACKAGE).parent.parts]
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found |= {module} if node.module else {f"{module}.{a.name}" for a in node.names}
    return found


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_stage_imports_only_the_stages_before_it(path: Path) -> None:
    stage = stage_of(path)
    if stage in ("cli", "__init__", "__main__"):
        allowed = {"core", "errors", "settings", "cli"}
        used = imports(path, top_level_only=True)
    else:
        allowed = MAY_IMPORT[stage] | {stage}
        used = imports(path)
    ours = {name.split(".")[1] for name in used if name.startswith("publisher.")}
    assert ours <= allowed, f"{stage} imports {sorted(ours - allowed)}"
    for package, owner in OWNED_BY.items():
        if any(name == package or name.startswith(f"{package}.") for name in used):
            assert stage == owner, f"only {owner}/ imports {package}"


def _loaded_after(statement: str) -> set[str]:
    """The modules a fresh interpreter has loaded after `statement`."""
    code = f"{statement}; import sys; print(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_serving_never_loads_the_build_or_the_shacl_engine() -> None:
    loaded = _loaded_after("import publisher.web.server, publisher.cli")
    assert not {m for m in loaded if m.split(".")[0] in ("pyshacl", "owlrl")}
    assert not {m for m in loaded if m.startswith(("publisher.build", "publisher.validation"))}


def test_the_build_never_loads_the_web_stack_or_the_engine() -> None:
    loaded = _loaded_after("import publisher.build.assemble, publisher.build.dumps")
    heavy = {"fastapi", "starlette", "uvicorn", "jinja2", "pyoxigraph", "pyshacl"}
    assert not {m for m in loaded if m.split(".")[0] in heavy}
    assert not {m for m in loaded if m.startswith(("publisher.web", "publisher.engine"))}


def test_importing_the_package_loads_nothing_else() -> None:
    loaded = _loaded_after("import publisher")
    assert {m for m in loaded if m.startswith("publisher")} == {"publisher"}


def test_the_public_surface_is_pinned() -> None:
    assert set(publisher.__all__) == PUBLIC
    for name in PUBLIC - {"__version__"}:
        value = getattr(publisher, name)
        assert value.__module__.startswith("publisher."), name
    with pytest.raises(AttributeError, match="Project"):
        publisher.Project  # noqa: B018  (public in its own module, not at the top)


def _literals(path: Path) -> list[ast.AST]:
    return list(ast.walk(ast.parse(path.read_text(encoding="utf-8"))))


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_one_table_lists_the_formats_and_one_module_the_languages(path: Path) -> None:
    relative = path.relative_to(PACKAGE).as_posix()
    for node in _literals(path):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Format":
            assert relative == "core/formats.py", "a Format is made outside the formats table"
        if isinstance(node, ast.Tuple | ast.List | ast.Set) and relative != "core/languages.py":
            codes = [e.value for e in node.elts if isinstance(e, ast.Constant)]
            if len(codes) >= 2 and len(codes) == len(node.elts) and set(codes) <= LANGUAGE_CODES:
                assert stage_of(path) == "synth", f"{relative} lists the languages: {codes}"


def test_no_module_is_over_300_lines() -> None:
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in modules()
        if (n := len(p.read_text().splitlines())) > 300
    }
    assert long == {}
