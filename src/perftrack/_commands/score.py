"""``perftrack score``: verdicts, budget analysis, findings and points."""

from __future__ import annotations

from typing import TYPE_CHECKING

from perftrack._commands._shared import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, Streams
from perftrack.policy import Policy, PolicyError

if TYPE_CHECKING:
    import argparse

    from perftrack.scoring import Scorecard

__all__ = ["add_parser", "policy_from", "run"]


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the command."""
    parser = commands.add_parser(
        "score",
        help="decide every indicator, analyse the budget, list the findings",
        description=(
            "Score every table in the files: attainment and progress per indicator with the "
            "reason, the budget against time progress, the findings a reviewer would write, "
            "points for self-evaluation tables. Exit status: 0, 1 when --fail-on is reached, "
            "2 when a file cannot be read (2 wins)."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="exports to score")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    parser.add_argument(
        "--as-of",
        metavar="DATE",
        help="judge as of this date (YYYY-MM-DD) instead of the period end",
    )
    parser.add_argument(
        "--policy",
        default=None,
        metavar="central|hubei|PATH",
        help="a preset or a perftrack.toml / pyproject.toml (default: discovered, else central)",
    )
    parser.add_argument(
        "--fail-on",
        choices=("not_met", "behind", "warning"),
        help="exit 1 when an indicator is not met / behind, or a warning is found",
    )
    parser.add_argument("--language", choices=("zh", "en"), help="language of explanations")
    parser.set_defaults(run=run)


def policy_from(args: argparse.Namespace) -> Policy:
    """The policy the options ask for (--policy, --as-of, --language)."""
    import datetime as dt  # noqa: PLC0415

    from attrs import evolve  # noqa: PLC0415

    choice = args.policy
    if choice is None:
        policy = Policy.discover()
    elif choice == "central":
        policy = Policy.central()
    elif choice == "hubei":
        policy = Policy.hubei()
    else:
        policy = Policy.load(choice)
    if args.as_of:
        try:
            policy = evolve(policy, as_of=dt.date.fromisoformat(args.as_of))
        except ValueError:
            msg = f"--as-of {args.as_of!r}：应为 YYYY-MM-DD 格式的日期"
            raise PolicyError(msg) from None
    if args.language:
        policy = evolve(policy, language=args.language)
    return policy


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Score the files and print the scorecards."""
    stdout, stderr = streams.stdout, streams.stderr
    from perftrack._errors import ReadError  # noqa: PLC0415 - keep start-up light
    from perftrack.readers import read  # noqa: PLC0415
    from perftrack.report import scorecard_text  # noqa: PLC0415
    from perftrack.scoring import Attainment, Progress, score  # noqa: PLC0415
    from perftrack.serialization import document, dumps  # noqa: PLC0415

    try:
        policy = policy_from(args)
    except PolicyError as exc:
        stderr.write(f"perftrack: {exc}\n")
        return EXIT_USAGE
    cards: list[Scorecard] = []
    errors: list[dict[str, str]] = []
    for file in args.files:
        try:
            tables = read(file)
        except ReadError as exc:
            errors.append({"file": file, "message": str(exc)})
            if args.format == "text":
                stderr.write(f"perftrack: {exc}\n")
            continue
        cards.extend(score(table, policy=policy) for table in tables)
    if args.format == "json":
        stdout.write(dumps(document(cards, errors=errors, policy=policy)) + "\n")
    else:
        stdout.write("\n\n".join(scorecard_text(card) for card in cards))
        if cards:
            stdout.write("\n")
    if errors:
        return EXIT_USAGE
    fail_on = args.fail_on
    for card in cards:
        if fail_on == "not_met" and any(v.attainment is Attainment.NOT_MET for v in card.verdicts):
            return EXIT_FINDINGS
        if fail_on == "behind" and any(
            v.attainment is Attainment.NOT_MET or v.progress is Progress.BEHIND
            for v in card.verdicts
        ):
            return EXIT_FINDINGS
        if fail_on == "warning" and any(
            f.severity.value in ("warning", "error") for f in card.findings
        ):
            return EXIT_FINDINGS
    return EXIT_OK
