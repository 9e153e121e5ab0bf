"""Closed vocabularies of the field. Values are stable codes stored in the database and in
the exchange format; `label()` gives the Swedish wording used in documents."""

from __future__ import annotations

from enum import StrEnum


class OrganisationKind(StrEnum):
    KOMMUN = "kommun"
    FORVALTNING = "forvaltning"
    KOMMUNAL_BOLAG = "kommunalt_bolag"
    LOKALPOLISOMRADE = "lokalpolisomrade"
    POLISOMRADE = "polisomrade"
    RAD = "rad"
    NAMND = "namnd"
    REGION = "region"
    BOSTADSBOLAG = "bostadsbolag"
    KOLLEKTIVTRAFIK = "kollektivtrafik"
    BEVAKNING = "bevakning"
    FORENING = "forening"
    GRANNSAMVERKAN = "grannsamverkan"
    NARINGSLIV = "naringsliv"
    ANNAN = "annan"


class PartyRole(StrEnum):
    KOMMUN = "kommun"
    POLIS = "polis"
    SAMVERKANSPART = "samverkanspart"


class LegalBasis(StrEnum):
    FRIVILLIG = "frivillig"
    LAG_2023_196 = "lag_2023_196"


class DecidingBody(StrEnum):
    """Who adopts the period's plan: a setting of the municipality, never assumed."""

    KOMMUNFULLMAKTIGE = "kommunfullmaktige"
    KOMMUNSTYRELSEN = "kommunstyrelsen"
    NAMND = "namnd"


class PeriodPhase(StrEnum):
    """Where the period is in Brå's five-step collaboration model."""

    INITIERING = "initiering"
    EGNA_FORBEREDELSER = "egna_forberedelser"
    GEMENSAMMA_FORBEREDELSER = "gemensamma_forberedelser"
    GENOMFORANDE = "genomforande"
    UPPFOLJNING = "uppfoljning"
    AVSLUTAD = "avslutad"


class DocumentStatus(StrEnum):
    UTKAST = "utkast"
    TILLSTYRKT = "tillstyrkt"
    BESLUTAD = "beslutad"
    UNDERTECKNAD = "undertecknad"
    AVSLUTAD = "avslutad"


class EndorsementOutcome(StrEnum):
    TILLSTYRKT = "tillstyrkt"
    TILLSTYRKT_MED_ANDRINGAR = "tillstyrkt_med_andringar"
    EJ_TILLSTYRKT = "ej_tillstyrkt"
    BORDLAGT = "bordlagt"


class DecisionSubject(StrEnum):
    OVERENSKOMMELSE = "overenskommelse"
    ANTAGANDE = "antagande"
    OVRIGT = "ovrigt"


class DocumentKind(StrEnum):
    """The documents of a period; signatories and attachments say which one they belong to."""

    TJANSTEUTLATANDE = "tjansteutlatande"
    HANDLINGSPLAN = "handlingsplan"
    MEDBORGARLOFTEN = "medborgarloften"
    LAGESBILD = "lagesbild"
    MOTESANTECKNINGAR = "motesanteckningar"
    UTVARDERING = "utvardering"
    OVERENSKOMMELSE = "overenskommelse"


class SectionKind(StrEnum):
    SAMMANFATTNING = "sammanfattning"
    INLEDNING = "inledning"
    KOMMUNEN_I_KORTHET = "kommunen_i_korthet"
    BROTTSUTVECKLING = "brottsutveckling"
    TRYGGHET = "trygghet"
    PLATSER_OCH_TIDER = "platser_och_tider"
    BARN_OCH_UNGA = "barn_och_unga"
    TEMA = "tema"
    DIALOGER = "dialoger"
    ANALYS = "analys"
    PRIORITERADE_PROBLEM = "prioriterade_problem"
    KALLFORTECKNING = "kallforteckning"
    OVRIGT = "ovrigt"


class PlaceKind(StrEnum):
    OTRYGG_PLATS = "otrygg_plats"
    BROTTSKONCENTRATION = "brottskoncentration"
    BADE = "bade"


class MeasureKind(StrEnum):
    SITUATIONELL = "situationell"
    SOCIAL = "social"
    KOMMUNIKATION = "kommunikation"
    KARTLAGGNING = "kartlaggning"


class OwnerParty(StrEnum):
    KOMMUNEN = "kommunen"
    POLISEN = "polisen"
    GEMENSAMT = "gemensamt"
    ANNAN = "annan"


class WorkKind(StrEnum):
    ENGANGSINSATS = "engangsinsats"
    ORDINARIE = "ordinarie"


class FollowUpFrequency(StrEnum):
    MANAD = "manad"
    KVARTAL = "kvartal"
    HALVAR = "halvar"
    AR = "ar"
    PERIODSLUT = "periodslut"


class ProgressStatus(StrEnum):
    EJ_PABORJAD = "ej_paborjad"
    PAGAR = "pagar"
    GENOMFORD = "genomford"
    FORSENAD = "forsenad"
    PAUSAD = "pausad"
    INSTALLD = "installd"


class TrafficLight(StrEnum):
    GRON = "gron"
    GUL = "gul"
    ROD = "rod"


class PromiseActor(StrEnum):
    POLISEN = "polisen"
    KOMMUNEN = "kommunen"
    GEMENSAMT = "gemensamt"


class EvaluationStatus(StrEnum):
    GENOMFORD = "genomford"
    DELVIS_GENOMFORD = "delvis_genomford"
    PAGAENDE_FLYTTAS_OVER = "pagaende_flyttas_over"
    EJ_GENOMFORD = "ej_genomford"
    UTGAR = "utgar"


class Recommendation(StrEnum):
    FORTSATT = "fortsatt"
    FORTSATT_I_ANDRAD_FORM = "fortsatt_i_andrad_form"
    AVSLUTA = "avsluta"
    TILL_ORDINARIE_VERKSAMHET = "till_ordinarie_verksamhet"


_LABELS: dict[type[StrEnum], dict[str, str]] = {
    OrganisationKind: {
        OrganisationKind.KOMMUN: "Kommun",
        OrganisationKind.FORVALTNING: "Förvaltning/kontor",
        OrganisationKind.KOMMUNAL_BOLAG: "Kommunalt bolag",
        OrganisationKind.LOKALPOLISOMRADE: "Lokalpolisområde",
        OrganisationKind.POLISOMRADE: "Polisområde",
        OrganisationKind.RAD: "Brottsförebyggande råd",
        OrganisationKind.NAMND: "Nämnd/styrelse",
        OrganisationKind.REGION: "Region",
        OrganisationKind.BOSTADSBOLAG: "Bostadsbolag",
        OrganisationKind.KOLLEKTIVTRAFIK: "Kollektivtrafik",
        OrganisationKind.BEVAKNING: "Bevakningsföretag",
        OrganisationKind.FORENING: "Förening",
        OrganisationKind.GRANNSAMVERKAN: "Grannsamverkan",
        OrganisationKind.NARINGSLIV: "Näringsliv",
        OrganisationKind.ANNAN: "Annan",
    },
    PartyRole: {
        PartyRole.KOMMUN: "Kommun",
        PartyRole.POLIS: "Polis",
        PartyRole.SAMVERKANSPART: "Samverkanspart",
    },
    LegalBasis: {
        LegalBasis.FRIVILLIG: "Frivillig överenskommelse",
        LegalBasis.LAG_2023_196: "Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete",
    },
    DecidingBody: {
        DecidingBody.KOMMUNFULLMAKTIGE: "Kommunfullmäktige",
        DecidingBody.KOMMUNSTYRELSEN: "Kommunstyrelsen",
        DecidingBody.NAMND: "Nämnd",
    },
    PeriodPhase: {
        PeriodPhase.INITIERING: "Initiera samverkan",
        PeriodPhase.EGNA_FORBEREDELSER: "Egna förberedelser",
        PeriodPhase.GEMENSAMMA_FORBEREDELSER: "Gemensamma förberedelser",
        PeriodPhase.GENOMFORANDE: "Genomförande",
        PeriodPhase.UPPFOLJNING: "Uppföljning",
        PeriodPhase.AVSLUTAD: "Avslutad",
    },
    DocumentStatus: {
        DocumentStatus.UTKAST: "Utkast",
        DocumentStatus.TILLSTYRKT: "Tillstyrkt av råd",
        DocumentStatus.BESLUTAD: "Beslutad",
        DocumentStatus.UNDERTECKNAD: "Undertecknad",
        DocumentStatus.AVSLUTAD: "Avslutad",
    },
    EndorsementOutcome: {
        EndorsementOutcome.TILLSTYRKT: "Tillstyrkt",
        EndorsementOutcome.TILLSTYRKT_MED_ANDRINGAR: "Tillstyrkt med ändringar",
        EndorsementOutcome.EJ_TILLSTYRKT: "Ej tillstyrkt",
        EndorsementOutcome.BORDLAGT: "Bordlagt",
    },
    DecisionSubject: {
        DecisionSubject.OVERENSKOMMELSE: "Samverkansöverenskommelse",
        DecisionSubject.ANTAGANDE: "Antagande av handlingsplan och medborgarlöften",
        DecisionSubject.OVRIGT: "Övrigt",
    },
    DocumentKind: {
        DocumentKind.TJANSTEUTLATANDE: "Tjänsteutlåtande",
        DocumentKind.HANDLINGSPLAN: "Handlingsplan",
        DocumentKind.MEDBORGARLOFTEN: "Medborgarlöften",
        DocumentKind.LAGESBILD: "Gemensam lokal lägesbild",
        DocumentKind.MOTESANTECKNINGAR: "Utdrag ur mötesanteckningar",
        DocumentKind.UTVARDERING: "Utvärdering av tidigare handlingsplan",
        DocumentKind.OVERENSKOMMELSE: "Samverkansöverenskommelse",
    },
    SectionKind: {
        SectionKind.SAMMANFATTNING: "Sammanfattning",
        SectionKind.INLEDNING: "Inledning",
        SectionKind.KOMMUNEN_I_KORTHET: "Kommunen i korthet",
        SectionKind.BROTTSUTVECKLING: "Brottsutveckling",
        SectionKind.TRYGGHET: "Trygghet",
        SectionKind.PLATSER_OCH_TIDER: "Platser och tider",
        SectionKind.BARN_OCH_UNGA: "Barn och unga",
        SectionKind.TEMA: "Särskilt tema",
        SectionKind.DIALOGER: "Medborgar- och medarbetardialoger",
        SectionKind.ANALYS: "Analys och orsaker",
        SectionKind.PRIORITERADE_PROBLEM: "Prioriterade problem",
        SectionKind.KALLFORTECKNING: "Källförteckning",
        SectionKind.OVRIGT: "Övrigt",
    },
    PlaceKind: {
        PlaceKind.OTRYGG_PLATS: "Upplevd otrygg plats",
        PlaceKind.BROTTSKONCENTRATION: "Brottskoncentration",
        PlaceKind.BADE: "Otrygg plats och brottskoncentration",
    },
    MeasureKind: {
        MeasureKind.SITUATIONELL: "Situationell",
        MeasureKind.SOCIAL: "Social",
        MeasureKind.KOMMUNIKATION: "Kommunikation",
        MeasureKind.KARTLAGGNING: "Kartläggning",
    },
    OwnerParty: {
        OwnerParty.KOMMUNEN: "Kommunen",
        OwnerParty.POLISEN: "Polisen",
        OwnerParty.GEMENSAMT: "Gemensamt",
        OwnerParty.ANNAN: "Annan part",
    },
    WorkKind: {
        WorkKind.ENGANGSINSATS: "Engångsinsats",
        WorkKind.ORDINARIE: "Ordinarie verksamhet",
    },
    FollowUpFrequency: {
        FollowUpFrequency.MANAD: "Varje månad",
        FollowUpFrequency.KVARTAL: "Varje kvartal",
        FollowUpFrequency.HALVAR: "Varje halvår",
        FollowUpFrequency.AR: "Varje år",
        FollowUpFrequency.PERIODSLUT: "Vid periodens slut",
    },
    ProgressStatus: {
        ProgressStatus.EJ_PABORJAD: "Ej påbörjad",
        ProgressStatus.PAGAR: "Pågår",
        ProgressStatus.GENOMFORD: "Genomförd",
        ProgressStatus.FORSENAD: "Försenad",
        ProgressStatus.PAUSAD: "Pausad",
        ProgressStatus.INSTALLD: "Inställd",
    },
    TrafficLight: {
        TrafficLight.GRON: "Grön",
        TrafficLight.GUL: "Gul",
        TrafficLight.ROD: "Röd",
    },
    PromiseActor: {
        PromiseActor.POLISEN: "Polisen",
        PromiseActor.KOMMUNEN: "Kommunen",
        PromiseActor.GEMENSAMT: "Polisen och kommunen",
    },
    EvaluationStatus: {
        EvaluationStatus.GENOMFORD: "Genomförd",
        EvaluationStatus.DELVIS_GENOMFORD: "Delvis genomförd",
        EvaluationStatus.PAGAENDE_FLYTTAS_OVER: "Pågående – flyttas över",
        EvaluationStatus.EJ_GENOMFORD: "Ej genomförd",
        EvaluationStatus.UTGAR: "Utgår",
    },
    Recommendation: {
        Recommendation.FORTSATT: "Fortsätt",
        Recommendation.FORTSATT_I_ANDRAD_FORM: "Fortsätt i ändrad form",
        Recommendation.AVSLUTA: "Avsluta",
        Recommendation.TILL_ORDINARIE_VERKSAMHET: "Till ordinarie verksamhet",
    },
}


def label(value: StrEnum) -> str:
    """The Swedish wording of a code, as written in documents."""
    return _LABELS[type(value)][value]
