"""The scoring engine: is each indicator met, and what would a reviewer flag (scoring.md).

``score(table, policy=None)`` is pure: equal tables and policies give equal
scorecards, and the clock is never read. All arithmetic is exact Decimal;
rounding is for display only.

The rules live in private modules, in the order a table is scored: ``_common`` (units,
intervals, directions, the context of an indicator, the state of a pass), ``_reasons``,
``_attainment`` (§3), ``_progress`` (§4), ``_budget`` (§1 and §5), ``_findings`` (§6),
``_points`` (§7) and ``_score`` (the entry point); ``_card`` holds what ``score`` returns.
This module re-exports the public names and the helpers the reports share.
"""

from __future__ import annotations

from perftrack.scoring._attainment import gives_no_number as gives_no_number
from perftrack.scoring._budget import budget_name as budget_name
from perftrack.scoring._budget import done_late as done_late
from perftrack.scoring._budget import gap_shown as gap_shown
from perftrack.scoring._budget import is_department as is_department
from perftrack.scoring._budget import judged_rate as judged_rate
from perftrack.scoring._budget import printed_forecast_rate as printed_forecast_rate
from perftrack.scoring._budget import rate_without_unbudgeted as rate_without_unbudgeted
from perftrack.scoring._budget import rates_execution as rates_execution
from perftrack.scoring._budget import summed_what as summed_what
from perftrack.scoring._budget import total_index as total_index
from perftrack.scoring._budget import unbudgeted_lines as unbudgeted_lines
from perftrack.scoring._budget import whole_budget as whole_budget
from perftrack.scoring._card import Attainment as Attainment
from perftrack.scoring._card import BudgetAnalysis as BudgetAnalysis
from perftrack.scoring._card import PointItem as PointItem
from perftrack.scoring._card import Points as Points
from perftrack.scoring._card import Progress as Progress
from perftrack.scoring._card import Scorecard as Scorecard
from perftrack.scoring._card import Verdict as Verdict
from perftrack.scoring._card import grade_of as grade_of
from perftrack.scoring._common import WholeBudget as WholeBudget
from perftrack.scoring._common import below as below
from perftrack.scoring._common import direction_of as direction_of
from perftrack.scoring._common import monitoring_form as monitoring_form
from perftrack.scoring._common import multi_year_span as multi_year_span
from perftrack.scoring._common import show as show
from perftrack.scoring._findings import missing_levels as missing_levels
from perftrack.scoring._findings import time_limit_name as time_limit_name
from perftrack.scoring._points import execution_bar as execution_bar
from perftrack.scoring._score import score as score

__all__ = [
    "Attainment",
    "BudgetAnalysis",
    "PointItem",
    "Points",
    "Progress",
    "Scorecard",
    "Verdict",
    "score",
]
