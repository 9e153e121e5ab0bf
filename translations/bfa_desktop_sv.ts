<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>BFA Desktop is already open</source>
        <translation>BFA Desktop är redan öppet</translation>
    </message>
    <message>
        <source>BFA Desktop is already running with this database (%1). Switch to that window, or close it first.</source>
        <translation>BFA Desktop är redan igång med den här databasen (%1). Gå till det fönstret, eller stäng det först.</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
    <message>
        <source>The database cannot be written</source>
        <translation>Databasen går inte att skriva till</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Öppna skrivskyddad</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Welcome to BFA Desktop</source>
        <translation>Välkommen till BFA Desktop</translation>
    </message>
    <message>
        <source>The database is empty. Start with the example municipality (invented data) to see how it works, or create your own municipality and period.</source>
        <translation>Databasen är tom. Börja med exempelkommunen (påhittade uppgifter) för att se hur programmet fungerar, eller skapa din egen kommun och period.</translation>
    </message>
    <message>
        <source>Load the example</source>
        <translation>Läs in exemplet</translation>
    </message>
    <message>
        <source>Create my municipality…</source>
        <translation>Skapa min kommun…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>A backup is taken on the first use of each day, and before every upgrade, import and restore. Restoring replaces everything in the database with the backup; the present state is backed up first, so Undo brings it back.</source>
        <translation>En säkerhetskopia sparas första gången programmet används varje dag, och före varje uppgradering, import och återställning. Vid återställning ersätts allt i databasen med säkerhetskopian; det nuvarande läget sparas först, så Ångra tar tillbaka det.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Säkerhetskopiera &amp;nu</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Det finns inga säkerhetskopior av den här databasen ännu.</translation>
    </message>
    <message>
        <source>The backup could not be saved: %1</source>
        <translation>Säkerhetskopian kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sparade %1.</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>Återställa säkerhetskopian?</translation>
    </message>
    <message>
        <source>Everything in the database is replaced with the backup of %1. The present state is backed up first: Undo (Ctrl+Z) brings it back.</source>
        <translation>Allt i databasen ersätts med säkerhetskopian från %1. Det nuvarande läget sparas först som säkerhetskopia: Ångra (Ctrl+Z) tar tillbaka det.</translation>
    </message>
    <message>
        <source>First use of the day</source>
        <translation>Dagens första användning</translation>
    </message>
    <message>
        <source>Taken on request</source>
        <translation>Sparad på begäran</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Före import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Före återställning</translation>
    </message>
    <message>
        <source>Before the database was upgraded</source>
        <translation>Före uppgradering av databasen</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Today&apos;s backup could not be saved: %1</source>
        <translation>Dagens säkerhetskopia kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>restore %1</source>
        <translation>återställning av %1</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>There is no backup of it to restore.</source>
        <translation>Det finns ingen säkerhetskopia av den att återställa.</translation>
    </message>
    <message>
        <source>The newest whole backup is from %1. Restore it? The damaged file is kept among the backups.</source>
        <translation>Den senaste hela säkerhetskopian är från %1. Vill du återställa den? Den skadade filen sparas bland säkerhetskopiorna.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Återställ säkerhetskopian</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>Code</name>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Department or office</source>
        <translation>Förvaltning/kontor</translation>
    </message>
    <message>
        <source>Municipal company</source>
        <translation>Kommunalt bolag</translation>
    </message>
    <message>
        <source>Local police area</source>
        <translation>Lokalpolisområde</translation>
    </message>
    <message>
        <source>Police area</source>
        <translation>Polisområde</translation>
    </message>
    <message>
        <source>Crime prevention council</source>
        <translation>Brottsförebyggande råd</translation>
    </message>
    <message>
        <source>Board or committee</source>
        <translation>Nämnd/styrelse</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Housing company</source>
        <translation>Bostadsbolag</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>Kollektivtrafik</translation>
    </message>
    <message>
        <source>Security company</source>
        <translation>Bevakningsföretag</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Förening</translation>
    </message>
    <message>
        <source>Neighbourhood watch</source>
        <translation>Grannsamverkan</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Näringsliv</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polis</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Samverkanspart</translation>
    </message>
    <message>
        <source>Voluntary agreement</source>
        <translation>Frivillig överenskommelse</translation>
    </message>
    <message>
        <source>Act 2023:196</source>
        <translation>Lag (2023:196)</translation>
    </message>
    <message>
        <source>Municipal council</source>
        <translation>Kommunfullmäktige</translation>
    </message>
    <message>
        <source>Municipal executive board</source>
        <translation>Kommunstyrelsen</translation>
    </message>
    <message>
        <source>A committee</source>
        <translation>Nämnd</translation>
    </message>
    <message>
        <source>Initiating</source>
        <translation>Initiera samverkan</translation>
    </message>
    <message>
        <source>Own preparations</source>
        <translation>Egna förberedelser</translation>
    </message>
    <message>
        <source>Joint preparations</source>
        <translation>Gemensamma förberedelser</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Genomförande</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Endorsed by the council</source>
        <translation>Tillstyrkt av råd</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknad</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Tillstyrkt</translation>
    </message>
    <message>
        <source>Endorsed with changes</source>
        <translation>Tillstyrkt med ändringar</translation>
    </message>
    <message>
        <source>Not endorsed</source>
        <translation>Ej tillstyrkt</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Bordlagt</translation>
    </message>
    <message>
        <source>Collaboration agreement</source>
        <translation>Samverkansöverenskommelse</translation>
    </message>
    <message>
        <source>Adoption of plan and promises</source>
        <translation>Antagande av handlingsplan och medborgarlöften</translation>
    </message>
    <message>
        <source>Official report</source>
        <translation>Tjänsteutlåtande</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Citizen promises</source>
        <translation>Medborgarlöften</translation>
    </message>
    <message>
        <source>Joint situation picture</source>
        <translation>Gemensam lokal lägesbild</translation>
    </message>
    <message>
        <source>Excerpt from the minutes</source>
        <translation>Utdrag ur mötesanteckningar</translation>
    </message>
    <message>
        <source>Evaluation of the previous plan</source>
        <translation>Utvärdering av tidigare handlingsplan</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <source>The municipality in brief</source>
        <translation>Kommunen i korthet</translation>
    </message>
    <message>
        <source>Crime trends</source>
        <translation>Brottsutveckling</translation>
    </message>
    <message>
        <source>Feeling of safety</source>
        <translation>Trygghet</translation>
    </message>
    <message>
        <source>Places and times</source>
        <translation>Platser och tider</translation>
    </message>
    <message>
        <source>Children and young people</source>
        <translation>Barn och unga</translation>
    </message>
    <message>
        <source>Special theme</source>
        <translation>Särskilt tema</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>Medborgar- och medarbetardialoger</translation>
    </message>
    <message>
        <source>Analysis and causes</source>
        <translation>Analys och orsaker</translation>
    </message>
    <message>
        <source>Prioritised problems</source>
        <translation>Prioriterade problem</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källförteckning</translation>
    </message>
    <message>
        <source>Perceived as unsafe</source>
        <translation>Upplevd otrygg plats</translation>
    </message>
    <message>
        <source>Crime hot spot</source>
        <translation>Brottskoncentration</translation>
    </message>
    <message>
        <source>Unsafe and hot spot</source>
        <translation>Otrygg plats och brottskoncentration</translation>
    </message>
    <message>
        <source>Situational</source>
        <translation>Situationell</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Kartläggning</translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <source>The police</source>
        <translation>Polisen</translation>
    </message>
    <message>
        <source>Jointly</source>
        <translation>Gemensamt</translation>
    </message>
    <message>
        <source>Another party</source>
        <translation>Annan part</translation>
    </message>
    <message>
        <source>One-off effort</source>
        <translation>Engångsinsats</translation>
    </message>
    <message>
        <source>Ordinary work</source>
        <translation>Ordinarie verksamhet</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Varje månad</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Varje kvartal</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Varje halvår</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Varje år</translation>
    </message>
    <message>
        <source>At the end of the period</source>
        <translation>Vid periodens slut</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ej påbörjad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <source>Green – on track</source>
        <translation>Grön – enligt plan</translation>
    </message>
    <message>
        <source>Yellow – at risk</source>
        <translation>Gul – risk för avvikelse</translation>
    </message>
    <message>
        <source>Red – off track</source>
        <translation>Röd – avviker</translation>
    </message>
    <message>
        <source>Police and municipality</source>
        <translation>Polisen och kommunen</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Delvis genomförd</translation>
    </message>
    <message>
        <source>Ongoing – carried over</source>
        <translation>Pågående – flyttas över</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ej genomförd</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Utgår</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Continue in a changed form</source>
        <translation>Fortsätt i ändrad form</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Make it ordinary work</source>
        <translation>Till ordinarie verksamhet</translation>
    </message>
</context>
<context>
    <name>Colour</name>
    <message>
        <source>green</source>
        <translation>grön</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>gul</translation>
    </message>
    <message>
        <source>red</source>
        <translation>röd</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Oväntat fel</translation>
    </message>
    <message>
        <source>BFA Desktop ran into an unexpected error. Your saved work is safe: every change is stored as you make it. The details are saved in %1.</source>
        <translation>BFA Desktop råkade ut för ett oväntat fel. Det du har arbetat med är kvar: varje ändring sparas när du gör den. Detaljerna finns i %1.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiera detaljer</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD, e.g. 2021-01-01.</source>
        <translation>Inget datum: skriv det som ÅÅÅÅ-MM-DD, till exempel 2021-01-01.</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Create %1</source>
        <translation>Skapa %1</translation>
    </message>
    <message>
        <source>This period has no %1 yet.</source>
        <translation>Perioden har ingen %1 ännu.</translation>
    </message>
    <message>
        <source>Choose a municipality and a period at the top of the window.</source>
        <translation>Välj kommun och period överst i fönstret.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>change %1</source>
        <translation>ändra %1</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>lägg till %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>ta bort %1</translation>
    </message>
    <message>
        <source>move %1</source>
        <translation>flytta %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export documents</source>
        <translation>Exportera dokument</translation>
    </message>
    <message>
        <source>The municipality&apos;s template (%1)</source>
        <translation>Kommunens mall (%1)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>The period has no such document yet.</source>
        <translation>Perioden har inget sådant dokument ännu.</translation>
    </message>
    <message>
        <source>&amp;Word (.docx)</source>
        <translation>&amp;Word (.docx)</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>The standard template</source>
        <translation>Standardmallen</translation>
    </message>
    <message>
        <source>Include internal sections and figures</source>
        <translation>Ta med interna avsnitt och uppgifter</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Mall:</translation>
    </message>
    <message>
        <source>Folder for the documents</source>
        <translation>Mapp för dokumenten</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word-mall</translation>
    </message>
    <message>
        <source>Word templates (*.docx *.dotx)</source>
        <translation>Word-mallar (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Choose at least one document and one format.</source>
        <translation>Välj minst ett dokument och ett format.</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Ingenting exporterades.</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Ersätta filer?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this export exist already in %1:</source>
        <translation>
            <numerusform>%n av exportens filer finns redan i %1:</numerusform>
            <numerusform>%n av exportens filer finns redan i %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… och %n till</numerusform>
            <numerusform>… och %n till</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Ersätt dem</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Avbryter efter den här filen…</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Skriver %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n fil skapades.</numerusform>
            <numerusform>%n filer skapades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export done</source>
        <translation>Exporten är klar</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n fil skapades i %1.</numerusform>
            <numerusform>%n filer skapades i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>Cancelled. Files finished before stay as they are.</source>
        <translation>Avbrutet. Filer som blev klara innan finns kvar.</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>The export failed unexpectedly: %1</source>
        <translation>Exporten misslyckades oväntat: %1</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadress</translation>
    </message>
    <message>
        <source>Visiting address</source>
        <translation>Besöksadress</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Case number pattern</source>
        <translation>Mönster för diarienummer</translation>
    </message>
    <message>
        <source>Example data</source>
        <translation>Exempeldata</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>Adopts the plan</source>
        <translation>Antar planen</translation>
    </message>
    <message>
        <source>Name of the committee</source>
        <translation>Nämndens namn</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Undertecknad</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Joint goals</source>
        <translation>Gemensamma mål</translation>
    </message>
    <message>
        <source>Prioritised problems</source>
        <translation>Prioriterade problem</translation>
    </message>
    <message>
        <source>Organisation of the work</source>
        <translation>Organisation av arbetet</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Mötesformer</translation>
    </message>
    <message>
        <source>Exchange of information</source>
        <translation>Informationsutbyte</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Sammanträdesdatum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Excerpt from the minutes</source>
        <translation>Utdrag ur mötesanteckningarna</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Råd</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Ordförande</translation>
    </message>
    <message>
        <source>Checkers of the minutes (comma-separated)</source>
        <translation>Justerare (med komma emellan)</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekreterare</translation>
    </message>
    <message>
        <source>Minutes checked on</source>
        <translation>Justeringsdatum</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Date of decision</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>Paragraph (§)</source>
        <translation>Paragraf (§)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Signs for</source>
        <translation>Undertecknar för</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Internal (left out of the public edition)</source>
        <translation>Intern (utelämnas i den offentliga versionen)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Begränsningar</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Undersökning</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Comparison area</source>
        <translation>Jämförelseområde</translation>
    </message>
    <message>
        <source>Comparison value</source>
        <translation>Jämförelsevärde</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Tider</translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation>Orsaksanalys</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsläge</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>Operational goal</source>
        <translation>Operativt mål</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Ongoing (no deadline)</source>
        <translation>Löpande (inget slutdatum)</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Arbetsform</translation>
    </message>
    <message>
        <source>Money (thousand SEK)</source>
        <translation>Pengar (tkr)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Within the existing budget</source>
        <translation>Inom befintlig ram</translation>
    </message>
    <message>
        <source>About the resources</source>
        <translation>Om resurserna</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datakälla</translation>
    </message>
    <message>
        <source>Follow-up frequency</source>
        <translation>Uppföljningsfrekvens</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Ansvarig enhet</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ansvarig person</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Samverkansparter</translation>
    </message>
    <message>
        <source>Causes addressed</source>
        <translation>Orsaker som åtgärden möter</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Assessment in words</source>
        <translation>Bedömning i ord</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <source>The situation today</source>
        <translation>Situationen idag</translation>
    </message>
    <message>
        <source>Other problems</source>
        <translation>Övriga problem</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>Förväntad effekt</translation>
    </message>
    <message>
        <source>Telling citizens the results</source>
        <translation>Återkoppling till invånarna</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Who promises</source>
        <translation>Vem lovar</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Löfte</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Communicated on</source>
        <translation>Kommunicerat den</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Evaluated period</source>
        <translation>Utvärderad period</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Fokusområde</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Assessed effect</source>
        <translation>Bedömd effekt</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Använda timmar</translation>
    </message>
    <message>
        <source>Measure of the previous plan</source>
        <translation>Åtgärd i den förra planen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Heading of the decision</source>
        <translation>Rubrik för beslutet</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Yttrande</translation>
    </message>
    <message>
        <source>Financial consequences</source>
        <translation>Ekonomiska konsekvenser</translation>
    </message>
    <message>
        <source>Child perspective</source>
        <translation>Barnperspektiv</translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Follow-up of the promises</source>
        <translation>Uppföljning av medborgarlöftena</translation>
    </message>
    <message>
        <source>How the collaboration worked</source>
        <translation>Hur samverkan fungerade</translation>
    </message>
    <message>
        <source>Lessons for the next plan</source>
        <translation>Lärdomar inför nästa plan</translation>
    </message>
    <message>
        <source>Measures addressing it</source>
        <translation>Åtgärder som möter problemet</translation>
    </message>
    <message>
        <source>Linked promises</source>
        <translation>Kopplade medborgarlöften</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutande organ</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Måttenhet</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Typ av plats</translation>
    </message>
    <message>
        <source>Kind of measure</source>
        <translation>Typ av åtgärd</translation>
    </message>
    <message>
        <source>Description and steps</source>
        <translation>Beskrivning och steg</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsibility and time</source>
        <translation>Ansvar och tid</translation>
    </message>
    <message>
        <source>Goals and follow-up</source>
        <translation>Mål och uppföljning</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Kopplingar</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Your first document</source>
        <translation>Ditt första dokument</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your municipality.&lt;/b&gt; File › New municipality… asks for its name and the local police area. (File › Load the example municipality shows a finished one.)</source>
        <translation>&lt;b&gt;Din kommun.&lt;/b&gt; Arkiv › Ny kommun… frågar efter dess namn och lokalpolisområdet. (Arkiv › Läs in exempelkommunen visar en färdig.)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The period.&lt;/b&gt; Give its years, e.g. 2025–2026 (New period… at the top). The municipality and the police area are its parties.</source>
        <translation>&lt;b&gt;Perioden.&lt;/b&gt; Ange dess år, till exempel 2025–2026 (Ny period… högst upp). Kommunen och polisområdet blir dess parter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The situation picture first.&lt;/b&gt; In its tab, click Create situation picture and fill in its details: title, year, date.</source>
        <translation>&lt;b&gt;Lägesbilden först.&lt;/b&gt; Klicka på Skapa lägesbild under dess flik och fyll i uppgifterna: titel, år, datum.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Its lists.&lt;/b&gt; Sections, statistics, places and prioritised problems each have a tab: Add (Ctrl+Shift+A) makes a new line, its fields are beside the list.</source>
        <translation>&lt;b&gt;Dess listor.&lt;/b&gt; Avsnitt, statistik, platser och prioriterade problem har var sin flik: Lägg till (Ctrl+Shift+A) gör en ny rad, dess fält finns bredvid listan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to save.&lt;/b&gt; Everything is stored as you type; Ctrl+Z undoes the last step, Ctrl+Shift+Z or Ctrl+Y redoes it.</source>
        <translation>&lt;b&gt;Inget att spara.&lt;/b&gt; Allt sparas medan du skriver; Ctrl+Z ångrar det senaste steget, Ctrl+Shift+Z eller Ctrl+Y gör om det.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What is missing.&lt;/b&gt; Overview › Ready for export? lists it; Enter on a line opens the field.</source>
        <translation>&lt;b&gt;Det som saknas.&lt;/b&gt; Översikt › Klart för export? listar det; Enter på en rad öppnar fältet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The documents.&lt;/b&gt; File › Export… (Ctrl+E) writes them as Word and PDF. The action plan, the citizen promises and the official report follow the same way.</source>
        <translation>&lt;b&gt;Dokumenten.&lt;/b&gt; Arkiv › Exportera… (Ctrl+E) skriver dem som Word och PDF. Handlingsplanen, medborgarlöftena och tjänsteutlåtandet görs på samma sätt.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>New period…</source>
        <translation>Ny period…</translation>
    </message>
    <message>
        <source>Ready for export?</source>
        <translation>Klart för export?</translation>
    </message>
    <message>
        <source>Period and parties</source>
        <translation>Period och parter</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>Council&apos;s endorsement</source>
        <translation>Rådets ställningstagande</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ö&amp;versikt</translation>
    </message>
    <message>
        <source>&amp;Situation picture</source>
        <translation>&amp;Lägesbild</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>&amp;Handlingsplan</translation>
    </message>
    <message>
        <source>Citizen p&amp;romises</source>
        <translation>&amp;Medborgarlöften</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>&amp;Utvärdering</translation>
    </message>
    <message>
        <source>Official &amp;report</source>
        <translation>&amp;Tjänsteutlåtande</translation>
    </message>
    <message>
        <source>Municipalit&amp;y</source>
        <translation>&amp;Kommunen</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Öppnar databasen…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>New &amp;municipality…</source>
        <translation>Ny &amp;kommun…</translation>
    </message>
    <message>
        <source>New &amp;period…</source>
        <translation>Ny &amp;period…</translation>
    </message>
    <message>
        <source>Load the &amp;example municipality</source>
        <translation>Läs in &amp;exempelkommunen</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Säkerhetskopior…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Bestäms av IT-avdelningen</translation>
    </message>
    <message>
        <source>&amp;Find in the period…</source>
        <translation>&amp;Sök i perioden…</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>&amp;Lägg till i listan</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Ta bort ur listan</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>Your &amp;first document</source>
        <translation>Ditt &amp;första dokument</translation>
    </message>
    <message>
        <source>&amp;About BFA Desktop</source>
        <translation>&amp;Om BFA Desktop</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <source>Statutory action &amp;plan</source>
        <translation>&amp;Åtgärdsplan</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(skrivskyddad)</translation>
    </message>
    <message>
        <source>New municipality</source>
        <translation>Ny kommun</translation>
    </message>
    <message>
        <source>Name of the municipality (e.g. Danderyds kommun):</source>
        <translation>Kommunens namn (till exempel Danderyds kommun):</translation>
    </message>
    <message>
        <source>Local police area (may be left empty):</source>
        <translation>Lokalpolisområde (kan lämnas tomt):</translation>
    </message>
    <message>
        <source>new period</source>
        <translation>ny period</translation>
    </message>
    <message>
        <source>About BFA Desktop</source>
        <translation>Om BFA Desktop</translation>
    </message>
    <message>
        <source>BFA Desktop %1

The documents of the crime-prevention collaboration between a municipality and the police.</source>
        <translation>BFA Desktop %1

Dokumenten för kommunens och polisens samverkan i brottsförebyggande arbete.</translation>
    </message>
</context>
<context>
    <name>MunicipalityAssets</name>
    <message>
        <source>Word template and logo</source>
        <translation>Word-mall och logotyp</translation>
    </message>
    <message>
        <source>Add fonts…</source>
        <translation>Lägg till typsnitt…</translation>
    </message>
    <message>
        <source>Font files (TTF or OTF) of fonts the template uses: they are stored in the template, so that the PDF and Word on any machine show them.</source>
        <translation>Typsnittsfiler (TTF eller OTF) för typsnitt som mallen använder: de sparas i mallen, så att PDF-filen och Word på alla datorer visar dem.</translation>
    </message>
    <message>
        <source>Choose template…</source>
        <translation>Välj mall…</translation>
    </message>
    <message>
        <source>Use the standard template</source>
        <translation>Använd standardmallen</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Välj logotyp…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Ta bort logotypen</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Mall:</translation>
    </message>
    <message>
        <source>Fonts:</source>
        <translation>Typsnitt:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotyp:</translation>
    </message>
    <message>
        <source>The standard template</source>
        <translation>Standardmallen</translation>
    </message>
    <message>
        <source>None (the template&apos;s own picture, if it has one)</source>
        <translation>Ingen (mallens egen bild, om den har en)</translation>
    </message>
    <message>
        <source>None of the template&apos;s own</source>
        <translation>Inga egna i mallen</translation>
    </message>
    <message>
        <source>Font files for the template</source>
        <translation>Typsnittsfiler till mallen</translation>
    </message>
    <message>
        <source>Fonts (*.ttf *.otf)</source>
        <translation>Typsnitt (*.ttf *.otf)</translation>
    </message>
    <message>
        <source>The municipality&apos;s Word template</source>
        <translation>Kommunens Word-mall</translation>
    </message>
    <message>
        <source>Word templates (*.docx *.dotx)</source>
        <translation>Word-mallar (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>Check of the template</source>
        <translation>Kontroll av mallen</translation>
    </message>
    <message>
        <source>Use the template anyway?</source>
        <translation>Använda mallen ändå?</translation>
    </message>
    <message>
        <source>The municipality&apos;s logo</source>
        <translation>Kommunens logotyp</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>change the template</source>
        <translation>byt mall</translation>
    </message>
    <message>
        <source>change the logo</source>
        <translation>byt logotyp</translation>
    </message>
</context>
<context>
    <name>NewPeriodDialog</name>
    <message>
        <source>New period</source>
        <translation>Ny period</translation>
    </message>
    <message>
        <source>Years of the period (e.g. 2025–2026):</source>
        <translation>Periodens år (till exempel 2025–2026):</translation>
    </message>
    <message>
        <source>Write the years of the period, e.g. 2025–2026.</source>
        <translation>Skriv periodens år, till exempel 2025–2026.</translation>
    </message>
    <message>
        <source>The period cannot end (%1) before it begins (%2).</source>
        <translation>Perioden kan inte sluta (%1) innan den börjar (%2).</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>A number is needed here.</source>
        <translation>Här behövs ett tal.</translation>
    </message>
    <message>
        <source>Not a number: %1</source>
        <translation>Inget tal: %1</translation>
    </message>
    <message>
        <source>A whole number is needed here.</source>
        <translation>Här behövs ett heltal.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Focus areas and measures</source>
        <translation>Fokusområden och åtgärder</translation>
    </message>
    <message>
        <source>Past the deadline</source>
        <translation>Passerat slutdatum</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Not followed up</source>
        <translation>Utan uppföljning</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Ny åtgärd</translation>
    </message>
    <message>
        <source>New focus area</source>
        <translation>Nytt fokusområde</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n measure(s) shown</source>
        <translation>
            <numerusform>%1 av %n åtgärd visas</numerusform>
            <numerusform>%1 av %n åtgärder visas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Choose a focus area or a measure in the table.</source>
        <translation>Välj ett fokusområde eller en åtgärd i tabellen.</translation>
    </message>
    <message>
        <source>Focus areas and measures</source>
        <translation>Fokusområden och åtgärder</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Löpande</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (passerat)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not followed up yet</source>
        <translation>Inte följd upp än</translation>
    </message>
    <message>
        <source>Past its deadline and not done</source>
        <translation>Slutdatumet har passerat och åtgärden är inte genomförd</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>This field needs a value.</source>
        <translation>Fältet måste ha ett värde.</translation>
    </message>
    <message>
        <source>Unknown value %1.</source>
        <translation>Okänt värde %1.</translation>
    </message>
    <message>
        <source>The value %1 does not fit this field.</source>
        <translation>Värdet %1 passar inte fältet.</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>Texten är för lång (högst %1 tecken).</translation>
    </message>
    <message>
        <source>The file is too large (at most %1 bytes).</source>
        <translation>Filen är för stor (högst %1 byte).</translation>
    </message>
    <message>
        <source>The text contains characters that are not valid (half an emoji or so).</source>
        <translation>Texten innehåller ogiltiga tecken (en halv emoji eller liknande).</translation>
    </message>
    <message>
        <source>The number is not valid.</source>
        <translation>Talet är ogiltigt.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Slutdatumet kan inte ligga före startdatumet.</translation>
    </message>
    <message>
        <source>The change cannot be saved: it breaks a rule of the data.</source>
        <translation>Ändringen kan inte sparas eftersom den bryter mot en regel för uppgifterna.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Posten finns inte längre.</translation>
    </message>
    <message>
        <source>The record cannot be moved there.</source>
        <translation>Posten kan inte flyttas dit.</translation>
    </message>
    <message>
        <source>The period already has such a document.</source>
        <translation>Det finns redan ett sådant dokument i perioden.</translation>
    </message>
    <message>
        <source>The municipality needs a name.</source>
        <translation>Kommunen behöver ett namn.</translation>
    </message>
    <message>
        <source>Give the first and the last year of the period, e.g. 2025 and 2026.</source>
        <translation>Ange periodens första och sista år, till exempel 2025 och 2026.</translation>
    </message>
    <message>
        <source>The database is open read-only, so the change was not saved. Copy the database to a folder you can write to and open it there to make changes.</source>
        <translation>Databasen är öppnad skrivskyddad, så ändringen sparades inte. Kopiera databasen till en mapp där du kan skriva och öppna den där för att kunna ändra.</translation>
    </message>
    <message>
        <source>The disk the database is on (%1) is full. Free some space and make the change again. It was not saved; what was saved before is still there.</source>
        <translation>Disken där databasen ligger (%1) är full. Frigör utrymme och gör ändringen igen. Ändringen sparades inte; det som sparats tidigare finns kvar.</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program (another BFA Desktop window or a command that is running). Close it and make the change again. It was not saved; what was saved before is still there.</source>
        <translation>Databasen %1 används av ett annat program (ett annat BFA Desktop-fönster eller ett kommando som körs). Stäng det och gör ändringen igen. Ändringen sparades inte; det som sparats tidigare finns kvar.</translation>
    </message>
    <message>
        <source>The database %1 could not be read or written (a fault of the disk or the network drive). Check that it is connected and make the change again. It was not saved; what was saved before is still there.</source>
        <translation>Databasen %1 kunde inte läsas eller skrivas (fel på disken eller nätverksenheten). Kontrollera att den är ansluten och gör ändringen igen. Ändringen sparades inte; det som sparats tidigare finns kvar.</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>The joint situation picture is missing.</source>
        <translation>Den gemensamma lägesbilden saknas.</translation>
    </message>
    <message>
        <source>The action plan is missing.</source>
        <translation>Handlingsplanen saknas.</translation>
    </message>
    <message>
        <source>The citizen promises are missing.</source>
        <translation>Medborgarlöftena saknas.</translation>
    </message>
    <message>
        <source>The official report is missing.</source>
        <translation>Tjänsteutlåtandet saknas.</translation>
    </message>
    <message>
        <source>The council&apos;s endorsement has no meeting date.</source>
        <translation>Rådets ställningstagande saknar sammanträdesdatum.</translation>
    </message>
    <message>
        <source>The situation picture has no prioritised problems.</source>
        <translation>Lägesbilden har inga prioriterade problem.</translation>
    </message>
    <message>
        <source>Focus area %(number)s has no measures.</source>
        <translation>Fokusområde %(number)s har inga åtgärder.</translation>
    </message>
    <message>
        <source>Measure %(number)s has no title.</source>
        <translation>Åtgärd %(number)s saknar titel.</translation>
    </message>
    <message>
        <source>Measure %(number)s has no one responsible.</source>
        <translation>Åtgärd %(number)s saknar ansvarig.</translation>
    </message>
    <message>
        <source>Measure %(number)s has no start, or neither deadline nor “ongoing”.</source>
        <translation>Åtgärd %(number)s saknar start, eller både slutdatum och ”löpande”.</translation>
    </message>
    <message>
        <source>A follow-up of measure %(number)s has a colour but no words.</source>
        <translation>En uppföljning av åtgärd %(number)s har en färg men ingen bedömning i ord.</translation>
    </message>
    <message>
        <source>Promise %(number)s has no sentence.</source>
        <translation>Löfte %(number)s saknar text.</translation>
    </message>
    <message>
        <source>Promise %(number)s does not say who promises.</source>
        <translation>Löfte %(number)s säger inte vem som lovar.</translation>
    </message>
    <message>
        <source>The official report has no case number.</source>
        <translation>Tjänsteutlåtandet saknar diarienummer.</translation>
    </message>
    <message>
        <source>The official report has no date.</source>
        <translation>Tjänsteutlåtandet saknar datum.</translation>
    </message>
    <message>
        <source>The official report has no case officer.</source>
        <translation>Tjänsteutlåtandet saknar handläggare.</translation>
    </message>
    <message>
        <source>The official report proposes no decision.</source>
        <translation>Tjänsteutlåtandet föreslår inget beslut.</translation>
    </message>
    <message>
        <source>The official report lists no documents in the case.</source>
        <translation>Tjänsteutlåtandet listar inga handlingar i ärendet.</translation>
    </message>
    <message>
        <source>The official report has no distribution list.</source>
        <translation>Tjänsteutlåtandet saknar sändlista (expedieras).</translation>
    </message>
    <message>
        <source>The municipality&apos;s postal address for the footer is missing.</source>
        <translation>Kommunens postadress till sidfoten saknas.</translation>
    </message>
    <message>
        <source>The municipality&apos;s visiting address for the footer is missing.</source>
        <translation>Kommunens besöksadress till sidfoten saknas.</translation>
    </message>
    <message>
        <source>The municipality&apos;s phone number for the footer is missing.</source>
        <translation>Kommunens telefonnummer till sidfoten saknas.</translation>
    </message>
    <message>
        <source>The municipality&apos;s e-mail address for the footer is missing.</source>
        <translation>Kommunens e-postadress till sidfoten saknas.</translation>
    </message>
    <message>
        <source>The municipality&apos;s website for the footer is missing.</source>
        <translation>Kommunens webbplats till sidfoten saknas.</translation>
    </message>
    <message>
        <source>The municipality&apos;s organisation number for the footer is missing.</source>
        <translation>Kommunens organisationsnummer till sidfoten saknas.</translation>
    </message>
    <message>
        <source>The municipality has no logo: the documents are exported without one.</source>
        <translation>Kommunen har ingen logotyp: dokumenten exporteras utan.</translation>
    </message>
    <message>
        <source>A committee decides, but the period does not say which.</source>
        <translation>En nämnd beslutar, men perioden anger inte vilken.</translation>
    </message>
    <message>
        <source>The period is under Act 2023:196, but the plan&apos;s title calls it a handlingsplan, not an åtgärdsplan.</source>
        <translation>Perioden omfattas av lagen (2023:196), men planens titel kallar den handlingsplan, inte åtgärdsplan.</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <source>What is missing before export</source>
        <translation>Det som saknas före export</translation>
    </message>
    <message>
        <source>Checking what is still missing…</source>
        <translation>Kontrollerar vad som saknas…</translation>
    </message>
    <message>
        <source>Choose a period.</source>
        <translation>Välj en period.</translation>
    </message>
    <message>
        <source>Still missing before the documents go to the board (Enter opens the field):</source>
        <translation>Saknas innan dokumenten kan gå till kommunstyrelsen (Enter öppnar fältet):</translation>
    </message>
    <message>
        <source>Nothing is missing: the documents are ready to export.</source>
        <translation>Inget saknas: dokumenten är klara att exportera.</translation>
    </message>
    <message numerus="yes">
        <source>There is %n promise; two to five is usual.</source>
        <translation>
            <numerusform>Det finns %n löfte; två till fem är det vanliga.</numerusform>
            <numerusform>Det finns %n löften; två till fem är det vanliga.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>municipality</source>
        <translation>kommun</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Perioder</translation>
    </message>
    <message>
        <source>party</source>
        <translation>part</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>samverkansöverenskommelse</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Samverkansöverenskommelse</translation>
    </message>
    <message>
        <source>council&apos;s endorsement</source>
        <translation>rådets ställningstagande</translation>
    </message>
    <message>
        <source>Council&apos;s endorsement</source>
        <translation>Rådets ställningstagande</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>beslut</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>undertecknare</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>situation picture</source>
        <translation>lägesbild</translation>
    </message>
    <message>
        <source>Situation picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <source>section</source>
        <translation>avsnitt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>source</source>
        <translation>källa</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>statistics series</source>
        <translation>statistikserie</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>value</source>
        <translation>värde</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Värden</translation>
    </message>
    <message>
        <source>survey indicator</source>
        <translation>enkätindikator</translation>
    </message>
    <message>
        <source>Survey indicators</source>
        <translation>Trygghetsmätningar</translation>
    </message>
    <message>
        <source>place</source>
        <translation>plats</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>prioritised problem</source>
        <translation>prioriterat problem</translation>
    </message>
    <message>
        <source>Prioritised problems</source>
        <translation>Prioriterade problem</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>orsak</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Orsaker</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>handlingsplan</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>focus area</source>
        <translation>fokusområde</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Fokusområden</translation>
    </message>
    <message>
        <source>effect goal</source>
        <translation>effektmål</translation>
    </message>
    <message>
        <source>Effect goals</source>
        <translation>Effektmål</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>åtgärd</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>uppföljning</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <source>citizen promises</source>
        <translation>medborgarlöften</translation>
    </message>
    <message>
        <source>Citizen promises</source>
        <translation>Medborgarlöften</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>löfte</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Löften</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>utvärdering</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <source>evaluated measure</source>
        <translation>utvärderad åtgärd</translation>
    </message>
    <message>
        <source>Evaluated measures</source>
        <translation>Utvärderade åtgärder</translation>
    </message>
    <message>
        <source>official report</source>
        <translation>tjänsteutlåtande</translation>
    </message>
    <message>
        <source>Official report</source>
        <translation>Tjänsteutlåtande</translation>
    </message>
    <message>
        <source>decision point</source>
        <translation>beslutspunkt</translation>
    </message>
    <message>
        <source>Proposed decisions</source>
        <translation>Förslag till beslut</translation>
    </message>
    <message>
        <source>further section</source>
        <translation>ytterligare avsnitt</translation>
    </message>
    <message>
        <source>Further sections</source>
        <translation>Fler avsnitt</translation>
    </message>
    <message>
        <source>document in the case</source>
        <translation>handling i ärendet</translation>
    </message>
    <message>
        <source>Documents in the case</source>
        <translation>Handlingar i ärendet</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>mottagare</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Expedieras</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
</context>
<context>
    <name>RemovalMessage</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 ”%2”</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 med %2</translation>
    </message>
    <message>
        <source>Removed %1 – Ctrl+Z brings it back.</source>
        <translation>Tog bort %1 – Ctrl+Z ångrar.</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s)</source>
        <translation>
            <numerusform>%n orsak</numerusform>
            <numerusform>%n orsaker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n effect goal(s)</source>
        <translation>
            <numerusform>%n effektmål</numerusform>
            <numerusform>%n effektmål</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n uppföljning</numerusform>
            <numerusform>%n uppföljningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n värde</numerusform>
            <numerusform>%n värden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <source>Bold</source>
        <translation>Fet</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Punktlista</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numrerad lista</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the period</source>
        <translation>Sök i perioden</translation>
    </message>
    <message>
        <source>Words to find in the period&apos;s documents</source>
        <translation>Ord att hitta i periodens dokument</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Träffar</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s); the first %1 are listed: add a word to narrow them.</source>
        <translation>
            <numerusform>%n träff; de första %1 visas: lägg till ett ord för att begränsa.</numerusform>
            <numerusform>%n träffar; de första %1 visas: lägg till ett ord för att begränsa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) (Enter opens the field)</source>
        <translation>
            <numerusform>%n träff (Enter öppnar fältet)</numerusform>
            <numerusform>%n träffar (Enter öppnar fältet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Inget hittades.</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Hittat</translation>
    </message>
    <message>
        <source>Cause of prioritised problem</source>
        <translation>Orsak till prioriterat problem</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 ”%2”</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Next or previous field; in a list, its cells</source>
        <translation>Nästa eller föregående fält; i en lista dess celler</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+understruken bokstav</translation>
    </message>
    <message>
        <source>Go to that field, tab or menu</source>
        <translation>Gå till det fältet, den fliken eller menyn</translation>
    </message>
    <message>
        <source>On a line of “Ready for export?”: open its field</source>
        <translation>På en rad i ”Klart för export?”: öppna dess fält</translation>
    </message>
    <message>
        <source>Tick or untick the link that has the focus</source>
        <translation>Kryssa i eller ur kopplingen som har fokus</translation>
    </message>
    <message>
        <source>Bold, italic (in a formatted text)</source>
        <translation>Fet, kursiv (i en formaterad text)</translation>
    </message>
    <message>
        <source>Bulleted, numbered list</source>
        <translation>Punktlista, numrerad lista</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Vad de gör</translation>
    </message>
</context>
</TS>
