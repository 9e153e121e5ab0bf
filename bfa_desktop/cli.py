"""Command line: the window by default, and headless verbs for demo, summary and exchange."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence
from enum import IntEnum
from pathlib import Path

from bfa_desktop import __version__
from bfa_desktop.activity_log import install_log
from bfa_desktop.fileio import WriteError
from bfa_desktop.garbage import collect_at_safe_points_only
from bfa_desktop.machine_settings import load_machine_settings
from bfa_desktop.settings import UserSettings
from bfa_desktop.storage.errors import DatabaseInUseError, StorageError
from bfa_desktop.storage.location import DATABASE_ENV, resolve_database_path

READ_ONLY_FLAG = "--read-only"  # of the verbs that only read


class ExitCode(IntEnum):
    OK = 0
    BUG = 1  # an unexpected error: a bug, reported with --debug details
    USAGE = 2  # wrong arguments (argparse's own code)
    DATABASE = 3  # the database cannot be opened or used
    REFUSED_INPUT = 4  # an input file was refused; nothing was changed
    NOT_FOUND = 5  # the municipality or period asked for does not exist
    WRITE_FAILED = 6  # an output file could not be written, or would replace one (export)
    ALREADY_OPEN = 7  # a window (or a command changing it) has the database open
    NO_SCREEN = 8  # no display to show the window on
    CHANGED_MEANWHILE = 10  # what the command would replace was changed since it began


def _expected(error: Exception) -> ExitCode | None:
    """The exit code of an error that is the environment's or the input's fault (a message,
    no traceback); None for a bug."""
    # Imported here: these modules load the data layer, and most runs raise nothing.
    from bfa_desktop.documents.template import TemplateError  # noqa: PLC0415
    from bfa_desktop.services.exchange import ExchangeError  # noqa: PLC0415
    from bfa_desktop.services.exchange.reader import ChangedMeanwhileError  # noqa: PLC0415
    from bfa_desktop.services.export import MissingDocumentError  # noqa: PLC0415
    from bfa_desktop.services.lookup import NotFoundError  # noqa: PLC0415

    expected: tuple[tuple[type[Exception], ExitCode], ...] = (  # the first that fits
        (DatabaseInUseError, ExitCode.ALREADY_OPEN),
        (StorageError, ExitCode.DATABASE),
        (ExchangeError, ExitCode.REFUSED_INPUT),
        (ChangedMeanwhileError, ExitCode.CHANGED_MEANWHILE),
        (NotFoundError, ExitCode.NOT_FOUND),
        (MissingDocumentError, ExitCode.NOT_FOUND),
        (TemplateError, ExitCode.REFUSED_INPUT),
        (WriteError, ExitCode.WRITE_FAILED),
    )
    return next((code for kind, code in expected if isinstance(error, kind)), None)


def main(argv: Sequence[str] | None = None) -> int:
    collect_at_safe_points_only()
    args = build_parser().parse_args(argv)
    install_log()
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        print("bfa-desktop: avbrutet.", file=sys.stderr)
        return int(ExitCode.BUG)
    except Exception as error:
        code = _expected(error)
        if code is None:
            print(
                "bfa-desktop: ett oväntat fel inträffade. Kör igen med --debug för detaljer.",
                file=sys.stderr,
            )
            code = ExitCode.BUG
        else:
            print(f"bfa-desktop: {error}", file=sys.stderr)
        if args.debug:
            traceback.print_exc()
        return int(code)


class _DocumentChoicesHelp(argparse.HelpFormatter):
    """Names the documents (model.documents) in the help of `export`, which is the only time
    the model is loaded for them: loading it costs every other run its start-up time."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help
        if text is None or "%(documents)s" not in text:
            return text
        from bfa_desktop.model.documents import DOCUMENT_TYPES  # noqa: PLC0415 - see above

        return text.replace("%(documents)s", ", ".join(d.kind.value for d in DOCUMENT_TYPES))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bfa-desktop",
        description="BFA Desktop – dokumenten för kommunens och polisens brottsförebyggande "
        "samverkan. Utan kommando öppnas programfönstret.",
    )
    parser.add_argument("--version", action="version", version=f"BFA Desktop {__version__}")
    parser.add_argument(
        "--database",
        metavar="SÖKVÄG",
        help=f"databasfil att använda (annars ${DATABASE_ENV}, annars användarens datamapp)",
    )
    parser.add_argument("--debug", action="store_true", help="visa tekniska detaljer vid fel")
    parser.add_argument(
        "--demo", action="store_true", help="lägg in exempelkommunen först (om den saknas)"
    )
    parser.set_defaults(handler=_run_window, read_only=False)
    verbs = parser.add_subparsers(title="kommandon", metavar="KOMMANDO")

    demo = verbs.add_parser(
        "demo",
        help="lägg in exempelkommunen och visa en sammanfattning",
        description="Lägger in exempelarbetsytan (Danderyds kommun 2021–2022, påhittade "
        "personer och siffror) om den inte redan finns, och visar en sammanfattning.",
    )
    demo.set_defaults(handler=_verb("demo"))

    summary = verbs.add_parser(
        "summary",
        help="visa vad databasen innehåller",
        description="Visar kommunerna i databasen med perioder och dokument.",
    )
    summary.add_argument("--municipality", metavar="KOMMUN", help="bara denna kommun")
    summary.set_defaults(handler=_verb("summary"))

    export_json = verbs.add_parser(
        "export-json",
        help="spara en kommuns samverkan som JSON-fil",
        description="Sparar en kommuns samverkan (alla perioder) i utbytesformatet.",
    )
    export_json.add_argument(
        "--municipality", metavar="KOMMUN", help="namn eller uuid (behövs om det finns flera)"
    )
    export_json.add_argument(
        "--output", "-o", metavar="FIL", type=Path, required=True, help="filen att skriva"
    )
    export_json.set_defaults(handler=_verb("export_json"))

    import_json = verbs.add_parser(
        "import-json",
        help="läs in en kommuns samverkan från en JSON-fil",
        description="Läser in en fil i utbytesformatet. Hela filen kontrolleras först; "
        "är något fel ändras ingenting.",
    )
    import_json.add_argument("file", metavar="FIL", type=Path, help="filen att läsa")
    import_json.add_argument(
        "--replace",
        action="store_true",
        help="ersätt kommunen om den redan finns i databasen",
    )
    import_json.set_defaults(handler=_verb("import_json"))

    export = verbs.add_parser(
        "export",
        formatter_class=_DocumentChoicesHelp,
        help="skapa Word- och PDF-filer av en periods dokument",
        description="Skapar dokumenten för en samverkansperiod som Word (.docx) och PDF, "
        "formaterade efter kommunens Word-mall. Interna avsnitt och uppgifter utelämnas "
        "om inte --internal anges. Filer som redan finns ersätts bara med --overwrite.",
    )
    export.add_argument("--municipality", metavar="KOMMUN", help="namn eller uuid")
    export.add_argument("--period", metavar="PERIOD", help="t.ex. 2021-2022 (annars den senaste)")
    export.add_argument(
        "--document",
        "-d",
        action="append",
        metavar="DOKUMENT",
        help="dokument att skapa, kan anges flera gånger: %(documents)s "
        "eller all (standard: alla som finns)",
    )
    export.add_argument(
        "--format",
        "-f",
        action="append",
        choices=["docx", "pdf"],
        help="docx och/eller pdf (standard: båda)",
    )
    export.add_argument(
        "--output", "-o", metavar="MAPP", type=Path, required=True, help="mappen att spara i"
    )
    export.add_argument("--template", metavar="MALL", type=Path, help="Word-mall (.docx/.dotx)")
    export.add_argument(
        "--internal",
        action="store_true",
        help="ta med interna avsnitt och uppgifter (filnamnen slutar med ”(INTERN)”)",
    )
    export.add_argument(
        "--overwrite", action="store_true", help="ersätt filer som redan finns i mappen"
    )
    export.set_defaults(handler=_verb("export"))

    backup = verbs.add_parser(
        "backup",
        help="säkerhetskopiera databasen nu",
        description="Sparar en säkerhetskopia av databasen i mappen backups bredvid den.",
    )
    backup.set_defaults(handler=_verb("backup"))

    restore = verbs.add_parser(
        "restore",
        help="visa säkerhetskopiorna eller återställ en av dem",
        description="Utan SÄKERHETSKOPIA visas databasens säkerhetskopior, numrerade med den "
        "nyaste först. Med ett nummer ur listan eller en sökväg återställs databasen till den; "
        "det nuvarande läget sparas först som en säkerhetskopia, så att återställningen kan "
        "ångras. Programfönstret måste vara stängt.",
    )
    restore.add_argument(
        "backup", nargs="?", metavar="SÄKERHETSKOPIA", help="nummer ur listan eller sökväg"
    )
    restore.set_defaults(handler=_verb("restore"))

    check = verbs.add_parser(
        "check",
        help="kontrollera att installationen är hel",
        description="Kontrollerar att mallen, typsnitten, översättningarna, Qt:s tillägg, "
        "databasens migreringar och exempelkommunen finns och går att använda. Slutar med 0 om "
        "allt är i ordning.",
    )
    check.set_defaults(handler=_verb("check"))
    for reading in (summary, export_json, export):
        reading.add_argument(
            READ_ONLY_FLAG,
            action="store_true",
            help="öppna databasen skrivskyddad: ingenting i den ändras och ingen "
            "säkerhetskopia tas, så den kan läsas också där den inte går att skriva till",
        )
    return parser


def _run_window(args: argparse.Namespace) -> int:
    from bfa_desktop.ui.application import run_window  # noqa: PLC0415 - Qt only for the window

    demo = ""
    if args.demo:
        from bfa_desktop.verbs import load_demo_quietly  # noqa: PLC0415

        demo = load_demo_quietly(args)  # the window opens on it, not on the one last used
    machine = load_machine_settings()  # read once: for the database's place and the settings
    return run_window(
        resolve_database_path(args.database, machine), UserSettings(machine=machine), demo
    )


def _verb(name: str) -> Callable[[argparse.Namespace], int]:
    """A verb of verbs.py, imported when it runs."""

    def run(args: argparse.Namespace) -> int:
        from bfa_desktop import verbs  # noqa: PLC0415 - the data layer only when needed

        return int(getattr(verbs, name)(args))

    return run
