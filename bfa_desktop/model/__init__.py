"""The data model of a crime-prevention collaboration (SQLAlchemy 2, typed)."""

from bfa_desktop.model.base import Base, Record
from bfa_desktop.model.evaluation import Evaluation, EvaluationRow
from bfa_desktop.model.organisation import Municipality, Organisation, Person
from bfa_desktop.model.period import (
    Agreement,
    BoardDecision,
    CouncilEndorsement,
    Period,
    PeriodParty,
    Signatory,
)
from bfa_desktop.model.plan import (
    ActionPlan,
    EffectGoal,
    FocusArea,
    FocusAreaCause,
    Measure,
    MeasureFollowUp,
)
from bfa_desktop.model.promises import CitizenPromises, Promise, PromiseFollowUp
from bfa_desktop.model.report import (
    Attachment,
    DecisionPoint,
    DistributionRecipient,
    OfficialReport,
    ReportSection,
)
from bfa_desktop.model.situation import (
    Place,
    PrioritisedProblem,
    ProblemCause,
    SituationPicture,
    SituationSection,
    Source,
    StatisticSeries,
    StatisticValue,
    SurveyIndicator,
)

__all__ = [
    "ActionPlan",
    "Agreement",
    "Attachment",
    "Base",
    "BoardDecision",
    "CitizenPromises",
    "CouncilEndorsement",
    "DecisionPoint",
    "DistributionRecipient",
    "EffectGoal",
    "Evaluation",
    "EvaluationRow",
    "FocusArea",
    "FocusAreaCause",
    "Measure",
    "MeasureFollowUp",
    "Municipality",
    "OfficialReport",
    "Organisation",
    "Period",
    "PeriodParty",
    "Person",
    "Place",
    "PrioritisedProblem",
    "ProblemCause",
    "Promise",
    "PromiseFollowUp",
    "Record",
    "ReportSection",
    "Signatory",
    "SituationPicture",
    "SituationSection",
    "Source",
    "StatisticSeries",
    "StatisticValue",
    "SurveyIndicator",
]
