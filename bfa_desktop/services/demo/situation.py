"""Gemensam lokal lägesbild 2020: sections, sources, statistics, survey results, places and the
prioritised problems. Every figure is invented; areas and aggregates only, never individuals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bfa_desktop.model import (
    Period,
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
from bfa_desktop.model.enums import PlaceKind, SectionKind
from bfa_desktop.services.demo.common import DemoContext, bullets, make, numbered, paragraphs

TITLE = "Gemensam lokal lägesbild 2020"
YEARS = (2016, 2017, 2018, 2019, 2020)
DANDERYD = "Danderyds kommun"
COUNTY = "Stockholms län"
PER_1000 = "anmälda brott per 1 000 invånare"
EXAMPLE = "Exempeldata: siffrorna i demonstrationen är påhittade."


# key, name, owner, year, limitation
SOURCES: tuple[tuple[str, str, str, int, str], ...] = (
    (
        "anmalda",
        "Polisens statistik över anmälda brott",
        "Polismyndigheten",
        2020,
        f"{EXAMPLE} Statistiken visar anmälda brott, inte alla brott som begås. Hur stor "
        "andel som anmäls skiljer sig mycket mellan brottstyper, och brott registreras där "
        "de anmäls, inte alltid där de skett.",
    ),
    (
        "trygghetsmatning",
        "Polisens trygghetsmätning",
        "Polismyndigheten",
        2020,
        f"{EXAMPLE} Enkät med omkring 600 svarande i kommunen. Svarsfrekvensen var låg bland "
        "unga vuxna, och små skillnader mellan år ligger inom felmarginalen.",
    ),
    (
        "stockholmsenkaten",
        "Stockholmsenkäten",
        "Region Stockholm och kommunerna i länet",
        2020,
        f"{EXAMPLE} Skolenkät i årskurs 9 och gymnasiets år 2. Elever som inte var i skolan "
        "den dagen saknas, och det är ofta de elever som har störst behov av stöd.",
    ),
    (
        "dialoger",
        "Medborgardialoger och trygghetsvandringar 2020",
        "Danderyds kommun",
        2020,
        f"{EXAMPLE} Deltagarna valde själva att komma och speglar inte hela befolkningen. "
        "Färre dialoger hölls än planerat på grund av pandemin.",
    ),
    (
        "felanmalan",
        "Kommunens felanmälan om klotter och skadegörelse",
        "Tekniska kontoret, Danderyds kommun",
        2020,
        f"{EXAMPLE} Omfattar bara kommunens egna fastigheter och allmän plats. Antalet "
        "ärenden beror också på hur många som känner till felanmälan.",
    ),
    (
        "polisens_bedomning",
        "Polisens lokala bedömning",
        "Lokalpolisområde Södra Roslagen",
        2020,
        f"{EXAMPLE} Bygger på underrättelseinformation som inte kan redovisas öppet. Avsnitt "
        "som bygger på den är interna och utelämnas i den publika versionen.",
    ),
)

# category, area, source key, internal, values 2016–2020 (per 1 000 invånare)
STATISTICS: tuple[tuple[str, str, str, bool, tuple[float, ...]], ...] = (
    ("Anmälda brott totalt", DANDERYD, "anmalda", False, (71.4, 68.9, 70.2, 66.5, 63.8)),
    ("Anmälda brott totalt", COUNTY, "anmalda", False, (127.3, 125.8, 124.1, 121.6, 118.9)),
    ("Bostadsinbrott", DANDERYD, "anmalda", False, (7.9, 8.4, 6.8, 6.1, 5.2)),
    ("Bostadsinbrott", COUNTY, "anmalda", False, (3.8, 3.6, 3.4, 3.1, 2.7)),
    ("Skadegörelse", DANDERYD, "anmalda", False, (9.6, 10.3, 11.2, 10.8, 11.9)),
    ("Skadegörelse", COUNTY, "anmalda", False, (14.8, 14.2, 13.9, 13.5, 13.1)),
    ("Våldsbrott", DANDERYD, "anmalda", False, (4.1, 4.4, 4.0, 4.6, 4.3)),
    ("Våldsbrott", COUNTY, "anmalda", False, (9.2, 9.5, 9.3, 9.4, 9.0)),
    ("Bedrägerier", DANDERYD, "anmalda", False, (12.5, 13.8, 15.1, 16.9, 18.4)),
    ("Bedrägerier", COUNTY, "anmalda", False, (19.6, 20.4, 21.3, 22.8, 23.5)),
    ("Narkotikabrott", "Mörby centrum", "polisens_bedomning", True, (1.2, 1.5, 1.9, 2.4, 2.2)),
)

# survey, indicator, year, value, comparison value (Stockholms län), source key
SURVEY_INDICATORS: tuple[tuple[str, str, float, float, str], ...] = (
    (
        "Polisens trygghetsmätning",
        "Känner sig trygg ute ensam sent på kvällen i sitt bostadsområde",
        81.0,
        72.0,
        "trygghetsmatning",
    ),
    (
        "Polisens trygghetsmätning",
        "Är oroliga för inbrott i bostaden",
        39.0,
        28.0,
        "trygghetsmatning",
    ),
    (
        "Polisens trygghetsmätning",
        "Upplever ungdomsgäng som stör ordningen som ett problem i området",
        17.0,
        19.0,
        "trygghetsmatning",
    ),
    (
        "Polisens trygghetsmätning",
        "Har utsatts för bedrägeri eller försök till bedrägeri det senaste året",
        11.0,
        9.0,
        "trygghetsmatning",
    ),
    (
        "Polisens trygghetsmätning",
        "Har stort eller ganska stort förtroende för polisens arbete i området",
        63.0,
        58.0,
        "trygghetsmatning",
    ),
    (
        "Stockholmsenkäten",
        "Elever i årskurs 9 som har druckit alkohol de senaste tolv månaderna",
        44.0,
        36.0,
        "stockholmsenkaten",
    ),
    (
        "Stockholmsenkäten",
        "Elever i gymnasiets år 2 som någon gång har använt cannabis",
        19.0,
        16.0,
        "stockholmsenkaten",
    ),
    (
        "Stockholmsenkäten",
        "Elever i årskurs 9 som känner sig trygga i skolan",
        89.0,
        85.0,
        "stockholmsenkaten",
    ),
)

# key, name, area, kind, description, time pattern, internal
PLACES: tuple[tuple[str, str, str, PlaceKind, str, str, bool], ...] = (
    (
        "morby_centrum",
        "Mörby centrum med bussterminalen",
        "Mörby",
        PlaceKind.BADE,
        "Kommunens största handelsplats och knutpunkt för buss och tunnelbana. Flest "
        "anmälningar om stölder och ordningsstörningar, och den plats som flest nämner som "
        "otrygg.",
        "Fredag och lördag 20–02; vardagar 15–18 när skolungdomar samlas.",
        False,
    ),
    (
        "sjukhuset_station",
        "Tunnelbanestationen och pendlarparkeringen vid Danderyds sjukhus",
        "Danderyd",
        PlaceKind.BROTTSKONCENTRATION,
        "Cykelstölder och inbrott i bilar på pendlarparkeringen. Få upplever platsen som "
        "otrygg dagtid.",
        "Vardagar 07–18, flest anmälningar under hösten.",
        False,
    ),
    (
        "gangtunnlar_e18",
        "Gång- och cykeltunnlarna under E18",
        "Danderyd och Enebyberg",
        PlaceKind.OTRYGG_PLATS,
        "Dålig belysning, klotter och dålig sikt gör att många undviker tunnlarna. Få "
        "anmälda brott.",
        "Kvällar och nätter, särskilt oktober–mars när det är mörkt tidigt.",
        False,
    ),
    (
        "villaomraden",
        "Villaområdena i Djursholm och Stocksund",
        "Djursholm och Stocksund",
        PlaceKind.BROTTSKONCENTRATION,
        "Flest bostadsinbrott i kommunen, ofta i hus med skymd insyn från gatan.",
        "Vardagar 10–20, flest under mörka månader och vid storhelger.",
        False,
    ),
    (
        "enebyberg_station",
        "Roslagsbanans station i Enebyberg och vägen till centrum",
        "Enebyberg",
        PlaceKind.OTRYGG_PLATS,
        "Upplevs som otrygg av unga och äldre som reser kvällstid. Skadegörelse på "
        "väderskydd och belysning.",
        "Vardagskvällar efter 21 och helgnätter.",
        False,
    ),
    (
        "edsviken",
        "Badplatserna vid Edsviken",
        "Djursholm och Stocksund",
        PlaceKind.BADE,
        "Stora ungdomssamlingar med alkohol vid skolavslutning och under sommarlovet. "
        "Nedskräpning, stölder och enstaka misshandelsfall.",
        "Juni–augusti, kvällar och nätter; störst vid skolavslutning och midsommar.",
        False,
    ),
    (
        "idrottsplats",
        "Samlingsplatsen vid en idrottsplats i kommunens västra del",
        "Västra Danderyd",
        PlaceKind.BROTTSKONCENTRATION,
        "Polisens information pekar på att narkotika säljs till unga på platsen. Uppgiften "
        "är intern.",
        "Fredag och lördag 19–23 under skolterminerna.",
        True,
    ),
)


@dataclass(frozen=True)
class ProblemSpec:
    key: str
    title: str
    description: str
    analysis: str
    causes: tuple[str, ...]


PROBLEMS: tuple[ProblemSpec, ...] = (
    ProblemSpec(
        "inbrott",
        "Bostadsinbrott i villaområden",
        "Danderyd har fortfarande fler bostadsinbrott per invånare än länet, även om antalet "
        "har minskat sedan 2017. Oron för inbrott är hög.",
        paragraphs(
            "Inbrotten sker främst dagtid i villor där ingen är hemma. Gärningspersonerna "
            "kommer oftast från andra delar av regionen och väljer hus med skymd insyn och "
            "enkla lås.",
            "Grannsamverkan finns i många områden men är svag i de delar som drabbas mest.",
        ),
        (
            "Många hus har dåligt inbrottsskydd och skymd insyn från gatan.",
            "Grannsamverkan saknas eller är inaktiv i de mest utsatta områdena.",
            "Stöldgods förs snabbt ut ur kommunen via de stora vägarna.",
        ),
    ),
    ProblemSpec(
        "morby",
        "Otrygghet och ordningsstörningar i Mörby centrum",
        "Mörby centrum är den plats där flest anmälda brott sker och som flest invånare "
        "upplever som otrygg, särskilt på helgkvällar.",
        paragraphs(
            "Ungdomar från flera kommuner samlas i centrumet och vid bussterminalen. En mindre "
            "grupp står för ordningsstörningar och stölder och påverkar hur andra upplever "
            "platsen.",
            "Vuxennärvaron är låg efter butikernas stängning, och en del av den fysiska miljön "
            "skapar skymda hörn.",
        ),
        (
            "Låg vuxennärvaro efter klockan 20 på helgerna.",
            "Den fysiska miljön har skymda ytor och ojämn belysning.",
            "Aktörerna i centrumet har ingen gemensam bild av läget.",
        ),
    ),
    ProblemSpec(
        "andt",
        "Ungas bruk av alkohol och narkotika",
        "Fler elever i Danderyd än i länet har druckit alkohol, och cannabisbruket bland "
        "gymnasieelever ökar. Polisen ser tecken på narkotikaförsäljning till unga.",
        paragraphs(
            "Alkohol är lätt att få tag på via äldre kamrater och ibland föräldrar. Attityden "
            "till cannabis har blivit mer tillåtande.",
            "Riskfaktorer finns hos en mindre grupp unga med skolfrånvaro och svag koppling "
            "till fritidsaktiviteter.",
        ),
        (
            "Alkohol och narkotika är lätt att få tag på för unga.",
            "Tillåtande attityder till cannabis bland unga och en del vuxna.",
            "En grupp unga har hög skolfrånvaro och ingen organiserad fritid.",
            "Föräldrar saknar kunskap om tidiga tecken på bruk.",
        ),
    ),
    ProblemSpec(
        "skadegorelse",
        "Skadegörelse, klotter och otrygga utemiljöer",
        "Anmälningarna om skadegörelse har ökat varje år sedan 2016. Invånarna pekar ut "
        "gångtunnlar och stationer som otrygga.",
        paragraphs(
            "Skadegörelse som inte åtgärdas snabbt lockar till mer. Dålig belysning och "
            "igenvuxen växtlighet gör platser ödsliga och otrygga.",
            "Felanmälan är okänd för många invånare.",
        ),
        (
            "Klotter och skador tas inte bort snabbt nog.",
            "Dålig belysning och skymd sikt i gångtunnlar och vid stationer.",
            "Få invånare känner till kommunens felanmälan.",
        ),
    ),
    ProblemSpec(
        "bedragerier",
        "Bedrägerier mot äldre",
        "Anmälda bedrägerier har ökat med nästan hälften på fem år. Äldre drabbas särskilt "
        "av telefon- och bankbedrägerier.",
        paragraphs(
            "Kommunen har en stor andel invånare över 75 år. Bedragarna ringer och utger sig "
            "för att vara bank eller polis och lockar fram koder till bank-id.",
            "Många som drabbas skäms och anmäler inte.",
        ),
        (
            "Många äldre känner inte till bedragarnas metoder.",
            "Skam gör att brott inte anmäls och att andra inte varnas.",
        ),
    ),
    ProblemSpec(
        "vald",
        "Våld i nära relationer",
        "Anmälningarna är få, men mörkertalet bedöms vara stort. Socialtjänsten möter "
        "våldsutsatta som inte tidigare sökt hjälp.",
        paragraphs(
            "Våldet är ofta dolt och kan pågå länge innan någon reagerar. Personal i skola, "
            "äldreomsorg och vård möter våldsutsatta men vet inte alltid hur de ska fråga.",
            "Stödet till våldsutsatta och till den som utövar våld är inte känt för alla.",
        ),
        (
            "Personal saknar rutiner för att fråga om våld.",
            "Stödet är okänt för många invånare.",
            "Barn som lever med våld upptäcks sent.",
        ),
    ),
)


# key, kind, heading, body, internal
SECTIONS: tuple[tuple[str, SectionKind, str, str, bool], ...] = (
    (
        "sammanfattning",
        SectionKind.SAMMANFATTNING,
        "Sammanfattning",
        paragraphs(
            "*Exempeldata: lägesbilden visar hur ett dokument i BFA Desktop kan se ut. Alla "
            "siffror och personer är påhittade.*",
            "Danderyd är en trygg kommun jämfört med länet, och det totala antalet anmälda brott "
            "minskar. Men bostadsinbrotten är fortfarande fler än i länet, bedrägerierna ökar och "
            "Mörby centrum upplevs som otryggt på helgkvällar.",
            "Kommunen och polisen föreslår att arbetet 2021–2022 prioriterar:",
            numbered(problem.title for problem in PROBLEMS),
        ),
        False,
    ),
    (
        "inledning",
        SectionKind.INLEDNING,
        "Inledning",
        paragraphs(
            "Lägesbilden är underlag för handlingsplanen och medborgarlöftena 2021–2022. Den "
            "är framtagen av kommunen och Lokalpolisområde Södra Roslagen tillsammans.",
            "**Metod.** Kommunens förvaltningar och polisen gjorde var sin kartläggning under "
            "våren 2020. Resultaten slogs ihop vid två gemensamma workshoppar i september, där "
            "problemen också rangordnades.",
            "**Källor.** Anmälningsstatistik, trygghetsmätning, Stockholmsenkäten, "
            "felanmälningar och dialoger. Källornas begränsningar redovisas i "
            "källförteckningen.",
            "Lägesbilden beskriver områden och grupper, aldrig enskilda personer.",
        ),
        False,
    ),
    (
        "kommunen_i_korthet",
        SectionKind.KOMMUNEN_I_KORTHET,
        "Kommunen i korthet",
        paragraphs(
            "Danderyd ligger norr om Stockholm och består av kommundelarna Danderyd, Djursholm, "
            "Enebyberg och Stocksund. Kommunen har mest villabebyggelse, några flerbostadsområden "
            "kring Mörby och många grönområden längs Edsviken.",
            bullets(
                (
                    "Tunnelbana, bussar och Roslagsbanan gör kommunen lätt att nå.",
                    "E18 delar kommunen i en östlig och en västlig del.",
                    "Andelen invånare över 75 år är högre än i länet.",
                    "Många gymnasieelever från andra kommuner studerar i Danderyd.",
                )
            ),
        ),
        False,
    ),
    (
        "brottsutveckling",
        SectionKind.BROTTSUTVECKLING,
        "Brottsutveckling",
        paragraphs(
            "Antalet anmälda brott per 1 000 invånare har minskat sedan 2016 och är ungefär "
            "hälften av länets nivå.",
            bullets(
                (
                    "**Bostadsinbrott** har minskat men ligger kvar på nästan dubbla länets nivå.",
                    "**Skadegörelse** har ökat varje år och är nu den brottstyp som ökar mest "
                    "efter bedrägerier.",
                    "**Bedrägerier** har ökat med nästan hälften på fem år.",
                    "**Våldsbrott** är få och ligger på samma nivå som tidigare.",
                )
            ),
        ),
        False,
    ),
    (
        "trygghet",
        SectionKind.TRYGGHET,
        "Trygghet",
        paragraphs(
            "Åtta av tio känner sig trygga ute ensamma sent på kvällen i sitt bostadsområde, "
            "vilket är fler än i länet. Oron för inbrott är däremot tydligt högre.",
            "Kvinnor och äldre känner sig otryggare än andra, och otryggheten hänger ofta ihop "
            "med vissa platser snarare än med området där man bor.",
        ),
        False,
    ),
    (
        "platser_och_tider",
        SectionKind.PLATSER_OCH_TIDER,
        "Platser och tider",
        paragraphs(
            "Brotten och otryggheten samlas på ett fåtal platser:",
            bullets(
                (
                    "Mörby centrum på helgkvällar.",
                    "Pendlarparkeringen vid Danderyds sjukhus på vardagar.",
                    "Gångtunnlarna under E18 och Roslagsbanans stationer när det är mörkt.",
                    "Badplatserna vid Edsviken under sommaren.",
                )
            ),
            "Inbrotten sker spritt i villaområdena men flest i Djursholm och Stocksund.",
        ),
        False,
    ),
    (
        "barn_och_unga",
        SectionKind.BARN_OCH_UNGA,
        "Barn och unga",
        paragraphs(
            "De flesta unga i Danderyd mår bra, går i skolan och har en aktiv fritid. Fler än i "
            "länet har dock druckit alkohol, och cannabisbruket bland gymnasieelever ökar.",
            "**Riskfaktorer** som vi ser hos en mindre grupp: hög skolfrånvaro, ingen "
            "organiserad fritid och kamrater som begår brott.",
            "**Skyddsfaktorer** som vi vill stärka: vuxennärvaro, föräldrar som sätter gränser "
            "och en meningsfull fritid.",
        ),
        False,
    ),
    (
        "tema",
        SectionKind.TEMA,
        "Särskilt tema: bedrägerier mot äldre",
        paragraphs(
            "Under 2020 ökade telefonbedrägerierna mot äldre. Pandemin gjorde att många äldre "
            "var isolerade och mer beroende av telefon och internet.",
            "Hemtjänsten och anhöriga är viktiga för att sprida kunskap om bedragarnas metoder.",
        ),
        False,
    ),
    (
        "dialoger",
        SectionKind.DIALOGER,
        "Vad invånare och medarbetare berättade",
        paragraphs(
            "Under 2020 genomfördes fyra trygghetsvandringar, två digitala medborgardialoger "
            "och en enkät till kommunens medarbetare.",
            bullets(
                (
                    "Invånarna vill se fler vuxna och poliser i Mörby centrum.",
                    "Belysningen i gångtunnlarna nämndes i nästan alla dialoger.",
                    "Medarbetare i hemtjänsten vill ha stöd i att prata om bedrägerier.",
                )
            ),
        ),
        False,
    ),
    (
        "polisens_bedomning",
        SectionKind.ANALYS,
        "Polisens bedömning (intern)",
        paragraphs(
            "Polisen bedömer att narkotikaförsäljningen till unga i kommunens västra del "
            "styrs från en annan kommun i länet och att den kan öka under 2021.",
            "Uppgifterna bygger på underrättelseinformation och ska inte publiceras.",
        ),
        True,
    ),
    (
        "analys",
        SectionKind.ANALYS,
        "Analys och orsaker",
        paragraphs(
            "För varje prioriterat problem har arbetsgruppen gjort en orsaksanalys. Orsakerna "
            "är grunden för handlingsplanens åtgärder.",
            "Flera problem har gemensamma orsaker, till exempel låg vuxennärvaro på kvällar och "
            "en fysisk miljö som inte underhålls tillräckligt.",
        ),
        False,
    ),
    (
        "prioriterade_problem",
        SectionKind.PRIORITERADE_PROBLEM,
        "Prioriterade problem",
        paragraphs(
            "Problemen är rangordnade efter hur många de berör, hur allvarliga de är och hur "
            "mycket kommunen och polisen kan påverka dem:",
            numbered(problem.title for problem in PROBLEMS),
        ),
        False,
    ),
)


def build(ctx: DemoContext, period: Period) -> SituationPicture:
    picture = make(
        SituationPicture,
        "situation:2021",
        title=TITLE,
        year=2020,
        version="1.0",
        document_date=date(2020, 10, 30),
        dnr="KS 2020/0359",
    )
    period.situation_picture = picture
    for key, kind, heading, body, internal in SECTIONS:
        picture.sections.append(
            make(
                SituationSection,
                f"section:2021:{key}",
                kind=kind,
                heading=heading,
                body=body,
                internal=internal,
            )
        )
    sources: dict[str, Source] = {}
    for key, name, owner, year, limitation in SOURCES:
        sources[key] = make(
            Source, f"source:2021:{key}", name=name, owner=owner, year=year, limitation=limitation
        )
        picture.sources.append(sources[key])
    for category, area, source_key, internal, values in STATISTICS:
        key = f"series:2021:{category}:{area}"
        series = make(
            StatisticSeries,
            key,
            category=category,
            area=area,
            unit=PER_1000,
            source=sources[source_key],
            internal=internal,
        )
        for year, value in zip(YEARS, values, strict=True):
            series.values.append(make(StatisticValue, f"{key}:{year}", year=year, value=value))
        picture.statistics.append(series)
    for survey, indicator, value, comparison, source_key in SURVEY_INDICATORS:
        picture.survey_indicators.append(
            make(
                SurveyIndicator,
                f"indicator:2021:{survey}:{indicator}",
                survey=survey,
                indicator=indicator,
                area=DANDERYD,
                year=2020,
                value=value,
                unit="procent",
                comparison_area=COUNTY,
                comparison_value=comparison,
                source=sources[source_key],
            )
        )
    for key, name, area, place_kind, description, time_pattern, internal in PLACES:
        place = make(
            Place,
            f"place:2021:{key}",
            name=name,
            area=area,
            kind=place_kind,
            description=description,
            time_pattern=time_pattern,
            internal=internal,
        )
        picture.places.append(place)
        ctx.places[key] = place
    for spec in PROBLEMS:
        problem = make(
            PrioritisedProblem,
            f"problem:2021:{spec.key}",
            title=spec.title,
            description=spec.description,
            analysis=spec.analysis,
        )
        for number, text in enumerate(spec.causes, start=1):
            problem.causes.append(
                make(ProblemCause, f"problem-cause:2021:{spec.key}:{number}", text=text)
            )
        picture.problems.append(problem)
        ctx.problems[spec.key] = problem
    return picture
