<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Checklist</source>
        <comment>Desirable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <comment>Competencies</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <comment>partly met</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <comment>not met</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <comment>to check</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <comment>Requirement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <comment>Status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <comment>Decided by</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <comment>Evidence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <comment>you</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <comment>computed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <comment>Candidate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <comment>Status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <comment>Delegation deadline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <comment>Organisation deadline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <comment>Days left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <comment>Reading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <comment>Spoken interaction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <comment>Spoken production</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <comment>Writing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <comment>Language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <comment>Mother tongue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <comment>Overall</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistScreen</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items grouped by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the computed status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote / evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note or evidence for the selected item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>&lt;h2&gt;Applications&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;andidate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications sorted by urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications yet. Load a vacancy notice on the Vacancy screen (Ctrl+2) to start one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineScreen</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominating &amp;state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominating state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead time (working days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time in working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation&apos;s deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation&apos;s deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed delegation deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed delegation deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date the national body gave:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the date the national body gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation deadline given by the national body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline that applies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline that applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export both deadlines as a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill and preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the template and preview the first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport delegation package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the delegation package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover &amp;letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a template to see its first page here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Protect your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondment Desk keeps candidate profiles encrypted on this computer. Choose where the key is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system &amp;keyring (no passphrase to type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;passphrase (asked at every start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the key with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Name the language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{level}&apos; is not a CEFR level: use A1, A2, B1, B2, C1 or C2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Secondment Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a screen; Ctrl+1 to Ctrl+7 jump directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondment Desk {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileScreen</name>
    <message>
        <source>&amp;Candidate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a profile from JSON Resume, Europass or our format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the current candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ersonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;irst name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth (YYYY-MM-DD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nationalities (comma-separated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationalities (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent &amp;residences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent residences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ducation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages with CEFR levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;STAR evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAR evidence stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry to this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Checklist</source>
        <comment>Mandatory</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <comment>met</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <comment>Vacancy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <comment>Listening</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key of the store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the store&apos;s key is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you change is saved at once in the encrypted store. Nothing leaves this computer unless you export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your passphrase (asked at every start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Secondment Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase that protects your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacancyScreen</name>
    <message>
        <source>&amp;Paste notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a vacancy notice from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vacancy notice file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;st:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post in this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or drop a file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parser warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice text with extracted values highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a vacancy notice (Ctrl+Shift+V), open a file (Ctrl+O) or drop one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements of the notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>The encrypted store is not available in this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
