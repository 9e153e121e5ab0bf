"""The command line's verbs. Imported only when one runs, so opening the window does not pay
for the data layer and the renderers before the window is on screen."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bfa_desktop.cli import ExitCode
from bfa_desktop.fileio import atomic_write
from bfa_desktop.model.enums import DocumentKind
from bfa_desktop.services import exchange
from bfa_desktop.services.demo import DEMO_MUNICIPALITY_UUID, load_demo
from bfa_desktop.services.export import ExportFormat, export_period
from bfa_desktop.services.lookup import (
    NotFoundError,
    all_municipalities,
    find_municipality,
    find_period,
)
from bfa_desktop.services.summary import summarise
from bfa_desktop.storage.database import Database, open_database
from bfa_desktop.storage.location import resolve_database_path


def demo(args: argparse.Namespace) -> ExitCode:
    with _database(args) as database:
        with database.session() as session:
            _municipality, created = load_demo(session)
        state = "lades in" if created else "fanns redan"
        print(f"Exempelarbetsytan {state} i {database.path}\n")
        with database.session() as session:
            print(summarise(find_municipality(session, DEMO_MUNICIPALITY_UUID)))
    return ExitCode.OK


def check(_args: argparse.Namespace) -> ExitCode:
    from bfa_desktop.installation import run_checks  # noqa: PLC0415 - Qt's core only here

    findings = run_checks()
    for finding in findings:
        print(f"{'OK ' if finding.ok else 'FEL'}  {finding.what}: {finding.detail}")
    return ExitCode.OK if all(finding.ok for finding in findings) else ExitCode.BUG


def load_demo_quietly(args: argparse.Namespace) -> None:
    """Adds the demo workspace before the window opens (if it is missing)."""
    with _database(args) as database, database.session() as session:
        load_demo(session)


def summary(args: argparse.Namespace) -> ExitCode:
    with _database(args) as database, database.session() as session:
        if args.municipality:
            municipalities = [find_municipality(session, args.municipality)]
        else:
            municipalities = all_municipalities(session)
        if not municipalities:
            print("Databasen innehåller ingen kommun ännu. Prova 'bfa-desktop demo'.")
        print("\n\n".join(summarise(m) for m in municipalities))
    return ExitCode.OK


def export_json(args: argparse.Namespace) -> ExitCode:
    with _database(args) as database, database.session() as session:
        municipality = find_municipality(session, args.municipality)
        text = exchange.dumps(exchange.export_municipality(municipality))
    output: Path = args.output.expanduser().absolute()
    atomic_write(output, text.encode("utf-8"))
    print(f"Sparade {municipality.name} i {output}")
    return ExitCode.OK


def import_json(args: argparse.Namespace) -> ExitCode:
    document = exchange.read_file(args.file)
    exchange.validate(document)  # before opening (and perhaps creating) the database
    with _database(args) as database, database.session() as session:
        municipality = exchange.import_document(session, document, replace=args.replace)
        name = municipality.name
    print(f"Läste in {name} från {args.file}")
    return ExitCode.OK


def export(args: argparse.Namespace) -> ExitCode:
    documents = None
    if args.document and "all" not in args.document:
        known = {kind.value for kind in DocumentKind}
        unknown = [value for value in args.document if value not in known]
        if unknown:
            raise NotFoundError(
                f"Okänt dokument {', '.join(unknown)}. Välj bland: {', '.join(sorted(known))}, all."
            )
        documents = [DocumentKind(value) for value in args.document]
    formats = [ExportFormat(value) for value in args.format or ("docx", "pdf")]
    folder: Path = args.output.expanduser().absolute()
    with _database(args) as database, database.session() as session:
        municipality = find_municipality(session, args.municipality)
        period = find_period(municipality, args.period)
        result = export_period(
            period,
            folder,
            documents=documents,
            formats=formats,
            template=args.template,
            public=not args.internal,
        )
    for warning in result.template_report.warnings:
        print(f"bfa-desktop: varning: {warning}", file=sys.stderr)
    print(f"Skapade {len(result.files)} filer i {folder}:")
    for path in result.files:
        print(f"  {path.name}")
    return ExitCode.OK


@contextmanager
def _database(args: argparse.Namespace) -> Iterator[Database]:
    database = open_database(resolve_database_path(args.database))
    try:
        yield database
    finally:
        database.close()
