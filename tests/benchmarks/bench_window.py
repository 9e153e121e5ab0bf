"""Window benchmark: start-up to the window shown on the demo, the first showing of each tab,
the latency of an edit, and the action plan's tab and search on a plan of 1,000 measures.

    python tests/benchmarks/bench_window.py [--starts 7] [--edits 1000]

Start-up is timed from process start to the first paint of the main window ("shown": the
window's frame, tabs and menus, painted before the data layer loads), to the first paint with
the window showing the demo ("ready": the choosers filled, every tab in place, the current one
showing the period – a tab's page is built when it is first shown), and to the first paint
with the overview's list of what is missing filled ("checked"), against a floor measured in the
same run: a bare PySide6 window with the same number of tabs, started the same way. Runs
alternate; medians are reported. The targets are the issues': "shown" ≤ 1.5×, "ready" ≤ 2×.
Each tab's first showing (built and painted) is timed in one process, after start-up.
An edit is timed from the moment a field commits to the moment every view has refreshed;
median and 99th percentile.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

TARGETS = {"shown": 1.5, "ready": 2.0}
LARGE_PLAN = 1000  # measures
CHILD_ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BFA_DESKTOP_NO_DIALOGS": "1"}

# Both programs report the first paint of their main window the same way: an application-wide
# event filter, installed before anything else is imported, prints a word when a QMainWindow
# receives its first paint event.
WATCH = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])

class FirstPaint(QObject):
    def __init__(self, word, then):
        super().__init__()
        self.word, self.then = word, then

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            app.removeEventFilter(self)
            print(self.word, flush=True)
            self.then(watched)
        return False

watching = []  # a filter without a reference would be collected at once

def watch(word, then):
    watching.append(FirstPaint(word, then))
    app.installEventFilter(watching[-1])
"""

FLOOR = (
    WATCH
    + """
from PySide6.QtWidgets import QTabWidget, QWidget
def done(window):
    print("ready", flush=True)
    print("checked", flush=True)
    app.quit()

watch("shown", done)
window = QMainWindow()
tabs = QTabWidget(window)
for index in range(7):
    tabs.addTab(QWidget(), f"Flik {index}")
window.setCentralWidget(tabs)
window.resize(1280, 820)
window.show()
app.exec()
"""
)

# The application as `bfa-desktop` starts it; "ready" is the first paint after the workspace
# is attached (the choosers filled, every tab in place), "checked" the first paint after the
# overview's readiness list is filled.
OURS = (
    WATCH
    + """
from bfa_desktop.settings import UserSettings
from bfa_desktop.ui.application import run_window

def ready(window):
    readiness = window.content.readiness
    readiness.checked.connect(lambda: watch("checked", lambda _window: app.quit()))

def shown(window):
    window.ready.connect(lambda: watch("ready", ready))

watch("shown", shown)
sys.exit(run_window(Path(sys.argv[1]), UserSettings(Path(sys.argv[2]))))
"""
)
WORDS = ("shown", "ready", "checked")


def start_seconds(program: str, *arguments: str) -> dict[str, float]:
    """Seconds from process start to each word the program prints (WORDS)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", program, *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=CHILD_ENV,
    )
    assert process.stdout is not None
    seen = {line.strip(): time.perf_counter() - started for line in process.stdout}
    if process.wait() != 0 or set(seen) != set(WORDS):
        raise RuntimeError(f"the window did not start as it should: {sorted(seen)}")
    return seen


def demo_database(folder: Path) -> Path:
    from bfa_desktop.services.demo import load_demo
    from bfa_desktop.storage.database import open_database

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "demo.sqlite3"
    database = open_database(path)
    with database.session() as session:
        load_demo(session)
    database.close()
    return path


def startup(runs: int, folder: Path) -> dict[str, tuple[float, float]]:
    """Median seconds to each word: (ours, floor)."""
    database = demo_database(folder)
    settings = folder / "settings.json"
    start_seconds(FLOOR)  # warm the file cache
    start_seconds(OURS, str(database), str(settings))
    floor, ours = [], []
    for _ in range(runs):
        floor.append(start_seconds(FLOOR))
        ours.append(start_seconds(OURS, str(database), str(settings)))
    return {
        word: (statistics.median(o[word] for o in ours), statistics.median(f[word] for f in floor))
        for word in WORDS
    }


def window_on(path: Path, folder: Path) -> tuple[Any, Any]:
    """The main window on the database at `path`, 1366×768, shown: (application, window)."""
    os.environ.update(QT_QPA_PLATFORM="offscreen", BFA_DESKTOP_NO_DIALOGS="1")
    from PySide6.QtWidgets import QApplication

    from bfa_desktop.settings import UserSettings
    from bfa_desktop.storage.database import open_database
    from bfa_desktop.ui.main_window import MainWindow
    from bfa_desktop.ui.workspace import Workspace

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(Workspace(open_database(path)), UserSettings(folder / f"{path.stem}.json"))
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    return app, window


def shown_in(app: Any, show: Callable[[], None]) -> float:
    """Seconds to do `show` and paint what it shows."""
    started = time.perf_counter()
    show()
    app.processEvents()
    return time.perf_counter() - started


def first_showings(folder: Path) -> dict[str, float]:
    """Seconds from a click on each tab to its page built and painted, the first time."""
    app, window = window_on(demo_database(folder / "tabs"), folder)
    wait_until(app, lambda: window.content.readiness.list.count() > 0)
    times = {}
    for index in range(1, window.tabs.count()):
        name = window.tabs.tabText(index)
        times[name] = shown_in(app, lambda i=index: window.tabs.setCurrentIndex(i))
    window.close()
    window.workspace.database.close()
    return times


def wait_until(app: Any, done: Callable[[], bool]) -> None:
    deadline = time.perf_counter() + 30
    while not done():
        if time.perf_counter() > deadline:
            raise RuntimeError("the window did not get there")
        app.processEvents()
        time.sleep(0.005)


def plan_panel(app: Any, window: Any) -> Any:
    """The action plan's tab shown, its first measure selected: the plan's panel."""
    from bfa_desktop import model
    from bfa_desktop.ui.edits import RecordRef

    window.tabs.setCurrentWidget(window.pages["plan"])
    app.processEvents()
    panel = window.pages["plan"].panel
    first = next(row for row in panel.editor.model.rows if not row.is_area)
    panel.editor.select(RecordRef(model.Measure, first.key))
    app.processEvents()
    return panel


def edits(count: int, folder: Path, path: Path | None = None) -> list[float]:
    """Change a measure's title `count` times through its editor, as typing does, with the
    plan's table and the measure's fields shown."""
    app, window = window_on(path or demo_database(folder / "edits"), folder)
    title = plan_panel(app, window).measure.form.editors["title"]
    times = []
    for number in range(count):
        text = f"Åtgärd nummer {number}"
        title.line.setText(text)
        title.line.textEdited.emit(text)  # as a keystroke does
        started = time.perf_counter()
        title.flush()
        times.append(time.perf_counter() - started)
        app.processEvents()
        if window.workspace.undo_stack.count() != number + 1:  # each edit must have landed
            raise RuntimeError(f"edit {number} was not committed")
    window.close()
    window.workspace.database.close()
    return times


def thousand_measures(folder: Path) -> Path:
    """The demo with its plan grown to 1,000 measures (copies of its own, with their
    follow-ups) in 16 focus areas."""
    from bfa_desktop import model

    path = demo_database(folder / "large")
    with sqlite_session(path) as session:
        plan = session.query(model.Municipality).one().periods[-1].action_plan
        originals = list(plan.measures)
        count = len(originals)
        while count < LARGE_PLAN:
            area = model.FocusArea(title=f"Fokusområde {len(plan.focus_areas) + 1}")
            plan.focus_areas.append(area)
            for _ in range(min(100, LARGE_PLAN - count)):
                area.measures.append(copy_of(originals[count % len(originals)], count))
                count += 1
    return path


@contextmanager
def sqlite_session(path: Path) -> Iterator[Any]:
    from bfa_desktop.storage.database import open_database

    database = open_database(path)
    try:
        with database.session() as session:
            yield session
    finally:
        database.close()


def copy_of(measure: Any, number: int) -> Any:
    from bfa_desktop import model

    names = ("kind", "owner_party", "description", "operational_goal", "indicator")
    copy = model.Measure(
        title=f"{measure.title} ({number})",
        responsible_unit=measure.responsible_unit,
        start_date=measure.start_date,
        deadline=measure.deadline,
        ongoing=measure.ongoing,
        data_source=measure.data_source,
        resources_note=measure.resources_note,
        **{name: getattr(measure, name) for name in names},
    )
    for follow_up in measure.follow_ups:
        copy.follow_ups.append(
            model.MeasureFollowUp(
                period_label=follow_up.period_label,
                follow_up_date=follow_up.follow_up_date,
                status=follow_up.status,
                traffic_light=follow_up.traffic_light,
                traffic_light_text=follow_up.traffic_light_text,
                outcome=follow_up.outcome,
                comment=follow_up.comment,
            )
        )
    return copy


def large_plan(folder: Path) -> dict[str, float]:
    """On a plan of 1,000 measures: the plan's tab first shown, an edit of a measure's title
    (median of 50), and search – reading the period's texts, and finding words in them."""
    from bfa_desktop import model
    from bfa_desktop.services.search import collect, find
    from bfa_desktop.ui.search_view import searched_fields

    path = thousand_measures(folder)
    app, window = window_on(path, folder)
    wait_until(app, lambda: window.content.readiness.list.count() > 0)
    figures = {"plan tab shown": shown_in(app, lambda: plan_panel(app, window))}
    times = sorted(edits(50, folder, path))
    figures["title edited (median of 50)"] = statistics.median(times)
    window.close()
    window.workspace.database.close()
    with sqlite_session(path) as session:
        municipality = session.query(model.Municipality).one()
        keys = municipality.uuid, municipality.periods[-1].uuid
        fields = searched_fields()
        started = time.perf_counter()
        texts = collect(session, *keys, fields)
        figures[f"search: the period's {len(texts)} texts read"] = time.perf_counter() - started
    for words in ("grannsamverkan", "polisen mörby", "ordsomintefinns"):
        started = time.perf_counter()
        _hits, total = find(texts, words, 200)
        figures[f"search: “{words}” found ({total} hits)"] = time.perf_counter() - started
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=7)
    parser.add_argument("--edits", type=int, default=1000)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        figures = startup(arguments.starts, folder)
        print(f"start-up on the demo (median of {arguments.starts}), floor: a bare window, 7 tabs")
        for word, meaning in (
            ("shown", "main window painted"),
            ("ready", "the window shows the demo"),
            ("checked", "the overview's list of what is missing filled"),
        ):
            ours, floor = figures[word]
            ratio = ours / floor
            target = TARGETS.get(word)
            verdict = ""
            if target is not None:
                verdict = f" (target ≤ {target}×: {'OK' if ratio <= target else 'NOT OK'})"
            figure = f"ours {ours:.3f} s, floor {floor:.3f} s, ratio {ratio:.2f}×"
            print(f"  {meaning}: {figure}{verdict}")
        print("each tab shown the first time (built and painted), at 1366×768")
        for name, seconds in first_showings(folder).items():
            print(f"  {name}: {seconds * 1000:.0f} ms")
        times = sorted(edits(arguments.edits, folder))
        median = statistics.median(times) * 1000
        p99 = times[int(len(times) * 0.99) - 1] * 1000
        print(f"editing a field and committing it ({len(times)} edits)")
        print(f"  median {median:.1f} ms, 99th percentile {p99:.1f} ms")
        print(f"a plan of {LARGE_PLAN} measures")
        for what, seconds in large_plan(folder).items():
            print(f"  {what}: {seconds * 1000:.1f} ms")


if __name__ == "__main__":
    main()
