"""What is wrong with a file offered for import, each problem naming where it is."""

from __future__ import annotations

SHOWN_PROBLEMS = 20


class ExchangeError(Exception):
    """The file was refused; nothing was changed. `problems` are Swedish, one per finding."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = problems[:SHOWN_PROBLEMS]
        more = len(problems) - len(shown)
        text = "Filen kan inte importeras:\n" + "\n".join(f"- {p}" for p in shown)
        if more:
            text += f"\n- … och {more} problem till"
        super().__init__(text)
