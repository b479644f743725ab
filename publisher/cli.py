"""The `benelux-kg` command: parse arguments, run the pipeline, print, return an exit code.

Exit codes: 0 all good, 1 the data does not conform to the shapes, 2 unusable input or error.
The only module that joins the build (build/, validation/) and the serving (engine/, web/): each
command imports what it needs when it runs, so `serve` never loads the SHACL engine, whose
modules would cost every server process start-up time and memory.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .core.project import Project
from .core.release import SERVED_DUMP
from .errors import PublisherError
from .settings import Settings

if TYPE_CHECKING:
    from .build.assemble import Built
    from .validation.shacl import ValidationReport

OK, NOT_CONFORMANT, ERROR = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = Settings.from_env()
    if args.root:
        settings = replace(settings, root=Path(args.root))
    if getattr(args, "output", None):
        settings = replace(settings, output=Path(args.output))
    try:
        code: int = args.run(settings, args)
        return code
    except PublisherError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return ERROR


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="benelux-kg", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--root", help="project folder with ontology/, shapes/ and data/ (default: .)"
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    build_cmd = commands.add_parser("build", help="build, validate and write the dumps")
    build_cmd.add_argument("--output", help="output folder (default: build)")
    build_cmd.set_defaults(run=_build)
    validate_cmd = commands.add_parser("validate", help="build in memory and run the SHACL shapes")
    validate_cmd.set_defaults(run=_validate)
    _add_serve(commands.add_parser("serve", help="serve the built dataset over HTTP"))
    _add_load(
        commands.add_parser("load", help="push the build into a triple store, graph by graph")
    )
    draft_cmd = commands.add_parser(
        "draft", help="draft a new data/reports/<id>/ folder from a report's plain text"
    )
    draft_cmd.add_argument("source", help="the report's text file (UTF-8)")
    draft_cmd.add_argument("--id", help="the report's folder name (default: <year>-<presidency>)")
    draft_cmd.set_defaults(run=_draft)
    passages_cmd = commands.add_parser(
        "passages", help="list a report's headings and bullets with offsets and line numbers"
    )
    passages_cmd.add_argument("source", help="the report's text file (UTF-8)")
    passages_cmd.set_defaults(run=_passages)
    mqa_cmd = commands.add_parser("mqa", help="score a running publisher's DCAT-AP catalogue")
    mqa_cmd.add_argument("url", nargs="?", default="http://127.0.0.1:8000/catalog")
    mqa_cmd.set_defaults(run=_mqa)
    synth_cmd = commands.add_parser("synth", help="write made-up benchmark data (N-Quads)")
    synth_cmd.add_argument("--scale", type=int, required=True, help="triples wanted (within 10%%)")
    synth_cmd.add_argument("--output", required=True, help="the N-Quads file to write")
    synth_cmd.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    synth_cmd.set_defaults(run=_synth)
    return parser


def _add_serve(serve_cmd: argparse.ArgumentParser) -> None:
    serve_cmd.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve_cmd.add_argument("--port", type=int, help="port to listen on (default 8000)")
    serve_cmd.add_argument(
        "--workers", type=int, help="query worker processes, sharing one store (default 4)"
    )
    serve_cmd.add_argument("--timeout", type=float, help="seconds a query may run (default 10)")
    serve_cmd.add_argument("--output", help="the build's output folder (default build)")
    serve_cmd.add_argument(
        "--public-url",
        help="the URL clients use, for the catalogue's links (default http://HOST:PORT)",
    )
    source = serve_cmd.add_mutually_exclusive_group()
    source.add_argument(
        "--data",
        nargs="+",
        metavar="FILE",
        help="serve these RDF files (N-Triples, N-Quads, Turtle, TriG, .gz too)"
        " instead of the build",
    )
    source.add_argument(
        "--on-disk",
        metavar="DIR",
        help="serve the on-disk store made by `load --into DIR`, read-only, without"
        " loading it into memory",
    )
    source.add_argument(
        "--store",
        metavar="URL",
        help="serve from this SPARQL endpoint (its default graph should be the"
        " union of its graphs) instead of an embedded store",
    )
    serve_cmd.set_defaults(run=_serve)


def _add_load(load_cmd: argparse.ArgumentParser) -> None:
    target = load_cmd.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--endpoint",
        help="the store's Graph Store Protocol URL (e.g. Oxigraph's /store), or its"
        " SPARQL Update URL with --protocol update",
    )
    target.add_argument(
        "--into", metavar="DIR", help="a new on-disk store, for `serve --on-disk DIR`"
    )
    load_cmd.add_argument("--protocol", choices=("gsp", "update"), default="gsp")
    load_cmd.add_argument(
        "--data", nargs="+", metavar="FILE", help="with --into: these RDF files, not the build"
    )
    load_cmd.add_argument("--output", help="the build's output folder (default build)")
    load_cmd.set_defaults(run=_load)


def _progress(message: str) -> None:
    print(f"benelux-kg: {message}", file=sys.stderr, flush=True)


def _built_and_checked(settings: Settings) -> tuple[Built, ValidationReport]:
    from .build.assemble import build_dataset
    from .build.curated import DRAFT_MARK, drafts, open_suggestions
    from .catalogue.dcat import read_static
    from .validation.shacl import data_graph, shapes_graph, validate

    _progress(f"building from {settings.root.resolve()}")
    built = build_dataset(settings.root)
    read_static(Project(settings.root).catalog)  # the catalogue's curated words parse, or say where
    triples = sum(len(g) for g in built.dataset.graphs())
    _progress(f"{len(built.files)} curated files, {triples} triples; validating")
    report = validate(data_graph(built.dataset), shapes_graph(built.dataset)).located(built.where)
    for result in report.results:
        print(result)
    _progress(f"SHACL: {len(report.errors)} violations, {len(report.warnings)} warnings")
    for draft in drafts(built.files):
        _progress(
            f"to review: {draft}: still a draft; remove its first line ({DRAFT_MARK}) once reviewed"
        )
    for open_ in open_suggestions(built.files):
        _progress(
            f"to review: {open_.path}:{open_.first_line}: {open_.count} suggested links (lines"
            " starting with #?): remove the #? to accept one, delete the line to reject it"
        )
    return built, report


def _validate(settings: Settings, args: argparse.Namespace) -> int:
    _, report = _built_and_checked(settings)
    return OK if report.conforms else NOT_CONFORMANT


def _build(settings: Settings, args: argparse.Namespace) -> int:
    built, report = _built_and_checked(settings)
    if not report.conforms:
        _progress("not written: the data does not conform to the shapes")
        return NOT_CONFORMANT
    from .build.curated import drafts

    if drafts(built.files):
        _progress("not written: drafted files are not reviewed yet (see above)")
        return NOT_CONFORMANT
    from .build.dumps import write_dumps

    dumps = write_dumps(built.dataset, settings.dumps)
    for dump in dumps:
        print(f"{dump.path}\t{dump.byte_size}\tsha256:{dump.sha256}")
    _progress(f"wrote {len(dumps)} files to {settings.dumps}")
    return OK


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    settings = replace(
        settings,
        host=args.host or settings.host,
        port=args.port or settings.port,
        public_url=args.public_url or settings.public_url,
        data_files=tuple(Path(f) for f in args.data or ()),
        store_url=args.store or settings.store_url,
        store_dir=Path(args.on_disk) if args.on_disk else settings.store_dir,
        limits=replace(
            settings.limits,
            query_workers=args.workers or settings.limits.query_workers,
            timeout=args.timeout or settings.limits.timeout,
        ),
    )
    from .web.server import serve

    return serve(settings)


def _draft(settings: Settings, args: argparse.Namespace) -> int:
    from .build.drafting import draft_report, write_draft

    project, source = Project(settings.root), _readable(Path(args.source))
    draft = draft_report(project, source, args.id)
    for path in write_draft(project, draft, source):
        _progress(f"wrote {path}")
    for note in draft.notes:
        print(f"to look at: {note}")
    _progress(
        f"drafted report {draft.report_id}: review {draft.folder}, then run `benelux-kg validate`"
        " for what is still to add"
    )
    return OK


def _passages(settings: Settings, args: argparse.Namespace) -> int:
    from .build.source import Span, read_source

    source = read_source(_readable(Path(args.source)))
    print("# kind\tlines\toa:start\toa:end\ttext (offsets count code points from 0, end excluded)")
    items: list[tuple[str, Span]] = [
        ("heading" if h.level == 1 else "sub-heading", h) for h in source.headings
    ]
    items += [("bullet", b) for b in source.bullets]
    for kind, span in sorted(items, key=lambda item: item[1].start):
        lines = f"{source.line_of(span.start)}-{source.line_of(max(span.start, span.end - 1))}"
        text = span.reading if len(span.reading) <= 72 else span.reading[:71] + "…"
        print(f"{kind}\t{lines}\t{span.start}\t{span.end}\t{text}")
    return OK


def _readable(path: Path) -> Path:
    if not path.is_file():
        raise PublisherError(f"{path}: no such file")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise PublisherError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    if text.startswith("\ufeff"):
        raise PublisherError(f"{path}: begins with a byte-order mark: save it as UTF-8 without BOM")
    return path


def _mqa(settings: Settings, args: argparse.Namespace) -> int:
    """Exit 0 when the catalogue rates Excellent, 1 otherwise."""
    from .core.turtle import read_turtle
    from .validation.mqa import assess_url

    shapes = read_turtle(Project(settings.root).catalog_shapes)
    assessment = assess_url(args.url, shapes)
    print(assessment.report())
    return OK if assessment.rating == "Excellent" else NOT_CONFORMANT


def _load(settings: Settings, args: argparse.Namespace) -> int:
    from .engine.loader import load
    from .engine.store import OxigraphStore

    dump = settings.dumps / SERVED_DUMP
    files = [Path(f) for f in args.data or ()]
    if args.data and not args.into:
        raise PublisherError("--data goes with --into; --endpoint takes the build")
    if not files and not dump.is_file():
        raise PublisherError(f"{dump} does not exist: run `benelux-kg build` first")
    if args.into:
        quads = OxigraphStore.write_on_disk(Path(args.into), files or [dump])
        _progress(f"wrote {quads} quads into the on-disk store {args.into}")
        return OK
    sent = load(
        OxigraphStore.from_nquads(dump.read_bytes()), args.endpoint, args.protocol, _progress
    )
    _progress(f"loaded {len(sent)} graphs ({sum(sent.values())} bytes) into {args.endpoint}")
    return OK


def _synth(settings: Settings, args: argparse.Namespace) -> int:
    """The curated dataset plus synthetic reports, for benchmarks: same seed, same bytes."""
    _progress(f"building from {settings.root.resolve()}")
    from .build.assemble import build_dataset
    from .synth import ProgressBar, write_synthetic

    made = write_synthetic(
        build_dataset(settings.root).dataset,
        Path(args.output),
        args.scale,
        args.seed,
        ProgressBar(),
    )
    _progress(f"wrote {made.triples} triples ({made.reports} synthetic reports) to {args.output}")
    return OK
