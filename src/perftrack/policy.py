"""The knobs of scoring (scoring.md §8), in one frozen object.

Example:
    >>> from perftrack import Policy
    >>> Policy.central().weights.rate, Policy.hubei().weights.rate
    (Decimal('10'), Decimal('20'))
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import itertools
import os
import tomllib
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, Final, TypeVar

from attrs import evolve, field, fields_dict, frozen

from perftrack import vocabulary as voc
from perftrack._errors import PerftrackError
from perftrack._numbers import half_up

__all__ = ["Policy", "PolicyError", "Weights"]


class PolicyError(PerftrackError, ValueError):
    """A policy file or setting that cannot be used (names the file and the key)."""


class _KeyError(ValueError):
    """A policy file's value that cannot be used, its message naming the key (weights.rate)."""


_T = TypeVar("_T")
_FULL_MARKS: Final = Decimal(100)
_HUNDRED: Final = 100
# Weights written to the cent (33.33 × 3 + 0.01) add up to 100 as far as anyone can tell.
_WEIGHT_SLACK: Final = Decimal("0.01")


def _shown(value: Decimal) -> str:
    """A weight for a message: ``110``, ``44.44`` (to the cent, no trailing zeros)."""
    if value == value.to_integral_value():
        return format(value.to_integral_value(), "f")
    return format(half_up(value).normalize(), "f")


def _number(value: object) -> Decimal:
    """A number given in Python: a Decimal, an int, a float (by its shortest text) or text."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, float, str)):
        msg = "应为数字"
        raise TypeError(msg)
    if isinstance(value, Decimal):
        number = value
    else:
        try:
            number = Decimal(str(value).strip())
        except ArithmeticError:
            msg = "应为数字"
            raise ValueError(msg) from None
    if not number.is_finite() or number < 0:
        msg = "应为不小于 0 的数"
        raise ValueError(msg)
    return number


def _ratio(value: object) -> Decimal:
    """A ratio of actual to target: above 1 (at or below it every met value would exceed)."""
    number = _number(value)
    if number <= 1:
        msg = "应为大于 1 的倍数（实际值/指标值，如 1.2）"
        raise ValueError(msg)
    return number


def _percentage(value: object) -> Decimal:
    number = _number(value)
    if number > _HUNDRED:
        msg = "应为 0 到 100 之间的百分数"
        raise ValueError(msg)
    return number


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        msg = "应为 True 或 False"
        raise TypeError(msg)
    return value


def _text(value: object) -> str:
    if not isinstance(value, str):
        msg = "应为文本"
        raise TypeError(msg)
    return value


def _one_of(*choices: str) -> Callable[[object], str]:
    def check(value: object) -> str:
        if value not in choices:
            msg = f"应为 {' 或 '.join(choices)}"
            raise ValueError(msg)
        return str(value)

    return check


def _knob(key: str, value: object, check: Callable[[object], _T]) -> _T:
    """*value* converted by *check*, or a :exc:`PolicyError` naming the knob and the value."""
    try:
        return check(value)
    except PolicyError:
        raise
    except (ValueError, TypeError, ArithmeticError) as exc:
        msg = f"{key} {exc}，不是 {value!r}"
        raise PolicyError(msg) from None


@frozen
class Weights:
    """Default weights when a table prints none (财预〔2020〕10号).

    ``rate`` is the budget execution line; the others are the level-1 shares,
    split evenly among a level's indicators. A separate 成本 level 1 shares
    产出's weight with it, by indicator count.

    Example:
        >>> import perftrack
        >>> perftrack.Weights().output
        Decimal('50')
    """

    rate: Decimal = Decimal(10)
    output: Decimal = Decimal(50)
    effect: Decimal = Decimal(30)
    satisfaction: Decimal = Decimal(10)

    def __attrs_post_init__(self) -> None:
        """Weights that do not add up to 100 are refused: they would grade out of 110.

        Each weight becomes an exact decimal (``Weights(20, 40, 30, 10)``,
        ``"20"``); anything else, or a negative weight, is a :exc:`PolicyError`.
        """
        for name in ("rate", "output", "effect", "satisfaction"):
            given = getattr(self, name)
            weight = _knob(f"weights.{name}", given, _number)
            if weight is not given:
                object.__setattr__(self, name, weight)  # converted once, when built
        total = self.rate + self.output + self.effect + self.satisfaction
        if abs(total - _FULL_MARKS) > _WEIGHT_SLACK:
            parts = " + ".join(
                f"{name} {_shown(getattr(self, name))}"
                for name in ("rate", "output", "effect", "satisfaction")
            )
            msg = f"权重合计为{_shown(total)}，应为100：{parts}"
            raise PolicyError(msg)

    def of_level1(self, level1: str | None) -> Decimal:
        """The default weight of a level 1 (成本 shares 产出's)."""
        return {
            "产出指标": self.output,
            "成本指标": self.output,
            "效益指标": self.effect,
            "满意度指标": self.satisfaction,
        }.get(level1 or "", Decimal(0))


_FAMILIES: Final = tuple(voc.FAMILIES.values())


def _as_date(value: object) -> dt.date | None:
    """*value* as a date: a date, a datetime (``pd.Timestamp``) at its day, ISO text.

    Example:
        >>> _as_date("2023-12-31"), _as_date(dt.datetime(2023, 12, 31, 10))
        (datetime.date(2023, 12, 31), datetime.date(2023, 12, 31))
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()  # a TOML datetime, pd.Timestamp: the day is what counts
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    msg = f"as_of 应为日期（YYYY-MM-DD，如 2024-06-30），不是 {value!r}"
    raise PolicyError(msg)


def _default_families() -> tuple[voc.Family, ...]:
    return _FAMILIES  # one shared tuple: scoring can tell an unextended policy at a glance


@frozen
class Policy:
    """How a scorecard judges (scoring.md §8). Use the presets and ``evolve``.

    ``qualitative_bands`` are the (high, low) percentages of the three bands of
    10号 for a qualitative indicator: 达成, 部分达成, 未达成; a partial result
    scores the top of the second band. ``families`` are the word families
    (:class:`perftrack.vocabulary.Family`); extend them with :meth:`with_words`.

    Every knob is converted and checked when the policy is built, as in a
    policy file: numbers may be given as ``int``, ``float`` or text and become
    exact decimals, ``weights`` may be a mapping of some of the four weights;
    a value that cannot be used is a :exc:`PolicyError` naming the knob.

    Example:
        >>> import perftrack
        >>> p = perftrack.Policy.central().with_words("accuracy", "无误")
        >>> "无误" in p.family("accuracy").words
        True
        >>> perftrack.Policy(year_end_rate="85", exceed_ratio=1.5).exceed_ratio
        Decimal('1.5')
        >>> perftrack.Policy(language="fr")
        Traceback (most recent call last):
        ...
        perftrack.policy.PolicyError: language 应为 zh 或 en，不是 'fr'
    """

    name: str = "central"
    # a datetime or pd.Timestamp counts as its day; anything but a date is a PolicyError
    # here, not a TypeError in every table scored later
    as_of: dt.date | None = field(default=None, converter=_as_date)
    language: str = "zh"
    strict_equality: bool = False
    month_before: str = "end"
    exceed_ratio: Decimal = Decimal("1.2")
    schedule_tolerance: Decimal = Decimal(0)
    year_end_rate: Decimal = Decimal(90)
    optimism_gap: Decimal = Decimal(20)
    provisional_points: bool = False
    weights: Weights = Weights()
    qualitative_bands: tuple[tuple[Decimal, Decimal], ...] = (
        (Decimal(100), Decimal(80)),
        (Decimal(80), Decimal(60)),
        (Decimal(60), Decimal(0)),
    )
    families: tuple[voc.Family, ...] = field(factory=_default_families)

    def __attrs_post_init__(self) -> None:
        """Convert and check every knob, as :meth:`from_mapping` does (``as_of`` has its own)."""
        for key, check in _CHECKS.items():
            given = getattr(self, key)
            value = _knob(key, given, check)
            if value is not given:
                object.__setattr__(self, key, value)  # converted once, when built

    @classmethod
    def central(cls, **changes: Any) -> Policy:  # noqa: ANN401 - the knobs, checked
        """The central rules (财预〔2019〕136号, 财预〔2020〕10号): the default.

        *changes* set knobs on the preset, as ``attrs.evolve`` would.

        Example:
            >>> import perftrack
            >>> perftrack.Policy.central(as_of="2024-06-30").as_of
            datetime.date(2024, 6, 30)
        """
        return cls(**changes)

    @classmethod
    def hubei(cls, **changes: Any) -> Policy:  # noqa: ANN401 - the knobs, checked
        """Hubei: 执行率 20, indicators 80 in 50:30:10, qualitative bands 100–80/80–50/50–0.

        *changes* set knobs on the preset, as ``attrs.evolve`` would.

        Example:
            >>> import perftrack
            >>> perftrack.Policy.hubei().weights.output
            Decimal('44.44444444444444444444444444')
            >>> perftrack.Policy.hubei(as_of="2024-06-30").name
            'hubei'
        """
        share = Decimal(80) / Decimal(90)
        preset = {
            "name": "hubei",
            "weights": Weights(Decimal(20), 50 * share, 30 * share, 10 * share),
            "qualitative_bands": (
                (Decimal(100), Decimal(80)),
                (Decimal(80), Decimal(50)),
                (Decimal(50), Decimal(0)),
            ),
        }
        return cls(**{**preset, **changes})

    def family(self, name: str) -> voc.Family:
        """The family called *name* (KeyError when there is none)."""
        for family in self.families:
            if family.name == name:
                return family
        raise KeyError(name)

    def family_of(self, word: str) -> str | None:
        """The family a word belongs to under this policy, or None."""
        for family in self.families:
            if word in family.words:
                return family.name
        return None

    def with_words(self, family: str, *words: str) -> Policy:
        """A policy whose *family* also holds *words* (a new family when unknown).

        A word must be non-empty text (an empty word would match every empty
        cell). A new family whose name is close to a known one's (``acuracy``)
        is made, as documented, with a ``UserWarning`` naming the known family.

        Example:
            >>> import perftrack
            >>> perftrack.Policy().with_words("accuracy", "")
            Traceback (most recent call last):
            ...
            perftrack.policy.PolicyError: with_words 的词语应为非空文本，不是 ''
        """
        given: tuple[object, ...] = (family, *words)  # checked at run time
        if not isinstance(given[0], str) or not family.strip():
            msg = f"with_words 的词族名应为非空文本，不是 {family!r}"
            raise PolicyError(msg)
        for word in given[1:]:
            if not isinstance(word, str) or not word.strip():
                msg = f"with_words 的词语应为非空文本，不是 {word!r}"
                raise PolicyError(msg)
        known = [existing.name for existing in self.families]
        if family not in known:
            close = difflib.get_close_matches(family, known, n=1, cutoff=0.8)
            if close:
                msg = f"with_words：没有名为 {family!r} 的词族，已新建（是否想写 {close[0]!r}？）"
                warnings.warn(msg, UserWarning, stacklevel=2)
        families = list(self.families)
        for index, existing in enumerate(families):
            if existing.name == family:
                families[index] = evolve(existing, words=(*existing.words, *words))
                break
        else:
            families.append(voc.Family(family, tuple(words)))
        return evolve(self, families=tuple(families))

    # -- loading -------------------------------------------------------------

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, source: str = "policy") -> Policy:
        """A policy from a mapping (a TOML table): ``preset`` picks the base.

        Example:
            >>> import perftrack
            >>> perftrack.Policy.from_mapping(
            ...     {"preset": "hubei", "exceed_ratio": "1.5"}
            ... ).exceed_ratio
            Decimal('1.5')
        """
        settings = dict(data)
        preset = settings.pop("preset", "central")
        if preset not in _PRESETS:
            hint = _did_you_mean(str(preset), list(_PRESETS), "；")
            msg = f"{source}: 未知的预设 {preset!r}（可用：central、hubei{hint}）"
            raise PolicyError(msg)
        policy = _PRESETS[preset]()
        changes: dict[str, Any] = {}
        for key, value in settings.items():
            try:
                changes[key] = _convert(key, value, policy)
            except _KeyError as exc:  # names its key itself: weights.rate 应为数字…
                msg = f"{source}: {exc}"
                raise PolicyError(msg) from None
            except (ValueError, TypeError, ArithmeticError) as exc:
                msg = f"{source}: 设置 {key} = {value!r} 无效（{exc}）"
                raise PolicyError(msg) from None
        families = changes.pop("families", None)
        base = policy
        policy = evolve(policy, **changes)
        if "name" not in changes and source != "policy" and not same_numbers(policy, base):
            # a file's own weights or bands are not the preset's: named after the file,
            # so that no message credits them to the preset (policy35 M2)
            policy = evolve(policy, name=Path(source).name)
        for family, words in (families or {}).items():
            policy = policy.with_words(family, *words)
        return policy

    @classmethod
    def load(cls, path: str | Path) -> Policy:
        """Load ``perftrack.toml`` (top level) or ``pyproject.toml`` (``[tool.perftrack]``).

        Example:
            >>> import perftrack
            >>> perftrack.Policy.load("pyproject.toml").name
            'central'
        """
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            preset = f"；预设请用 Policy.{path}()" if str(path) in _PRESETS else ""
            msg = f"{path}: 策略文件不存在{preset}"
            raise PolicyError(msg) from None
        except IsADirectoryError:
            msg = f"{path}: 是文件夹，不是策略文件（perftrack.toml 或 pyproject.toml）"
            raise PolicyError(msg) from None
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            msg = f"{path}: 无法读取策略文件（{reason}）"
            raise PolicyError(msg) from None
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            msg = f"{path}: 策略文件应为 TOML（{exc}）"
            if text.lstrip().startswith("{"):
                msg = f"{path}: 策略文件应为 TOML（如 as_of = 2024-06-30），不是 JSON"
            raise PolicyError(msg) from None
        tool = data.get("tool")
        if path.name == "pyproject.toml" or (
            set(data) == {"tool"} and isinstance(tool, dict) and "perftrack" in tool
        ):
            # a perftrack.toml holding the [tool.perftrack] table copied from a
            # pyproject.toml says the same thing
            data = data.get("tool", {}).get("perftrack", {})
        return cls.from_mapping(data, source=str(path))

    @classmethod
    def discover(cls, start: str | Path = ".") -> Policy:
        """The policy of the nearest ``perftrack.toml`` or ``[tool.perftrack]`` above *start*.

        Without one, the central preset.
        """
        here = Path(start).resolve()
        for folder in (here, *here.parents):
            candidate = folder / "perftrack.toml"
            if candidate.is_file():
                return cls.load(candidate)
            project = folder / "pyproject.toml"
            if project.is_file():
                try:
                    data = tomllib.loads(project.read_text(encoding="utf-8"))
                except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                    if "[tool.perftrack]" not in _text_of(project):
                        continue  # someone else's broken pyproject: not ours to judge
                    msg = f"{project}: 无法读取策略文件（{exc}）"
                    raise PolicyError(msg) from None
                if "perftrack" in data.get("tool", {}):
                    return cls.load(project)
        return cls.central()


def _text_of(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


_PRESETS: Final = {"central": Policy.central, "hubei": Policy.hubei}
# what a policy file may set: the preset and the policy's own settings
_SETTING_KEYS: Final = ("preset", *fields_dict(Policy))
_DECIMALS: Final = ("exceed_ratio", "schedule_tolerance", "year_end_rate", "optimism_gap")
_BOOLEANS: Final = ("strict_equality", "provisional_points")
_BANDS: Final = 3  # 达成, 部分达成, 未达成


def _convert(key: str, value: Any, policy: Policy) -> Any:  # noqa: ANN401
    if key in _DECIMALS or key in ("language", "month_before"):
        return _CHECKS[key](value)  # as the constructor checks it
    if key in _BOOLEANS:
        if not isinstance(value, bool):
            msg = "应为 true 或 false"
            raise TypeError(msg)
        return value
    if key == "as_of":
        try:
            return _as_date(value)
        except PolicyError:
            msg = "应为日期，如 2024-06-30"
            raise ValueError(msg) from None
    if key == "weights":
        if not isinstance(value, Mapping):
            msg = "应为一张表，如 [weights] rate = 20"
            raise TypeError(msg)
        known = set(fields_dict(type(policy.weights)))
        unknown = sorted(set(value) - known)
        if unknown:
            msg = f"未知的权重 {'、'.join(unknown)}（可用：{'、'.join(sorted(known))}）"
            raise ValueError(msg)
        weights: dict[str, Decimal] = {}
        for name, given in value.items():
            try:
                weights[name] = _number(given)
            except (ValueError, TypeError) as exc:
                # rate = "twenty" said [<class 'decimal.ConversionSyntax'>] (policy35 M3)
                msg = f"weights.{name} {exc}，不是 {given!r}"
                raise _KeyError(msg) from None
        return evolve(policy.weights, **weights)
    if key == "qualitative_bands":
        bands = tuple((Decimal(str(high)), Decimal(str(low))) for high, low in value)
        if len(bands) != _BANDS or any(not (0 <= low <= high <= _HUNDRED) for high, low in bands):
            msg = "应为三档 [[高, 低], …]，每档 0 ≤ 低 ≤ 高 ≤ 100"
            raise ValueError(msg)
        if any(upper[1] < lower[0] for upper, lower in itertools.pairwise(bands)):
            msg = (
                "应按 达成、部分达成、未达成 从高到低排列，各档不重叠"
                "（如 [[100, 80], [80, 60], [60, 0]]）"
            )
            raise ValueError(msg)
        return bands
    if key == "families":
        families = dict(value)
        for name, words in families.items():
            if isinstance(words, str) or not isinstance(words, (list, tuple)):
                msg = f'{name} 应为词语列表，如 {name} = ["{words}"]'
                raise TypeError(msg)
        return {str(name): [str(word) for word in words] for name, words in families.items()}
    if key == "name":
        return str(value)
    msg = f"未知设置{_did_you_mean(key, _SETTING_KEYS, '；')}"
    raise ValueError(msg)


def _did_you_mean(given: str, known: Sequence[str], lead: str = "") -> str:
    """A "did you mean" for a misspelt name, case aside, as the family names get one (pol25 L2).

    Example:
        >>> _did_you_mean("languag", ["language", "name"], "；")
        "；是否想写 'language'？"
        >>> _did_you_mean("Hubei", ["central", "hubei"]), _did_you_mean("foo", ["name"])
        ("（是否想写 'hubei'？）", '')
    """
    by_lower = {name.lower(): name for name in known}
    close = difflib.get_close_matches(given.lower(), list(by_lower), n=1, cutoff=0.75)
    if not close:
        return ""
    said = f"是否想写 {by_lower[close[0]]!r}？"
    return f"{lead}{said}" if lead else f"（{said}）"


def _weights(value: object) -> Weights:
    if isinstance(value, Weights):
        return value
    if not isinstance(value, Mapping):
        msg = "应为 Weights(rate=…, output=…, effect=…, satisfaction=…) 或这四项的映射"
        raise TypeError(msg)
    known = set(fields_dict(Weights))
    unknown = sorted(str(key) for key in set(value) - known)
    if unknown:
        msg = f"未知的权重 {'、'.join(unknown)}（可用：{'、'.join(sorted(known))}）"
        raise ValueError(msg)
    return Weights(**value)


def _bands(value: object) -> tuple[tuple[Decimal, Decimal], ...]:
    msg = "应为三档 ((高, 低), …)，每档 0 ≤ 低 ≤ 高 ≤ 100"
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise TypeError(msg)
    bands: list[tuple[Decimal, Decimal]] = []
    for band in value:
        if isinstance(band, (str, bytes)) or not isinstance(band, Iterable):
            raise TypeError(msg)
        pair = tuple(band)
        if len(pair) != 2:  # noqa: PLR2004 - high and low
            raise ValueError(msg)
        high, low = _percentage(pair[0]), _percentage(pair[1])
        bands.append((high, low))
    if len(bands) != _BANDS or any(low > high for high, low in bands):
        raise ValueError(msg)
    if any(upper[1] < lower[0] for upper, lower in itertools.pairwise(bands)):
        # ((60, 0), (80, 60), (100, 80)) made 达成 the band 60–0
        msg = (
            "应按 达成、部分达成、未达成 从高到低排列，各档不重叠"
            "（如 ((100, 80), (80, 60), (60, 0))）"
        )
        raise ValueError(msg)
    return tuple(bands)


def _families(value: object) -> tuple[voc.Family, ...]:
    if value is _FAMILIES:
        return _FAMILIES
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        msg = "应为 Family 的元组（增加词语请用 with_words）"
        raise TypeError(msg)
    families = tuple(value)
    if not all(isinstance(family, voc.Family) for family in families):
        msg = "应为 Family 的元组（增加词语请用 with_words）"
        raise TypeError(msg)
    return value if isinstance(value, tuple) else families


#: How the constructor converts and checks each knob (``as_of`` has its converter).
_CHECKS: Final[dict[str, Callable[[object], object]]] = {
    "name": _text,
    "language": _one_of("zh", "en"),
    "strict_equality": _flag,
    "month_before": _one_of("end", "start"),
    "exceed_ratio": _ratio,
    "schedule_tolerance": _percentage,
    "year_end_rate": _percentage,
    "optimism_gap": _percentage,
    "provisional_points": _flag,
    "weights": _weights,
    "qualitative_bands": _bands,
    "families": _families,
}


def check_policy(given: object) -> None:
    """Raise a ``TypeError`` that says what to pass for *given* if it is no Policy or None.

    ``score(table, policy="hubei")`` raised a raw AttributeError (and ``score_many``
    failed every table as if the tables were broken).

    Example:
        >>> check_policy(Policy.hubei())
        >>> check_policy(3)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        TypeError: policy must be a perftrack.Policy (...), a preset's name or ..., not 3
    """
    if given is not None and not isinstance(given, Policy):
        msg = (
            "policy must be a perftrack.Policy (Policy.hubei(), Policy.load(…)), a preset's"
            f" name or a policy file's path, not {given!r}"
        )
        raise TypeError(msg)


def as_policy(given: object, *, option: str = "policy") -> Policy | None:
    """*given* as a policy: a Policy, a preset's name, a policy file's path, or None.

    ``score(table, policy="hubei")`` and ``policy=Path("perftrack.toml")`` are read
    as ``--policy`` reads them (policy35 L1): ``central`` and ``hubei`` are the
    presets, anything else a file loaded by :meth:`Policy.load` (its errors); a name
    with no ending that is no file is refused as the command refuses it. *option*
    names the setting in that message (``--policy`` for the command). Anything
    else is the ``TypeError`` of :func:`check_policy`.

    Example:
        >>> as_policy("hubei") == Policy.hubei(), as_policy(None)
        (True, None)
        >>> try:
        ...     as_policy("Hubei")
        ... except PolicyError as exc:
        ...     print(exc)
        policy 'Hubei'：不是预设（central、hubei），也没有这个文件（是否想写 'hubei'？）
    """
    if isinstance(given, os.PathLike):
        given = os.fspath(given)
    if not isinstance(given, str):
        check_policy(given)
        return given if isinstance(given, Policy) else None
    if given in _PRESETS:
        return _PRESETS[given]()
    if not Path(given).exists() and not Path(given).suffix:
        hint = _did_you_mean(given, list(_PRESETS))
        msg = f"{option} {given!r}：不是预设（central、hubei），也没有这个文件{hint}"
        raise PolicyError(msg)
    return Policy.load(given)


@functools.cache
def default_policy() -> Policy:
    """The central rules, built once: what scoring uses when given no policy.

    A ``Policy`` is immutable, so every score without one shares it (building and
    checking one costs more than scoring a small table's budget).

    Example:
        >>> default_policy() == Policy.central(), default_policy() is default_policy()
        (True, True)
    """
    return Policy.central()


# The presets' names as a reader of the reports calls them (letter20 L12); the
# scorer's findings name them too (pt27 M4).
_POLICY_LABELS: Final = {"central": "中央部门通用规则", "hubei": "湖北省规则"}


def policy_label(name: str) -> str:
    """The Chinese name of a policy preset; a policy of a user's own keeps its name.

    Example:
        >>> policy_label("central"), policy_label("hubei"), policy_label("本单位规则")
        ('中央部门通用规则', '湖北省规则', '本单位规则')
    """
    return _POLICY_LABELS.get(name, name)


def same_numbers(policy: Policy, preset: Policy) -> bool:
    """Whether *policy* weighs and bands as *preset* does (the numbers messages credit)."""
    return policy.weights == preset.weights and policy.qualitative_bands == preset.qualitative_bands


def policy_said(policy: Policy) -> str:
    """The policy as a message names it: a preset unchanged, or the user's own.

    A policy named after a preset whose weights or bands were changed in code is no
    preset's (``中央部门通用规则下预算执行率默认15分`` credited the user's 15 to the
    central rules; policy35 M2); a policy file's, named after the file or its ``name``.

    Example:
        >>> policy_said(Policy.hubei())
        '湖北省规则'
        >>> policy_said(Policy.central(weights={"rate": 15, "output": 45}))
        '自定义策略（基于中央部门通用规则）'
        >>> policy_said(Policy.central(name="central15.toml"))
        '策略“central15.toml”'
    """
    preset = _PRESETS.get(policy.name)
    if preset is None:
        return f"策略“{policy.name}”"
    label = policy_label(policy.name)
    if same_numbers(policy, preset()):
        return label
    return f"自定义策略（基于{label}）"
