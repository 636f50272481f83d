"""Designs that test a policy: pilots, difference-in-differences, interrupted time series and
regression to the mean.

Data turn into knowledge only when a hypothesis is tested with data *and a design*: introduce the
policy in some places first, keep comparable places as a comparison group, and compare before and
after. :func:`plan_pilot` draws the pilot group at random and says what the pilot can detect;
:func:`difference_in_differences` compares the pilot group's change with the comparison group's;
:func:`interrupted_time_series` compares one series with its own earlier trend; and
:func:`check_regression_to_the_mean` estimates how much of a drop in hotspots to expect without any
policy at all. Every result says which assumption its reading rests on (parallel trends, a trend
that would have continued) and what would break it; when the units were chosen for their extreme
values, regression to the mean is the first thing the explanation says.
"""

from __future__ import annotations

from ._did import DiDResult, difference_in_differences
from ._its import ITSResult, interrupted_time_series
from ._pilot import PilotResult, plan_pilot
from ._rtm import RegressionToMeanResult, check_regression_to_the_mean

__all__ = [
    "DiDResult",
    "ITSResult",
    "PilotResult",
    "RegressionToMeanResult",
    "check_regression_to_the_mean",
    "difference_in_differences",
    "interrupted_time_series",
    "plan_pilot",
]
