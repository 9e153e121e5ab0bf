"""The demo municipality, the organisations taking part and the (invented) people in them."""

from __future__ import annotations

from bfa_desktop.model import Municipality, Organisation, Person
from bfa_desktop.model.enums import OrganisationKind as Kind
from bfa_desktop.services.demo.common import DemoContext, make

MUNICIPALITY_KEY = "municipality"

MUNICIPALITY_NOTE = (
    "Exempeldata för att visa hur BFA Desktop fungerar. Ärendet följer Danderyds kommuns "
    "arbete med handlingsplan och medborgarlöften för 2021–2022, men alla personer, "
    "kontaktuppgifter, siffror och texter är påhittade."
)

# key, name, short name, kind, description
ORGANISATIONS: tuple[tuple[str, str, str, Kind, str], ...] = (
    (
        "kommun",
        "Danderyds kommun",
        "Danderyd",
        Kind.KOMMUN,
        "Part i samverkansöverenskommelsen tillsammans med Polismyndigheten.",
    ),
    (
        "ks",
        "Kommunstyrelsen",
        "KS",
        Kind.NAMND,
        "Beslutar om överenskommelse, handlingsplan och medborgarlöften.",
    ),
    (
        "klk",
        "Kommunledningskontoret",
        "KLK",
        Kind.FORVALTNING,
        "Samordnar det brottsförebyggande arbetet och säkerhetsarbetet i kommunen.",
    ),
    (
        "soc",
        "Socialförvaltningen",
        "SOC",
        Kind.FORVALTNING,
        "Individ- och familjeomsorg, fältverksamhet, äldreomsorg och stöd till brottsutsatta.",
    ),
    (
        "utb",
        "Utbildningsförvaltningen",
        "UTB",
        Kind.FORVALTNING,
        "Förskola, grundskola och gymnasium, elevhälsa.",
    ),
    (
        "kof",
        "Kultur- och fritidsförvaltningen",
        "KOF",
        Kind.FORVALTNING,
        "Fritidsgårdar, bibliotek, idrottsanläggningar och föreningsstöd.",
    ),
    (
        "msb",
        "Miljö- och stadsbyggnadskontoret",
        "MSK",
        Kind.FORVALTNING,
        "Detaljplanering, bygglov, miljö- och hälsoskydd samt alkoholtillsyn.",
    ),
    (
        "tek",
        "Tekniska kontoret",
        "TEK",
        Kind.FORVALTNING,
        "Gator, parker, belysning, klotterborttagning och kommunens fastigheter.",
    ),
    (
        "lpo",
        "Lokalpolisområde Södra Roslagen",
        "LPO Södra Roslagen",
        Kind.LOKALPOLISOMRADE,
        "Lokalpolisområdet som Danderyds kommun tillhör.",
    ),
    (
        "po",
        "Polisområde Nord",
        "PO Nord",
        Kind.POLISOMRADE,
        "Polisområde i polisregion Stockholm.",
    ),
    (
        "rad",
        "Trygg i Danderyd",
        "Trygg i Danderyd",
        Kind.RAD,
        "Kommunens brottsförebyggande råd med politiker, tjänstepersoner och polis.",
    ),
    (
        "region",
        "Region Stockholm",
        "Region Stockholm",
        Kind.REGION,
        "Hälso- och sjukvård samt ansvar för kollektivtrafiken i länet.",
    ),
    (
        "sl",
        "SL, Region Stockholms trafikförvaltning",
        "SL",
        Kind.KOLLEKTIVTRAFIK,
        "Kollektivtrafiken: tunnelbana, bussar och Roslagsbanan.",
    ),
    (
        "bostad",
        "Bostads AB Mörbyhem",
        "Mörbyhem",
        Kind.BOSTADSBOLAG,
        "Påhittat bostadsbolag med hyresrätter kring Mörby centrum.",
    ),
    (
        "bevakning",
        "Roslagens Bevakning AB",
        "Roslagens Bevakning",
        Kind.BEVAKNING,
        "Påhittat bevakningsföretag med ordningsvakter i Mörby centrum.",
    ),
    (
        "nattvandrare",
        "Föreningen Nattvandrarna i Danderyd",
        "Nattvandrarna",
        Kind.FORENING,
        "Föräldrar som vandrar i kommunen fredag och lördag kväll.",
    ),
    (
        "grannsamverkan",
        "Grannsamverkan i Danderyd",
        "Grannsamverkan",
        Kind.GRANNSAMVERKAN,
        "Nätverk av kontaktombud i villa- och flerbostadsområden.",
    ),
    (
        "centrum",
        "Centrumföreningen Mörby",
        "Centrumföreningen",
        Kind.NARINGSLIV,
        "Påhittad förening för fastighetsägare och butiker i Mörby centrum.",
    ),
)

# key, organisation key, name, title, phone, email – all invented
PERSONS: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        "samordnare",
        "klk",
        "Karin Söderström",
        "Trygghetssamordnare",
        "08-000 910 21",
        "karin.soderstrom@danderyd.example",
    ),
    (
        "sakerhetschef",
        "klk",
        "Mikael Åberg",
        "Administrativ chef och säkerhetschef",
        "08-000 910 14",
        "mikael.aberg@danderyd.example",
    ),
    (
        "kommundirektor",
        "klk",
        "Helena Forsberg",
        "Kommundirektör",
        "08-000 910 01",
        "helena.forsberg@danderyd.example",
    ),
    (
        "kommunikator",
        "klk",
        "Johanna Blom",
        "Kommunikatör",
        "08-000 910 35",
        "johanna.blom@danderyd.example",
    ),
    (
        "kso",
        "ks",
        "Per-Olof Hedlund",
        "Kommunstyrelsens ordförande",
        "08-000 910 02",
        "per-olof.hedlund@danderyd.example",
    ),
    (
        "lpo_chef",
        "lpo",
        "Anders Malmqvist",
        "Lokalpolisområdeschef",
        "010-000 41 10",
        "anders.malmqvist@polisen.example",
    ),
    (
        "kommunpolis",
        "lpo",
        "Lina Ekström",
        "Kommunpolis",
        "010-000 41 27",
        "lina.ekstrom@polisen.example",
    ),
    (
        "omradespolis",
        "lpo",
        "Fredrik Dahl",
        "Områdespolis, gruppchef",
        "010-000 41 33",
        "fredrik.dahl@polisen.example",
    ),
    (
        "soc_kontakt",
        "soc",
        "Sara Nyberg",
        "Enhetschef, fältverksamhet och förebyggande arbete",
        "08-000 913 40",
        "sara.nyberg@danderyd.example",
    ),
    (
        "aldre_kontakt",
        "soc",
        "Birgitta Lönn",
        "Verksamhetsutvecklare, äldreomsorgen",
        "08-000 913 62",
        "birgitta.lonn@danderyd.example",
    ),
    (
        "utb_kontakt",
        "utb",
        "Jonas Wikström",
        "Utvecklingsstrateg, elevhälsa",
        "08-000 915 18",
        "jonas.wikstrom@danderyd.example",
    ),
    (
        "kof_kontakt",
        "kof",
        "Maria Lindgren",
        "Fritidschef",
        "08-000 916 05",
        "maria.lindgren@danderyd.example",
    ),
    (
        "tek_kontakt",
        "tek",
        "Erik Sandberg",
        "Gatu- och parkchef",
        "08-000 917 22",
        "erik.sandberg@danderyd.example",
    ),
    (
        "msb_kontakt",
        "msb",
        "Ulrika Holm",
        "Planarkitekt",
        "08-000 918 47",
        "ulrika.holm@danderyd.example",
    ),
    (
        "bostad_kontakt",
        "bostad",
        "Ingrid Wallin",
        "Förvaltningschef",
        "08-000 920 10",
        "ingrid.wallin@morbyhem.example",
    ),
    (
        "grannsamverkan_kontakt",
        "grannsamverkan",
        "Tomas Ljung",
        "Samordnande kontaktombud",
        "070-000 12 34",
        "tomas.ljung@grannsamverkan.example",
    ),
)


def build_municipality() -> Municipality:
    return make(
        Municipality,
        MUNICIPALITY_KEY,
        name="Danderyds kommun",
        short_name="Danderyd",
        org_number="212000-0000",
        default_unit="Kommunledningskontoret",
        postal_address="Danderyds kommun, Box 000, 182 00 Danderyd",
        visiting_address="Exempelvägen 1, Mörby centrum",
        phone="08-000 910 00",
        email="kontaktcenter@danderyd.example",
        website="https://www.danderyd.example",
        dnr_pattern="KS ÅÅÅÅ/NNNN",
        is_example=True,
        note=MUNICIPALITY_NOTE,
    )


def build(ctx: DemoContext) -> None:
    """Organisations and persons of the municipality, registered in `ctx` by key."""
    for key, name, short_name, kind, description in ORGANISATIONS:
        organisation = make(
            Organisation,
            f"organisation:{key}",
            name=name,
            short_name=short_name,
            kind=kind,
            description=description,
        )
        ctx.municipality.organisations.append(organisation)
        ctx.organisations[key] = organisation
    for key, organisation_key, name, title, phone, email in PERSONS:
        person = make(
            Person,
            f"person:{key}",
            name=name,
            title=title,
            phone=phone,
            email=email,
            organisation=ctx.organisations[organisation_key],
        )
        ctx.municipality.persons.append(person)
        ctx.persons[key] = person
