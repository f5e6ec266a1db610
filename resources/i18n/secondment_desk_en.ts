<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppContext</name>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desirable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed</source>
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
        <source>The selected item in full: requirement, status and evidence</source>
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
    <message>
        <source>Ranked posts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked posts of this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank the posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a candidate and load a notice to see the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One mandatory item needs your own judgement: marked “to check” below; mark it as met, partly or not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory items need your own judgement: marked “to check” below; mark each as met, partly or not met.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ranked in this application: {posts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desirable not yet met: {gaps}. Competencies without a STAR story: {stories}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to {n} references of this call, most wanted first, e.g. {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank the posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to read it in full here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark as {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the checklist ready…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due within {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no closing date known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent, waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left counts to the deadline shown in bold: the delegation&apos;s until the application is sent, then the organisation&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ before a vacancy: the notice has warnings; point at the row to read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (apply directly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time: {moment}</source>
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
        <source>What the row colours mean</source>
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
    <message>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is not open. Start the application again to unlock or create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>&apos;{typed}&apos; is not a month: write it as YYYY-MM (e.g. 2019-03) or choose it from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a date: write it as YYYY-MM-DD (e.g. 2026-03-31) or choose it from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
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
    <message>
        <source>— choose the nominating State —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application chosen. Load a notice on the Vacancy screen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked posts (one deadline for all): {posts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated in the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time from the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation&apos;s usual closing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{moment} (your time: {local}; {source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State default ({days})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;register (plaintext)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every application, one row each (candidate, post, both deadlines, status, the date of each stage) as .xlsx, .csv or .pdf. The file is NOT encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the register of every application, as a plaintext file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt; (newest first; kept encrypted with the application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to apply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} ({days} working days before the closing day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the nominating State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{moment}&lt;/b&gt; (the organisation&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date the national body gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;. {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation deadline passed on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation closed on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the delegation deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark as {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of {n} applications written to {path} (plaintext: not encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the register (plaintext, not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the deadlines ready…</source>
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
        <source>Fill the template and preview the first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill and p&amp;review</source>
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
    <message>
        <source>Use this form for another organisation&apos;s post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cover letter yet. Write or paste it here: it is saved with this application as you type, and the count below shows how much the notice allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a form of my &amp;own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open any .docx application form and fill it from the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a candidate and load a notice to prepare the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{regime}. Letter to: {addressee}. Form: {form}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked posts: {posts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “Use this form for another organisation&apos;s post” to fill it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (your template {file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} characters with spaces (the notice states its own limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{over} over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} / {limit} characters with spaces ({note})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the filled documents in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling the form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling the form and making the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {n} pages of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was filled, but no preview can be shown: install poppler-utils (pdftoppm) to see its pages here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was filled as .docx, but no PDF could be made for a preview: install LibreOffice to get PDFs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still empty in the form (fill them in the profile):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an application form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word forms (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the filled form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling your form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldSpec</name>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: write yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: choose one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month; write it as YYYY-MM, e.g. 2019-03</source>
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
        <source>Where the key would be kept, and how safe that is</source>
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
    <message>
        <source>No keyring works on this computer: use a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only keyring here is a plain text file in your home folder: anyone who can read that folder, or a backup of it, can read the key and so your data. This is not a safe place; use a passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring here is a file in your home folder, itself protected by a keyring password: safer than a plain file, but not your system&apos;s keyring. A passphrase is as safe and needs no extra password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key will be kept in your desktop&apos;s keyring (GNOME Keyring or KWallet), which is locked with your login password: a safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key will be kept in KWallet, locked with your login: a safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key will be kept in the macOS Keychain: a safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key will be kept in the Windows Credential Manager: a safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring does not work here: use a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key will be kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a passphrase of at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the store…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormMappingDialog</name>
    <message>
        <source>Fields of {form}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping you confirmed for this form before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping you gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed from the form&apos;s labels: check each row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose “(leave empty)” for a place the profile should not fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form fields and the profile fields that fill them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label on the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile field for {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember and fill…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother tongue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Cancel task (Esc)</source>
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
    <message>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store was created: your data cannot be kept yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} record(s) cannot be read and are left out ({ids}); every other record is shown. Delete them or restore a backup (secondment-desk profile list shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup was restored over this store while the window was open: nothing more is saved here. Close and reopen the window to see the restored data.</source>
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
        <source>&amp;Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
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
        <source>Place of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationalities (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent residences</source>
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
        <source>Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website or profile page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street (permanent address):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number of the permanent address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City of the permanent address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code of the permanent address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region or province of the permanent address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of the permanent address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous IO index number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds a driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can drive manual transmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served with an international organisation before</source>
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
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationalities (comma-separated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent residences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous IO inde&amp;x number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAR e&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAR evidence stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected story, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was the situation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What had you to achieve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it, in numbers if you can?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mem&amp;berships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Militar&amp;y service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice period (&amp;weeks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convicted of a criminal offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatives work in the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I certify that the information is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice period (weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer skills (comma-separated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer skills (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marital status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality at birth (if different):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality at birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security clearance level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security clearance level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority that issued the security clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security clearance expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would accept a shorter assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees that the application is shared with other posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatives in international organisations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatives in international organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a relative in an international organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependants (children and others you support):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dependant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dependant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove dependant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected dependant</source>
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
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (empty: present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil servant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN common system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dependant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>married</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divorced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>widowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAR evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>military service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles (*.json *.xml *.pdf);;JSON Resume or Secondment Desk (*.json);;Europass (*.xml *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate yet: create or import one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} and their applications from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the candidates…</source>
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
        <source>&amp;Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server store address (empty: the file on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this store at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the window opens {where} at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
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
    <name>Status</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to the national body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment / interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
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
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacancyFields</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years at management level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra years in lieu of the degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages desirable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. years of service</source>
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
        <source>&amp;Open file…</source>
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
        <source>How many posts this notice lists</source>
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
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text: copy the notice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vacancy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices (*.txt *.html *.htm *.pdf *.docx *.odt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This notice lists {n} posts: choose yours here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or import a candidate on the Profile screen to start an application for this post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the notice: click to see where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desirable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_KeyDialog</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Demo: the closing date was moved to {date} so the deadlines lie ahead; the notice text still shows the original date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
