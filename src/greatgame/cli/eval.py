"""`greatgame eval plover|petrarch GOLD.jsonl`: score the event coder against a gold set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console
from rich.table import Table

from greatgame.cli.help import examples
from greatgame.cli.output import print_error
from greatgame.errors import GreatgameError

eval_app = typer.Typer(help="Score event coding against gold sets (PLOVER, PETRARCH-2).",
                       no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")


def _fail(exc: GreatgameError) -> NoReturn:
    print_error(exc)
    raise typer.Exit(1)


FIGURES = ("type_accuracy", "type_source", "type_source_target", "type_source_sector",
           "precision")


def _render(report: object, *, as_json: bool, category: str, details: bool = False) -> None:
    """The strict figures as the headline, the lenient reading's beside them under its
    own name, then the table by category and every record (both strict)."""
    data = report.to_dict()  # type: ignore[attr-defined]
    if as_json:
        typer.echo(json.dumps(data, indent=2))
        return
    out = Console()
    head = Table(title=f"{data['gold_set']} gold set" + (f" ({data['split']} split)"
                                                         if data.get("split") else ""),
                 caption="strict: the types greatgame extract writes (coded_type: PLOVER's "
                         "conventions), compared as is")
    head.add_column("figure")
    head.add_column("strict", justify="right")
    lenient = data.get("lenient")
    if lenient:
        head.add_column("lenient", justify="right")
    for key in ("records", "gold_events", "coded_events"):
        head.add_row(key.replace("_", " "), str(data[key]), *([""] if lenient else []))
    for key in FIGURES:
        label = key.replace("_", " ").replace("type", category, 1)
        extra = [f"{100 * lenient[key]:.1f} %"] if lenient else []
        head.add_row(label, f"{100 * data[key]:.1f} %", *extra)
    for key, value in data["counts"].items():
        extra = [str(lenient["counts"].get(key, ""))] if lenient else []
        head.add_row(key, str(value), *extra)
    out.print(head)
    if lenient:
        out.print(f"lenient: {lenient['means']}", highlight=False)
    if details:
        _render_tables(out, data, category)
    else:
        out.print(f"{len(data['details'])} records scored; --details lists them by {category} "
                  "and one by one, --json gives everything.", highlight=False)


def _render_tables(out: Console, data: dict, category: str) -> None:
    table = Table(title=f"by {category} (strict)")
    for col in (category, "n", category, f"{category}+source", f"{category}+source+target"):
        table.add_column(col, justify="right" if col != category else "left")
    for name, row in data["by_category"].items():
        table.add_row(name, str(row["n"]), f"{100 * row['type']:.0f} %",
                      f"{100 * row['type_source']:.0f} %",
                      f"{100 * row['type_source_target']:.0f} %")
    out.print(table)
    records = Table(title="records (strict)")
    for col in ("id", "gold", "coded", "status", "extra"):
        records.add_column(col)
    for row in data["details"]:
        records.add_row(row["id"], row["gold"], ",".join(row["coded"]), row["status"],
                        str(row["extra"]))
    out.print(records)


DETAILS = typer.Option(False, "--details", help="Also list the scores by category and every "
                       "record (the summary alone otherwise).")


@eval_app.command("plover", epilog=examples(
    "greatgame eval plover plover/gsr.jsonl --split test",
    "greatgame eval plover plover/gsr.jsonl --split dev --details",
))
def plover(
    gold: Path = typer.Argument(..., help="PLOVER gold records, JSON Lines (gsr.jsonl)."),
    split: str | None = typer.Option(None, "--split", help="dev or test (default: all)."),
    details: bool = DETAILS,
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object on stdout."),
) -> None:
    """Code the PLOVER gold sentences; score event type, source and target by record.

    The headline is strict (the type greatgame extract writes); the lenient reading
    (negated and intended acts re-typed, CAMEO-era categories) is shown beside it."""
    from greatgame.eval import evaluate_plover

    if split is not None and split not in ("dev", "test"):
        raise typer.BadParameter("use dev or test", param_hint="--split")
    try:
        report = evaluate_plover(gold, split=split)
    except GreatgameError as exc:
        _fail(exc)
    _render(report, as_json=as_json, category="type", details=details)


@eval_app.command("petrarch", epilog=examples(
    "greatgame eval petrarch petrarch-gsr/petr2_gsr.jsonl",
    "greatgame eval petrarch petrarch-gsr/petr2_gsr.jsonl --details",
))
def petrarch(
    gold: Path = typer.Argument(..., help="PETRARCH-2 validation sentences (petr2_gsr.jsonl)."),
    details: bool = DETAILS,
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object on stdout."),
) -> None:
    """Code the PETRARCH-2 validation sentences; score by CAMEO root (strict headline,
    lenient reading beside it)."""
    from greatgame.eval import evaluate_petrarch

    try:
        report = evaluate_petrarch(gold)
    except GreatgameError as exc:
        _fail(exc)
    _render(report, as_json=as_json, category="root", details=details)


@eval_app.command("contests", epilog=examples(
    "greatgame eval contests contests/dev.jsonl",
    "greatgame eval contests contests/dev.jsonl --draws 100 --json",
    "greatgame eval contests contests/dev.jsonl --ledger dev.duckdb",
))
def contests(
    gold: Path = typer.Argument(..., help="Annotated contests, JSON Lines (contests/dev.jsonl)."),
    stories: Path | None = typer.Option(
        None, "--stories", help="The stories' texts, JSON Lines by id (default: "
        "../voa/voa_stories.jsonl beside the gold file's folder)."),
    draws: int = typer.Option(200, "--draws", min=0, help="Monte Carlo draws per story."),
    ledger: Path | None = typer.Option(
        None, "--ledger", help="A store to keep the forecasts in, resolved with the gold "
        "outcomes (then: greatgame ledger score --db LEDGER)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object on stdout."),
) -> None:
    """Analyze each annotated story alone; score issues found, actors placed, sides and
    the forecast's direction against what happened."""
    from greatgame.eval.contests import evaluate_contests
    from greatgame.store import Store

    try:
        if ledger is None:
            report = evaluate_contests(gold, stories=stories, draws=draws)
        else:
            with Store(ledger) as store:
                report = evaluate_contests(gold, stories=stories, draws=draws, ledger=store)
    except GreatgameError as exc:
        _fail(exc)
    data = report.to_dict()
    if as_json:
        typer.echo(json.dumps(data, indent=2))
        return
    _render_contests(data)


def _render_contests(data: dict) -> None:
    out = Console()
    head = Table(title=f"{data['gold_set']}: {data['analyzed']} of {data['stories']} "
                       "stories analyzed")
    head.add_column("figure")
    head.add_column("value", justify="right")
    head.add_row("issues found", f"{data['issues_found']} of {data['gold_issues']} "
                                 f"({100 * data['issues_found_rate']:.0f} %)")
    head.add_row("actors placed", f"{data['actors_placed']} of {data['gold_actors']} "
                                  f"({100 * data['actors_placed_rate']:.0f} %)")
    head.add_row("sides right", f"{data['sides_right']} of {data['actors_placed']} "
                                f"({100 * data['sides_right_rate']:.0f} %)")
    mae = data["position_mae"]
    head.add_row("position error", "-" if mae is None else f"{mae:.1f}")
    for model, d in data["direction_right"].items():
        head.add_row(f"direction right: {model}", f"{d['right']} of {d['judged']}")
    out.print(head)
    table = Table(title="by gold issue")
    for col in ("story", "gold issue", "found as", "placed", "sides"):
        table.add_column(col)
    for row in data["details"]:
        table.add_row(row["story"], row["gold_issue"], row["found"] or "-",
                      f"{row['placed']}/{row['gold_actors']}", str(row["sides_right"]))
    out.print(table)
    for failure in data["failures"]:
        out.print(f"failed: {failure}", highlight=False)
