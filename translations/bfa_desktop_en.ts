<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <source>BFA Desktop is already open</source>
        <translation>BFA Desktop is already open</translation>
    </message>
    <message>
        <source>BFA Desktop is already running with this database (%1). Switch to that window, or close it first.</source>
        <translation>BFA Desktop is already running with this database (%1). Switch to that window, or close it first.</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>The database cannot be written</source>
        <translation>The database cannot be written</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Welcome to BFA Desktop</source>
        <translation>Welcome to BFA Desktop</translation>
    </message>
    <message>
        <source>The database is empty. Start with the example municipality (invented data) to see how it works, or create your own municipality and period.</source>
        <translation>The database is empty. Start with the example municipality (invented data) to see how it works, or create your own municipality and period.</translation>
    </message>
    <message>
        <source>Load the example</source>
        <translation>Load the example</translation>
    </message>
    <message>
        <source>Create my municipality…</source>
        <translation>Create my municipality…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>A backup is taken on the first use of each day, and before every upgrade, import and restore. Restoring replaces everything in the database with the backup; the present state is backed up first, so Undo brings it back.</source>
        <translation>A backup is taken on the first use of each day, and before every upgrade, import and restore. Restoring replaces everything in the database with the backup; the present state is backed up first, so Undo brings it back.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>There are no backups of this database yet.</translation>
    </message>
    <message>
        <source>The backup could not be saved: %1</source>
        <translation>The backup could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Restore the backup?</source>
        <translation>Restore the backup?</translation>
    </message>
    <message>
        <source>Everything in the database is replaced with the backup of %1. The present state is backed up first: Undo (Ctrl+Z) brings it back.</source>
        <translation>Everything in the database is replaced with the backup of %1. The present state is backed up first: Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>First use of the day</source>
        <translation>First use of the day</translation>
    </message>
    <message>
        <source>Taken on request</source>
        <translation>Taken on request</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Before the database was upgraded</source>
        <translation>Before the database was upgraded</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Today&apos;s backup could not be saved: %1</source>
        <translation>Today&apos;s backup could not be saved: %1</translation>
    </message>
    <message>
        <source>restore %1</source>
        <translation>restore %1</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>There is no backup of it to restore.</source>
        <translation>There is no backup of it to restore.</translation>
    </message>
    <message>
        <source>The newest whole backup is from %1. Restore it? The damaged file is kept among the backups.</source>
        <translation>The newest whole backup is from %1. Restore it? The damaged file is kept among the backups.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>Code</name>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Department or office</source>
        <translation>Department or office</translation>
    </message>
    <message>
        <source>Municipal company</source>
        <translation>Municipal company</translation>
    </message>
    <message>
        <source>Local police area</source>
        <translation>Local police area</translation>
    </message>
    <message>
        <source>Police area</source>
        <translation>Police area</translation>
    </message>
    <message>
        <source>Crime prevention council</source>
        <translation>Crime prevention council</translation>
    </message>
    <message>
        <source>Board or committee</source>
        <translation>Board or committee</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Housing company</source>
        <translation>Housing company</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>Public transport</translation>
    </message>
    <message>
        <source>Security company</source>
        <translation>Security company</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Neighbourhood watch</source>
        <translation>Neighbourhood watch</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Voluntary agreement</source>
        <translation>Voluntary agreement</translation>
    </message>
    <message>
        <source>Act 2023:196</source>
        <translation>Act 2023:196</translation>
    </message>
    <message>
        <source>Municipal council</source>
        <translation>Municipal council</translation>
    </message>
    <message>
        <source>Municipal executive board</source>
        <translation>Municipal executive board</translation>
    </message>
    <message>
        <source>A committee</source>
        <translation>A committee</translation>
    </message>
    <message>
        <source>Initiating</source>
        <translation>Initiating</translation>
    </message>
    <message>
        <source>Own preparations</source>
        <translation>Own preparations</translation>
    </message>
    <message>
        <source>Joint preparations</source>
        <translation>Joint preparations</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Endorsed by the council</source>
        <translation>Endorsed by the council</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Endorsed</translation>
    </message>
    <message>
        <source>Endorsed with changes</source>
        <translation>Endorsed with changes</translation>
    </message>
    <message>
        <source>Not endorsed</source>
        <translation>Not endorsed</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>Collaboration agreement</source>
        <translation>Collaboration agreement</translation>
    </message>
    <message>
        <source>Adoption of plan and promises</source>
        <translation>Adoption of plan and promises</translation>
    </message>
    <message>
        <source>Official report</source>
        <translation>Official report</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Citizen promises</source>
        <translation>Citizen promises</translation>
    </message>
    <message>
        <source>Joint situation picture</source>
        <translation>Joint situation picture</translation>
    </message>
    <message>
        <source>Excerpt from the minutes</source>
        <translation>Excerpt from the minutes</translation>
    </message>
    <message>
        <source>Evaluation of the previous plan</source>
        <translation>Evaluation of the previous plan</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>The municipality in brief</source>
        <translation>The municipality in brief</translation>
    </message>
    <message>
        <source>Crime trends</source>
        <translation>Crime trends</translation>
    </message>
    <message>
        <source>Feeling of safety</source>
        <translation>Feeling of safety</translation>
    </message>
    <message>
        <source>Places and times</source>
        <translation>Places and times</translation>
    </message>
    <message>
        <source>Children and young people</source>
        <translation>Children and young people</translation>
    </message>
    <message>
        <source>Special theme</source>
        <translation>Special theme</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>Dialogues</translation>
    </message>
    <message>
        <source>Analysis and causes</source>
        <translation>Analysis and causes</translation>
    </message>
    <message>
        <source>Prioritised problems</source>
        <translation>Prioritised problems</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Perceived as unsafe</source>
        <translation>Perceived as unsafe</translation>
    </message>
    <message>
        <source>Crime hot spot</source>
        <translation>Crime hot spot</translation>
    </message>
    <message>
        <source>Unsafe and hot spot</source>
        <translation>Unsafe and hot spot</translation>
    </message>
    <message>
        <source>Situational</source>
        <translation>Situational</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation>The municipality</translation>
    </message>
    <message>
        <source>The police</source>
        <translation>The police</translation>
    </message>
    <message>
        <source>Jointly</source>
        <translation>Jointly</translation>
    </message>
    <message>
        <source>Another party</source>
        <translation>Another party</translation>
    </message>
    <message>
        <source>One-off effort</source>
        <translation>One-off effort</translation>
    </message>
    <message>
        <source>Ordinary work</source>
        <translation>Ordinary work</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>At the end of the period</source>
        <translation>At the end of the period</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Green – on track</source>
        <translation>Green – on track</translation>
    </message>
    <message>
        <source>Yellow – at risk</source>
        <translation>Yellow – at risk</translation>
    </message>
    <message>
        <source>Red – off track</source>
        <translation>Red – off track</translation>
    </message>
    <message>
        <source>Police and municipality</source>
        <translation>Police and municipality</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Partly done</translation>
    </message>
    <message>
        <source>Ongoing – carried over</source>
        <translation>Ongoing – carried over</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Continue in a changed form</source>
        <translation>Continue in a changed form</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Make it ordinary work</source>
        <translation>Make it ordinary work</translation>
    </message>
</context>
<context>
    <name>Colour</name>
    <message>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>yellow</translation>
    </message>
    <message>
        <source>red</source>
        <translation>red</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>BFA Desktop ran into an unexpected error. Your saved work is safe: every change is stored as you make it. The details are saved in %1.</source>
        <translation>BFA Desktop ran into an unexpected error. Your saved work is safe: every change is stored as you make it. The details are saved in %1.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD, e.g. 2021-01-01.</source>
        <translation>Not a date: write it as YYYY-MM-DD, e.g. 2021-01-01.</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Create %1</source>
        <translation>Create %1</translation>
    </message>
    <message>
        <source>This period has no %1 yet.</source>
        <translation>This period has no %1 yet.</translation>
    </message>
    <message>
        <source>Choose a municipality and a period at the top of the window.</source>
        <translation>Choose a municipality and a period at the top of the window.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>change %1</source>
        <translation>change %1</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>add %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>remove %1</translation>
    </message>
    <message>
        <source>move %1</source>
        <translation>move %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export documents</source>
        <translation>Export documents</translation>
    </message>
    <message>
        <source>The municipality&apos;s template (%1)</source>
        <translation>The municipality&apos;s template (%1)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>The period has no such document yet.</source>
        <translation>The period has no such document yet.</translation>
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
        <translation>The standard template</translation>
    </message>
    <message>
        <source>Include internal sections and figures</source>
        <translation>Include internal sections and figures</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formats:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>Folder for the documents</source>
        <translation>Folder for the documents</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word template</translation>
    </message>
    <message>
        <source>Word templates (*.docx *.dotx)</source>
        <translation>Word templates (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Choose at least one document and one format.</source>
        <translation>Choose at least one document and one format.</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Nothing was exported.</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Replace files?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this export exist already in %1:</source>
        <translation>
            <numerusform>%n file of this export exist already in %1:</numerusform>
            <numerusform>%n files of this export exist already in %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>Replace them</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Cancelling after the current file…</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Writing %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n file written.</numerusform>
            <numerusform>%n files written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export done</source>
        <translation>Export done</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n file written to %1.</numerusform>
            <numerusform>%n files written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Cancelled. Files finished before stay as they are.</source>
        <translation>Cancelled. Files finished before stay as they are.</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>The export failed unexpectedly: %1</source>
        <translation>The export failed unexpectedly: %1</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Visiting address</source>
        <translation>Visiting address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Case number pattern</source>
        <translation>Case number pattern</translation>
    </message>
    <message>
        <source>Example data</source>
        <translation>Example data</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
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
        <translation>End</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Adopts the plan</source>
        <translation>Adopts the plan</translation>
    </message>
    <message>
        <source>Name of the committee</source>
        <translation>Name of the committee</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Joint goals</source>
        <translation>Joint goals</translation>
    </message>
    <message>
        <source>Prioritised problems</source>
        <translation>Prioritised problems</translation>
    </message>
    <message>
        <source>Organisation of the work</source>
        <translation>Organisation of the work</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Exchange of information</source>
        <translation>Exchange of information</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Excerpt from the minutes</source>
        <translation>Excerpt from the minutes</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Council</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Checkers of the minutes (comma-separated)</source>
        <translation>Checkers of the minutes (comma-separated)</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Minutes checked on</source>
        <translation>Minutes checked on</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Date of decision</source>
        <translation>Date of decision</translation>
    </message>
    <message>
        <source>Paragraph (§)</source>
        <translation>Paragraph (§)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Signs for</source>
        <translation>Signs for</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Internal (left out of the public edition)</source>
        <translation>Internal (left out of the public edition)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limitations</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Comparison area</source>
        <translation>Comparison area</translation>
    </message>
    <message>
        <source>Comparison value</source>
        <translation>Comparison value</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Cause analysis</source>
        <translation>Cause analysis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Operational goal</source>
        <translation>Operational goal</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Ongoing (no deadline)</source>
        <translation>Ongoing (no deadline)</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <source>Money (thousand SEK)</source>
        <translation>Money (thousand SEK)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Within the existing budget</source>
        <translation>Within the existing budget</translation>
    </message>
    <message>
        <source>About the resources</source>
        <translation>About the resources</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Data source</translation>
    </message>
    <message>
        <source>Follow-up frequency</source>
        <translation>Follow-up frequency</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Causes addressed</source>
        <translation>Causes addressed</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Assessment in words</source>
        <translation>Assessment in words</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>The situation today</source>
        <translation>The situation today</translation>
    </message>
    <message>
        <source>Other problems</source>
        <translation>Other problems</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>Expected effect</translation>
    </message>
    <message>
        <source>Telling citizens the results</source>
        <translation>Telling citizens the results</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Who promises</source>
        <translation>Who promises</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Communicated on</source>
        <translation>Communicated on</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Evaluated period</source>
        <translation>Evaluated period</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Assessed effect</source>
        <translation>Assessed effect</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Hours spent</translation>
    </message>
    <message>
        <source>Measure of the previous plan</source>
        <translation>Measure of the previous plan</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Heading of the decision</source>
        <translation>Heading of the decision</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Financial consequences</source>
        <translation>Financial consequences</translation>
    </message>
    <message>
        <source>Child perspective</source>
        <translation>Child perspective</translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Follow-up of the promises</source>
        <translation>Follow-up of the promises</translation>
    </message>
    <message>
        <source>How the collaboration worked</source>
        <translation>How the collaboration worked</translation>
    </message>
    <message>
        <source>Lessons for the next plan</source>
        <translation>Lessons for the next plan</translation>
    </message>
    <message>
        <source>Measures addressing it</source>
        <translation>Measures addressing it</translation>
    </message>
    <message>
        <source>Linked promises</source>
        <translation>Linked promises</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Kind of place</translation>
    </message>
    <message>
        <source>Kind of measure</source>
        <translation>Kind of measure</translation>
    </message>
    <message>
        <source>Description and steps</source>
        <translation>Description and steps</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Responsibility and time</source>
        <translation>Responsibility and time</translation>
    </message>
    <message>
        <source>Goals and follow-up</source>
        <translation>Goals and follow-up</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Your first document</source>
        <translation>Your first document</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your municipality.&lt;/b&gt; File › New municipality… asks for its name and the local police area. (File › Load the example municipality shows a finished one.)</source>
        <translation>&lt;b&gt;Your municipality.&lt;/b&gt; File › New municipality… asks for its name and the local police area. (File › Load the example municipality shows a finished one.)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The period.&lt;/b&gt; Give its years, e.g. 2025–2026 (New period… at the top). The municipality and the police area are its parties.</source>
        <translation>&lt;b&gt;The period.&lt;/b&gt; Give its years, e.g. 2025–2026 (New period… at the top). The municipality and the police area are its parties.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The situation picture first.&lt;/b&gt; In its tab, click Create situation picture and fill in its details: title, year, date.</source>
        <translation>&lt;b&gt;The situation picture first.&lt;/b&gt; In its tab, click Create situation picture and fill in its details: title, year, date.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Its lists.&lt;/b&gt; Sections, statistics, places and prioritised problems each have a tab: Add (Ctrl+Shift+A) makes a new line, its fields are beside the list.</source>
        <translation>&lt;b&gt;Its lists.&lt;/b&gt; Sections, statistics, places and prioritised problems each have a tab: Add (Ctrl+Shift+A) makes a new line, its fields are beside the list.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to save.&lt;/b&gt; Everything is stored as you type; Ctrl+Z undoes the last step, Ctrl+Shift+Z or Ctrl+Y redoes it.</source>
        <translation>&lt;b&gt;Nothing to save.&lt;/b&gt; Everything is stored as you type; Ctrl+Z undoes the last step, Ctrl+Shift+Z or Ctrl+Y redoes it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What is missing.&lt;/b&gt; Overview › Ready for export? lists it; Enter on a line opens the field.</source>
        <translation>&lt;b&gt;What is missing.&lt;/b&gt; Overview › Ready for export? lists it; Enter on a line opens the field.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The documents.&lt;/b&gt; File › Export… (Ctrl+E) writes them as Word and PDF. The action plan, the citizen promises and the official report follow the same way.</source>
        <translation>&lt;b&gt;The documents.&lt;/b&gt; File › Export… (Ctrl+E) writes them as Word and PDF. The action plan, the citizen promises and the official report follow the same way.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>New period…</source>
        <translation>New period…</translation>
    </message>
    <message>
        <source>Ready for export?</source>
        <translation>Ready for export?</translation>
    </message>
    <message>
        <source>Period and parties</source>
        <translation>Period and parties</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Council&apos;s endorsement</source>
        <translation>Council&apos;s endorsement</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Situation picture</source>
        <translation>&amp;Situation picture</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>Action &amp;plan</translation>
    </message>
    <message>
        <source>Citizen p&amp;romises</source>
        <translation>Citizen p&amp;romises</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>&amp;Evaluation</translation>
    </message>
    <message>
        <source>Official &amp;report</source>
        <translation>Official &amp;report</translation>
    </message>
    <message>
        <source>Municipalit&amp;y</source>
        <translation>Municipalit&amp;y</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>New &amp;municipality…</source>
        <translation>New &amp;municipality…</translation>
    </message>
    <message>
        <source>New &amp;period…</source>
        <translation>New &amp;period…</translation>
    </message>
    <message>
        <source>Load the &amp;example municipality</source>
        <translation>Load the &amp;example municipality</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Set by your IT department</translation>
    </message>
    <message>
        <source>&amp;Find in the period…</source>
        <translation>&amp;Find in the period…</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>&amp;Add to the list</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Remove from the list</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Your &amp;first document</source>
        <translation>Your &amp;first document</translation>
    </message>
    <message>
        <source>&amp;About BFA Desktop</source>
        <translation>&amp;About BFA Desktop</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Statutory action &amp;plan</source>
        <translation>Statutory action &amp;plan</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <source>New municipality</source>
        <translation>New municipality</translation>
    </message>
    <message>
        <source>Name of the municipality (e.g. Danderyds kommun):</source>
        <translation>Name of the municipality (e.g. Danderyds kommun):</translation>
    </message>
    <message>
        <source>Local police area (may be left empty):</source>
        <translation>Local police area (may be left empty):</translation>
    </message>
    <message>
        <source>new period</source>
        <translation>new period</translation>
    </message>
    <message>
        <source>About BFA Desktop</source>
        <translation>About BFA Desktop</translation>
    </message>
    <message>
        <source>BFA Desktop %1

The documents of the crime-prevention collaboration between a municipality and the police.</source>
        <translation>BFA Desktop %1

The documents of the crime-prevention collaboration between a municipality and the police.</translation>
    </message>
</context>
<context>
    <name>MunicipalityAssets</name>
    <message>
        <source>Word template and logo</source>
        <translation>Word template and logo</translation>
    </message>
    <message>
        <source>Add fonts…</source>
        <translation>Add fonts…</translation>
    </message>
    <message>
        <source>Font files (TTF or OTF) of fonts the template uses: they are stored in the template, so that the PDF and Word on any machine show them.</source>
        <translation>Font files (TTF or OTF) of fonts the template uses: they are stored in the template, so that the PDF and Word on any machine show them.</translation>
    </message>
    <message>
        <source>Choose template…</source>
        <translation>Choose template…</translation>
    </message>
    <message>
        <source>Use the standard template</source>
        <translation>Use the standard template</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Remove the logo</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Fonts:</source>
        <translation>Fonts:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>The standard template</source>
        <translation>The standard template</translation>
    </message>
    <message>
        <source>None (the template&apos;s own picture, if it has one)</source>
        <translation>None (the template&apos;s own picture, if it has one)</translation>
    </message>
    <message>
        <source>None of the template&apos;s own</source>
        <translation>None of the template&apos;s own</translation>
    </message>
    <message>
        <source>Font files for the template</source>
        <translation>Font files for the template</translation>
    </message>
    <message>
        <source>Fonts (*.ttf *.otf)</source>
        <translation>Fonts (*.ttf *.otf)</translation>
    </message>
    <message>
        <source>The municipality&apos;s Word template</source>
        <translation>The municipality&apos;s Word template</translation>
    </message>
    <message>
        <source>Word templates (*.docx *.dotx)</source>
        <translation>Word templates (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Check of the template</source>
        <translation>Check of the template</translation>
    </message>
    <message>
        <source>Use the template anyway?</source>
        <translation>Use the template anyway?</translation>
    </message>
    <message>
        <source>The municipality&apos;s logo</source>
        <translation>The municipality&apos;s logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>change the template</source>
        <translation>change the template</translation>
    </message>
    <message>
        <source>change the logo</source>
        <translation>change the logo</translation>
    </message>
</context>
<context>
    <name>NewPeriodDialog</name>
    <message>
        <source>New period</source>
        <translation>New period</translation>
    </message>
    <message>
        <source>Years of the period (e.g. 2025–2026):</source>
        <translation>Years of the period (e.g. 2025–2026):</translation>
    </message>
    <message>
        <source>Write the years of the period, e.g. 2025–2026.</source>
        <translation>Write the years of the period, e.g. 2025–2026.</translation>
    </message>
    <message>
        <source>The period cannot end (%1) before it begins (%2).</source>
        <translation>The period cannot end (%1) before it begins (%2).</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>A number is needed here.</source>
        <translation>A number is needed here.</translation>
    </message>
    <message>
        <source>Not a number: %1</source>
        <translation>Not a number: %1</translation>
    </message>
    <message>
        <source>A whole number is needed here.</source>
        <translation>A whole number is needed here.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Focus areas and measures</source>
        <translation>Focus areas and measures</translation>
    </message>
    <message>
        <source>Past the deadline</source>
        <translation>Past the deadline</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Not followed up</source>
        <translation>Not followed up</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>New focus area</source>
        <translation>New focus area</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n measure(s) shown</source>
        <translation>
            <numerusform>%1 of %n measure shown</numerusform>
            <numerusform>%1 of %n measures shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Choose a focus area or a measure in the table.</source>
        <translation>Choose a focus area or a measure in the table.</translation>
    </message>
    <message>
        <source>Focus areas and measures</source>
        <translation>Focus areas and measures</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not followed up yet</source>
        <translation>Not followed up yet</translation>
    </message>
    <message>
        <source>Past its deadline and not done</source>
        <translation>Past its deadline and not done</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>This field needs a value.</source>
        <translation>This field needs a value.</translation>
    </message>
    <message>
        <source>Unknown value %1.</source>
        <translation>Unknown value %1.</translation>
    </message>
    <message>
        <source>The value %1 does not fit this field.</source>
        <translation>The value %1 does not fit this field.</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>The text is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The file is too large (at most %1 bytes).</source>
        <translation>The file is too large (at most %1 bytes).</translation>
    </message>
    <message>
        <source>The text contains characters that are not valid (half an emoji or so).</source>
        <translation>The text contains characters that are not valid (half an emoji or so).</translation>
    </message>
    <message>
        <source>The number is not valid.</source>
        <translation>The number is not valid.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <source>The change cannot be saved: it breaks a rule of the data.</source>
        <translation>The change cannot be saved: it breaks a rule of the data.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <source>The record cannot be moved there.</source>
        <translation>The record cannot be moved there.</translation>
    </message>
    <message>
        <source>The period already has such a document.</source>
        <translation>The period already has such a document.</translation>
    </message>
    <message>
        <source>The municipality needs a name.</source>
        <translation>The municipality needs a name.</translation>
    </message>
    <message>
        <source>Give the first and the last year of the period, e.g. 2025 and 2026.</source>
        <translation>Give the first and the last year of the period, e.g. 2025 and 2026.</translation>
    </message>
    <message>
        <source>The database is open read-only, so the change was not saved. Copy the database to a folder you can write to and open it there to make changes.</source>
        <translation>The database is open read-only, so the change was not saved. Copy the database to a folder you can write to and open it there to make changes.</translation>
    </message>
    <message>
        <source>The disk the database is on (%1) is full. Free some space and make the change again. It was not saved; what was saved before is still there.</source>
        <translation>The disk the database is on (%1) is full. Free some space and make the change again. It was not saved; what was saved before is still there.</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program (another BFA Desktop window or a command that is running). Close it and make the change again. It was not saved; what was saved before is still there.</source>
        <translation>The database %1 is in use by another program (another BFA Desktop window or a command that is running). Close it and make the change again. It was not saved; what was saved before is still there.</translation>
    </message>
    <message>
        <source>The database %1 could not be read or written (a fault of the disk or the network drive). Check that it is connected and make the change again. It was not saved; what was saved before is still there.</source>
        <translation>The database %1 could not be read or written (a fault of the disk or the network drive). Check that it is connected and make the change again. It was not saved; what was saved before is still there.</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>The joint situation picture is missing.</source>
        <translation>The joint situation picture is missing.</translation>
    </message>
    <message>
        <source>The action plan is missing.</source>
        <translation>The action plan is missing.</translation>
    </message>
    <message>
        <source>The citizen promises are missing.</source>
        <translation>The citizen promises are missing.</translation>
    </message>
    <message>
        <source>The official report is missing.</source>
        <translation>The official report is missing.</translation>
    </message>
    <message>
        <source>The council&apos;s endorsement has no meeting date.</source>
        <translation>The council&apos;s endorsement has no meeting date.</translation>
    </message>
    <message>
        <source>The situation picture has no prioritised problems.</source>
        <translation>The situation picture has no prioritised problems.</translation>
    </message>
    <message>
        <source>Focus area %(number)s has no measures.</source>
        <translation>Focus area %(number)s has no measures.</translation>
    </message>
    <message>
        <source>Measure %(number)s has no title.</source>
        <translation>Measure %(number)s has no title.</translation>
    </message>
    <message>
        <source>Measure %(number)s has no one responsible.</source>
        <translation>Measure %(number)s has no one responsible.</translation>
    </message>
    <message>
        <source>Measure %(number)s has no start, or neither deadline nor “ongoing”.</source>
        <translation>Measure %(number)s has no start, or neither deadline nor “ongoing”.</translation>
    </message>
    <message>
        <source>A follow-up of measure %(number)s has a colour but no words.</source>
        <translation>A follow-up of measure %(number)s has a colour but no words.</translation>
    </message>
    <message>
        <source>Promise %(number)s has no sentence.</source>
        <translation>Promise %(number)s has no sentence.</translation>
    </message>
    <message>
        <source>Promise %(number)s does not say who promises.</source>
        <translation>Promise %(number)s does not say who promises.</translation>
    </message>
    <message>
        <source>The official report has no case number.</source>
        <translation>The official report has no case number.</translation>
    </message>
    <message>
        <source>The official report has no date.</source>
        <translation>The official report has no date.</translation>
    </message>
    <message>
        <source>The official report has no case officer.</source>
        <translation>The official report has no case officer.</translation>
    </message>
    <message>
        <source>The official report proposes no decision.</source>
        <translation>The official report proposes no decision.</translation>
    </message>
    <message>
        <source>The official report lists no documents in the case.</source>
        <translation>The official report lists no documents in the case.</translation>
    </message>
    <message>
        <source>The official report has no distribution list.</source>
        <translation>The official report has no distribution list.</translation>
    </message>
    <message>
        <source>The municipality&apos;s postal address for the footer is missing.</source>
        <translation>The municipality&apos;s postal address for the footer is missing.</translation>
    </message>
    <message>
        <source>The municipality&apos;s visiting address for the footer is missing.</source>
        <translation>The municipality&apos;s visiting address for the footer is missing.</translation>
    </message>
    <message>
        <source>The municipality&apos;s phone number for the footer is missing.</source>
        <translation>The municipality&apos;s phone number for the footer is missing.</translation>
    </message>
    <message>
        <source>The municipality&apos;s e-mail address for the footer is missing.</source>
        <translation>The municipality&apos;s e-mail address for the footer is missing.</translation>
    </message>
    <message>
        <source>The municipality&apos;s website for the footer is missing.</source>
        <translation>The municipality&apos;s website for the footer is missing.</translation>
    </message>
    <message>
        <source>The municipality&apos;s organisation number for the footer is missing.</source>
        <translation>The municipality&apos;s organisation number for the footer is missing.</translation>
    </message>
    <message>
        <source>The municipality has no logo: the documents are exported without one.</source>
        <translation>The municipality has no logo: the documents are exported without one.</translation>
    </message>
    <message>
        <source>A committee decides, but the period does not say which.</source>
        <translation>A committee decides, but the period does not say which.</translation>
    </message>
    <message>
        <source>The period is under Act 2023:196, but the plan&apos;s title calls it a handlingsplan, not an åtgärdsplan.</source>
        <translation>The period is under Act 2023:196, but the plan&apos;s title calls it a handlingsplan, not an åtgärdsplan.</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <source>What is missing before export</source>
        <translation>What is missing before export</translation>
    </message>
    <message>
        <source>Checking what is still missing…</source>
        <translation>Checking what is still missing…</translation>
    </message>
    <message>
        <source>Choose a period.</source>
        <translation>Choose a period.</translation>
    </message>
    <message>
        <source>Still missing before the documents go to the board (Enter opens the field):</source>
        <translation>Still missing before the documents go to the board (Enter opens the field):</translation>
    </message>
    <message>
        <source>Nothing is missing: the documents are ready to export.</source>
        <translation>Nothing is missing: the documents are ready to export.</translation>
    </message>
    <message numerus="yes">
        <source>There is %n promise; two to five is usual.</source>
        <translation>
            <numerusform>There is %n promise; two to five is usual.</numerusform>
            <numerusform>There are %n promises; two to five is usual.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>municipality</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>party</source>
        <translation>party</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>council&apos;s endorsement</source>
        <translation>council&apos;s endorsement</translation>
    </message>
    <message>
        <source>Council&apos;s endorsement</source>
        <translation>Council&apos;s endorsement</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>signatory</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>situation picture</source>
        <translation>situation picture</translation>
    </message>
    <message>
        <source>Situation picture</source>
        <translation>Situation picture</translation>
    </message>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>statistics series</source>
        <translation>statistics series</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>survey indicator</source>
        <translation>survey indicator</translation>
    </message>
    <message>
        <source>Survey indicators</source>
        <translation>Survey indicators</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>prioritised problem</source>
        <translation>prioritised problem</translation>
    </message>
    <message>
        <source>Prioritised problems</source>
        <translation>Prioritised problems</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>cause</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>action plan</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>focus area</source>
        <translation>focus area</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Focus areas</translation>
    </message>
    <message>
        <source>effect goal</source>
        <translation>effect goal</translation>
    </message>
    <message>
        <source>Effect goals</source>
        <translation>Effect goals</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>citizen promises</source>
        <translation>citizen promises</translation>
    </message>
    <message>
        <source>Citizen promises</source>
        <translation>Citizen promises</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>promise</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promises</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>evaluation</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>evaluated measure</source>
        <translation>evaluated measure</translation>
    </message>
    <message>
        <source>Evaluated measures</source>
        <translation>Evaluated measures</translation>
    </message>
    <message>
        <source>official report</source>
        <translation>official report</translation>
    </message>
    <message>
        <source>Official report</source>
        <translation>Official report</translation>
    </message>
    <message>
        <source>decision point</source>
        <translation>decision point</translation>
    </message>
    <message>
        <source>Proposed decisions</source>
        <translation>Proposed decisions</translation>
    </message>
    <message>
        <source>further section</source>
        <translation>further section</translation>
    </message>
    <message>
        <source>Further sections</source>
        <translation>Further sections</translation>
    </message>
    <message>
        <source>document in the case</source>
        <translation>document in the case</translation>
    </message>
    <message>
        <source>Documents in the case</source>
        <translation>Documents in the case</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>recipient</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
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
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 with %2</translation>
    </message>
    <message>
        <source>Removed %1 – Ctrl+Z brings it back.</source>
        <translation>Removed %1 – Ctrl+Z brings it back.</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s)</source>
        <translation>
            <numerusform>%n cause</numerusform>
            <numerusform>%n causes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n effect goal(s)</source>
        <translation>
            <numerusform>%n effect goal</numerusform>
            <numerusform>%n effect goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the period</source>
        <translation>Search the period</translation>
    </message>
    <message>
        <source>Words to find in the period&apos;s documents</source>
        <translation>Words to find in the period&apos;s documents</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Hits</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s); the first %1 are listed: add a word to narrow them.</source>
        <translation>
            <numerusform>%n hit; the first %1 are listed: add a word to narrow them.</numerusform>
            <numerusform>%n hits; the first %1 are listed: add a word to narrow them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) (Enter opens the field)</source>
        <translation>
            <numerusform>%n hit (Enter opens the field)</numerusform>
            <numerusform>%n hits (Enter opens the field)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
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
        <translation>Found</translation>
    </message>
    <message>
        <source>Cause of prioritised problem</source>
        <translation>Cause of prioritised problem</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
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
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Next or previous field; in a list, its cells</source>
        <translation>Next or previous field; in a list, its cells</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+underlined letter</translation>
    </message>
    <message>
        <source>Go to that field, tab or menu</source>
        <translation>Go to that field, tab or menu</translation>
    </message>
    <message>
        <source>On a line of “Ready for export?”: open its field</source>
        <translation>On a line of “Ready for export?”: open its field</translation>
    </message>
    <message>
        <source>Tick or untick the link that has the focus</source>
        <translation>Tick or untick the link that has the focus</translation>
    </message>
    <message>
        <source>Bold, italic (in a formatted text)</source>
        <translation>Bold, italic (in a formatted text)</translation>
    </message>
    <message>
        <source>Bulleted, numbered list</source>
        <translation>Bulleted, numbered list</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>What they do</translation>
    </message>
</context>
</TS>
