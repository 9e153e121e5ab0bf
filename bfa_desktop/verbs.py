"""The command line's verbs. Imported only when one runs, so opening the window does not pay
for the data layer and the renderers before the window is on screen."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bfa_desktop.cli import READ_ONLY_FLAG, ExitCode
from bfa_desktop.fileio import atomic_write
from bfa_desktop.model.documents import DOCUMENT_TYPES
from bfa_desktop.model.enums import DocumentKind
from bfa_desktop.services import exchange
from bfa_desktop.services.demo import DEMO_MUNICIPALITY_UUID, load_demo
from bfa_desktop.services.exchange.reader import ChangedMeanwhileError, stored_state
from bfa_desktop.services.export import ExistingFilesError, ExportFormat, export_period
from bfa_desktop.services.lookup import (
    NotFoundError,
    all_municipalities,
    find_municipality,
    find_period,
)
from bfa_desktop.services.summary import summarise
from bfa_desktop.storage.backup import (
    BEFORE_IMPORT,
    BEFORE_RESTORE,
    BEFORE_UPGRADE,
    DAILY,
    MANUAL,
    Backup,
    backup_database,
    backup_if_due,
    list_backups,
)
from bfa_desktop.storage.database import Database, open_database
from bfa_desktop.storage.errors import DatabaseInUseError, UnwritableDatabaseError, unwritable
from bfa_desktop.storage.location import instance_lock_path, resolve_database_path
from bfa_desktop.storage.restore import restore_backup


def demo(args: argparse.Namespace) -> ExitCode:
    with _window_closed(args), _database(args) as database:
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


def load_demo_quietly(args: argparse.Namespace) -> str:
    """Adds the demo workspace before the window opens (if it is missing); its UUID."""
    with _window_closed(args), _database(args) as database, database.session() as session:
        municipality, _created = load_demo(session)
        return municipality.uuid


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
    key, name = document["municipality"]["uuid"], document["municipality"]["name"]
    with _database(args) as database:
        with database.session() as session:
            start = stored_state(session, key)  # what the file is to replace
        with _window_closed(args):
            backup_database(database.path, BEFORE_IMPORT)
            # Another import, or a window, may have changed the municipality meanwhile: it is
            # compared where nothing else can write until the file is in.
            with database.session(immediate=True) as session:
                if stored_state(session, key) != start:
                    raise ChangedMeanwhileError(name)
                exchange.import_document(session, document, replace=args.replace)
    print(f"Läste in {name} från {args.file}")
    return ExitCode.OK


def export(args: argparse.Namespace) -> ExitCode:
    documents = None
    if args.document and "all" not in args.document:
        known = {declared.kind.value for declared in DOCUMENT_TYPES}
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
        try:
            result = export_period(
                period,
                folder,
                documents=documents,
                formats=formats,
                template=args.template,
                public=not args.internal,
                overwrite=args.overwrite,
            )
        except ExistingFilesError as error:
            print(
                f"bfa-desktop: {error}\nAnge --overwrite för att ersätta dem. Ingen fil skrevs.",
                file=sys.stderr,
            )
            return ExitCode.WRITE_FAILED
    for warning in result.template_report.warnings:
        print(f"bfa-desktop: varning: {warning}", file=sys.stderr)
    print(f"Skapade {len(result.files)} filer i {folder}:")
    for path in result.files:
        print(f"  {path.name}")
    return ExitCode.OK


def backup(args: argparse.Namespace) -> ExitCode:
    with _database(args, daily_backup=False) as database:  # the one asked for is enough
        taken = backup_database(database.path, MANUAL)
    print(f"Sparade säkerhetskopian {taken.path}")
    return ExitCode.OK


def restore(args: argparse.Namespace) -> ExitCode:
    path = resolve_database_path(args.database)
    backups = list_backups(path)
    if not args.backup:
        _print_backups(path, backups)
        return ExitCode.OK
    chosen, name = _chosen_backup(args.backup, backups)
    with _window_closed(args, "eller återställ i fönstret (Arkiv → Säkerhetskopior…)"):
        replaced = restore_backup(path, chosen)
    print(f"Databasen {path} är återställd till {name}.")
    if replaced is not None:
        print(
            f"Läget före återställningen sparades som {replaced.path.name}: återställ den för "
            "att ångra."
        )
    return ExitCode.OK


REASONS = {
    DAILY: "dagens första användning",
    MANUAL: "sparad på begäran",
    BEFORE_IMPORT: "före import",
    BEFORE_RESTORE: "före återställning",
    BEFORE_UPGRADE: "före uppgradering av databasen",
}


def _print_backups(path: Path, backups: list[Backup]) -> None:
    if not backups:
        print(f"Det finns inga säkerhetskopior av {path} ännu.")
        return
    print(f"Säkerhetskopior av {path}, den nyaste först:")
    for number, backup in enumerate(backups, start=1):
        reason = REASONS.get(backup.kind, backup.reason)
        print(f"{number:>4}  {_when(backup)}  {reason:<32} {backup.size / 1024:>9,.0f} kB")
    print("\nÅterställ en med: bfa-desktop restore NUMMER")


def _when(backup: Backup) -> str:
    return backup.taken.strftime("%Y-%m-%d %H:%M:%S")


def _chosen_backup(choice: str, backups: list[Backup]) -> tuple[Path, str]:
    """The backup's file and how to name it to the user."""
    if not choice.isdigit():
        path = Path(choice).expanduser().absolute()
        return path, str(path)
    number = int(choice)
    if not 1 <= number <= len(backups):
        raise NotFoundError(
            f"Det finns ingen säkerhetskopia nummer {number}. Visa dem med: bfa-desktop restore"
        )
    chosen = backups[number - 1]
    return chosen.path, f"läget {_when(chosen)}"


@contextmanager
def _window_closed(args: argparse.Namespace, instead: str = "") -> Iterator[None]:
    """Holds the window's lock while a verb changes the database: a window open on it would go
    on showing, and saving over, what the verb changes, and its undo history would no longer
    fit. A window started meanwhile is told that the database is in use. `instead`: what the
    user can do in the window."""
    from PySide6.QtCore import QLockFile  # noqa: PLC0415 - Qt's core only here

    path = resolve_database_path(args.database)
    lock = QLockFile(str(instance_lock_path(path)))
    lock.setStaleLockTime(0)  # a crashed window's lock is recognised by its dead process
    if lock.tryLock(0):
        try:
            yield
        finally:
            lock.unlock()
    elif lock.error() == QLockFile.LockError.LockFailedError:
        raise DatabaseInUseError(
            path,
            f"BFA Desktop har databasen {path} öppen: ett programfönster, eller ett annat "
            "kommando som ändrar den. Stäng fönstret, eller vänta tills kommandot är klart, och "
            f"försök igen{' – ' + instead if instead else ''}. Ingenting har ändrats.",
        )
    else:  # no lock file can be made there: so no window holds one, and opening says why
        yield


@contextmanager
def _database(args: argparse.Namespace, *, daily_backup: bool = True) -> Iterator[Database]:
    """The database, opened read-only if the verb was given --read-only (then nothing is
    written, not even the day's backup)."""
    path = resolve_database_path(args.database)
    read_only: bool = args.read_only
    existed = path.is_file() and path.stat().st_size > 0  # a new, empty one needs no backup
    try:
        database = open_database(path, read_only=read_only)
    except UnwritableDatabaseError as error:
        raise unwritable(
            path,
            opening=True,
            read_only_advice=f"läs och exportera den med {READ_ONLY_FLAG} efter kommandot "
            f"(till exempel bfa-desktop summary {READ_ONLY_FLAG})",
        ) from error
    try:
        if existed and daily_backup and not read_only:
            _daily_backup(database)
        yield database
    finally:
        database.close()


def _daily_backup(database: Database) -> None:
    """The day's backup; one that cannot be written is reported and the work goes on."""
    try:
        backup_if_due(database.path)
    except (OSError, sqlite3.Error) as error:
        print(
            f"bfa-desktop: varning: dagens säkerhetskopia kunde inte sparas: {error}",
            file=sys.stderr,
        )
