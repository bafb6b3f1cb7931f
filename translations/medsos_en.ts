<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Medsos Desktop</source>
            <translation>About Medsos Desktop</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Drafting, approval and signed hand-over of government social media posts, for agencies and their Diskominfo.</source>
            <translation>Drafting, approval and signed hand-over of government social media posts, for agencies and their Diskominfo.</translation>
        </message>
        <message>
            <source>Fonts</source>
            <translation>Fonts</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Libraries</translation>
        </message>
    </context>
    <context>
        <name>AdminDialog</name>
        <message>
            <source>Who is using Medsos Desktop?</source>
            <translation>Who is using Medsos Desktop?</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Your name is needed.</source>
            <translation>Your name is needed.</translation>
        </message>
    </context>
    <context>
        <name>AdminFields</name>
        <message>
            <source>You, the admin at this PC</source>
            <translation>You, the admin at this PC</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>e.g. {example}</translation>
        </message>
        <message>
            <source>Your name appears in the history of every post you write or submit, and a reviewer can never approve a post of their own.</source>
            <translation>Your name appears in the history of every post you write or submit, and a reviewer can never approve a post of their own.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Your position (jabatan)</source>
            <translation>Your position (jabatan)</translation>
        </message>
    </context>
    <context>
        <name>AgencyActions</name>
        <message>
            <source>Brand kit saved.</source>
            <translation>Brand kit saved.</translation>
        </message>
        <message>
            <source>You can fill in your agency profile any time from the Agency menu.</source>
            <translation>You can fill in your agency profile any time from the Agency menu.</translation>
        </message>
        <message>
            <source>Agency profile saved.</source>
            <translation>Agency profile saved.</translation>
        </message>
        <message>
            <source>Your own workspace</source>
            <translation>Your own workspace</translation>
        </message>
        <message>
            <source>The workspace of {name} is ready. The sample posts of the sample agency are no longer in your list (Help → Look at the sample workspace shows them again, read-only).

Your infographics and approval sheets need your agency's logo, colours and footer. Set up the brand kit now?</source>
            <translation>The workspace of {name} is ready. The sample posts of the sample agency are no longer in your list (Help → Look at the sample workspace shows them again, read-only).

Your infographics and approval sheets need your agency's logo, colours and footer. Set up the brand kit now?</translation>
        </message>
        <message>
            <source>Set up brand kit</source>
            <translation>Set up brand kit</translation>
        </message>
    </context>
    <context>
        <name>Approval</name>
        <message>
            <source>made on another post</source>
            <translation>made on another post</translation>
        </message>
        <message>
            <source>made on another revision</source>
            <translation>made on another revision</translation>
        </message>
        <message>
            <source>made on a version of the post that has been edited since</source>
            <translation>made on a version of the post that has been edited since</translation>
        </message>
        <message>
            <source>{name} is not a reviewer of step {step}</source>
            <translation>{name} is not a reviewer of step {step}</translation>
        </message>
        <message>
            <source>signed by a reviewer this agency has not registered</source>
            <translation>signed by a reviewer this agency has not registered</translation>
        </message>
        <message>
            <source>{name} was not an active reviewer when it was signed</source>
            <translation>{name} was not an active reviewer when it was signed</translation>
        </message>
        <message>
            <source>made for step {step} before the steps before it were complete</source>
            <translation>made for step {step} before the steps before it were complete</translation>
        </message>
        <message>
            <source>{name} had already decided step {step}</source>
            <translation>{name} had already decided step {step}</translation>
        </message>
        <message>
            <source>made for step {step}, which was already complete</source>
            <translation>made for step {step}, which was already complete</translation>
        </message>
        <message>
            <source>arrived after the chain was already decided</source>
            <translation>arrived after the chain was already decided</translation>
        </message>
        <message>
            <source>signed by reviewers</source>
            <translation>signed by reviewers</translation>
        </message>
        <message>
            <source>PIN on the admin's PC</source>
            <translation>PIN on the admin's PC</translation>
        </message>
        <message>
            <source>WhatsApp evidence</source>
            <translation>WhatsApp evidence</translation>
        </message>
        <message>
            <source>no approval recorded</source>
            <translation>no approval recorded</translation>
        </message>
        <message>
            <source>proof does not hold</source>
            <translation>proof does not hold</translation>
        </message>
        <message>
            <source>An approval chain needs at least one step.</source>
            <translation>An approval chain needs at least one step.</translation>
        </message>
        <message>
            <source>Every step needs at least one reviewer.</source>
            <translation>Every step needs at least one reviewer.</translation>
        </message>
        <message>
            <source>A step names a reviewer who is not registered with this agency.</source>
            <translation>A step names a reviewer who is not registered with this agency.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalSheet</name>
        <message>
            <source>not scheduled</source>
            <translation>not scheduled</translation>
        </message>
        <message>
            <source>Approval Sheet for Social Media Content Publication</source>
            <translation>Approval Sheet for Social Media Content Publication</translation>
        </message>
        <message>
            <source>Number: {number}</source>
            <translation>Number: {number}</translation>
        </message>
        <message>
            <source>Content title</source>
            <translation>Content title</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Platforms</source>
            <translation>Platforms</translation>
        </message>
        <message>
            <source>Planned publication</source>
            <translation>Planned publication</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Drafted by</source>
            <translation>Drafted by</translation>
        </message>
        <message>
            <source>Sheet date</source>
            <translation>Sheet date</translation>
        </message>
        <message>
            <source>C. Images ({count})</source>
            <translation>C. Images ({count})</translation>
        </message>
        <message>
            <source>This post has no images.</source>
            <translation>This post has no images.</translation>
        </message>
        <message>
            <source>Image {index} of {count}. Alt text: {alt}</source>
            <translation>Image {index} of {count}. Alt text: {alt}</translation>
        </message>
        <message>
            <source>(no alt text yet)</source>
            <translation>(no alt text yet)</translation>
        </message>
        <message>
            <source>Image {index} is not available on this computer.</source>
            <translation>Image {index} is not available on this computer.</translation>
        </message>
        <message>
            <source>A. Caption text</source>
            <translation>A. Caption text</translation>
        </message>
        <message>
            <source>Caption for {platforms}</source>
            <translation>Caption for {platforms}</translation>
        </message>
        <message>
            <source>Own version for {platforms} (differs from the caption above)</source>
            <translation>Own version for {platforms} (differs from the caption above)</translation>
        </message>
        <message>
            <source>Added to the caption above: {words}</source>
            <translation>Added to the caption above: {words}</translation>
        </message>
        <message>
            <source>Left out of it: {words}</source>
            <translation>Left out of it: {words}</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>no platform chosen yet</source>
            <translation>no platform chosen yet</translation>
        </message>
        <message>
            <source>B. Automatic caption checks</source>
            <translation>B. Automatic caption checks</translation>
        </message>
        <message>
            <source>The same checks the editor shows. An error must be fixed, or the reviewer writes a reason for publishing anyway.</source>
            <translation>The same checks the editor shows. An error must be fixed, or the reviewer writes a reason for publishing anyway.</translation>
        </message>
        <message>
            <source>No findings: the checks found nothing to fix.</source>
            <translation>No findings: the checks found nothing to fix.</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>D. Checklist (tick each item)</source>
            <translation>D. Checklist (tick each item)</translation>
        </message>
        <message>
            <source>E. Notes</source>
            <translation>E. Notes</translation>
        </message>
        <message>
            <source>F. Decision</source>
            <translation>F. Decision</translation>
        </message>
        <message>
            <source>Approved for publication</source>
            <translation>Approved for publication</translation>
        </message>
        <message>
            <source>Returned for changes (see notes)</source>
            <translation>Returned for changes (see notes)</translation>
        </message>
        <message>
            <source>Date of decision: .....................</source>
            <translation>Date of decision: .....................</translation>
        </message>
        <message>
            <source>Submitted by,</source>
            <translation>Submitted by,</translation>
        </message>
        <message>
            <source>Approved by,</source>
            <translation>Approved by,</translation>
        </message>
        <message>
            <source>Position: ....................................</source>
            <translation>Position: ....................................</translation>
        </message>
        <message>
            <source>NIP {nip}</source>
            <translation>NIP {nip}</translation>
        </message>
        <message>
            <source>NIP ....................................</source>
            <translation>NIP ....................................</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>After signing, the reviewer also records this decision in Medsos Desktop: with their PIN on the admin's PC, or on their own PC.</source>
            <translation>After signing, the reviewer also records this decision in Medsos Desktop: with their PIN on the admin's PC, or on their own PC.</translation>
        </message>
        <message>
            <source>DRAFT: not submitted for approval yet, do not sign</source>
            <translation>DRAFT: not submitted for approval yet, do not sign</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>DRAFT</translation>
        </message>
        <message>
            <source>Date of decision: {date}</source>
            <translation>Date of decision: {date}</translation>
        </message>
        <message>
            <source>Recorded in Medsos Desktop: approved by {name} on {date}, confirmed with their PIN.</source>
            <translation>Recorded in Medsos Desktop: approved by {name} on {date}, confirmed with their PIN.</translation>
        </message>
        <message>
            <source>Recorded in Medsos Desktop: approved by {name}; the last step on {date}. Each step was signed on the reviewer's own PC with their key; Diskominfo checks the signatures.</source>
            <translation>Recorded in Medsos Desktop: approved by {name}; the last step on {date}. Each step was signed on the reviewer's own PC with their key; Diskominfo checks the signatures.</translation>
        </message>
        <message>
            <source>Recorded in Medsos Desktop: approved by {name} in a WhatsApp reply received on {date}; the screenshot of the reply is kept with the post.</source>
            <translation>Recorded in Medsos Desktop: approved by {name} in a WhatsApp reply received on {date}; the screenshot of the reply is kept with the post.</translation>
        </message>
        <message>
            <source>flag</source>
            <translation>flag</translation>
        </message>
        <message>
            <source>en</source>
            <translation>en</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>event {seq} was changed after it was written</source>
            <translation>event {seq} was changed after it was written</translation>
        </message>
        <message>
            <source>event {seq} does not follow the event before it (an event was replaced)</source>
            <translation>event {seq} does not follow the event before it (an event was replaced)</translation>
        </message>
        <message>
            <source>events before event {seq} were removed (expected number {expected})</source>
            <translation>events before event {seq} were removed (expected number {expected})</translation>
        </message>
        <message>
            <source>event {seq} is out of order (expected number {expected})</source>
            <translation>event {seq} is out of order (expected number {expected})</translation>
        </message>
    </context>
    <context>
        <name>AuditKind</name>
        <message>
            <source>created</source>
            <translation>created</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>edited</translation>
        </message>
        <message>
            <source>submitted for review</source>
            <translation>submitted for review</translation>
        </message>
        <message>
            <source>decided</source>
            <translation>decided</translation>
        </message>
        <message>
            <source>approval voided by an edit</source>
            <translation>approval voided by an edit</translation>
        </message>
        <message>
            <source>sent to the central folder</source>
            <translation>sent to the central folder</translation>
        </message>
        <message>
            <source>status changed</source>
            <translation>status changed</translation>
        </message>
        <message>
            <source>moved to the trash</source>
            <translation>moved to the trash</translation>
        </message>
        <message>
            <source>restored from the trash</source>
            <translation>restored from the trash</translation>
        </message>
        <message>
            <source>deleted for good</source>
            <translation>deleted for good</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>There is nothing to back up yet: the data folder {path} has no database.</source>
            <translation>There is nothing to back up yet: the data folder {path} has no database.</translation>
        </message>
        <message>
            <source>The database in {path} is larger than {limit} GB, more than a backup file may hold. Remove old posts' photos you no longer need, or ask IT staff to copy the data folder.</source>
            <translation>The database in {path} is larger than {limit} GB, more than a backup file may hold. Remove old posts' photos you no longer need, or ask IT staff to copy the data folder.</translation>
        </message>
        <message>
            <source>The backup could not be written to {file} ({reason}). Choose another folder or free some space, then try again.</source>
            <translation>The backup could not be written to {file} ({reason}). Choose another folder or free some space, then try again.</translation>
        </message>
        <message>
            <source>The file {file} cannot be read ({reason}). Check that it is still there and that you may open it.</source>
            <translation>The file {file} cannot be read ({reason}). Check that it is still there and that you may open it.</translation>
        </message>
        <message>
            <source>This file is not a Medsos Desktop backup: {file}. Choose a .medsos-backup file made by Medsos Desktop. Nothing has been changed.</source>
            <translation>This file is not a Medsos Desktop backup: {file}. Choose a .medsos-backup file made by Medsos Desktop. Nothing has been changed.</translation>
        </message>
        <message>
            <source>The backup {file} is damaged ({reason}) and cannot be restored. Use another backup; nothing has been changed.</source>
            <translation>The backup {file} is damaged ({reason}) and cannot be restored. Use another backup; nothing has been changed.</translation>
        </message>
        <message>
            <source>The backup is damaged: {member} does not match its checksum. Use another backup; nothing has been changed.</source>
            <translation>The backup is damaged: {member} does not match its checksum. Use another backup; nothing has been changed.</translation>
        </message>
        <message>
            <source>The backup {file} contains an unsafe entry ({member}: {reason}) and was refused. It was not made by Medsos Desktop or has been tampered with; nothing has been changed.</source>
            <translation>The backup {file} contains an unsafe entry ({member}: {reason}) and was refused. It was not made by Medsos Desktop or has been tampered with; nothing has been changed.</translation>
        </message>
        <message>
            <source>The backup {file} contains {member}, which a Medsos Desktop backup never holds. It was not made by Medsos Desktop or has been changed; nothing has been changed.</source>
            <translation>The backup {file} contains {member}, which a Medsos Desktop backup never holds. It was not made by Medsos Desktop or has been changed; nothing has been changed.</translation>
        </message>
        <message>
            <source>The backup {file} would unpack to far more than it holds ({member}: {reason}); it is damaged or not a real backup and was refused. Nothing has been changed.</source>
            <translation>The backup {file} would unpack to far more than it holds ({member}: {reason}); it is damaged or not a real backup and was refused. Nothing has been changed.</translation>
        </message>
        <message>
            <source>The backup was made by a newer version {version} of Medsos Desktop; update the app first, then restore it. Nothing has been changed.</source>
            <translation>The backup was made by a newer version {version} of Medsos Desktop; update the app first, then restore it. Nothing has been changed.</translation>
        </message>
        <message>
            <source>The database in the backup comes from a newer version of Medsos Desktop (schema {revision}); update the app first, then restore it. Nothing has been changed.</source>
            <translation>The database in the backup comes from a newer version of Medsos Desktop (schema {revision}); update the app first, then restore it. Nothing has been changed.</translation>
        </message>
        <message>
            <source>The database in the backup {file} is damaged ({reason}). Use another backup; nothing has been changed.</source>
            <translation>The database in the backup {file} is damaged ({reason}). Use another backup; nothing has been changed.</translation>
        </message>
        <message>
            <source>The backup {file} could not be checked ({reason}). Free some space on this computer's disk and try again.</source>
            <translation>The backup {file} could not be checked ({reason}). Free some space on this computer's disk and try again.</translation>
        </message>
        <message>
            <source>Close Medsos Desktop before restoring: the data folder {path} is in use by another window or command. Nothing has been changed.</source>
            <translation>Close Medsos Desktop before restoring: the data folder {path} is in use by another window or command. Nothing has been changed.</translation>
        </message>
        <message>
            <source>There is not enough free space in {path} to unpack this backup (needs {needed} MB, {free} MB free). Free some space and try again; nothing has been changed.</source>
            <translation>There is not enough free space in {path} to unpack this backup (needs {needed} MB, {free} MB free). Free some space and try again; nothing has been changed.</translation>
        </message>
        <message>
            <source>The backup could not be restored ({reason}). Your previous data is in place, unchanged.</source>
            <translation>The backup could not be restored ({reason}). Your previous data is in place, unchanged.</translation>
        </message>
        <message>
            <source>The restore was interrupted and could not be undone yet ({reason}). Nothing is lost: Medsos Desktop finishes undoing it the next time it opens the data folder {path}.</source>
            <translation>The restore was interrupted and could not be undone yet ({reason}). Nothing is lost: Medsos Desktop finishes undoing it the next time it opens the data folder {path}.</translation>
        </message>
        <message>
            <source>An interrupted restore left the file {path}, which cannot be read ({reason}). Nothing has been deleted; ask IT staff to look at the data folder before it is used again.</source>
            <translation>An interrupted restore left the file {path}, which cannot be read ({reason}). Nothing has been deleted; ask IT staff to look at the data folder before it is used again.</translation>
        </message>
        <message>
            <source>Nothing has been restored: restoring {file} would take {count} posts out of the workflow (drafts made or changed since the backup, or approved revisions not yet sent to the central folder). Look at the list and confirm first; nothing has been changed.</source>
            <translation>Nothing has been restored: restoring {file} would take {count} posts out of the workflow (drafts made or changed since the backup, or approved revisions not yet sent to the central folder). Look at the list and confirm first; nothing has been changed.</translation>
        </message>
        <message>
            <source>Nothing has been restored: the backup {file} belongs to another agency, {backup_agency}, while this data folder belongs to {this_agency}. Confirm first that this is the backup you mean; nothing has been changed.</source>
            <translation>Nothing has been restored: the backup {file} belongs to another agency, {backup_agency}, while this data folder belongs to {this_agency}. Confirm first that this is the backup you mean; nothing has been changed.</translation>
        </message>
        <message>
            <source>Nothing has been restored: the backup {file} was made on another device, {backup_device}, while this PC is {this_device}. Confirm first that this is the backup you mean; nothing has been changed.</source>
            <translation>Nothing has been restored: the backup {file} was made on another device, {backup_device}, while this PC is {this_device}. Confirm first that this is the backup you mean; nothing has been changed.</translation>
        </message>
        <message>
            <source>approved, not yet sent to the central folder</source>
            <translation>approved, not yet sent to the central folder</translation>
        </message>
        <message>
            <source>new since the backup</source>
            <translation>new since the backup</translation>
        </message>
        <message>
            <source>changed since the backup</source>
            <translation>changed since the backup</translation>
        </message>
        <message>
            <source>{title} ({reason}; {status}, last saved {when})</source>
            <translation>{title} ({reason}; {status}, last saved {when})</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(untitled)</translation>
        </message>
        <message>
            <source>Device identity: this PC keeps its own, {this_device} (the backup holds none).</source>
            <translation>Device identity: this PC keeps its own, {this_device} (the backup holds none).</translation>
        </message>
        <message>
            <source>Device identity: this PC keeps its own, {this_device}; the backup's, {backup_device}, is not restored.</source>
            <translation>Device identity: this PC keeps its own, {this_device}; the backup's, {backup_device}, is not restored.</translation>
        </message>
        <message>
            <source>Device identity: this PC's, {this_device}, is replaced by the backup's, {backup_device}; this PC's own is kept in the backups folder.</source>
            <translation>Device identity: this PC's, {this_device}, is replaced by the backup's, {backup_device}; this PC's own is kept in the backups folder.</translation>
        </message>
        <message>
            <source>Device identity: the backup's, {backup_device}, is put in place.</source>
            <translation>Device identity: the backup's, {backup_device}, is put in place.</translation>
        </message>
        <message>
            <source>Its secret key is not in the backup: it stays in the password store of the PC the backup was made on. On any other PC, sending asks for a new device identity first.</source>
            <translation>Its secret key is not in the backup: it stays in the password store of the PC the backup was made on. On any other PC, sending asks for a new device identity first.</translation>
        </message>
        <message>
            <source>Its secret key comes with it in the passphrase-protected key file: sending needs that key's passphrase.</source>
            <translation>Its secret key comes with it in the passphrase-protected key file: sending needs that key's passphrase.</translation>
        </message>
    </context>
    <context>
        <name>BarChartWidget</name>
        <message>
            <source>No data for this month</source>
            <translation>No data for this month</translation>
        </message>
    </context>
    <context>
        <name>BestPostsModel</name>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Platforms</source>
            <translation>Platforms</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Reach</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(untitled)</translation>
        </message>
    </context>
    <context>
        <name>Brand</name>
        <message>
            <source>Primary</source>
            <translation>Primary</translation>
        </message>
        <message>
            <source>Secondary</source>
            <translation>Secondary</translation>
        </message>
        <message>
            <source>Accent</source>
            <translation>Accent</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>Background</translation>
        </message>
        <message>
            <source>“{value}” is not a colour: write it as #RRGGBB, for example #0B5CAD.</source>
            <translation>“{value}” is not a colour: write it as #RRGGBB, for example #0B5CAD.</translation>
        </message>
    </context>
    <context>
        <name>BrandDialog</name>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Brand kit</source>
            <translation>Brand kit</translation>
        </message>
        <message>
            <source>Your agency's colours, fonts and logos. Every infographic template uses them, so all your posts look like they come from one office.</source>
            <translation>Your agency's colours, fonts and logos. Every infographic template uses them, so all your posts look like they come from one office.</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>Colours</translation>
        </message>
        <message>
            <source>Suggest from the logo</source>
            <translation>Suggest from the logo</translation>
        </message>
        <message>
            <source>Take the colours from the agency logo; you can still change each one.</source>
            <translation>Take the colours from the agency logo; you can still change each one.</translation>
        </message>
        <message>
            <source>Fonts</source>
            <translation>Fonts</translation>
        </message>
        <message>
            <source>Add a font (TTF or OTF)…</source>
            <translation>Add a font (TTF or OTF)…</translation>
        </message>
        <message>
            <source>Headings</source>
            <translation>Headings</translation>
        </message>
        <message>
            <source>Body text</source>
            <translation>Body text</translation>
        </message>
        <message>
            <source>Logos</source>
            <translation>Logos</translation>
        </message>
        <message>
            <source>Agency logo</source>
            <translation>Agency logo</translation>
        </message>
        <message>
            <source>Government emblem</source>
            <translation>Government emblem</translation>
        </message>
        <message>
            <source>Watermark</source>
            <translation>Watermark</translation>
        </message>
        <message>
            <source>Watermark strength</source>
            <translation>Watermark strength</translation>
        </message>
        <message>
            <source>Footer</source>
            <translation>Footer</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Hotline</source>
            <translation>Hotline</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Save brand kit</source>
            <translation>Save brand kit</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Choose a font</source>
            <translation>Choose a font</translation>
        </message>
        <message>
            <source>Font “{name}” added.</source>
            <translation>Font “{name}” added.</translation>
        </message>
        <message>
            <source>Choose an image</source>
            <translation>Choose an image</translation>
        </message>
        <message>
            <source>The logo has no colours to suggest (black and white); choose the colours yourself.</source>
            <translation>The logo has no colours to suggest (black and white); choose the colours yourself.</translation>
        </message>
        <message>
            <source>Colours suggested from the logo. Change any of them if you like.</source>
            <translation>Colours suggested from the logo. Change any of them if you like.</translation>
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message>
            <source>The caption is not UTF-8 text.</source>
            <translation>The caption is not UTF-8 text.</translation>
        </message>
        <message>
            <source>The caption on standard input is over {limit_kb} KB; no platform accepts that much.</source>
            <translation>The caption on standard input is over {limit_kb} KB; no platform accepts that much.</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>No problems found.</translation>
        </message>
        <message>
            <source>{file}: OK, {width}×{height}, {mime}</source>
            <translation>{file}: OK, {width}×{height}, {mime}</translation>
        </message>
        <message>
            <source>no revisions yet</source>
            <translation>no revisions yet</translation>
        </message>
        <message>
            <source>{central}: {published} sent, {waiting} waiting, {failed} need attention</source>
            <translation>{central}: {published} sent, {waiting} waiting, {failed} need attention</translation>
        </message>
        <message>
            <source>Device keys pinned from {source}: {trusted} trusted of {count} devices.</source>
            <translation>Device keys pinned from {source}: {trusted} trusted of {count} devices.</translation>
        </message>
        <message>
            <source>{name} ({device_id}) of {agency}: {decision}. Key fingerprint: {fingerprint}</source>
            <translation>{name} ({device_id}) of {agency}: {decision}. Key fingerprint: {fingerprint}</translation>
        </message>
        <message>
            <source>  the device file now shows another key: {fingerprint} (since {seen})</source>
            <translation>  the device file now shows another key: {fingerprint} (since {seen})</translation>
        </message>
        <message>
            <source>No devices in {central} yet.</source>
            <translation>No devices in {central} yet.</translation>
        </message>
        <message>
            <source>{file}: pinned keys of {count} devices written ({trusted} trusted).</source>
            <translation>{file}: pinned keys of {count} devices written ({trusted} trusted).</translation>
        </message>
        <message>
            <source>device {device_id} is not recorded for this central folder; see 'medsos devices list'</source>
            <translation>device {device_id} is not recorded for this central folder; see 'medsos devices list'</translation>
        </message>
        <message>
            <source>awaiting decision</source>
            <translation>awaiting decision</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>trusted</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>revoked</translation>
        </message>
        <message>
            <source>{file}: backup written, {size} MB, {posts} posts, {blobs} images and files</source>
            <translation>{file}: backup written, {size} MB, {posts} posts, {blobs} images and files</translation>
        </message>
        <message>
            <source>{file} restored into {data_dir}: {posts} posts, {blobs} images and files.</source>
            <translation>{file} restored into {data_dir}: {posts} posts, {blobs} images and files.</translation>
        </message>
        <message>
            <source>The previous files are kept in {previous}.</source>
            <translation>The previous files are kept in {previous}.</translation>
        </message>
        <message>
            <source>The backup comes from an older version; its data is upgraded the next time the data folder is opened.</source>
            <translation>The backup comes from an older version; its data is upgraded the next time the data folder is opened.</translation>
        </message>
        <message>
            <source>The data folder {data_dir} holds {posts} posts of its own. Restoring {file} (made {created} by version {version}, {backup_posts} posts) would replace them; the current files would be kept in the backups folder.</source>
            <translation>The data folder {data_dir} holds {posts} posts of its own. Restoring {file} (made {created} by version {version}, {backup_posts} posts) would replace them; the current files would be kept in the backups folder.</translation>
        </message>
        <message>
            <source>nothing restored: the data folder holds posts; add --yes to replace them</source>
            <translation>nothing restored: the data folder holds posts; add --yes to replace them</translation>
        </message>
        <message>
            <source>These {count} posts would leave the workflow: the app would neither show nor send them, and only the files kept in the backups folder would still hold them:</source>
            <translation>These {count} posts would leave the workflow: the app would neither show nor send them, and only the files kept in the backups folder would still hold them:</translation>
        </message>
        <message>
            <source>The backup belongs to another agency: {backup_agency} (this data folder: {this_agency}).</source>
            <translation>The backup belongs to another agency: {backup_agency} (this data folder: {this_agency}).</translation>
        </message>
        <message>
            <source>The backup was made on another device: {backup_device} (this PC: {this_device}).</source>
            <translation>The backup was made on another device: {backup_device} (this PC: {this_device}).</translation>
        </message>
        <message>
            <source>Add --keep-identity to keep this PC's own device identity instead.</source>
            <translation>Add --keep-identity to keep this PC's own device identity instead.</translation>
        </message>
        <message>
            <source>The data folder's database cannot be read, so what a restore would lose cannot be listed; its files would be kept in the backups folder.</source>
            <translation>The data folder's database cannot be read, so what a restore would lose cannot be listed; its files would be kept in the backups folder.</translation>
        </message>
        <message>
            <source>nothing restored; to restore anyway, add {flags}</source>
            <translation>nothing restored; to restore anyway, add {flags}</translation>
        </message>
        <message>
            <source>{count} posts that were not in the backup or not yet sent left the workflow; only {previous} still holds them.</source>
            <translation>{count} posts that were not in the backup or not yet sent left the workflow; only {previous} still holds them.</translation>
        </message>
        <message>
            <source>The audit trail is whole: {events} events checked, none changed or removed.</source>
            <translation>The audit trail is whole: {events} events checked, none changed or removed.</translation>
        </message>
        <message>
            <source>The audit trail is broken at event {seq} ({at}, post {post}): {reason}.</source>
            <translation>The audit trail is broken at event {seq} ({at}, post {post}): {reason}.</translation>
        </message>
        <message>
            <source>The reviewer records' trail was changed after it was written.</source>
            <translation>The reviewer records' trail was changed after it was written.</translation>
        </message>
        <message>
            <source>Events removed from the very end of the trail do not show here: what was sent to the central folder is the record to compare against.</source>
            <translation>Events removed from the very end of the trail do not show here: what was sent to the central folder is the record to compare against.</translation>
        </message>
        <message>
            <source>{file}: report for {month} written.</source>
            <translation>{file}: report for {month} written.</translation>
        </message>
        <message>
            <source>Posts not counted (no valid revision): {count} — {reasons}.</source>
            <translation>Posts not counted (no valid revision): {count} — {reasons}.</translation>
        </message>
        <message>
            <source>Posts counted by an older revision (a newer one is not valid): {count} — {reasons}.</source>
            <translation>Posts counted by an older revision (a newer one is not valid): {count} — {reasons}.</translation>
        </message>
        <message>
            <source>Devices awaiting a trust decision in coordinator mode: {devices}.</source>
            <translation>Devices awaiting a trust decision in coordinator mode: {devices}.</translation>
        </message>
        <message>
            <source>{central}: read in {seconds} s; revisions checked: {checked}; posts: {posts}, counted: {counted}.</source>
            <translation>{central}: read in {seconds} s; revisions checked: {checked}; posts: {posts}, counted: {counted}.</translation>
        </message>
        <message>
            <source>Posts whose newest revision is not valid: {reasons}.</source>
            <translation>Posts whose newest revision is not valid: {reasons}.</translation>
        </message>
        <message>
            <source>Every file was last re-checked on {when}.</source>
            <translation>Every file was last re-checked on {when}.</translation>
        </message>
        <message>
            <source>Every file has not been re-checked yet: run medsos scan --full.</source>
            <translation>Every file has not been re-checked yet: run medsos scan --full.</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <source>A regional day needs a name.</source>
            <translation>A regional day needs a name.</translation>
        </message>
        <message>
            <source>“{name}”: day {day} of month {month} is not a date. Check the day and the month.</source>
            <translation>“{name}”: day {day} of month {month} is not a date. Check the day and the month.</translation>
        </message>
        <message>
            <source>“{name}”: {day}-{month}-{year} is not a date. Check the day, the month and the year.</source>
            <translation>“{name}”: {day}-{month}-{year} is not a date. Check the day, the month and the year.</translation>
        </message>
        <message>
            <source>The calendar file {file} cannot be read: {error}</source>
            <translation>The calendar file {file} cannot be read: {error}</translation>
        </message>
        <message>
            <source>The calendar file {file} is larger than {limit} KB; it is not a calendar file of this app.</source>
            <translation>The calendar file {file} is larger than {limit} KB; it is not a calendar file of this app.</translation>
        </message>
        <message>
            <source>The calendar file {file} is not valid JSON (line {line}, column {column}). Correct it in a text editor or ask the coordinator for a new copy.</source>
            <translation>The calendar file {file} is not valid JSON (line {line}, column {column}). Correct it in a text editor or ask the coordinator for a new copy.</translation>
        </message>
        <message>
            <source>The file {file} is not a calendar file of the expected kind: its “format” must be “{expected}”.</source>
            <translation>The file {file} is not a calendar file of the expected kind: its “format” must be “{expected}”.</translation>
        </message>
        <message>
            <source>The calendar file {file} has version {version}, but this app reads version {supported}. Update the app or ask the coordinator for a file of version {supported}.</source>
            <translation>The calendar file {file} has version {version}, but this app reads version {supported}. Update the app or ask the coordinator for a file of version {supported}.</translation>
        </message>
        <message>
            <source>The calendar file {file} has an unknown field “{field}”. Check its spelling.</source>
            <translation>The calendar file {file} has an unknown field “{field}”. Check its spelling.</translation>
        </message>
        <message>
            <source>The calendar file {file} has no valid “{field}”.</source>
            <translation>The calendar file {file} has no valid “{field}”.</translation>
        </message>
        <message>
            <source>Entry {index} of the calendar file {file} has an unknown field “{field}”. Check its spelling.</source>
            <translation>Entry {index} of the calendar file {file} has an unknown field “{field}”. Check its spelling.</translation>
        </message>
        <message>
            <source>Entry {index} of the calendar file {file} has no valid “{field}”.</source>
            <translation>Entry {index} of the calendar file {file} has no valid “{field}”.</translation>
        </message>
        <message>
            <source>Entry {index} of the calendar file {file} is not a JSON object with named fields.</source>
            <translation>Entry {index} of the calendar file {file} is not a JSON object with named fields.</translation>
        </message>
        <message>
            <source>Entry {index} of the calendar file {file}: day {day} of month {month} is not a date.</source>
            <translation>Entry {index} of the calendar file {file}: day {day} of month {month} is not a date.</translation>
        </message>
        <message>
            <source>Entry {index} of the calendar file {file} repeats “{value}”; each must appear only once.</source>
            <translation>Entry {index} of the calendar file {file} repeats “{value}”; each must appear only once.</translation>
        </message>
        <message>
            <source>Entry {index} of the calendar file {file} names weekday {weekday}; weekdays are numbered 0 (Monday) to 6 (Sunday).</source>
            <translation>Entry {index} of the calendar file {file} names weekday {weekday}; weekdays are numbered 0 (Monday) to 6 (Sunday).</translation>
        </message>
    </context>
    <context>
        <name>CalendarGrid</name>
        <message>
            <source>Content calendar</source>
            <translation>Content calendar</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(untitled)</translation>
        </message>
        <message>
            <source>+{count} more</source>
            <translation>+{count} more</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>Planned: {when}</source>
            <translation>Planned: {when}</translation>
        </message>
        <message>
            <source>Agency: {agency}</source>
            <translation>Agency: {agency}</translation>
        </message>
        <message>
            <source>Drag to another day to reschedule.</source>
            <translation>Drag to another day to reschedule.</translation>
        </message>
        <message>
            <source>Posts planned: {count}</source>
            <translation>Posts planned: {count}</translation>
        </message>
        <message>
            <source>Too many posts on one day</source>
            <translation>Too many posts on one day</translation>
        </message>
        <message>
            <source>No post planned on this weekday</source>
            <translation>No post planned on this weekday</translation>
        </message>
        <message>
            <source>public holiday</source>
            <translation>public holiday</translation>
        </message>
        <message>
            <source>joint leave</source>
            <translation>joint leave</translation>
        </message>
        <message>
            <source>commemoration day</source>
            <translation>commemoration day</translation>
        </message>
        <message>
            <source>regional day</source>
            <translation>regional day</translation>
        </message>
        <message>
            <source>weekly theme</source>
            <translation>weekly theme</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>Days of the region…</source>
            <translation>Days of the region…</translation>
        </message>
        <message>
            <source>make a greeting draft</source>
            <translation>make a greeting draft</translation>
        </message>
        <message>
            <source>Coming soon, with no greeting post yet:</source>
            <translation>Coming soon, with no greeting post yet:</translation>
        </message>
        <message>
            <source>Moved to {day}.</source>
            <translation>Moved to {day}.</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <source>Previous week (Page Up)</source>
            <translation>Previous week (Page Up)</translation>
        </message>
        <message>
            <source>Previous month (Page Up)</source>
            <translation>Previous month (Page Up)</translation>
        </message>
        <message>
            <source>Next week (Page Down)</source>
            <translation>Next week (Page Down)</translation>
        </message>
        <message>
            <source>Next month (Page Down)</source>
            <translation>Next month (Page Down)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Show today (Home)</source>
            <translation>Show today (Home)</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Content calendar</source>
            <translation>Content calendar</translation>
        </message>
    </context>
    <context>
        <name>CaptionCheck</name>
        <message>
            <source>The caption is {count} characters long; {platform} allows at most {limit}. The marked part beyond the limit would be cut off or the post refused.</source>
            <translation>The caption is {count} characters long; {platform} allows at most {limit}. The marked part beyond the limit would be cut off or the post refused.</translation>
        </message>
        <message>
            <source>The post counts as {count} characters on X (every link counts as 23, an emoji as 2); X allows at most {limit}. The marked part does not fit.</source>
            <translation>The post counts as {count} characters on X (every link counts as 23, an emoji as 2); X allows at most {limit}. The marked part does not fit.</translation>
        </message>
        <message>
            <source>The description is {count} bytes long; {platform} allows at most {limit} bytes (accented letters and emoji take 2 to 4 bytes each). The marked part does not fit.</source>
            <translation>The description is {count} bytes long; {platform} allows at most {limit} bytes (accented letters and emoji take 2 to 4 bytes each). The marked part does not fit.</translation>
        </message>
        <message>
            <source>The caption is close to the {platform} limit: {count} of {limit} used, {remaining} left.</source>
            <translation>The caption is close to the {platform} limit: {count} of {limit} used, {remaining} left.</translation>
        </message>
        <message>
            <source>The title is {count} characters long; {platform} allows at most {limit}. Shorten it before uploading.</source>
            <translation>The title is {count} characters long; {platform} allows at most {limit}. Shorten it before uploading.</translation>
        </message>
        <message>
            <source>The caption has {count} hashtags; {platform} allows at most {limit}, so the post may be refused. Remove the marked hashtags.</source>
            <translation>The caption has {count} hashtags; {platform} allows at most {limit}, so the post may be refused. Remove the marked hashtags.</translation>
        </message>
        <message>
            <source>The description has {count} hashtags; YouTube ignores all hashtags when there are more than {limit}. Remove the marked ones.</source>
            <translation>The description has {count} hashtags; YouTube ignores all hashtags when there are more than {limit}. Remove the marked ones.</translation>
        </message>
        <message>
            <source>Threads uses only one topic tag per post; the {extra} marked hashtags after the first will appear as plain text.</source>
            <translation>Threads uses only one topic tag per post; the {extra} marked hashtags after the first will appear as plain text.</translation>
        </message>
        <message>
            <source>The caption has {count} hashtags; {platform} recommends at most {recommended} relevant ones, and more can look like spam. Consider removing the marked ones.</source>
            <translation>The caption has {count} hashtags; {platform} recommends at most {recommended} relevant ones, and more can look like spam. Consider removing the marked ones.</translation>
        </message>
        <message>
            <source>The caption mentions {count} accounts; {platform} allows at most {limit}, so the post may be refused. Remove the marked mentions.</source>
            <translation>The caption mentions {count} accounts; {platform} allows at most {limit}, so the post may be refused. Remove the marked mentions.</translation>
        </message>
        <message>
            <source>The agency's official hashtags are missing: {missing}. Add them so the post is found together with the rest of the agency's posts and campaigns.</source>
            <translation>The agency's official hashtags are missing: {missing}. Add them so the post is found together with the rest of the agency's posts and campaigns.</translation>
        </message>
        <message>
            <source>None of the agency's official hashtags is used ({missing}). Threads allows one topic tag per post, so use one of them.</source>
            <translation>None of the agency's official hashtags is used ({missing}). Threads allows one topic tag per post, so use one of them.</translation>
        </message>
        <message>
            <source>This looks like a NIK, a resident's population ID number ({masked}). Publishing it breaks UU 27/2022 tentang Pelindungan Data Pribadi; remove it or hide most digits.</source>
            <translation>This looks like a NIK, a resident's population ID number ({masked}). Publishing it breaks UU 27/2022 tentang Pelindungan Data Pribadi; remove it or hide most digits.</translation>
        </message>
        <message>
            <source>This 16-digit number may be a Kartu Keluarga (family card) or another personal number ({masked}). Such numbers are protected by UU 27/2022 tentang Pelindungan Data Pribadi; remove it or hide most digits.</source>
            <translation>This 16-digit number may be a Kartu Keluarga (family card) or another personal number ({masked}). Such numbers are protected by UU 27/2022 tentang Pelindungan Data Pribadi; remove it or hide most digits.</translation>
        </message>
        <message>
            <source>This looks like a personal phone number ({value}). Publishing someone's number without consent breaks UU 27/2022 tentang Pelindungan Data Pribadi; if it is an official hotline, add it to the agency's allowed contacts.</source>
            <translation>This looks like a personal phone number ({value}). Publishing someone's number without consent breaks UU 27/2022 tentang Pelindungan Data Pribadi; if it is an official hotline, add it to the agency's allowed contacts.</translation>
        </message>
        <message>
            <source>This looks like a personal e-mail address ({value}). Publishing it without consent breaks UU 27/2022 tentang Pelindungan Data Pribadi; if it is an official address, add it to the agency's allowed contacts.</source>
            <translation>This looks like a personal e-mail address ({value}). Publishing it without consent breaks UU 27/2022 tentang Pelindungan Data Pribadi; if it is an official address, add it to the agency's allowed contacts.</translation>
        </message>
        <message>
            <source>Government e-mail address ({value}): fine for an office mailbox, but make sure it is not a staff member's own address (UU 27/2022 tentang Pelindungan Data Pribadi).</source>
            <translation>Government e-mail address ({value}): fine for an office mailbox, but make sure it is not a staff member's own address (UU 27/2022 tentang Pelindungan Data Pribadi).</translation>
        </message>
        <message>
            <source>Image {index} has no alt text. Describe it so that residents who use a screen reader can follow the post (UU 8/2016 tentang Penyandang Disabilitas).</source>
            <translation>Image {index} has no alt text. Describe it so that residents who use a screen reader can follow the post (UU 8/2016 tentang Penyandang Disabilitas).</translation>
        </message>
        <message>
            <source>{platform} shows only posts with a photo or a video, and this post has none. Add an image, or remove {platform} from the target platforms.</source>
            <translation>{platform} shows only posts with a photo or a video, and this post has none. Add an image, or remove {platform} from the target platforms.</translation>
        </message>
        <message>
            <source>The images of this carousel have different shapes ({shapes}). {platform} crops every image to the shape of the first one ({first}), so parts of the others are cut off. Give all images the same shape (for example with an infographic of one size).</source>
            <translation>The images of this carousel have different shapes ({shapes}). {platform} crops every image to the shape of the first one ({first}), so parts of the others are cut off. Give all images the same shape (for example with an infographic of one size).</translation>
        </message>
        <message>
            <source>Image {index} has the shape {shape}; {platform} shows feed images between 4:5 (portrait) and 1.91:1 (landscape) and crops the rest. Crop it to 4:5, 1:1 or 1.91:1 yourself so nothing important is cut off.</source>
            <translation>Image {index} has the shape {shape}; {platform} shows feed images between 4:5 (portrait) and 1.91:1 (landscape) and crops the rest. Crop it to 4:5, 1:1 or 1.91:1 yourself so nothing important is cut off.</translation>
        </message>
        <message>
            <source>The template field {placeholder} was not filled in; replace it with the real text before publishing.</source>
            <translation>The template field {placeholder} was not filled in; replace it with the real text before publishing.</translation>
        </message>
        <message>
            <source>Links in {platform} captions cannot be clicked; put the link in the profile bio (link di bio) and point readers to it.</source>
            <translation>Links in {platform} captions cannot be clicked; put the link in the profile bio (link di bio) and point readers to it.</translation>
        </message>
        <message>
            <source>The caption is empty. Write at least one sentence about what the post is for.</source>
            <translation>The caption is empty. Write at least one sentence about what the post is for.</translation>
        </message>
    </context>
    <context>
        <name>CaptionTab</name>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Feed</translation>
        </message>
        <message>
            <source>Reels</source>
            <translation>Reels</translation>
        </message>
        <message>
            <source>Story</source>
            <translation>Story</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Shorts</source>
            <translation>Shorts</translation>
        </message>
        <message>
            <source>Caption for this platform</source>
            <translation>Caption for this platform</translation>
        </message>
        <message>
            <source>Follow the base caption again</source>
            <translation>Follow the base caption again</translation>
        </message>
        <message>
            <source>Copies exactly the text above, as the preview shows it</source>
            <translation>Copies exactly the text above, as the preview shows it</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Text only: no photo attached.</source>
            <translation>Text only: no photo attached.</translation>
        </message>
        <message>
            <source>{platform}'s own text: edits to the base caption no longer reach it.</source>
            <translation>{platform}'s own text: edits to the base caption no longer reach it.</translation>
        </message>
        <message>
            <source>Base caption, mentions and hashtags, exactly as posted.</source>
            <translation>Base caption, mentions and hashtags, exactly as posted.</translation>
        </message>
        <message>
            <source>Base caption, mentions and hashtags, exactly as posted. Type here to give {platform} its own text.</source>
            <translation>Base caption, mentions and hashtags, exactly as posted. Type here to give {platform} its own text.</translation>
        </message>
        <message>
            <source>No photo yet.</source>
            <translation>No photo yet.</translation>
        </message>
        <message>
            <source>Photo shown whole, not cropped.</source>
            <translation>Photo shown whole, not cropped.</translation>
        </message>
        <message>
            <source>Cropped to {shape}: top and bottom cut off.</source>
            <translation>Cropped to {shape}: top and bottom cut off.</translation>
        </message>
        <message>
            <source>Cropped to {shape}: sides cut off.</source>
            <translation>Cropped to {shape}: sides cut off.</translation>
        </message>
        <message>
            <source>Whole photo shown ({shape}).</source>
            <translation>Whole photo shown ({shape}).</translation>
        </message>
        <message>
            <source>Shaded: covered by the app's buttons.</source>
            <translation>Shaded: covered by the app's buttons.</translation>
        </message>
        <message>
            <source>No caption on this screen.</source>
            <translation>No caption on this screen.</translation>
        </message>
        <message>
            <source>The rest after “more”.</source>
            <translation>The rest after “more”.</translation>
        </message>
        <message>
            <source>{count} / {limit} {unit}</source>
            <translation>{count} / {limit} {unit}</translation>
        </message>
        <message>
            <source>Copy caption for {platform}</source>
            <translation>Copy caption for {platform}</translation>
        </message>
        <message>
            <source>characters</source>
            <translation>characters</translation>
        </message>
        <message>
            <source>characters (X count)</source>
            <translation>characters (X count)</translation>
        </message>
        <message>
            <source>bytes</source>
            <translation>bytes</translation>
        </message>
        <message>
            <source>No problems found for {platform}.</source>
            <translation>No problems found for {platform}.</translation>
        </message>
    </context>
    <context>
        <name>CaptionTemplate</name>
        <message>
            <source>Activity name</source>
            <translation>Activity name</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Agency name</source>
            <translation>Agency name</translation>
        </message>
        <message>
            <source>Parent government</source>
            <translation>Parent government</translation>
        </message>
        <message>
            <source>Leader's name</source>
            <translation>Leader's name</translation>
        </message>
        <message>
            <source>Leader's position</source>
            <translation>Leader's position</translation>
        </message>
        <message>
            <source>Collaborating accounts</source>
            <translation>Collaborating accounts</translation>
        </message>
        <message>
            <source>Service name</source>
            <translation>Service name</translation>
        </message>
        <message>
            <source>Requirements</source>
            <translation>Requirements</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Achievement</source>
            <translation>Achievement</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>False claim (hoax)</source>
            <translation>False claim (hoax)</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>Facts</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Holiday or commemoration</source>
            <translation>Holiday or commemoration</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Call to action</source>
            <translation>Call to action</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Main text</source>
            <translation>Main text</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Quote</translation>
        </message>
        <message>
            <source>This opening brace is never closed. Close the placeholder, for example {example}, or write the brace twice for a literal brace.</source>
            <translation>This opening brace is never closed. Close the placeholder, for example {example}, or write the brace twice for a literal brace.</translation>
        </message>
        <message>
            <source>This closing brace has no opening brace. Remove it, or write the brace twice for a literal brace.</source>
            <translation>This closing brace has no opening brace. Remove it, or write the brace twice for a literal brace.</translation>
        </message>
        <message>
            <source>This placeholder has no name. Write a field name between the braces, for example {example}.</source>
            <translation>This placeholder has no name. Write a field name between the braces, for example {example}.</translation>
        </message>
        <message>
            <source>“{name}” is not a valid placeholder name. Use lowercase letters, digits and underscores, for example {example}.</source>
            <translation>“{name}” is not a valid placeholder name. Use lowercase letters, digits and underscores, for example {example}.</translation>
        </message>
        <message>
            <source>“{name}” is not a standard field; the form will ask for it as free text.</source>
            <translation>“{name}” is not a standard field; the form will ask for it as free text.</translation>
        </message>
        <message>
            <source>“{name}” is not a standard field; the form will ask for it as free text. Did you mean {example}?</source>
            <translation>“{name}” is not a standard field; the form will ask for it as free text. Did you mean {example}?</translation>
        </message>
        <message>
            <source>The template needs a name.</source>
            <translation>The template needs a name.</translation>
        </message>
        <message>
            <source>The template text is empty.</source>
            <translation>The template text is empty.</translation>
        </message>
    </context>
    <context>
        <name>Category</name>
        <message>
            <source>Activity</source>
            <translation>Activity</translation>
        </message>
        <message>
            <source>Announcement</source>
            <translation>Announcement</translation>
        </message>
        <message>
            <source>Public Service</source>
            <translation>Public Service</translation>
        </message>
        <message>
            <source>Performance Achievement</source>
            <translation>Performance Achievement</translation>
        </message>
        <message>
            <source>Hoax Clarification</source>
            <translation>Hoax Clarification</translation>
        </message>
        <message>
            <source>Holiday Greeting</source>
            <translation>Holiday Greeting</translation>
        </message>
        <message>
            <source>Collaboration</source>
            <translation>Collaboration</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>Coordinator</name>
        <message>
            <source>Give the item a title.</source>
            <translation>Give the item a title.</translation>
        </message>
        <message>
            <source>A content pack needs a master caption and at least one platform.</source>
            <translation>A content pack needs a master caption and at least one platform.</translation>
        </message>
        <message>
            <source>Only PNG and JPEG images can be shared; {name} is neither.</source>
            <translation>Only PNG and JPEG images can be shared; {name} is neither.</translation>
        </message>
        <message>
            <source>Revision {revision}</source>
            <translation>Revision {revision}</translation>
        </message>
        <message>
            <source>{path} is signed by device {device_id} of {agency}, which has not been trusted yet. Compare its key fingerprint with the agency, then trust or reject it.</source>
            <translation>{path} is signed by device {device_id} of {agency}, which has not been trusted yet. Compare its key fingerprint with the agency, then trust or reject it.</translation>
        </message>
        <message>
            <source>{path} is signed by device {device_id}, which was rejected or revoked; it is not counted as valid.</source>
            <translation>{path} is signed by device {device_id}, which was rejected or revoked; it is not counted as valid.</translation>
        </message>
        <message>
            <source>{path} is signed with key {key_id}, not with the trusted key {trusted_key_id} of device {device_id}. Decide about the device's changed key first.</source>
            <translation>{path} is signed with key {key_id}, not with the trusted key {trusted_key_id} of device {device_id}. Decide about the device's changed key first.</translation>
        </message>
        <message>
            <source>{path} is signed by device {device_id}, which has not been recorded yet.</source>
            <translation>{path} is signed by device {device_id}, which has not been recorded yet.</translation>
        </message>
        <message>
            <source>{path} appeared after a revision with a higher sequence number ({highest}) of device {device_id} had been accepted; its sequence number is {sequence}. It is replayed (a deleted revision copied back?).</source>
            <translation>{path} appeared after a revision with a higher sequence number ({highest}) of device {device_id} had been accepted; its sequence number is {sequence}. It is replayed (a deleted revision copied back?).</translation>
        </message>
        <message>
            <source>The coordinator's database would be inside the central folder {path}. Choose a data folder outside the shared folder.</source>
            <translation>The coordinator's database would be inside the central folder {path}. Choose a data folder outside the shared folder.</translation>
        </message>
    </context>
    <context>
        <name>CoordinatorStatus</name>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Still arriving</source>
            <translation>Still arriving</translation>
        </message>
        <message>
            <source>Device not trusted yet</source>
            <translation>Device not trusted yet</translation>
        </message>
        <message>
            <source>Tampered</source>
            <translation>Tampered</translation>
        </message>
        <message>
            <source>Unknown device</source>
            <translation>Unknown device</translation>
        </message>
        <message>
            <source>Device rejected</source>
            <translation>Device rejected</translation>
        </message>
        <message>
            <source>Replayed</source>
            <translation>Replayed</translation>
        </message>
        <message>
            <source>Conflict copy</source>
            <translation>Conflict copy</translation>
        </message>
        <message>
            <source>Unsafe</source>
            <translation>Unsafe</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>Invalid</translation>
        </message>
        <message>
            <source>Awaiting decision</source>
            <translation>Awaiting decision</translation>
        </message>
        <message>
            <source>Trusted</source>
            <translation>Trusted</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revoked</translation>
        </message>
    </context>
    <context>
        <name>CoordinatorWindow</name>
        <message>
            <source>Agency</source>
            <translation>Agency</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Platforms</source>
            <translation>Platforms</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Verification</source>
            <translation>Verification</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Approval</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation>Key fingerprint</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Revisions</source>
            <translation>Revisions</translation>
        </message>
        <message>
            <source>{old}
NEW KEY {new}</source>
            <translation>{old}
NEW KEY {new}</translation>
        </message>
        <message>
            <source>Medsos Desktop — coordinator: {folder}</source>
            <translation>Medsos Desktop — coordinator: {folder}</translation>
        </message>
        <message>
            <source>All agencies' posts</source>
            <translation>All agencies' posts</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Devices</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <source>Share with agencies</source>
            <translation>Share with agencies</translation>
        </message>
        <message>
            <source>Monthly report</source>
            <translation>Monthly report</translation>
        </message>
        <message>
            <source>All agencies</source>
            <translation>All agencies</translation>
        </message>
        <message>
            <source>Every status</source>
            <translation>Every status</translation>
        </message>
        <message>
            <source>Search titles and captions…</source>
            <translation>Search titles and captions…</translation>
        </message>
        <message>
            <source>Read the folder again</source>
            <translation>Read the folder again</translation>
        </message>
        <message>
            <source>Check every file again</source>
            <translation>Check every file again</translation>
        </message>
        <message>
            <source>Re-hash every revision: slower, and finds a file changed after it was checked.</source>
            <translation>Re-hash every revision: slower, and finds a file changed after it was checked.</translation>
        </message>
        <message>
            <source>Note: how the fingerprint was confirmed (e.g. by phone with the agency)</source>
            <translation>Note: how the fingerprint was confirmed (e.g. by phone with the agency)</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>Trust</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Revoke</translation>
        </message>
        <message>
            <source>A post counts as valid only when its device is trusted. Trust a device only after its agency has read you the fingerprint of its key, by phone or in person. A changed key for a known device is shown in red and must be decided again.</source>
            <translation>A post counts as valid only when its device is trusted. Trust a device only after its agency has read you the fingerprint of its key, by phone or in person. A changed key for a known device is shown in red and must be decided again.</translation>
        </message>
        <message>
            <source>The whole region</source>
            <translation>The whole region</translation>
        </message>
        <message>
            <source>Export XLSX…</source>
            <translation>Export XLSX…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coordinator</translation>
        </message>
        <message>
            <source>Reading the central folder…</source>
            <translation>Reading the central folder…</translation>
        </message>
        <message>
            <source>Folder read in {seconds} s.</source>
            <translation>Folder read in {seconds} s.</translation>
        </message>
        <message>
            <source>{count} devices await your decision.</source>
            <translation>{count} devices await your decision.</translation>
        </message>
        <message>
            <source>Devices ({count} CHANGED KEYS)</source>
            <translation>Devices ({count} CHANGED KEYS)</translation>
        </message>
        <message>
            <source>Devices ({count} to decide)</source>
            <translation>Devices ({count} to decide)</translation>
        </message>
        <message>
            <source>{count} revisions</source>
            <translation>{count} revisions</translation>
        </message>
        <message>
            <source>{posts} posts, {counted} counted</source>
            <translation>{posts} posts, {counted} counted</translation>
        </message>
        <message>
            <source>{count} newest revisions not valid</source>
            <translation>{count} newest revisions not valid</translation>
        </message>
        <message>
            <source>Newest revision not valid: {reasons}</source>
            <translation>Newest revision not valid: {reasons}</translation>
        </message>
        <message>
            <source>{name} of {agency}. Key fingerprint: {fingerprint}</source>
            <translation>{name} of {agency}. Key fingerprint: {fingerprint}</translation>
        </message>
        <message>
            <source>Device id: {id}</source>
            <translation>Device id: {id}</translation>
        </message>
        <message>
            <source>THE FOLDER NOW SHOWS ANOTHER KEY for this device: {fingerprint}. Posts signed with it are not valid until you decide.</source>
            <translation>THE FOLDER NOW SHOWS ANOTHER KEY for this device: {fingerprint}. Posts signed with it are not valid until you decide.</translation>
        </message>
        <message>
            <source>{name} of {agency} is trusted: its posts count as valid.</source>
            <translation>{name} of {agency} is trusted: its posts count as valid.</translation>
        </message>
        <message>
            <source>{name} of {agency} is rejected: its posts are not valid.</source>
            <translation>{name} of {agency} is rejected: its posts are not valid.</translation>
        </message>
        <message>
            <source>{name} of {agency} is revoked: its posts are not valid.</source>
            <translation>{name} of {agency} is revoked: its posts are not valid.</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Save the report</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Writing the report…</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <source>Screenshot of the WhatsApp reply</source>
            <translation>Screenshot of the WhatsApp reply</translation>
        </message>
        <message>
            <source>Approved by {approvers}. Every step is signed on the reviewers' own PCs and each signature was checked against the reviewers the agency registered.</source>
            <translation>Approved by {approvers}. Every step is signed on the reviewers' own PCs and each signature was checked against the reviewers the agency registered.</translation>
        </message>
        <message>
            <source>Approved by {approvers} ({role}) with their PIN on the admin's PC. Only the agency's device vouches for it.</source>
            <translation>Approved by {approvers} ({role}) with their PIN on the admin's PC. Only the agency's device vouches for it.</translation>
        </message>
        <message>
            <source>Approved by {approvers} in a WhatsApp reply; the admin attached its screenshot to this revision. The weakest proof: ask for signed approval.</source>
            <translation>Approved by {approvers} in a WhatsApp reply; the admin attached its screenshot to this revision. The weakest proof: ask for signed approval.</translation>
        </message>
        <message>
            <source>The approval claims reviewers' signatures that do not check out. Do not count it as approved; ask the agency.</source>
            <translation>The approval claims reviewers' signatures that do not check out. Do not count it as approved; ask the agency.</translation>
        </message>
        <message>
            <source>No approval is recorded with this revision.</source>
            <translation>No approval is recorded with this revision.</translation>
        </message>
        <message>
            <source>The revision names {approvers} as approving it. That cannot count until this agency's device is trusted: compare its key fingerprint in the Devices tab, then trust it.</source>
            <translation>The revision names {approvers} as approving it. That cannot count until this agency's device is trusted: compare its key fingerprint in the Devices tab, then trust it.</translation>
        </message>
        <message>
            <source>The revision names {approvers} as approving it, but the revision is not valid, so the approval does not count.</source>
            <translation>The revision names {approvers} as approving it, but the revision is not valid, so the approval does not count.</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>own</source>
            <translation>own</translation>
        </message>
    </context>
    <context>
        <name>DiskominfoActions</name>
        <message>
            <source>Choose the central folder to coordinate</source>
            <translation>Choose the central folder to coordinate</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something unexpected went wrong and the action was not finished. The details are in the Medsos Desktop log file; send it to your IT staff if this happens again.</source>
            <translation>Something unexpected went wrong and the action was not finished. The details are in the Medsos Desktop log file; send it to your IT staff if this happens again.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong and the action was not finished. The details are in the log file {path}; send it to your IT staff if this happens again.</source>
            <translation>Something unexpected went wrong and the action was not finished. The details are in the log file {path}; send it to your IT staff if this happens again.</translation>
        </message>
        <message>
            <source>A file or folder could not be used: {reason}.</source>
            <translation>A file or folder could not be used: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>EvaluationActions</name>
        <message>
            <source>Import figures from CSV…</source>
            <translation>Import figures from CSV…</translation>
        </message>
        <message>
            <source>Replies to citizens…</source>
            <translation>Replies to citizens…</translation>
        </message>
    </context>
    <context>
        <name>EvaluationPage</name>
        <message>
            <source>Previous month</source>
            <translation>Previous month</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Next month</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <source>The monthly report for the head of office, as PDF</source>
            <translation>The monthly report for the head of office, as PDF</translation>
        </message>
        <message>
            <source>Export XLSX…</source>
            <translation>Export XLSX…</translation>
        </message>
        <message>
            <source>The monthly report for the head of office, as an Excel workbook</source>
            <translation>The monthly report for the head of office, as an Excel workbook</translation>
        </message>
        <message>
            <source>Analysis for the report</source>
            <translation>Analysis for the report</translation>
        </message>
        <message>
            <source>A few sentences for the head of office: what went well this month, what did not, and what you will do next month. It goes into the PDF and XLSX.</source>
            <translation>A few sentences for the head of office: what went well this month, what did not, and what you will do next month. It goes into the PDF and XLSX.</translation>
        </message>
        <message>
            <source>Posts published</source>
            <translation>Posts published</translation>
        </message>
        <message>
            <source>Total reach</source>
            <translation>Total reach</translation>
        </message>
        <message>
            <source>Total engagement</source>
            <translation>Total engagement</translation>
        </message>
        <message>
            <source>Video views</source>
            <translation>Video views</translation>
        </message>
        <message>
            <source>On the planned day</source>
            <translation>On the planned day</translation>
        </message>
        <message>
            <source>Likes + comments + shares + saves</source>
            <translation>Likes + comments + shares + saves</translation>
        </message>
        <message>
            <source>Posts per week</source>
            <translation>Posts per week</translation>
        </message>
        <message>
            <source>Engagement by category</source>
            <translation>Engagement by category</translation>
        </message>
        <message>
            <source>Engagement by platform</source>
            <translation>Engagement by platform</translation>
        </message>
        <message>
            <source>Engagement by format</source>
            <translation>Engagement by format</translation>
        </message>
        <message>
            <source>Best posts of the month</source>
            <translation>Best posts of the month</translation>
        </message>
        <message>
            <source>By engagement</source>
            <translation>By engagement</translation>
        </message>
        <message>
            <source>By reach</source>
            <translation>By reach</translation>
        </message>
        <message>
            <source>Double-click a post to open it</source>
            <translation>Double-click a post to open it</translation>
        </message>
        <message>
            <source>No post of this month has figures yet.</source>
            <translation>No post of this month has figures yet.</translation>
        </message>
        <message>
            <source>No post this month had a planned time.</source>
            <translation>No post this month had a planned time.</translation>
        </message>
        <message>
            <source>{on_time} of {timed} ({percent}%)</source>
            <translation>{on_time} of {timed} ({percent}%)</translation>
        </message>
        <message>
            <source>Published posts that went out on the day they were planned for</source>
            <translation>Published posts that went out on the day they were planned for</translation>
        </message>
        <message>
            <source>Week {number} ({days})</source>
            <translation>Week {number} ({days})</translation>
        </message>
        <message>
            <source>All posts of the month, by status:</source>
            <translation>All posts of the month, by status:</translation>
        </message>
        <message>
            <source>No post is planned or published in this month.</source>
            <translation>No post is planned or published in this month.</translation>
        </message>
        <message>
            <source>Save the monthly report</source>
            <translation>Save the monthly report</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Writing the report…</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>Report saved: {name}</source>
            <translation>Report saved: {name}</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluation</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>As PNG this image is {size_mb} MB, over the {limit_mb} MB limit. Export it as JPEG instead: photos and gradients compress far better.</source>
            <translation>As PNG this image is {size_mb} MB, over the {limit_mb} MB limit. Export it as JPEG instead: photos and gradients compress far better.</translation>
        </message>
        <message>
            <source>Even at the lowest acceptable quality this image is {size_mb} MB, over the {limit_mb} MB limit. Use a smaller size.</source>
            <translation>Even at the lowest acceptable quality this image is {size_mb} MB, over the {limit_mb} MB limit. Use a smaller size.</translation>
        </message>
        <message>
            <source>{format} is not an export format; use PNG or JPEG.</source>
            <translation>{format} is not an export format; use PNG or JPEG.</translation>
        </message>
    </context>
    <context>
        <name>FileFilters</name>
        <message>
            <source>Images ({patterns})</source>
            <translation>Images ({patterns})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>PNG or JPEG images ({patterns})</source>
            <translation>PNG or JPEG images ({patterns})</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search titles, captions, hashtags…</source>
            <translation>Search titles, captions, hashtags…</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>All platforms</source>
            <translation>All platforms</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>Any date</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Next 7 days</source>
            <translation>Next 7 days</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Last month</translation>
        </message>
        <message>
            <source>Date range…</source>
            <translation>Date range…</translation>
        </message>
    </context>
    <context>
        <name>FindingRow</name>
        <message>
            <source>Why publish it as it is (required)</source>
            <translation>Why publish it as it is (required)</translation>
        </message>
        <message>
            <source>Click to show the marked text in the post</source>
            <translation>Click to show the marked text in the post</translation>
        </message>
    </context>
    <context>
        <name>FindingsView</name>
        <message>
            <source>no problems found</source>
            <translation>no problems found</translation>
        </message>
    </context>
    <context>
        <name>FocusArea</name>
        <message>
            <source>Focus point of the photo</source>
            <translation>Focus point of the photo</translation>
        </message>
    </context>
    <context>
        <name>FocusPicker</name>
        <message>
            <source>Automatic</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <source>Forget the focus point: keep the faces in view</source>
            <translation>Forget the focus point: keep the faces in view</translation>
        </message>
        <message>
            <source>This point stays in the picture at every size.</source>
            <translation>This point stays in the picture at every size.</translation>
        </message>
        <message>
            <source>Automatic: the face found is kept in view. Click or drag on the photo to choose the focus point yourself.</source>
            <translation>Automatic: the face found is kept in view. Click or drag on the photo to choose the focus point yourself.</translation>
        </message>
        <message>
            <source>Automatic: the {count} faces found are kept in view. Click or drag on the photo to choose the focus point yourself.</source>
            <translation>Automatic: the {count} faces found are kept in view. Click or drag on the photo to choose the focus point yourself.</translation>
        </message>
        <message>
            <source>Automatic. Click or drag on the photo to choose the point that must stay in the picture.</source>
            <translation>Automatic. Click or drag on the photo to choose the point that must stay in the picture.</translation>
        </message>
    </context>
    <context>
        <name>Font</name>
        <message>
            <source>{name} is empty.</source>
            <translation>{name} is empty.</translation>
        </message>
        <message>
            <source>{name} is {size_mb} MB; font files up to {limit_mb} MB can be added.</source>
            <translation>{name} is {size_mb} MB; font files up to {limit_mb} MB can be added.</translation>
        </message>
        <message>
            <source>{name} is not a font file. Add a TrueType (.ttf) or OpenType (.otf) font.</source>
            <translation>{name} is not a font file. Add a TrueType (.ttf) or OpenType (.otf) font.</translation>
        </message>
        <message>
            <source>{name} is damaged or incomplete and cannot be used. Try the original file again.</source>
            <translation>{name} is damaged or incomplete and cannot be used. Try the original file again.</translation>
        </message>
        <message>
            <source>{name} cannot write Indonesian text: it lacks the characters {missing}. Choose a font that covers the Latin alphabet.</source>
            <translation>{name} cannot write Indonesian text: it lacks the characters {missing}. Choose a font that covers the Latin alphabet.</translation>
        </message>
        <message>
            <source>The font {ref} is not available on this computer.</source>
            <translation>The font {ref} is not available on this computer.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Medsos Desktop (automatic)</source>
            <translation>Medsos Desktop (automatic)</translation>
        </message>
        <message>
            <source>Sample workspace</source>
            <translation>Sample workspace</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Revision {number} opened for changes</source>
            <translation>Revision {number} opened for changes</translation>
        </message>
        <message>
            <source>Moved to the trash</source>
            <translation>Moved to the trash</translation>
        </message>
        <message>
            <source>Restored from the trash</source>
            <translation>Restored from the trash</translation>
        </message>
        <message>
            <source>The approval expired: the post was not published in time after its planned date. Revision {number} must be approved again.</source>
            <translation>The approval expired: the post was not published in time after its planned date. Revision {number} must be approved again.</translation>
        </message>
        <message>
            <source>Revision {number}, sent to the central folder</source>
            <translation>Revision {number}, sent to the central folder</translation>
        </message>
        <message>
            <source>Step “{step}” approved on the reviewer's own PC; sent to the next step</source>
            <translation>Step “{step}” approved on the reviewer's own PC; sent to the next step</translation>
        </message>
        <message>
            <source>Made from a Diskominfo content pack (revision {number})</source>
            <translation>Made from a Diskominfo content pack (revision {number})</translation>
        </message>
        <message>
            <source>Main caption</source>
            <translation>Main caption</translation>
        </message>
        <message>
            <source>History: {title}</source>
            <translation>History: {title}</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Status changes</source>
            <translation>Status changes</translation>
        </message>
        <message>
            <source>Approved (revision {number})</source>
            <translation>Approved (revision {number})</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>Caption changes since the approved revision</source>
            <translation>Caption changes since the approved revision</translation>
        </message>
        <message>
            <source>No caption has changed.</source>
            <translation>No caption has changed.</translation>
        </message>
        <message>
            <source>Added text is green, removed text red.</source>
            <translation>Added text is green, removed text red.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>Identity</name>
        <message>
            <source>Secret keys are kept in this computer's password store.</source>
            <translation>Secret keys are kept in this computer's password store.</translation>
        </message>
        <message>
            <source>This computer has no password store, so secret keys cannot be kept safely in it.</source>
            <translation>This computer has no password store, so secret keys cannot be kept safely in it.</translation>
        </message>
        <message>
            <source>The password store has been turned off for Medsos Desktop on this computer, so secret keys cannot be kept in it.</source>
            <translation>The password store has been turned off for Medsos Desktop on this computer, so secret keys cannot be kept in it.</translation>
        </message>
        <message>
            <source>The password store in use keeps secrets in an ordinary file rather than in the operating system's protected store, so secret keys are not kept in it.</source>
            <translation>The password store in use keeps secrets in an ordinary file rather than in the operating system's protected store, so secret keys are not kept in it.</translation>
        </message>
        <message>
            <source>This computer's password store cannot be reached right now. It may be locked or not running; logging out and in again usually helps.</source>
            <translation>This computer's password store cannot be reached right now. It may be locked or not running; logging out and in again usually helps.</translation>
        </message>
        <message>
            <source>the key could not be read back after saving</source>
            <translation>the key could not be read back after saving</translation>
        </message>
        <message>
            <source>Medsos Desktop needs a safe place on this computer for its secret signing key, which proves that the posts sent to the central folder come from this computer. This computer has no password store to keep it in (found: {backend}), so the key has not been created. You can choose to keep the key in a file protected by a passphrase instead; you will then type that passphrase each time you send posts.</source>
            <translation>Medsos Desktop needs a safe place on this computer for its secret signing key, which proves that the posts sent to the central folder come from this computer. This computer has no password store to keep it in (found: {backend}), so the key has not been created. You can choose to keep the key in a file protected by a passphrase instead; you will then type that passphrase each time you send posts.</translation>
        </message>
        <message>
            <source>The password store of this computer ({backend}) could not be used: {reason}. Make sure you are logged in and the password store is unlocked, then try again.</source>
            <translation>The password store of this computer ({backend}) could not be used: {reason}. Make sure you are logged in and the password store is unlocked, then try again.</translation>
        </message>
        <message>
            <source>The signing key of this computer is not in its password store ({backend}). This happens when the data folder was copied or restored onto another computer, or when the password store was reset. Set up a new device identity on this computer; posts already sent stay valid.</source>
            <translation>The signing key of this computer is not in its password store ({backend}). This happens when the data folder was copied or restored onto another computer, or when the password store was reset. Set up a new device identity on this computer; posts already sent stay valid.</translation>
        </message>
        <message>
            <source>The key file {path} is missing. Restore it from a backup, or set up a new device identity on this computer; posts already sent stay valid.</source>
            <translation>The key file {path} is missing. Restore it from a backup, or set up a new device identity on this computer; posts already sent stay valid.</translation>
        </message>
        <message>
            <source>The signing key of this computer is damaged and cannot be used. Restore the data folder from a backup, or set up a new device identity on this computer; posts already sent stay valid.</source>
            <translation>The signing key of this computer is damaged and cannot be used. Restore the data folder from a backup, or set up a new device identity on this computer; posts already sent stay valid.</translation>
        </message>
        <message>
            <source>The key file {path} is damaged and cannot be used. Restore it from a backup, or set up a new device identity on this computer; posts already sent stay valid.</source>
            <translation>The key file {path} is damaged and cannot be used. Restore it from a backup, or set up a new device identity on this computer; posts already sent stay valid.</translation>
        </message>
        <message>
            <source>The signing key found on this computer does not belong to its device identity (key {key_id}); it may come from another installation. Set up a new device identity on this computer; posts already sent stay valid.</source>
            <translation>The signing key found on this computer does not belong to its device identity (key {key_id}); it may come from another installation. Set up a new device identity on this computer; posts already sent stay valid.</translation>
        </message>
        <message>
            <source>The signing key of this computer is protected by a passphrase. Type the passphrase to continue.</source>
            <translation>The signing key of this computer is protected by a passphrase. Type the passphrase to continue.</translation>
        </message>
        <message>
            <source>The passphrase is not correct. Type it again, paying attention to capital letters.</source>
            <translation>The passphrase is not correct. Type it again, paying attention to capital letters.</translation>
        </message>
        <message>
            <source>The passphrase must be at least {minimum} characters long. A short sentence you can remember works well.</source>
            <translation>The passphrase must be at least {minimum} characters long. A short sentence you can remember works well.</translation>
        </message>
        <message>
            <source>The passphrase is too long: use at most {maximum} characters.</source>
            <translation>The passphrase is too long: use at most {maximum} characters.</translation>
        </message>
        <message>
            <source>The device identity file {path} is damaged ({reason}) and has been left as it is. Restore it from a backup, or set up a new device identity on this computer (the damaged file is kept aside).</source>
            <translation>The device identity file {path} is damaged ({reason}) and has been left as it is. Restore it from a backup, or set up a new device identity on this computer (the damaged file is kept aside).</translation>
        </message>
        <message>
            <source>The device identity file {path} was written by a newer version of Medsos Desktop. Update Medsos Desktop on this computer; this version will not change the file.</source>
            <translation>The device identity file {path} was written by a newer version of Medsos Desktop. Update Medsos Desktop on this computer; this version will not change the file.</translation>
        </message>
        <message>
            <source>This computer already has a device identity (device {device_id}). It has not been replaced.</source>
            <translation>This computer already has a device identity (device {device_id}). It has not been replaced.</translation>
        </message>
        <message>
            <source>This computer has no device identity yet. Set one up in the settings first.</source>
            <translation>This computer has no device identity yet. Set one up in the settings first.</translation>
        </message>
        <message>
            <source>The device identity could not be saved in {path}: {reason}.</source>
            <translation>The device identity could not be saved in {path}: {reason}.</translation>
        </message>
        <message>
            <source>none found</source>
            <translation>none found</translation>
        </message>
        <message>
            <source>turned off</source>
            <translation>turned off</translation>
        </message>
    </context>
    <context>
        <name>ImageActions</name>
        <message>
            <source>Importing images…</source>
            <translation>Importing images…</translation>
        </message>
        <message>
            <source>Some images were not attached</source>
            <translation>Some images were not attached</translation>
        </message>
        <message>
            <source>The selected part is hidden.</source>
            <translation>The selected part is hidden.</translation>
        </message>
    </context>
    <context>
        <name>ImageImport</name>
        <message>
            <source>{name} is {size_mb} MB; images up to {limit_mb} MB can be attached.</source>
            <translation>{name} is {size_mb} MB; images up to {limit_mb} MB can be attached.</translation>
        </message>
        <message>
            <source>{name} is not an image file that Medsos Desktop can read.</source>
            <translation>{name} is not an image file that Medsos Desktop can read.</translation>
        </message>
        <message>
            <source>{name} is a {format} file. Attach a JPEG, PNG, WebP, HEIC, GIF, BMP or TIFF image.</source>
            <translation>{name} is a {format} file. Attach a JPEG, PNG, WebP, HEIC, GIF, BMP or TIFF image.</translation>
        </message>
        <message>
            <source>{name} is {width}×{height} pixels, too large to open safely. Reduce it below {limit_mp} megapixels first.</source>
            <translation>{name} is {width}×{height} pixels, too large to open safely. Reduce it below {limit_mp} megapixels first.</translation>
        </message>
        <message>
            <source>{name} is damaged or incomplete (it may not have finished copying). Try the original file again.</source>
            <translation>{name} is damaged or incomplete (it may not have finished copying). Try the original file again.</translation>
        </message>
    </context>
    <context>
        <name>ImportRowsModel</name>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Caption or title</source>
            <translation>Caption or title</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Figures</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Matched by</source>
            <translation>Matched by</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Left out: {reason}</source>
            <translation>Left out: {reason}</translation>
        </message>
        <message>
            <source>skipped by you</source>
            <translation>skipped by you</translation>
        </message>
    </context>
    <context>
        <name>InfographicActions</name>
        <message>
            <source>Exporting the infographic…</source>
            <translation>Exporting the infographic…</translation>
        </message>
        <message>
            <source>{count} image(s) attached, with alt text proposed from the fields. “Save images to a folder…” under the images gives you the files to upload.</source>
            <translation>{count} image(s) attached, with alt text proposed from the fields. “Save images to a folder…” under the images gives you the files to upload.</translation>
        </message>
    </context>
    <context>
        <name>InfographicPanel</name>
        <message>
            <source>Slide </source>
            <translation>Slide </translation>
        </message>
        <message>
            <source>Export and attach to the post</source>
            <translation>Export and attach to the post</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Templates</translation>
        </message>
        <message>
            <source>Duplicate and edit…</source>
            <translation>Duplicate and edit…</translation>
        </message>
        <message>
            <source>Export template to a file…</source>
            <translation>Export template to a file…</translation>
        </message>
        <message>
            <source>Import template from a file…</source>
            <translation>Import template from a file…</translation>
        </message>
        <message>
            <source>Delete this own template</source>
            <translation>Delete this own template</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Template</translation>
        </message>
        <message>
            <source>Gallery…</source>
            <translation>Gallery…</translation>
        </message>
        <message>
            <source>{label}: point {number} (“{start}”) is too long for this design even at the smallest readable size, so this image cannot be exported. Shorten this point, or choose another size or template.</source>
            <translation>{label}: point {number} (“{start}”) is too long for this design even at the smallest readable size, so this image cannot be exported. Shorten this point, or choose another size or template.</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>(no infographic)</source>
            <translation>(no infographic)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Choose a template to make an infographic.</source>
            <translation>Choose a template to make an infographic.</translation>
        </message>
        <message>
            <source>One point per line (at most {count})</source>
            <translation>One point per line (at most {count})</translation>
        </message>
        <message>
            <source>(no photo)</source>
            <translation>(no photo)</translation>
        </message>
        <message>
            <source>Slide {number}: {problem}</source>
            <translation>Slide {number}: {problem}</translation>
        </message>
        <message>
            <source>Everything fits.</source>
            <translation>Everything fits.</translation>
        </message>
    </context>
    <context>
        <name>InfographicSize</name>
        <message>
            <source>Square feed 1080×1080</source>
            <translation>Square feed 1080×1080</translation>
        </message>
        <message>
            <source>Portrait feed 1080×1350</source>
            <translation>Portrait feed 1080×1350</translation>
        </message>
        <message>
            <source>Story, Reels and TikTok 1080×1920</source>
            <translation>Story, Reels and TikTok 1080×1920</translation>
        </message>
        <message>
            <source>X post 1200×675</source>
            <translation>X post 1200×675</translation>
        </message>
        <message>
            <source>Facebook link 1200×630</source>
            <translation>Facebook link 1200×630</translation>
        </message>
        <message>
            <source>YouTube thumbnail 1280×720</source>
            <translation>YouTube thumbnail 1280×720</translation>
        </message>
    </context>
    <context>
        <name>InfographicTemplate</name>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Body text</source>
            <translation>Body text</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Background photo</source>
            <translation>Background photo</translation>
        </message>
        <message>
            <source>Activity name</source>
            <translation>Activity name</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>What the number means</source>
            <translation>What the number means</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Context</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Introduction</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Quote</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Link for the QR code</source>
            <translation>Link for the QR code</translation>
        </message>
        <message>
            <source>QR code caption</source>
            <translation>QR code caption</translation>
        </message>
        <message>
            <source>Hoax label</source>
            <translation>Hoax label</translation>
        </message>
        <message>
            <source>Fact label</source>
            <translation>Fact label</translation>
        </message>
        <message>
            <source>Hoax claim</source>
            <translation>Hoax claim</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>Facts</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Hoax screenshot</source>
            <translation>Hoax screenshot</translation>
        </message>
        <message>
            <source>Claim headline</source>
            <translation>Claim headline</translation>
        </message>
        <message>
            <source>Greeting</source>
            <translation>Greeting</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Sign-off</translation>
        </message>
        <message>
            <source>Call to action</source>
            <translation>Call to action</translation>
        </message>
    </context>
    <context>
        <name>InputFile</name>
        <message>
            <source>{name} is {size}, more than the {limit} that can be opened here. Choose a smaller file.</source>
            <translation>{name} is {size}, more than the {limit} that can be opened here. Choose a smaller file.</translation>
        </message>
        <message>
            <source>{name} is not an ordinary file (it is a folder, a device or a pipe). Choose a file saved on a disk.</source>
            <translation>{name} is not an ordinary file (it is a folder, a device or a pipe). Choose a file saved on a disk.</translation>
        </message>
        <message>
            <source>{name} cannot be read: {reason}.</source>
            <translation>{name} cannot be read: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <source>New post</source>
            <translation>New post</translation>
        </message>
        <message>
            <source>Delete post</source>
            <translation>Delete post</translation>
        </message>
        <message>
            <source>Search posts</source>
            <translation>Search posts</translation>
        </message>
        <message>
            <source>Copy the shown platform's caption</source>
            <translation>Copy the shown platform's caption</translation>
        </message>
        <message>
            <source>Caption templates</source>
            <translation>Caption templates</translation>
        </message>
        <message>
            <source>Agency profile</source>
            <translation>Agency profile</translation>
        </message>
        <message>
            <source>Send to central folder</source>
            <translation>Send to central folder</translation>
        </message>
        <message>
            <source>Brand kit</source>
            <translation>Brand kit</translation>
        </message>
        <message>
            <source>Trash…</source>
            <translation>Trash…</translation>
        </message>
        <message>
            <source>Look at the sample workspace…</source>
            <translation>Look at the sample workspace…</translation>
        </message>
        <message>
            <source>From Diskominfo</source>
            <translation>From Diskominfo</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <source>About Medsos Desktop</source>
            <translation>About Medsos Desktop</translation>
        </message>
        <message>
            <source>Coordinator mode (Diskominfo)…</source>
            <translation>Coordinator mode (Diskominfo)…</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Main</translation>
        </message>
        <message>
            <source>&amp;Post</source>
            <translation>&amp;Post</translation>
        </message>
        <message>
            <source>&amp;Agency</source>
            <translation>&amp;Agency</translation>
        </message>
        <message>
            <source>&amp;Evaluation</source>
            <translation>&amp;Evaluation</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Medsos Desktop</source>
            <translation>Medsos Desktop</translation>
        </message>
        <message>
            <source>Caption for {platform} copied. Paste it in the {platform} app.</source>
            <translation>Caption for {platform} copied. Paste it in the {platform} app.</translation>
        </message>
        <message>
            <source>Opening posts…</source>
            <translation>Opening posts…</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>Posts</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>From Diskominfo</source>
            <translation>From Diskominfo</translation>
        </message>
        <message>
            <source>From Diskominfo ({count} new)</source>
            <translation>From Diskominfo ({count} new)</translation>
        </message>
        <message>
            <source>A draft was made from Diskominfo's pack: adapt it and submit it.</source>
            <translation>A draft was made from Diskominfo's pack: adapt it and submit it.</translation>
        </message>
        <message>
            <source>A new post was planned from the calendar.</source>
            <translation>A new post was planned from the calendar.</translation>
        </message>
        <message>
            <source>“{title}” is back in the list.</source>
            <translation>“{title}” is back in the list.</translation>
        </message>
        <message>
            <source>Open a post and a platform tab first: its caption is what gets copied.</source>
            <translation>Open a post and a platform tab first: its caption is what gets copied.</translation>
        </message>
        <message>
            <source>Could not save the last change.</source>
            <translation>Could not save the last change.</translation>
        </message>
    </context>
    <context>
        <name>MarkPublishedDialog</name>
        <message>
            <source>Mark as published: {title}</source>
            <translation>Mark as published: {title}</translation>
        </message>
        <message>
            <source>Paste the link of the post on each platform where it went live. Leave a field empty for a platform where it was not posted.</source>
            <translation>Paste the link of the post on each platform where it went live. Leave a field empty for a platform where it was not posted.</translation>
        </message>
        <message>
            <source>Published at</source>
            <translation>Published at</translation>
        </message>
        <message>
            <source>Mark as published</source>
            <translation>Mark as published</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>MediaPanel</name>
        <message>
            <source>Drop photos here, or</source>
            <translation>Drop photos here, or</translation>
        </message>
        <message>
            <source>Add images…</source>
            <translation>Add images…</translation>
        </message>
        <message>
            <source>Remove image</source>
            <translation>Remove image</translation>
        </message>
        <message>
            <source>Hide a face or data…</source>
            <translation>Hide a face or data…</translation>
        </message>
        <message>
            <source>Pixelate or blur part of the photo: children's faces, name tags, ID cards</source>
            <translation>Pixelate or blur part of the photo: children's faces, name tags, ID cards</translation>
        </message>
        <message>
            <source>Save images to a folder…</source>
            <translation>Save images to a folder…</translation>
        </message>
        <message>
            <source>Saves every image of this post, numbered in carousel order, to a folder of your choice: the files to upload on each platform</source>
            <translation>Saves every image of this post, numbered in carousel order, to a folder of your choice: the files to upload on each platform</translation>
        </message>
        <message>
            <source>Alt text (describe the image for blind readers):</source>
            <translation>Alt text (describe the image for blind readers):</translation>
        </message>
        <message>
            <source>e.g. The mayor hands over aid to residents at the village hall</source>
            <translation>e.g. The mayor hands over aid to residents at the village hall</translation>
        </message>
        <message>
            <source>Remove the image “{name}” from this post?</source>
            <translation>Remove the image “{name}” from this post?</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Choose images</source>
            <translation>Choose images</translation>
        </message>
        <message>
            <source>Save the post's images in this folder</source>
            <translation>Save the post's images in this folder</translation>
        </message>
        <message>
            <source>{count} image(s) saved in {folder}.</source>
            <translation>{count} image(s) saved in {folder}.</translation>
        </message>
        <message>
            <source>Images not saved</source>
            <translation>Images not saved</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>Metrics</name>
        <message>
            <source>post link</source>
            <translation>post link</translation>
        </message>
        <message>
            <source>post ID</source>
            <translation>post ID</translation>
        </message>
        <message>
            <source>publish time</source>
            <translation>publish time</translation>
        </message>
        <message>
            <source>caption or title</source>
            <translation>caption or title</translation>
        </message>
        <message>
            <source>reach</source>
            <translation>reach</translation>
        </message>
        <message>
            <source>impressions</source>
            <translation>impressions</translation>
        </message>
        <message>
            <source>likes</source>
            <translation>likes</translation>
        </message>
        <message>
            <source>comments</source>
            <translation>comments</translation>
        </message>
        <message>
            <source>shares</source>
            <translation>shares</translation>
        </message>
        <message>
            <source>saves</source>
            <translation>saves</translation>
        </message>
        <message>
            <source>video views</source>
            <translation>video views</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>The file is empty.</translation>
        </message>
        <message>
            <source>This file is not a CSV file: it is a {kind} image. Choose the CSV file exported from the platform's statistics page.</source>
            <translation>This file is not a CSV file: it is a {kind} image. Choose the CSV file exported from the platform's statistics page.</translation>
        </message>
        <message>
            <source>This file is not a CSV file: it is an Excel workbook. Open it in Excel or LibreOffice Calc and save it as CSV, or export CSV from the platform.</source>
            <translation>This file is not a CSV file: it is an Excel workbook. Open it in Excel or LibreOffice Calc and save it as CSV, or export CSV from the platform.</translation>
        </message>
        <message>
            <source>This file is not a CSV file: it is a ZIP archive. Extract it and choose the CSV file inside.</source>
            <translation>This file is not a CSV file: it is a ZIP archive. Extract it and choose the CSV file inside.</translation>
        </message>
        <message>
            <source>This file is not a CSV file: it is a PDF document. Export the statistics as CSV instead.</source>
            <translation>This file is not a CSV file: it is a PDF document. Export the statistics as CSV instead.</translation>
        </message>
        <message>
            <source>This file is not a CSV file: it contains binary data, not text. Choose the CSV file exported from the platform's statistics page.</source>
            <translation>This file is not a CSV file: it contains binary data, not text. Choose the CSV file exported from the platform's statistics page.</translation>
        </message>
        <message>
            <source>The file cannot be read as CSV near line {line}. Export it again from the platform.</source>
            <translation>The file cannot be read as CSV near line {line}. Export it again from the platform.</translation>
        </message>
        <message>
            <source>The file has more than {limit} rows; at most {limit} are read at once. Export a shorter period from the platform (for example one month per file) and import each file.</source>
            <translation>The file has more than {limit} rows; at most {limit} are read at once. Export a shorter period from the platform (for example one month per file) and import each file.</translation>
        </message>
        <message>
            <source>Line {line} of the file is far too long for a metrics export. Export it again from the platform.</source>
            <translation>Line {line} of the file is far too long for a metrics export. Export it again from the platform.</translation>
        </message>
        <message>
            <source>The file has no column to match its rows with posts; it needs one of: {fields}. Choose the columns by hand, or check that this is the right export.</source>
            <translation>The file has no column to match its rows with posts; it needs one of: {fields}. Choose the columns by hand, or check that this is the right export.</translation>
        </message>
        <message>
            <source>The file has no column with figures; it needs at least one of: {fields}. Choose the columns by hand, or check that this is the right export.</source>
            <translation>The file has no column with figures; it needs at least one of: {fields}. Choose the columns by hand, or check that this is the right export.</translation>
        </message>
        <message>
            <source>The file has neither a column to match its rows with posts (one of: {id_fields}) nor a column with figures (one of: {metric_fields}). Check that this is a metrics export of a platform.</source>
            <translation>The file has neither a column to match its rows with posts (one of: {id_fields}) nor a column with figures (one of: {metric_fields}). Check that this is a metrics export of a platform.</translation>
        </message>
        <message>
            <source>The row is empty.</source>
            <translation>The row is empty.</translation>
        </message>
        <message>
            <source>A summary row (“{value}”), not a post.</source>
            <translation>A summary row (“{value}”), not a post.</translation>
        </message>
        <message>
            <source>The row has no post link, post ID or publish time to match it with a post.</source>
            <translation>The row has no post link, post ID or publish time to match it with a post.</translation>
        </message>
        <message>
            <source>“{value}” in the column “{column}” is not a date, and the row has no post link or post ID to match it with a post.</source>
            <translation>“{value}” in the column “{column}” is not a date, and the row has no post link or post ID to match it with a post.</translation>
        </message>
        <message>
            <source>“{value}” in the column “{column}” is not a whole number.</source>
            <translation>“{value}” in the column “{column}” is not a whole number.</translation>
        </message>
        <message>
            <source>The row has no figures.</source>
            <translation>The row has no figures.</translation>
        </message>
        <message>
            <source>The same post with the same figures is already on line {line}.</source>
            <translation>The same post with the same figures is already on line {line}.</translation>
        </message>
        <message>
            <source>The post no longer exists (it may have been deleted).</source>
            <translation>The post no longer exists (it may have been deleted).</translation>
        </message>
        <message>
            <source>Only a post that has been sent to the central folder can be marked as published. Send it with Sync first.</source>
            <translation>Only a post that has been sent to the central folder can be marked as published. Send it with Sync first.</translation>
        </message>
        <message>
            <source>Enter the link of at least one published post.</source>
            <translation>Enter the link of at least one published post.</translation>
        </message>
        <message>
            <source>Check the links marked below.</source>
            <translation>Check the links marked below.</translation>
        </message>
        <message>
            <source>This is not a web link; copy the post's link from {platform} (it starts with https://).</source>
            <translation>This is not a web link; copy the post's link from {platform} (it starts with https://).</translation>
        </message>
        <message>
            <source>This link does not point to {platform}; copy the link of the post on {platform}.</source>
            <translation>This link does not point to {platform}; copy the link of the post on {platform}.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid figure for {field}: enter a whole number of 0 or more.</source>
            <translation>“{value}” is not a valid figure for {field}: enter a whole number of 0 or more.</translation>
        </message>
        <message>
            <source>“{field}” is not a figure Medsos Desktop keeps.</source>
            <translation>“{field}” is not a figure Medsos Desktop keeps.</translation>
        </message>
        <message>
            <source>The post “{title}” (line {line}) was deleted after the preview. Nothing has been imported; preview the file again.</source>
            <translation>The post “{title}” (line {line}) was deleted after the preview. Nothing has been imported; preview the file again.</translation>
        </message>
        <message>
            <source>No post matches this row, and none was chosen.</source>
            <translation>No post matches this row, and none was chosen.</translation>
        </message>
        <message>
            <source>Skipped by you.</source>
            <translation>Skipped by you.</translation>
        </message>
        <message>
            <source>The platform of this row is unknown and the post has several platforms.</source>
            <translation>The platform of this row is unknown and the post has several platforms.</translation>
        </message>
        <message>
            <source>Already imported earlier.</source>
            <translation>Already imported earlier.</translation>
        </message>
        <message>
            <source>same link</source>
            <translation>same link</translation>
        </message>
        <message>
            <source>same post ID</source>
            <translation>same post ID</translation>
        </message>
        <message>
            <source>date and caption</source>
            <translation>date and caption</translation>
        </message>
        <message>
            <source>date only</source>
            <translation>date only</translation>
        </message>
        <message>
            <source>chosen by hand</source>
            <translation>chosen by hand</translation>
        </message>
        <message>
            <source>no match</source>
            <translation>no match</translation>
        </message>
        <message>
            <source>will be imported</source>
            <translation>will be imported</translation>
        </message>
        <message>
            <source>choose a post</source>
            <translation>choose a post</translation>
        </message>
        <message>
            <source>already imported</source>
            <translation>already imported</translation>
        </message>
    </context>
    <context>
        <name>MetricsEntryDialog</name>
        <message>
            <source>Figures: {title}</source>
            <translation>Figures: {title}</translation>
        </message>
        <message>
            <source>Type the figures shown in each platform's insights. Leave a figure at “–” when the platform does not show it.</source>
            <translation>Type the figures shown in each platform's insights. Leave a figure at “–” when the platform does not show it.</translation>
        </message>
        <message>
            <source>Save figures</source>
            <translation>Save figures</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>MetricsImportDialog</name>
        <message>
            <source>Import figures from a CSV file</source>
            <translation>Import figures from a CSV file</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Choose the CSV file exported from Meta Business Suite (Facebook and Instagram), TikTok Studio, X Analytics or YouTube Studio. Nothing is stored until you confirm the import.</source>
            <translation>Choose the CSV file exported from Meta Business Suite (Facebook and Instagram), TikTok Studio, X Analytics or YouTube Studio. Nothing is stored until you confirm the import.</translation>
        </message>
        <message>
            <source>Choose CSV file…</source>
            <translation>Choose CSV file…</translation>
        </message>
        <message>
            <source>Check which column of the file holds each item. The guesses come from the column names; change any that is wrong. A row needs a link, a post ID or a publish time, and at least one figure.</source>
            <translation>Check which column of the file holds each item. The guesses come from the column names; change any that is wrong. A row needs a link, a post ID or a publish time, and at least one figure.</translation>
        </message>
        <message>
            <source>Post for the selected row:</source>
            <translation>Post for the selected row:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Choose the CSV file</source>
            <translation>Choose the CSV file</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt)</source>
            <translation>CSV files (*.csv *.txt)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>{name} cannot be read: {reason}</source>
            <translation>{name} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(not in the file)</translation>
        </message>
        <message>
            <source>column {number}</source>
            <translation>column {number}</translation>
        </message>
        <message>
            <source>{rows} row(s) can be read; {skipped} left out.</source>
            <translation>{rows} row(s) can be read; {skipped} left out.</translation>
        </message>
        <message>
            <source>{to_import} row(s) will be imported, {waiting} need a post (choose one below or they are skipped), {already} already imported, {left_out} left out.</source>
            <translation>{to_import} row(s) will be imported, {waiting} need a post (choose one below or they are skipped), {already} already imported, {left_out} left out.</translation>
        </message>
        <message>
            <source>Found automatically: {title}</source>
            <translation>Found automatically: {title}</translation>
        </message>
        <message>
            <source>— choose a post —</source>
            <translation>— choose a post —</translation>
        </message>
        <message>
            <source>Skip this row</source>
            <translation>Skip this row</translation>
        </message>
        <message>
            <source>Nothing has been imported. {reason}</source>
            <translation>Nothing has been imported. {reason}</translation>
        </message>
        <message>
            <source>{imported} row(s) imported, {already} already imported earlier, {skipped} not imported.</source>
            <translation>{imported} row(s) imported, {already} already imported earlier, {skipped} not imported.</translation>
        </message>
        <message>
            <source>Line {line}: {reason}</source>
            <translation>Line {line}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>OSError</name>
        <message>
            <source>No such file or directory</source>
            <translation>No such file or directory</translation>
        </message>
        <message>
            <source>Permission denied</source>
            <translation>Permission denied</translation>
        </message>
        <message>
            <source>Operation not permitted</source>
            <translation>Operation not permitted</translation>
        </message>
        <message>
            <source>No space left on device</source>
            <translation>No space left on device</translation>
        </message>
        <message>
            <source>Disk quota exceeded</source>
            <translation>Disk quota exceeded</translation>
        </message>
        <message>
            <source>Read-only file system</source>
            <translation>Read-only file system</translation>
        </message>
        <message>
            <source>File exists</source>
            <translation>File exists</translation>
        </message>
        <message>
            <source>Is a directory</source>
            <translation>Is a directory</translation>
        </message>
        <message>
            <source>Not a directory</source>
            <translation>Not a directory</translation>
        </message>
        <message>
            <source>Directory not empty</source>
            <translation>Directory not empty</translation>
        </message>
        <message>
            <source>Device or resource busy</source>
            <translation>Device or resource busy</translation>
        </message>
        <message>
            <source>Input/output error</source>
            <translation>Input/output error</translation>
        </message>
        <message>
            <source>File name too long</source>
            <translation>File name too long</translation>
        </message>
        <message>
            <source>Too many open files</source>
            <translation>Too many open files</translation>
        </message>
        <message>
            <source>Invalid argument</source>
            <translation>Invalid argument</translation>
        </message>
    </context>
    <context>
        <name>ObscureDialog</name>
        <message>
            <source>Hide part of the photo</source>
            <translation>Hide part of the photo</translation>
        </message>
        <message>
            <source>Drag a rectangle over a child's face, a name tag or an ID card. The hidden part cannot be recovered from the new photo.</source>
            <translation>Drag a rectangle over a child's face, a name tag or an ID card. The hidden part cannot be recovered from the new photo.</translation>
        </message>
        <message>
            <source>Pixelate</source>
            <translation>Pixelate</translation>
        </message>
        <message>
            <source>Blur</source>
            <translation>Blur</translation>
        </message>
        <message>
            <source>Hide this part</source>
            <translation>Hide this part</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Hide these faces</source>
            <translation>Hide these faces</translation>
        </message>
        <message>
            <source>Clear the marks</source>
            <translation>Clear the marks</translation>
        </message>
        <message>
            <source>1 face found. Hide it?</source>
            <translation>1 face found. Hide it?</translation>
        </message>
        <message>
            <source>{count} faces found. Hide them?</source>
            <translation>{count} faces found. Hide them?</translation>
        </message>
        <message>
            <source>No face found automatically: drag over each part to hide.</source>
            <translation>No face found automatically: drag over each part to hide.</translation>
        </message>
    </context>
    <context>
        <name>PairingDialog</name>
        <message>
            <source>Pair this PC with your agency</source>
            <translation>Pair this PC with your agency</translation>
        </message>
        <message>
            <source>Posts for your approval arrive through your agency's shared folder. Fill in your name and position, choose the folder and your agency, and send the request to pair. Then compare the code below with the one on the admin's screen (in person or by phone) before you confirm.</source>
            <translation>Posts for your approval arrive through your agency's shared folder. Fill in your name and position, choose the folder and your agency, and send the request to pair. Then compare the code below with the one on the admin's screen (in person or by phone) before you confirm.</translation>
        </message>
        <message>
            <source>e.g. Kepala Dinas Kesehatan</source>
            <translation>e.g. Kepala Dinas Kesehatan</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Check again</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Position (jabatan)</source>
            <translation>Position (jabatan)</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>Shared folder</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Agency</translation>
        </message>
        <message>
            <source>Admin's computer</source>
            <translation>Admin's computer</translation>
        </message>
        <message>
            <source>Pairing code (must be the same as on the admin's computer):</source>
            <translation>Pairing code (must be the same as on the admin's computer):</translation>
        </message>
        <message>
            <source>Not chosen yet</source>
            <translation>Not chosen yet</translation>
        </message>
        <message>
            <source>No agency has used this folder yet. Check that it is the folder your agency's admin sends posts to; this list looks again by itself every few seconds, or press Check again.</source>
            <translation>No agency has used this folder yet. Check that it is the folder your agency's admin sends posts to; this list looks again by itself every few seconds, or press Check again.</translation>
        </message>
        <message>
            <source>The agency's full name is not in the shared folder yet (it comes with its first post sent to Diskominfo); shown here by the name of its folder.</source>
            <translation>The agency's full name is not in the shared folder yet (it comes with its first post sent to Diskominfo); shown here by the name of its folder.</translation>
        </message>
        <message>
            <source>Request sent. Ask the admin to open Agency → Settings → Approval on the heads' own PCs; when the code there is the same as above, both of you confirm.</source>
            <translation>Request sent. Ask the admin to open Agency → Settings → Approval on the heads' own PCs; when the code there is the same as above, both of you confirm.</translation>
        </message>
        <message>
            <source>Send the request to pair</source>
            <translation>Send the request to pair</translation>
        </message>
        <message>
            <source>The codes match: pair</source>
            <translation>The codes match: pair</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Choose the shared folder</source>
            <translation>Choose the shared folder</translation>
        </message>
        <message>
            <source>Reading the folder…</source>
            <translation>Reading the folder…</translation>
        </message>
        <message>
            <source>The admin's computer of this agency is not in the folder yet. Ask the admin to choose this shared folder in Agency → Settings (or just to start Medsos Desktop once); this dialog looks again by itself every few seconds.</source>
            <translation>The admin's computer of this agency is not in the folder yet. Ask the admin to choose this shared folder in Agency → Settings (or just to start Medsos Desktop once); this dialog looks again by itself every few seconds.</translation>
        </message>
        <message>
            <source>Fill in your name and position, and choose the folder and agency.</source>
            <translation>Fill in your name and position, and choose the folder and agency.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Passphrase of this computer's key</source>
            <translation>Passphrase of this computer's key</translation>
        </message>
        <message>
            <source>Protect this computer's key with a passphrase</source>
            <translation>Protect this computer's key with a passphrase</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>Repeat it</translation>
        </message>
        <message>
            <source>Create the protected key file</source>
            <translation>Create the protected key file</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Medsos Desktop signs your work with a secret key kept on this computer: the posts an admin sends, or the decisions a head of office gives. This computer has no password store to keep that key in, so it will be kept in a file locked with a passphrase you choose now. You type it again whenever Medsos Desktop needs the key, for example when it opens or sends. Choose a short sentence you will remember, at least 10 characters; if it is forgotten, this computer must be set up again (what was already sent stays valid).</source>
            <translation>Medsos Desktop signs your work with a secret key kept on this computer: the posts an admin sends, or the decisions a head of office gives. This computer has no password store to keep that key in, so it will be kept in a file locked with a passphrase you choose now. You type it again whenever Medsos Desktop needs the key, for example when it opens or sends. Choose a short sentence you will remember, at least 10 characters; if it is forgotten, this computer must be set up again (what was already sent stays valid).</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
        <message>
            <source>Use at least 10 characters.</source>
            <translation>Use at least 10 characters.</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>Enter your name: posts, the history and approvals show who did what.</source>
            <translation>Enter your name: posts, the history and approvals show who did what.</translation>
        </message>
    </context>
    <context>
        <name>PinResetDialog</name>
        <message>
            <source>New PIN for {name}</source>
            <translation>New PIN for {name}</translation>
        </message>
        <message>
            <source>The reviewer knows the old PIN</source>
            <translation>The reviewer knows the old PIN</translation>
        </message>
        <message>
            <source>The old PIN</source>
            <translation>The old PIN</translation>
        </message>
        <message>
            <source>The old PIN is forgotten: I, the admin, confirm the reset</source>
            <translation>The old PIN is forgotten: I, the admin, confirm the reset</translation>
        </message>
        <message>
            <source>I, {admin}, checked in person that {name} is the one choosing the new PIN.</source>
            <translation>I, {admin}, checked in person that {name} is the one choosing the new PIN.</translation>
        </message>
        <message>
            <source>the admin</source>
            <translation>the admin</translation>
        </message>
        <message>
            <source>Why, e.g. “forgot the PIN; identity checked at the office”</source>
            <translation>Why, e.g. “forgot the PIN; identity checked at the office”</translation>
        </message>
        <message>
            <source>Recorded in the reviewers' audit trail with your name, date and reason.</source>
            <translation>Recorded in the reviewers' audit trail with your name, date and reason.</translation>
        </message>
        <message>
            <source>Enter your own name in General first: this reset is recorded in it.</source>
            <translation>Enter your own name in General first: this reset is recorded in it.</translation>
        </message>
        <message>
            <source>6 to 12 digits</source>
            <translation>6 to 12 digits</translation>
        </message>
        <message>
            <source>The same PIN again</source>
            <translation>The same PIN again</translation>
        </message>
        <message>
            <source>Old PIN</source>
            <translation>Old PIN</translation>
        </message>
        <message>
            <source>New PIN (typed by the reviewer)</source>
            <translation>New PIN (typed by the reviewer)</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>New PIN again</translation>
        </message>
        <message>
            <source>Set the new PIN</source>
            <translation>Set the new PIN</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The two new PINs differ: type the same PIN twice.</source>
            <translation>The two new PINs differ: type the same PIN twice.</translation>
        </message>
    </context>
    <context>
        <name>Planning</name>
        <message>
            <source>This post is approved or waiting for review; open it and edit it as a new revision to change its date.</source>
            <translation>This post is approved or waiting for review; open it and edit it as a new revision to change its date.</translation>
        </message>
        <message>
            <source>This post no longer exists.</source>
            <translation>This post no longer exists.</translation>
        </message>
    </context>
    <context>
        <name>Platform</name>
        <message>
            <source>Instagram</source>
            <translation>Instagram</translation>
        </message>
        <message>
            <source>Facebook</source>
            <translation>Facebook</translation>
        </message>
        <message>
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <source>TikTok</source>
            <translation>TikTok</translation>
        </message>
        <message>
            <source>YouTube</source>
            <translation>YouTube</translation>
        </message>
        <message>
            <source>Threads</source>
            <translation>Threads</translation>
        </message>
    </context>
    <context>
        <name>PlatformPreview</name>
        <message>
            <source>See more</source>
            <translation>See more</translation>
        </message>
        <message>
            <source>more</source>
            <translation>more</translation>
        </message>
        <message>
            <source>No photo yet</source>
            <translation>No photo yet</translation>
        </message>
        <message>
            <source>Just now</source>
            <translation>Just now</translation>
        </message>
        <message>
            <source>and</source>
            <translation>and</translation>
        </message>
        <message>
            <source>Like</source>
            <translation>Like</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Picture of the linked page</source>
            <translation>Picture of the linked page</translation>
        </message>
        <message>
            <source>...more</source>
            <translation>...more</translation>
        </message>
        <message>
            <source>1m</source>
            <translation>1m</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>Subscribe</translation>
        </message>
        <message>
            <source>0 views · {date}</source>
            <translation>0 views · {date}</translation>
        </message>
        <message>
            <source>No photo or video yet</source>
            <translation>No photo or video yet</translation>
        </message>
        <message>
            <source>original sound - {handle}</source>
            <translation>original sound - {handle}</translation>
        </message>
        <message>
            <source>Reels</source>
            <translation>Reels</translation>
        </message>
        <message>
            <source>{handle} · Original audio</source>
            <translation>{handle} · Original audio</translation>
        </message>
        <message>
            <source>Follow</source>
            <translation>Follow</translation>
        </message>
        <message>
            <source>Send message</source>
            <translation>Send message</translation>
        </message>
        <message>
            <source>Reply…</source>
            <translation>Reply…</translation>
        </message>
    </context>
    <context>
        <name>PostActions</name>
        <message>
            <source>(untitled)</source>
            <translation>(untitled)</translation>
        </message>
        <message>
            <source>Delete post</source>
            <translation>Delete post</translation>
        </message>
        <message>
            <source>Move “{title}” to the trash? It can be restored from Post → Trash for {days} days, then it is deleted for good.</source>
            <translation>Move “{title}” to the trash? It can be restored from Post → Trash for {days} days, then it is deleted for good.</translation>
        </message>
        <message>
            <source>Move to trash</source>
            <translation>Move to trash</translation>
        </message>
        <message>
            <source>Moved to the trash. Post → Trash restores it.</source>
            <translation>Moved to the trash. Post → Trash restores it.</translation>
        </message>
    </context>
    <context>
        <name>PostEditor</name>
        <message>
            <source>Edit as a new revision</source>
            <translation>Edit as a new revision</translation>
        </message>
        <message>
            <source>Short title, for you and your reviewer</source>
            <translation>Short title, for you and your reviewer</translation>
        </message>
        <message>
            <source>Scheduled for</source>
            <translation>Scheduled for</translation>
        </message>
        <message>
            <source>Write the caption once here; every platform starts from it.</source>
            <translation>Write the caption once here; every platform starts from it.</translation>
        </message>
        <message>
            <source>Start from a template…</source>
            <translation>Start from a template…</translation>
        </message>
        <message>
            <source>Instagram accounts invited as Collab</source>
            <translation>Instagram accounts invited as Collab</translation>
        </message>
        <message>
            <source>Choose at least one platform above to see its caption and checks.</source>
            <translation>Choose at least one platform above to see its caption and checks.</translation>
        </message>
        <message>
            <source>Approval sheet…</source>
            <translation>Approval sheet…</translation>
        </message>
        <message>
            <source>One page (PNG and PDF) to send by WhatsApp or print for a reviewer away from the PC</source>
            <translation>One page (PNG and PDF) to send by WhatsApp or print for a reviewer away from the PC</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>History…</translation>
        </message>
        <message>
            <source>Review (head of office)…</source>
            <translation>Review (head of office)…</translation>
        </message>
        <message>
            <source>Approve with a PIN here instead…</source>
            <translation>Approve with a PIN here instead…</translation>
        </message>
        <message>
            <source>Only when the head of office is at this PC: they approve by typing their PIN, instead of on their own PC</source>
            <translation>Only when the head of office is at this PC: they approve by typing their PIN, instead of on their own PC</translation>
        </message>
        <message>
            <source>Submit for review</source>
            <translation>Submit for review</translation>
        </message>
        <message>
            <source>Mark as published…</source>
            <translation>Mark as published…</translation>
        </message>
        <message>
            <source>Figures…</source>
            <translation>Figures…</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Platforms</source>
            <translation>Platforms</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Base caption</source>
            <translation>Base caption</translation>
        </message>
        <message>
            <source>Hashtags</source>
            <translation>Hashtags</translation>
        </message>
        <message>
            <source>Mentions</source>
            <translation>Mentions</translation>
        </message>
        <message>
            <source>Collaborators</source>
            <translation>Collaborators</translation>
        </message>
        <message>
            <source>Mentions and hashtags end every platform's text; each platform tab below shows its whole text, exactly as it will be posted and copied.</source>
            <translation>Mentions and hashtags end every platform's text; each platform tab below shows its whole text, exactly as it will be posted and copied.</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Images</translation>
        </message>
        <message>
            <source>Caption per platform, with checks</source>
            <translation>Caption per platform, with checks</translation>
        </message>
        <message>
            <source>Caption and photos</source>
            <translation>Caption and photos</translation>
        </message>
        <message>
            <source>Infographic</source>
            <translation>Infographic</translation>
        </message>
        <message>
            <source>Choose a post on the left, or make a new one.</source>
            <translation>Choose a post on the left, or make a new one.</translation>
        </message>
        <message>
            <source>Status: {status}. Every change is saved automatically.</source>
            <translation>Status: {status}. Every change is saved automatically.</translation>
        </message>
        <message>
            <source>Status: {status}. This version is locked; editing it starts a new revision that needs approval again.</source>
            <translation>Status: {status}. This version is locked; editing it starts a new revision that needs approval again.</translation>
        </message>
        <message>
            <source>Send to the reviewers' PCs</source>
            <translation>Send to the reviewers' PCs</translation>
        </message>
        <message>
            <source>Approval steps: {steps}</source>
            <translation>Approval steps: {steps}</translation>
        </message>
        <message>
            <source>Sent to the reviewers' PCs: step {step} of {steps} ({title}).</source>
            <translation>Sent to the reviewers' PCs: step {step} of {steps} ({title}).</translation>
        </message>
        <message>
            <source>Waiting for {names}.</source>
            <translation>Waiting for {names}.</translation>
        </message>
        <message>
            <source>Their decisions arrive by themselves.</source>
            <translation>Their decisions arrive by themselves.</translation>
        </message>
        <message>
            <source>Revision {revision} is in the central folder.</source>
            <translation>Revision {revision} is in the central folder.</translation>
        </message>
        <message>
            <source>Revision {revision} could not be sent: {reason} Ask Diskominfo to look at the central folder.</source>
            <translation>Revision {revision} could not be sent: {reason} Ask Diskominfo to look at the central folder.</translation>
        </message>
        <message>
            <source>Revision {revision} is waiting for the central folder (tried {attempts} times; tried again automatically): {reason}</source>
            <translation>Revision {revision} is waiting for the central folder (tried {attempts} times; tried again automatically): {reason}</translation>
        </message>
        <message>
            <source>Revision {revision} is queued for the central folder.</source>
            <translation>Revision {revision} is queued for the central folder.</translation>
        </message>
    </context>
    <context>
        <name>PostListPage</name>
        <message>
            <source>&lt;b&gt;Sample workspace.&lt;/b&gt; These posts belong to a sample agency, to learn from; they are never sent to Diskominfo. Fill in your agency's profile to start your own workspace.</source>
            <translation>&lt;b&gt;Sample workspace.&lt;/b&gt; These posts belong to a sample agency, to learn from; they are never sent to Diskominfo. Fill in your agency's profile to start your own workspace.</translation>
        </message>
        <message>
            <source>Fill in agency profile…</source>
            <translation>Fill in agency profile…</translation>
        </message>
        <message>
            <source>{shown} of {total} posts</source>
            <translation>{shown} of {total} posts</translation>
        </message>
    </context>
    <context>
        <name>PostPreview</name>
        <message>
            <source>As the public will see it</source>
            <translation>As the public will see it</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(untitled)</translation>
        </message>
        <message>
            <source>No target platform is chosen for this post.</source>
            <translation>No target platform is chosen for this post.</translation>
        </message>
        <message>
            <source>Photos and videos ({count})</source>
            <translation>Photos and videos ({count})</translation>
        </message>
        <message>
            <source>This post has no photo or video.</source>
            <translation>This post has no photo or video.</translation>
        </message>
    </context>
    <context>
        <name>PostTableModel</name>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Platforms</source>
            <translation>Platforms</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Last edited</source>
            <translation>Last edited</translation>
        </message>
        <message>
            <source>Sample post from the demo workspace</source>
            <translation>Sample post from the demo workspace</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(untitled)</translation>
        </message>
        <message>
            <source>{title}  ·  sample</source>
            <translation>{title}  ·  sample</translation>
        </message>
    </context>
    <context>
        <name>Posts</name>
        <message>
            <source>This post is {status} and can no longer be edited. Start a new revision to change it.</source>
            <translation>This post is {status} and can no longer be edited. Start a new revision to change it.</translation>
        </message>
        <message>
            <source>The post no longer exists (it may have been deleted).</source>
            <translation>The post no longer exists (it may have been deleted).</translation>
        </message>
        <message>
            <source>The image {name} is no longer stored.</source>
            <translation>The image {name} is no longer stored.</translation>
        </message>
        <message>
            <source>Only a post in the trash can be deleted for good; move it to the trash first.</source>
            <translation>Only a post in the trash can be deleted for good; move it to the trash first.</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Agency profile</source>
            <translation>Agency profile</translation>
        </message>
        <message>
            <source>Welcome to Medsos Desktop. Enter your agency's profile: it fills caption templates and checks for your official hashtags. You are looking at a sample workspace until you do; you can change this later from the Agency menu.</source>
            <translation>Welcome to Medsos Desktop. Enter your agency's profile: it fills caption templates and checks for your official hashtags. You are looking at a sample workspace until you do; you can change this later from the Agency menu.</translation>
        </message>
        <message>
            <source>Your agency's profile, used in templates and checks.</source>
            <translation>Your agency's profile, used in templates and checks.</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>e.g. {example}</translation>
        </message>
        <message>
            <source>Official numbers and e-mails, one per line: they are not flagged as personal data</source>
            <translation>Official numbers and e-mails, one per line: they are not flagged as personal data</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Agency name</source>
            <translation>Agency name</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <source>Parent government</source>
            <translation>Parent government</translation>
        </message>
        <message>
            <source>Official hashtags</source>
            <translation>Official hashtags</translation>
        </message>
        <message>
            <source>Official contacts</source>
            <translation>Official contacts</translation>
        </message>
        <message>
            <source>Save profile</source>
            <translation>Save profile</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Your name is needed.</source>
            <translation>Your name is needed.</translation>
        </message>
        <message>
            <source>The agency name is needed.</source>
            <translation>The agency name is needed.</translation>
        </message>
    </context>
    <context>
        <name>PublishPanel</name>
        <message>
            <source>Content pack (one message for every agency)</source>
            <translation>Content pack (one message for every agency)</translation>
        </message>
        <message>
            <source>Announcement</source>
            <translation>Announcement</translation>
        </message>
        <message>
            <source>Hashtag set</source>
            <translation>Hashtag set</translation>
        </message>
        <message>
            <source>Day for every agency's calendar</source>
            <translation>Day for every agency's calendar</translation>
        </message>
        <message>
            <source>Asset (an image, e.g. the city's logo)</source>
            <translation>Asset (an image, e.g. the city's logo)</translation>
        </message>
        <message>
            <source>Planned for</source>
            <translation>Planned for</translation>
        </message>
        <message>
            <source>Every year</source>
            <translation>Every year</translation>
        </message>
        <message>
            <source>Choose image…</source>
            <translation>Choose image…</translation>
        </message>
        <message>
            <source>Sign and share with every agency</source>
            <translation>Sign and share with every agency</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Master caption</source>
            <translation>Master caption</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Platforms</source>
            <translation>Platforms</translation>
        </message>
        <message>
            <source>Hashtags</source>
            <translation>Hashtags</translation>
        </message>
        <message>
            <source>Shared so far, and who adopted the packs</source>
            <translation>Shared so far, and who adopted the packs</translation>
        </message>
        <message>
            <source>Text of the announcement</source>
            <translation>Text of the announcement</translation>
        </message>
        <message>
            <source>How agencies should use it</source>
            <translation>How agencies should use it</translation>
        </message>
        <message>
            <source>Give the item a title.</source>
            <translation>Give the item a title.</translation>
        </message>
        <message>
            <source>Choose the image to share.</source>
            <translation>Choose the image to share.</translation>
        </message>
        <message>
            <source>Not shared</source>
            <translation>Not shared</translation>
        </message>
        <message>
            <source>Shared as {path}. Agencies receive it at their next sync.</source>
            <translation>Shared as {path}. Agencies receive it at their next sync.</translation>
        </message>
        <message>
            <source>Pack {name}: adopted by {count} agencies</source>
            <translation>Pack {name}: adopted by {count} agencies</translation>
        </message>
    </context>
    <context>
        <name>RegionalDaysDialog</name>
        <message>
            <source>Days of the region</source>
            <translation>Days of the region</translation>
        </message>
        <message>
            <source>e.g. Hari Jadi Kota Sukamaju</source>
            <translation>e.g. Hari Jadi Kota Sukamaju</translation>
        </message>
        <message>
            <source>Every year</source>
            <translation>Every year</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Days of your city or agency appear in the calendar beside the national ones; Diskominfo's days arrive by themselves.</source>
            <translation>Days of your city or agency appear in the calendar beside the national ones; Diskominfo's days arrive by themselves.</translation>
        </message>
        <message>
            <source>Remove day</source>
            <translation>Remove day</translation>
        </message>
        <message>
            <source>Remove “{day}” from the calendar?</source>
            <translation>Remove “{day}” from the calendar?</translation>
        </message>
    </context>
    <context>
        <name>RemoteReview</name>
        <message>
            <source>Only a draft or a post sent back can be sent for review (this one is {status}).</source>
            <translation>Only a draft or a post sent back can be sent for review (this one is {status}).</translation>
        </message>
        <message>
            <source>No approval chain is set up yet: add the reviewers' PCs and the steps in Settings, or approve with a PIN on this PC.</source>
            <translation>No approval chain is set up yet: add the reviewers' PCs and the steps in Settings, or approve with a PIN on this PC.</translation>
        </message>
        <message>
            <source>The approval chain for this category names a reviewer who is not paired or is no longer active; fix the chain in Settings.</source>
            <translation>The approval chain for this category names a reviewer who is not paired or is no longer active; fix the chain in Settings.</translation>
        </message>
        <message>
            <source>This PC is not paired with the agency PC {device} yet.</source>
            <translation>This PC is not paired with the agency PC {device} yet.</translation>
        </message>
        <message>
            <source>Choose the central folder in Settings first: requests to reviewers travel through it.</source>
            <translation>Choose the central folder in Settings first: requests to reviewers travel through it.</translation>
        </message>
        <message>
            <source>That review request is no longer here.</source>
            <translation>That review request is no longer here.</translation>
        </message>
        <message>
            <source>You have already decided on this request.</source>
            <translation>You have already decided on this request.</translation>
        </message>
        <message>
            <source>Say what must change: a post sent back needs at least one comment.</source>
            <translation>Say what must change: a post sent back needs at least one comment.</translation>
        </message>
        <message>
            <source>The admin took this request back (the post was changed, withdrawn or already decided otherwise); there is nothing to decide. A new request comes if it is sent again.</source>
            <translation>The admin took this request back (the post was changed, withdrawn or already decided otherwise); there is nothing to decide. A new request comes if it is sent again.</translation>
        </message>
        <message>
            <source>Your agency is in the central folder: the heads of office can pair their PCs now.</source>
            <translation>Your agency is in the central folder: the heads of office can pair their PCs now.</translation>
        </message>
        <message>
            <source>Heads of office cannot pair their PCs yet: this PC's key is locked or not set up. Open Settings → Approval on the heads' own PCs once.</source>
            <translation>Heads of office cannot pair their PCs yet: this PC's key is locked or not set up. Open Settings → Approval on the heads' own PCs once.</translation>
        </message>
        <message>
            <source>Heads of office cannot pair their PCs yet: {reason}</source>
            <translation>Heads of office cannot pair their PCs yet: {reason}</translation>
        </message>
    </context>
    <context>
        <name>RemoteReviewRunner</name>
        <message>
            <source>Sent to the reviewers' PCs; their decisions arrive by themselves.</source>
            <translation>Sent to the reviewers' PCs; their decisions arrive by themselves.</translation>
        </message>
        <message>
            <source>{count} approvals expired: those posts were not published in time and must be approved again.</source>
            <translation>{count} approvals expired: those posts were not published in time and must be approved again.</translation>
        </message>
        <message>
            <source>Decisions arrived: {approved} approved, {returned} sent back.</source>
            <translation>Decisions arrived: {approved} approved, {returned} sent back.</translation>
        </message>
        <message>
            <source>Decisions from the heads' PCs cannot be taken in until this PC's key is unlocked with its passphrase.</source>
            <translation>Decisions from the heads' PCs cannot be taken in until this PC's key is unlocked with its passphrase.</translation>
        </message>
    </context>
    <context>
        <name>RemoteReviewersPage</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Pairing code</source>
            <translation>Pairing code</translation>
        </message>
        <message>
            <source>The codes match: register</source>
            <translation>The codes match: register</translation>
        </message>
        <message>
            <source>Check for requests</source>
            <translation>Check for requests</translation>
        </message>
        <message>
            <source>As</source>
            <translation>As</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Step name, e.g. Kepala Bidang</source>
            <translation>Step name, e.g. Kepala Bidang</translation>
        </message>
        <message>
            <source>any one of them approves</source>
            <translation>any one of them approves</translation>
        </message>
        <message>
            <source>all of them approve</source>
            <translation>all of them approve</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Add step</translation>
        </message>
        <message>
            <source>Remove last step</source>
            <translation>Remove last step</translation>
        </message>
        <message>
            <source>The heads of office approve on their own PCs, through the shared folder. On their PC they choose “I am a reviewer” the first time Medsos Desktop opens, then Review → Pair with your agency; their request shows here. Register them only when the code is the same as on their screen.</source>
            <translation>The heads of office approve on their own PCs, through the shared folder. On their PC they choose “I am a reviewer” the first time Medsos Desktop opens, then Review → Pair with your agency; their request shows here. Register them only when the code is the same as on their screen.</translation>
        </message>
        <message>
            <source>1. Waiting to be paired</source>
            <translation>1. Waiting to be paired</translation>
        </message>
        <message>
            <source>2. Registered</source>
            <translation>2. Registered</translation>
        </message>
        <message>
            <source>Every category (the general chain)</source>
            <translation>Every category (the general chain)</translation>
        </message>
        <message>
            <source>3. Approval chain: who approves, in which order</source>
            <translation>3. Approval chain: who approves, in which order</translation>
        </message>
        <message>
            <source>Chain for</source>
            <translation>Chain for</translation>
        </message>
        <message>
            <source>New step: its name, and who approves in it</source>
            <translation>New step: its name, and who approves in it</translation>
        </message>
        <message>
            <source>Fast track (the last step only) for:</source>
            <translation>Fast track (the last step only) for:</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>An approval expires when the post is still unpublished after</source>
            <translation>An approval expires when the post is still unpublished after</translation>
        </message>
        <message>
            <source>The chain is saved with the Save button, with the rest of the settings.</source>
            <translation>The chain is saved with the Save button, with the rest of the settings.</translation>
        </message>
        <message>
            <source>Reading the central folder…</source>
            <translation>Reading the central folder…</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>deactivated</translation>
        </message>
        <message>
            <source>any one</source>
            <translation>any one</translation>
        </message>
        <message>
            <source>all</source>
            <translation>all</translation>
        </message>
        <message>
            <source>This category follows the general chain. Add steps to give it a chain of its own.</source>
            <translation>This category follows the general chain. Add steps to give it a chain of its own.</translation>
        </message>
        <message>
            <source>No step yet: posts are approved with a PIN on this PC.</source>
            <translation>No step yet: posts are approved with a PIN on this PC.</translation>
        </message>
        <message>
            <source>{category} (its own chain)</source>
            <translation>{category} (its own chain)</translation>
        </message>
        <message>
            <source>Name the step and tick at least one reviewer.</source>
            <translation>Name the step and tick at least one reviewer.</translation>
        </message>
        <message>
            <source>Not saved yet: press Save to keep the chain.</source>
            <translation>Not saved yet: press Save to keep the chain.</translation>
        </message>
        <message>
            <source>Saved: posts submitted from now on go to these reviewers' PCs.</source>
            <translation>Saved: posts submitted from now on go to these reviewers' PCs.</translation>
        </message>
        <message>
            <source>Saved: posts are approved with a PIN on this PC.</source>
            <translation>Saved: posts are approved with a PIN on this PC.</translation>
        </message>
    </context>
    <context>
        <name>Render</name>
        <message>
            <source>{label} is too long for this design and was shortened with “…”. Shorten the text or choose another template.</source>
            <translation>{label} is too long for this design and was shortened with “…”. Shorten the text or choose another template.</translation>
        </message>
        <message>
            <source>The footer line from the brand kit is too long for this size and was shortened. Shorten the website, hotline or address in Brand kit, or choose another size.</source>
            <translation>The footer line from the brand kit is too long for this size and was shortened. Shorten the website, hotline or address in Brand kit, or choose another size.</translation>
        </message>
        <message>
            <source>{label}: the fonts cannot draw {chars}; these characters are left out.</source>
            <translation>{label}: the fonts cannot draw {chars}; these characters are left out.</translation>
        </message>
        <message>
            <source>{label}: no image is available; a placeholder is shown.</source>
            <translation>{label}: no image is available; a placeholder is shown.</translation>
        </message>
        <message>
            <source>{label}: the image could not be read, so a placeholder is shown. Choose the photo again.</source>
            <translation>{label}: the image could not be read, so a placeholder is shown. Choose the photo again.</translation>
        </message>
        <message>
            <source>{label} must be filled in.</source>
            <translation>{label} must be filled in.</translation>
        </message>
        <message>
            <source>{label} is too long for a QR code that phones can read ({length} characters). Use a shorter link.</source>
            <translation>{label} is too long for a QR code that phones can read ({length} characters). Use a shorter link.</translation>
        </message>
        <message>
            <source>The font {ref} is not available; the default font is used instead.</source>
            <translation>The font {ref} is not available; the default font is used instead.</translation>
        </message>
        <message>
            <source>{label} does not fit this design even at the smallest readable size, so this image cannot be exported. Shorten {label} or choose another size or template.</source>
            <translation>{label} does not fit this design even at the smallest readable size, so this image cannot be exported. Shorten {label} or choose another size or template.</translation>
        </message>
        <message>
            <source>{label} is hard to read on its background (contrast {ratio}:1, at least {needed}:1 is needed). Choose other brand colours or another photo.</source>
            <translation>{label} is hard to read on its background (contrast {ratio}:1, at least {needed}:1 is needed). Choose other brand colours or another photo.</translation>
        </message>
        <message>
            <source>{label}: the photo is small for this size and is enlarged {factor}×, so it will look blurry. Choose a larger photo, at least {width}×{height} pixels.</source>
            <translation>{label}: the photo is small for this size and is enlarged {factor}×, so it will look blurry. Choose a larger photo, at least {width}×{height} pixels.</translation>
        </message>
        <message>
            <source>{label}: the QR code is too dense for this size ({pixels} pixels per module, phones need at least {minimum}). Use a shorter link, for example a short link from your agency's link shortener.</source>
            <translation>{label}: the QR code is too dense for this size ({pixels} pixels per module, phones need at least {minimum}). Use a shorter link, for example a short link from your agency's link shortener.</translation>
        </message>
    </context>
    <context>
        <name>Replies</name>
        <message>
            <source>Greetings</source>
            <translation>Greetings</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Clarifications</source>
            <translation>Clarifications</translation>
        </message>
        <message>
            <source>Emergencies</source>
            <translation>Emergencies</translation>
        </message>
        <message>
            <source>Thanks and feedback</source>
            <translation>Thanks and feedback</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>The reply has {count} error(s) listed below; fix them before saving.</source>
            <translation>The reply has {count} error(s) listed below; fix them before saving.</translation>
        </message>
        <message>
            <source>Built-in replies cannot be changed; duplicate it and edit the copy.</source>
            <translation>Built-in replies cannot be changed; duplicate it and edit the copy.</translation>
        </message>
        <message>
            <source>That reply no longer exists.</source>
            <translation>That reply no longer exists.</translation>
        </message>
        <message>
            <source>The built-in replies ({path}) cannot be read: {reason}. Reinstall Medsos Desktop; your own replies are not affected.</source>
            <translation>The built-in replies ({path}) cannot be read: {reason}. Reinstall Medsos Desktop; your own replies are not affected.</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (copy)</translation>
        </message>
        <message>
            <source>Citizen's name or account</source>
            <translation>Citizen's name or account</translation>
        </message>
        <message>
            <source>Service hours</source>
            <translation>Service hours</translation>
        </message>
        <message>
            <source>Service number</source>
            <translation>Service number</translation>
        </message>
        <message>
            <source>Responsible agency</source>
            <translation>Responsible agency</translation>
        </message>
    </context>
    <context>
        <name>RepliesDialog</name>
        <message>
            <source>Reply templates</source>
            <translation>Reply templates</translation>
        </message>
        <message>
            <source>Search replies, e.g. KTP or banjir</source>
            <translation>Search replies, e.g. KTP or banjir</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Save reply</source>
            <translation>Save reply</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Fill in the blanks:</source>
            <translation>Fill in the blanks:</translation>
        </message>
        <message>
            <source>Reply to send:</source>
            <translation>Reply to send:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>own</source>
            <translation>own</translation>
        </message>
        <message>
            <source>Built-in reply: duplicate it to make your own version.</source>
            <translation>Built-in reply: duplicate it to make your own version.</translation>
        </message>
        <message>
            <source>Still blank: {names}</source>
            <translation>Still blank: {names}</translation>
        </message>
        <message>
            <source>{count} broken placeholder(s) are left as written.</source>
            <translation>{count} broken placeholder(s) are left as written.</translation>
        </message>
        <message>
            <source>Copied. Paste it into the reply on the platform.</source>
            <translation>Copied. Paste it into the reply on the platform.</translation>
        </message>
        <message>
            <source>New reply</source>
            <translation>New reply</translation>
        </message>
        <message>
            <source>Hello {nama}, thank you for contacting us.</source>
            <translation>Hello {nama}, thank you for contacting us.</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (copy)</translation>
        </message>
        <message>
            <source>Delete reply</source>
            <translation>Delete reply</translation>
        </message>
        <message>
            <source>Delete your reply “{title}”? This cannot be undone.</source>
            <translation>Delete your reply “{title}”? This cannot be undone.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>There is not enough free space to save the report {name}. Free some space or choose another folder.</source>
            <translation>There is not enough free space to save the report {name}. Free some space or choose another folder.</translation>
        </message>
        <message>
            <source>The report {name} cannot be saved in {folder}: the folder is read-only, you lack permission, or the file is open in another program. Close it there or choose another folder.</source>
            <translation>The report {name} cannot be saved in {folder}: the folder is read-only, you lack permission, or the file is open in another program. Close it there or choose another folder.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist, so the report {name} cannot be saved there.</source>
            <translation>The folder {folder} does not exist, so the report {name} cannot be saved there.</translation>
        </message>
        <message>
            <source>The report {name} could not be saved: {reason}</source>
            <translation>The report {name} could not be saved: {reason}</translation>
        </message>
        <message>
            <source>Monthly social media report</source>
            <translation>Monthly social media report</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>{region}, all agencies — {month}</source>
            <translation>{region}, all agencies — {month}</translation>
        </message>
        <message>
            <source>{agency} — {month}</source>
            <translation>{agency} — {month}</translation>
        </message>
        <message>
            <source>Verified posts</source>
            <translation>Verified posts</translation>
        </message>
        <message>
            <source>Agencies that posted</source>
            <translation>Agencies that posted</translation>
        </message>
        <message>
            <source>Approved before the planned time</source>
            <translation>Approved before the planned time</translation>
        </message>
        <message>
            <source>{count} of {total}</source>
            <translation>{count} of {total}</translation>
        </message>
        <message>
            <source>Posts adapted from content packs</source>
            <translation>Posts adapted from content packs</translation>
        </message>
        <message>
            <source>Posts not counted (no valid revision)</source>
            <translation>Posts not counted (no valid revision)</translation>
        </message>
        <message>
            <source>Posts counted by an older revision</source>
            <translation>Posts counted by an older revision</translation>
        </message>
        <message>
            <source>A newer revision is not valid: {reasons}</source>
            <translation>A newer revision is not valid: {reasons}</translation>
        </message>
        <message>
            <source>Last check of every file</source>
            <translation>Last check of every file</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Never</translation>
        </message>
        <message>
            <source>Only a full check sees a change that keeps a file's size and time.</source>
            <translation>Only a full check sees a change that keeps a file's size and time.</translation>
        </message>
        <message>
            <source>Posts not counted or counted by an older revision</source>
            <translation>Posts not counted or counted by an older revision</translation>
        </message>
        <message>
            <source>A post counts by its newest valid revision. These posts have a newer revision that is not valid (yet); a post without any valid revision is not counted. A post whose planned month cannot be read yet (no revision of it is valid) is listed in every month's report until it is.</source>
            <translation>A post counts by its newest valid revision. These posts have a newer revision that is not valid (yet); a post without any valid revision is not counted. A post whose planned month cannot be read yet (no revision of it is valid) is listed in every month's report until it is.</translation>
        </message>
        <message>
            <source>Counted revision</source>
            <translation>Counted revision</translation>
        </message>
        <message>
            <source>Newer revision</source>
            <translation>Newer revision</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>not counted</translation>
        </message>
        <message>
            <source>(title not readable yet) {post}</source>
            <translation>(title not readable yet) {post}</translation>
        </message>
        <message>
            <source>Still arriving</source>
            <translation>Still arriving</translation>
        </message>
        <message>
            <source>Damaged or changed</source>
            <translation>Damaged or changed</translation>
        </message>
        <message>
            <source>Device not trusted yet</source>
            <translation>Device not trusted yet</translation>
        </message>
        <message>
            <source>Unknown device</source>
            <translation>Unknown device</translation>
        </message>
        <message>
            <source>Device rejected</source>
            <translation>Device rejected</translation>
        </message>
        <message>
            <source>Replayed</source>
            <translation>Replayed</translation>
        </message>
        <message>
            <source>Unsafe</source>
            <translation>Unsafe</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>Invalid</translation>
        </message>
        <message>
            <source>{count} still arriving</source>
            <translation>{count} still arriving</translation>
        </message>
        <message>
            <source>{count} damaged</source>
            <translation>{count} damaged</translation>
        </message>
        <message>
            <source>{count} from a device not trusted yet</source>
            <translation>{count} from a device not trusted yet</translation>
        </message>
        <message>
            <source>{count} from an unknown device</source>
            <translation>{count} from an unknown device</translation>
        </message>
        <message>
            <source>{count} from a rejected device</source>
            <translation>{count} from a rejected device</translation>
        </message>
        <message>
            <source>{count} replayed</source>
            <translation>{count} replayed</translation>
        </message>
        <message>
            <source>{count} unsafe</source>
            <translation>{count} unsafe</translation>
        </message>
        <message>
            <source>{count} invalid</source>
            <translation>{count} invalid</translation>
        </message>
        <message>
            <source>Posts by agency</source>
            <translation>Posts by agency</translation>
        </message>
        <message>
            <source>Posts by category</source>
            <translation>Posts by category</translation>
        </message>
        <message>
            <source>Posts by platform</source>
            <translation>Posts by platform</translation>
        </message>
        <message>
            <source>Content packs adopted</source>
            <translation>Content packs adopted</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Agency</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <source>Content pack</source>
            <translation>Content pack</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>Posts</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>Agencies</source>
            <translation>Agencies</translation>
        </message>
        <message>
            <source>One post may be planned for several platforms; each counts once per platform.</source>
            <translation>One post may be planned for several platforms; each counts once per platform.</translation>
        </message>
        <message>
            <source>of {total} agencies</source>
            <translation>of {total} agencies</translation>
        </message>
        <message>
            <source>{count} of {total} posts</source>
            <translation>{count} of {total} posts</translation>
        </message>
        <message>
            <source>On time (%)</source>
            <translation>On time (%)</translation>
        </message>
        <message>
            <source>Agencies without a post this month are listed with 0, so none is left out.</source>
            <translation>Agencies without a post this month are listed with 0, so none is left out.</translation>
        </message>
        <message>
            <source>Reach and engagement are not in this report: the agencies do not send their platform figures to the central folder; each agency's own report has them.</source>
            <translation>Reach and engagement are not in this report: the agencies do not send their platform figures to the central folder; each agency's own report has them.</translation>
        </message>
        <message>
            <source>Engagement: likes + comments + shares + saves. Engagement rate: engagement ÷ reach.</source>
            <translation>Engagement: likes + comments + shares + saves. Engagement rate: engagement ÷ reach.</translation>
        </message>
        <message>
            <source>Number of posts</source>
            <translation>Number of posts</translation>
        </message>
        <message>
            <source>Per agency</source>
            <translation>Per agency</translation>
        </message>
        <message>
            <source>Content packs</source>
            <translation>Content packs</translation>
        </message>
        <message>
            <source>Not counted yet</source>
            <translation>Not counted yet</translation>
        </message>
        <message>
            <source>How each approval is proven</source>
            <translation>How each approval is proven</translation>
        </message>
        <message>
            <source>Proof of approval</source>
            <translation>Proof of approval</translation>
        </message>
        <message>
            <source>Share of posts</source>
            <translation>Share of posts</translation>
        </message>
        <message>
            <source>Approval proof</source>
            <translation>Approval proof</translation>
        </message>
        <message>
            <source>Approved with reviewers' signatures</source>
            <translation>Approved with reviewers' signatures</translation>
        </message>
        <message>
            <source>Signed by reviewers: every step of the agency's approval chain signed by the heads on their own PCs, each signature checked by Diskominfo against the reviewers the agency registered. PIN on the admin's PC: the head typed a PIN on the admin's computer; only the agency's device vouches for it. WhatsApp evidence: the admin recorded a reply received by WhatsApp with its screenshot; the weakest. Proof does not hold: the post claims signatures that do not check out; ask the agency.</source>
            <translation>Signed by reviewers: every step of the agency's approval chain signed by the heads on their own PCs, each signature checked by Diskominfo against the reviewers the agency registered. PIN on the admin's PC: the head typed a PIN on the admin's computer; only the agency's device vouches for it. WhatsApp evidence: the admin recorded a reply received by WhatsApp with its screenshot; the weakest. Proof does not hold: the post claims signatures that do not check out; ask the agency.</translation>
        </message>
        <message>
            <source>Only the latest valid revision of each post planned in the month is counted: signed by a trusted device, complete and not replayed.</source>
            <translation>Only the latest valid revision of each post planned in the month is counted: signed by a trusted device, complete and not replayed.</translation>
        </message>
        <message>
            <source>Single image</source>
            <translation>Single image</translation>
        </message>
        <message>
            <source>Carousel</source>
            <translation>Carousel</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Text only</source>
            <translation>Text only</translation>
        </message>
        <message>
            <source>January</source>
            <translation>January</translation>
        </message>
        <message>
            <source>February</source>
            <translation>February</translation>
        </message>
        <message>
            <source>March</source>
            <translation>March</translation>
        </message>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>May</source>
            <translation>May</translation>
        </message>
        <message>
            <source>June</source>
            <translation>June</translation>
        </message>
        <message>
            <source>July</source>
            <translation>July</translation>
        </message>
        <message>
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <source>October</source>
            <translation>October</translation>
        </message>
        <message>
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <source>December</source>
            <translation>December</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>Jan</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>Feb</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>Mar</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>Apr</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>Jun</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>Jul</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>Aug</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>Sep</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>Oct</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>Nov</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>Dec</translation>
        </message>
        <message>
            <source>Monthly Social Media Report</source>
            <translation>Monthly Social Media Report</translation>
        </message>
        <message>
            <source>{agency} · {month} {year}</source>
            <translation>{agency} · {month} {year}</translation>
        </message>
        <message>
            <source>Month of {month} {year}</source>
            <translation>Month of {month} {year}</translation>
        </message>
        <message>
            <source>Agency name not set</source>
            <translation>Agency name not set</translation>
        </message>
        <message>
            <source>Posts published</source>
            <translation>Posts published</translation>
        </message>
        <message>
            <source>{placements} uploads on {platforms} platforms</source>
            <translation>{placements} uploads on {platforms} platforms</translation>
        </message>
        <message>
            <source>Reach</source>
            <translation>Reach</translation>
        </message>
        <message>
            <source>Impressions</source>
            <translation>Impressions</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <source>likes + comments + shares + saves</source>
            <translation>likes + comments + shares + saves</translation>
        </message>
        <message>
            <source>Engagement rate</source>
            <translation>Engagement rate</translation>
        </message>
        <message>
            <source>engagement ÷ reach</source>
            <translation>engagement ÷ reach</translation>
        </message>
        <message>
            <source>Reach: the accounts that saw a post. Engagement: likes + comments + shares + saves. Engagement rate: engagement ÷ reach. Changes compare with {previous} {year}.</source>
            <translation>Reach: the accounts that saw a post. Engagement: likes + comments + shares + saves. Engagement rate: engagement ÷ reach. Changes compare with {previous} {year}.</translation>
        </message>
        <message>
            <source>Published on the planned day</source>
            <translation>Published on the planned day</translation>
        </message>
        <message>
            <source>{on_time} of {timed} scheduled posts</source>
            <translation>{on_time} of {timed} scheduled posts</translation>
        </message>
        <message>
            <source>no scheduled posts</source>
            <translation>no scheduled posts</translation>
        </message>
        <message>
            <source>{change} vs {month} ({previous})</source>
            <translation>{change} vs {month} ({previous})</translation>
        </message>
        <message>
            <source>{change} points vs {month} ({previous})</source>
            <translation>{change} points vs {month} ({previous})</translation>
        </message>
        <message>
            <source>same as {month}</source>
            <translation>same as {month}</translation>
        </message>
        <message>
            <source>Posts per week</source>
            <translation>Posts per week</translation>
        </message>
        <message>
            <source>Weeks of the month: days 1–7, 8–14, 15–21, and the 22nd to the month's end.</source>
            <translation>Weeks of the month: days 1–7, 8–14, 15–21, and the 22nd to the month's end.</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Number of posts published</source>
            <translation>Number of posts published</translation>
        </message>
        <message>
            <source>Week {number} ({days})</source>
            <translation>Week {number} ({days})</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Last month</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>NIP.</source>
            <translation>NIP.</translation>
        </message>
        <message>
            <source>continued</source>
            <translation>continued</translation>
        </message>
        <message>
            <source>By platform</source>
            <translation>By platform</translation>
        </message>
        <message>
            <source>new this month ({month}: none)</source>
            <translation>new this month ({month}: none)</translation>
        </message>
        <message>
            <source>{placements} uploads on {platforms} platforms from {posts} posts: one post can go out on several platforms and counts once on each.</source>
            <translation>{placements} uploads on {platforms} platforms from {posts} posts: one post can go out on several platforms and counts once on each.</translation>
        </message>
        <message>
            <source>Uploads</source>
            <translation>Uploads</translation>
        </message>
        <message>
            <source>Reach per platform</source>
            <translation>Reach per platform</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>By category</translation>
        </message>
        <message>
            <source>Engagement per category</source>
            <translation>Engagement per category</translation>
        </message>
        <message>
            <source>By format</source>
            <translation>By format</translation>
        </message>
        <message>
            <source>Engagement per format</source>
            <translation>Engagement per format</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Top 5 posts by engagement</source>
            <translation>Top 5 posts by engagement</translation>
        </message>
        <message>
            <source>Top 5 posts by reach</source>
            <translation>Top 5 posts by reach</translation>
        </message>
        <message>
            <source>Top engagement</source>
            <translation>Top engagement</translation>
        </message>
        <message>
            <source>Top reach</source>
            <translation>Top reach</translation>
        </message>
        <message>
            <source>Per week</source>
            <translation>Per week</translation>
        </message>
        <message>
            <source>Per platform</source>
            <translation>Per platform</translation>
        </message>
        <message>
            <source>Per category</source>
            <translation>Per category</translation>
        </message>
        <message>
            <source>Per format</source>
            <translation>Per format</translation>
        </message>
        <message>
            <source>Per status</source>
            <translation>Per status</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Platforms</source>
            <translation>Platforms</translation>
        </message>
        <message>
            <source>Posts of the month by status</source>
            <translation>Posts of the month by status</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>No figures recorded yet: import the platforms' CSV exports or type them in.</source>
            <translation>No figures recorded yet: import the platforms' CSV exports or type them in.</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(untitled)</translation>
        </message>
        <message>
            <source>Analysis and notes</source>
            <translation>Analysis and notes</translation>
        </message>
        <message>
            <source>Acknowledged by,</source>
            <translation>Acknowledged by,</translation>
        </message>
        <message>
            <source>Head of {agency}</source>
            <translation>Head of {agency}</translation>
        </message>
        <message>
            <source>Prepared by,</source>
            <translation>Prepared by,</translation>
        </message>
        <message>
            <source>Social media officer</source>
            <translation>Social media officer</translation>
        </message>
        <message>
            <source>{place}, {day} {month} {year}</source>
            <translation>{place}, {day} {month} {year}</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Generated</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>No data for this period.</source>
            <translation>No data for this period.</translation>
        </message>
    </context>
    <context>
        <name>RequestPost</name>
        <message>
            <source>Planned to go out: {when}</source>
            <translation>Planned to go out: {when}</translation>
        </message>
        <message>
            <source>Planned to go out: not scheduled yet</source>
            <translation>Planned to go out: not scheduled yet</translation>
        </message>
        <message>
            <source>Category: {category}</source>
            <translation>Category: {category}</translation>
        </message>
        <message>
            <source>Step {number} ({title}): approved by {names}, {time}</source>
            <translation>Step {number} ({title}): approved by {names}, {time}</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>Head of division (Kepala Bidang)</source>
            <translation>Head of division (Kepala Bidang)</translation>
        </message>
        <message>
            <source>Head of office (Kepala Dinas)</source>
            <translation>Head of office (Kepala Dinas)</translation>
        </message>
        <message>
            <source>Facts and sources are verified</source>
            <translation>Facts and sources are verified</translation>
        </message>
        <message>
            <source>No personal data is published</source>
            <translation>No personal data is published</translation>
        </message>
        <message>
            <source>Faces of children are blurred or absent</source>
            <translation>Faces of children are blurred or absent</translation>
        </message>
        <message>
            <source>Every image has alt text</source>
            <translation>Every image has alt text</translation>
        </message>
        <message>
            <source>No SARA or hateful content</source>
            <translation>No SARA or hateful content</translation>
        </message>
        <message>
            <source>Caption checks are clean, or each remaining finding has a written reason</source>
            <translation>Caption checks are clean, or each remaining finding has a written reason</translation>
        </message>
        <message>
            <source>Not approved: tick every item of the checklist ({missing} still open).</source>
            <translation>Not approved: tick every item of the checklist ({missing} still open).</translation>
        </message>
        <message>
            <source>Not approved: the finding “{finding}” on {platform} needs a written reason of at least {min} characters, or the caption must be fixed.</source>
            <translation>Not approved: the finding “{finding}” on {platform} needs a written reason of at least {min} characters, or the caption must be fixed.</translation>
        </message>
        <message>
            <source>{reviewer} wrote or submitted this post and cannot approve it; another reviewer must.</source>
            <translation>{reviewer} wrote or submitted this post and cannot approve it; another reviewer must.</translation>
        </message>
        <message>
            <source>A NIP has 18 digits (spaces are allowed); leave it empty if there is none.</source>
            <translation>A NIP has 18 digits (spaces are allowed); leave it empty if there is none.</translation>
        </message>
        <message>
            <source>A PIN is 6 to 12 digits.</source>
            <translation>A PIN is 6 to 12 digits.</translation>
        </message>
        <message>
            <source>Say what must change: a post sent back needs a comment for the admin.</source>
            <translation>Say what must change: a post sent back needs a comment for the admin.</translation>
        </message>
        <message>
            <source>The PIN for {name} is not right.</source>
            <translation>The PIN for {name} is not right.</translation>
        </message>
        <message>
            <source>That reviewer no longer exists.</source>
            <translation>That reviewer no longer exists.</translation>
        </message>
        <message>
            <source>{name} is no longer an active reviewer. The admin can activate them again in Settings, Reviewers.</source>
            <translation>{name} is no longer an active reviewer. The admin can activate them again in Settings, Reviewers.</translation>
        </message>
        <message>
            <source>Only a post awaiting review can be approved or sent back (this one is {status}).</source>
            <translation>Only a post awaiting review can be approved or sent back (this one is {status}).</translation>
        </message>
        <message>
            <source>The reviewer needs a name.</source>
            <translation>The reviewer needs a name.</translation>
        </message>
        <message>
            <source>{name} is already a reviewer. Change that entry instead of adding a second one.</source>
            <translation>{name} is already a reviewer. Change that entry instead of adding a second one.</translation>
        </message>
        <message>
            <source>{name} is already recorded as a reviewer but deactivated: select them and choose “Activate again”.</source>
            <translation>{name} is already recorded as a reviewer but deactivated: select them and choose “Activate again”.</translation>
        </message>
        <message>
            <source>The NIP {nip} already belongs to {name}: one NIP is one person.</source>
            <translation>The NIP {nip} already belongs to {name}: one NIP is one person.</translation>
        </message>
        <message>
            <source>{name} is already recorded with another NIP; check the name or the NIP.</source>
            <translation>{name} is already recorded with another NIP; check the name or the NIP.</translation>
        </message>
        <message>
            <source>{name} is already recorded on this PC as someone else. If it is the admin, tick “This is me”; otherwise tell the two apart (e.g. with a title or the NIP).</source>
            <translation>{name} is already recorded on this PC as someone else. If it is the admin, tick “This is me”; otherwise tell the two apart (e.g. with a title or the NIP).</translation>
        </message>
        <message>
            <source>Enter your own name in Settings first: a reset without the old PIN is recorded in the admin's name.</source>
            <translation>Enter your own name in Settings first: a reset without the old PIN is recorded in the admin's name.</translation>
        </message>
        <message>
            <source>Write why the PIN is reset without the old one (at least {min} characters), e.g. “forgot the PIN, identity checked in person”.</source>
            <translation>Write why the PIN is reset without the old one (at least {min} characters), e.g. “forgot the PIN, identity checked in person”.</translation>
        </message>
        <message>
            <source>Without the old PIN, the admin must confirm that they checked who is setting the new one.</source>
            <translation>Without the old PIN, the admin must confirm that they checked who is setting the new one.</translation>
        </message>
        <message>
            <source>The new PIN must differ from the old one.</source>
            <translation>The new PIN must differ from the old one.</translation>
        </message>
        <message>
            <source>The WhatsApp reply cannot have been received later than now ({now}).</source>
            <translation>The WhatsApp reply cannot have been received later than now ({now}).</translation>
        </message>
    </context>
    <context>
        <name>ReviewActions</name>
        <message>
            <source>Approved.</source>
            <translation>Approved.</translation>
        </message>
        <message>
            <source>Sent back to the admin with the reviewer's comment.</source>
            <translation>Sent back to the admin with the reviewer's comment.</translation>
        </message>
        <message>
            <source>Nobody: leave the signature block to fill in by hand</source>
            <translation>Nobody: leave the signature block to fill in by hand</translation>
        </message>
        <message>
            <source>Approval sheet</source>
            <translation>Approval sheet</translation>
        </message>
        <message>
            <source>Who signs this approval sheet?</source>
            <translation>Who signs this approval sheet?</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Save the approval sheet</source>
            <translation>Save the approval sheet</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>PDF document</translation>
        </message>
        <message>
            <source>approval-sheet</source>
            <translation>approval-sheet</translation>
        </message>
        <message>
            <source>Saved {pdf} and {count} page pictures for WhatsApp ({first}, ...).</source>
            <translation>Saved {pdf} and {count} page pictures for WhatsApp ({first}, ...).</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Review: {title}</source>
            <translation>Review: {title}</translation>
        </message>
        <message>
            <source>Caption check findings</source>
            <translation>Caption check findings</translation>
        </message>
        <message>
            <source>{count} errors remain. Write a reason of at least {min} characters for each one you accept, or send the post back to be fixed.</source>
            <translation>{count} errors remain. Write a reason of at least {min} characters for each one you accept, or send the post back to be fixed.</translation>
        </message>
        <message>
            <source>No errors. Warnings and notes need no reason.</source>
            <translation>No errors. Warnings and notes need no reason.</translation>
        </message>
        <message>
            <source>This reviewer wrote or submitted the post and cannot approve it; choose another.</source>
            <translation>This reviewer wrote or submitted the post and cannot approve it; choose another.</translation>
        </message>
        <message>
            <source>The reviewer's PIN</source>
            <translation>The reviewer's PIN</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <source>The head replied by WhatsApp instead</source>
            <translation>The head replied by WhatsApp instead</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Add a reviewer</source>
            <translation>Add a reviewer</translation>
        </message>
        <message>
            <source>6 to 12 digits, chosen by the reviewer</source>
            <translation>6 to 12 digits, chosen by the reviewer</translation>
        </message>
        <message>
            <source>Add reviewer</source>
            <translation>Add reviewer</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Only when the head cannot approve on this PC or their own. Attach the screenshot of their reply: it goes with the post to Diskominfo, which sees this approval as the weakest proof.</source>
            <translation>Only when the head cannot approve on this PC or their own. Attach the screenshot of their reply: it goes with the post to Diskominfo, which sees this approval as the weakest proof.</translation>
        </message>
        <message>
            <source>Choose the screenshot…</source>
            <translation>Choose the screenshot…</translation>
        </message>
        <message>
            <source>No screenshot chosen yet.</source>
            <translation>No screenshot chosen yet.</translation>
        </message>
        <message>
            <source>Reply received</source>
            <translation>Reply received</translation>
        </message>
        <message>
            <source>The screenshot of the WhatsApp reply</source>
            <translation>The screenshot of the WhatsApp reply</translation>
        </message>
        <message>
            <source>{name}: this file cannot be shown as an image.</source>
            <translation>{name}: this file cannot be shown as an image.</translation>
        </message>
        <message>
            <source>(wrote or submitted this post)</source>
            <translation>(wrote or submitted this post)</translation>
        </message>
        <message>
            <source>Choose a reviewer, or add one first.</source>
            <translation>Choose a reviewer, or add one first.</translation>
        </message>
        <message>
            <source>Not approved: {count} errors still need a reason of at least {min} characters, or the post must be sent back to be fixed.</source>
            <translation>Not approved: {count} errors still need a reason of at least {min} characters, or the post must be sent back to be fixed.</translation>
        </message>
        <message>
            <source>Attach the screenshot of the WhatsApp reply, or use the PIN.</source>
            <translation>Attach the screenshot of the WhatsApp reply, or use the PIN.</translation>
        </message>
        <message>
            <source>Comment for the admin (required when sending back)</source>
            <translation>Comment for the admin (required when sending back)</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Send back for changes</source>
            <translation>Send back for changes</translation>
        </message>
    </context>
    <context>
        <name>ReviewNotesPanel</name>
        <message>
            <source>Sent back by {reviewer} with {count} comments. Fix the post, then submit it again. Click a comment to see its place.</source>
            <translation>Sent back by {reviewer} with {count} comments. Fix the post, then submit it again. Click a comment to see its place.</translation>
        </message>
        <message>
            <source>{platform} caption (the marked words were changed)</source>
            <translation>{platform} caption (the marked words were changed)</translation>
        </message>
        <message>
            <source>{platform}, on “{quote}”</source>
            <translation>{platform}, on “{quote}”</translation>
        </message>
        <message>
            <source>An image no longer in the post</source>
            <translation>An image no longer in the post</translation>
        </message>
        <message>
            <source>Image {number}, {area}</source>
            <translation>Image {number}, {area}</translation>
        </message>
        <message>
            <source>The whole post</source>
            <translation>The whole post</translation>
        </message>
        <message>
            <source>the whole image</source>
            <translation>the whole image</translation>
        </message>
        <message>
            <source>the top left part</source>
            <translation>the top left part</translation>
        </message>
        <message>
            <source>the top middle part</source>
            <translation>the top middle part</translation>
        </message>
        <message>
            <source>the top right part</source>
            <translation>the top right part</translation>
        </message>
        <message>
            <source>the middle left part</source>
            <translation>the middle left part</translation>
        </message>
        <message>
            <source>the middle</source>
            <translation>the middle</translation>
        </message>
        <message>
            <source>the middle right part</source>
            <translation>the middle right part</translation>
        </message>
        <message>
            <source>the bottom left part</source>
            <translation>the bottom left part</translation>
        </message>
        <message>
            <source>the bottom middle part</source>
            <translation>the bottom middle part</translation>
        </message>
        <message>
            <source>the bottom right part</source>
            <translation>the bottom right part</translation>
        </message>
    </context>
    <context>
        <name>ReviewerDialog</name>
        <message>
            <source>Add a reviewer</source>
            <translation>Add a reviewer</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>e.g. {example}</translation>
        </message>
        <message>
            <source>18 digits; may stay empty</source>
            <translation>18 digits; may stay empty</translation>
        </message>
        <message>
            <source>This is me, {name}: I review posts as well</source>
            <translation>This is me, {name}: I review posts as well</translation>
        </message>
        <message>
            <source>This is me (enter your own name in General first)</source>
            <translation>This is me (enter your own name in General first)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Position (jabatan)</source>
            <translation>Position (jabatan)</translation>
        </message>
        <message>
            <source>NIP</source>
            <translation>NIP</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>6 to 12 digits</source>
            <translation>6 to 12 digits</translation>
        </message>
        <message>
            <source>The same PIN again</source>
            <translation>The same PIN again</translation>
        </message>
        <message>
            <source>PIN (typed by the reviewer)</source>
            <translation>PIN (typed by the reviewer)</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN again</translation>
        </message>
        <message>
            <source>Add reviewer</source>
            <translation>Add reviewer</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The two PINs differ: type the same PIN twice.</source>
            <translation>The two PINs differ: type the same PIN twice.</translation>
        </message>
    </context>
    <context>
        <name>ReviewerWindow</name>
        <message>
            <source>Medsos Desktop — Reviewer</source>
            <translation>Medsos Desktop — Reviewer</translation>
        </message>
        <message>
            <source>Pair with your agency…</source>
            <translation>Pair with your agency…</translation>
        </message>
        <message>
            <source>Check for new requests</source>
            <translation>Check for new requests</translation>
        </message>
        <message>
            <source>&amp;Review</source>
            <translation>&amp;Review</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>e.g. The person concerned agreed in writing.</source>
            <translation>e.g. The person concerned agreed in writing.</translation>
        </message>
        <message>
            <source>Awaiting your decision</source>
            <translation>Awaiting your decision</translation>
        </message>
        <message>
            <source>Review requests</source>
            <translation>Review requests</translation>
        </message>
        <message>
            <source>What must change? Select words in a caption above first to pin the comment to them.</source>
            <translation>What must change? Select words in a caption above first to pin the comment to them.</translation>
        </message>
        <message>
            <source>Send back to the admin</source>
            <translation>Send back to the admin</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Comment for the admin</source>
            <translation>Comment for the admin</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>Opening…</translation>
        </message>
        <message>
            <source>Checking the shared folder…</source>
            <translation>Checking the shared folder…</translation>
        </message>
        <message>
            <source>New post to review</source>
            <translation>New post to review</translation>
        </message>
        <message>
            <source>{title} awaits your decision.</source>
            <translation>{title} awaits your decision.</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Sent back</source>
            <translation>Sent back</translation>
        </message>
        <message>
            <source>Taken back by the admin</source>
            <translation>Taken back by the admin</translation>
        </message>
        <message>
            <source>{count} awaiting your decision · checked {time}</source>
            <translation>{count} awaiting your decision · checked {time}</translation>
        </message>
        <message>
            <source>Awaiting a decision</source>
            <translation>Awaiting a decision</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Approve this post? Your decision is signed and cannot be taken back.</source>
            <translation>Approve this post? Your decision is signed and cannot be taken back.</translation>
        </message>
        <message>
            <source>Yes, approve</source>
            <translation>Yes, approve</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Not yet</translation>
        </message>
        <message>
            <source>older version · {state}</source>
            <translation>older version · {state}</translation>
        </message>
        <message>
            <source>The admin sent this post again; a newer version is listed.</source>
            <translation>The admin sent this post again; a newer version is listed.</translation>
        </message>
        <message>
            <source>Paired with &lt;b&gt;{agency}&lt;/b&gt;</source>
            <translation>Paired with &lt;b&gt;{agency}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Admin's computer: {name}</source>
            <translation>Admin's computer: {name}</translation>
        </message>
        <message>
            <source>Waiting for the admin to register you.</source>
            <translation>Waiting for the admin to register you.</translation>
        </message>
        <message>
            <source>The admin has deactivated you as a reviewer.</source>
            <translation>The admin has deactivated you as a reviewer.</translation>
        </message>
        <message>
            <source>Registered as {jabatan} ({level})</source>
            <translation>Registered as {jabatan} ({level})</translation>
        </message>
        <message>
            <source>Not paired with an agency yet: choose Review → Pair with your agency.</source>
            <translation>Not paired with an agency yet: choose Review → Pair with your agency.</translation>
        </message>
        <message>
            <source>No posts await your decision. When the admin sends one, it appears here by itself.</source>
            <translation>No posts await your decision. When the admin sends one, it appears here by itself.</translation>
        </message>
        <message>
            <source>No posts await your decision. First pair this PC with your agency: Review → Pair with your agency.</source>
            <translation>No posts await your decision. First pair this PC with your agency: Review → Pair with your agency.</translation>
        </message>
        <message>
            <source>You decide as {name}, {jabatan}</source>
            <translation>You decide as {name}, {jabatan}</translation>
        </message>
        <message>
            <source>step {step} of {steps}: {title}</source>
            <translation>step {step} of {steps}: {title}</translation>
        </message>
        <message>
            <source>The caption check found errors ({count}). To approve anyway, write your reason (at least 10 characters); it goes to the admin with your decision.</source>
            <translation>The caption check found errors ({count}). To approve anyway, write your reason (at least 10 characters); it goes to the admin with your decision.</translation>
        </message>
        <message>
            <source>You approved this post ({time}).</source>
            <translation>You approved this post ({time}).</translation>
        </message>
        <message>
            <source>The admin took this request back ({time}): the post was changed or withdrawn. Nothing to decide; a new request comes when it is sent again.</source>
            <translation>The admin took this request back ({time}): the post was changed or withdrawn. Nothing to decide; a new request comes when it is sent again.</translation>
        </message>
        <message>
            <source>You sent this post back to the admin ({time}).</source>
            <translation>You sent this post back to the admin ({time}).</translation>
        </message>
        <message>
            <source>Caption check: nothing found.</source>
            <translation>Caption check: nothing found.</translation>
        </message>
        <message>
            <source>{count} error(s)</source>
            <translation>{count} error(s)</translation>
        </message>
        <message>
            <source>{count} warning(s)</source>
            <translation>{count} warning(s)</translation>
        </message>
        <message>
            <source>{count} note(s)</source>
            <translation>{count} note(s)</translation>
        </message>
        <message>
            <source>Caption check: {summary}</source>
            <translation>Caption check: {summary}</translation>
        </message>
        <message>
            <source>Comment on the words: “{quote}” ({platform})</source>
            <translation>Comment on the words: “{quote}” ({platform})</translation>
        </message>
        <message>
            <source>Comment on the post as a whole</source>
            <translation>Comment on the post as a whole</translation>
        </message>
        <message>
            <source>Not approved yet: write why the post may go out despite the errors found (at least 10 characters), or send it back to the admin.</source>
            <translation>Not approved yet: write why the post may go out despite the errors found (at least 10 characters), or send it back to the admin.</translation>
        </message>
        <message>
            <source>Approved despite this finding: {reason}</source>
            <translation>Approved despite this finding: {reason}</translation>
        </message>
        <message>
            <source>Approved despite “{finding}”: {reason}</source>
            <translation>Approved despite “{finding}”: {reason}</translation>
        </message>
        <message>
            <source>Your decision was sent to the admin.</source>
            <translation>Your decision was sent to the admin.</translation>
        </message>
    </context>
    <context>
        <name>ReviewersPage</name>
        <message>
            <source>For an office with one PC: the heads of division or office approve posts at this PC, each typing a PIN of their own (kept secret, never shown). Changes here are saved at once and recorded.</source>
            <translation>For an office with one PC: the heads of division or office approve posts at this PC, each typing a PIN of their own (kept secret, never shown). Changes here are saved at once and recorded.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>NIP</source>
            <translation>NIP</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <source>New PIN…</source>
            <translation>New PIN…</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Changes to reviewers</source>
            <translation>Changes to reviewers</translation>
        </message>
        <message>
            <source>No reviewer yet: add the first one.</source>
            <translation>No reviewer yet: add the first one.</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>deactivated</translation>
        </message>
        <message>
            <source>you</source>
            <translation>you</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>Nothing recorded yet.</translation>
        </message>
        <message>
            <source>{name} added as a reviewer</source>
            <translation>{name} added as a reviewer</translation>
        </message>
        <message>
            <source>{name}: details changed</source>
            <translation>{name}: details changed</translation>
        </message>
        <message>
            <source>{name}: marked as the admin's own entry</source>
            <translation>{name}: marked as the admin's own entry</translation>
        </message>
        <message>
            <source>{name}: PIN changed with the old PIN</source>
            <translation>{name}: PIN changed with the old PIN</translation>
        </message>
        <message>
            <source>{name}: PIN reset without the old PIN, confirmed by the admin</source>
            <translation>{name}: PIN reset without the old PIN, confirmed by the admin</translation>
        </message>
        <message>
            <source>{name} deactivated</source>
            <translation>{name} deactivated</translation>
        </message>
        <message>
            <source>{name} activated again</source>
            <translation>{name} activated again</translation>
        </message>
        <message>
            <source> (reason: {reason})</source>
            <translation> (reason: {reason})</translation>
        </message>
        <message>
            <source>by {admin}</source>
            <translation>by {admin}</translation>
        </message>
        <message>
            <source>Activate again</source>
            <translation>Activate again</translation>
        </message>
        <message>
            <source>Deactivate a reviewer</source>
            <translation>Deactivate a reviewer</translation>
        </message>
        <message>
            <source>Deactivate {name}? They can no longer approve or send back posts. Their past decisions keep their name, and they can be activated again.</source>
            <translation>Deactivate {name}? They can no longer approve or send back posts. Their past decisions keep their name, and they can be activated again.</translation>
        </message>
    </context>
    <context>
        <name>RoleDialog</name>
        <message>
            <source>Welcome to Medsos Desktop</source>
            <translation>Welcome to Medsos Desktop</translation>
        </message>
        <message>
            <source>Who uses this PC?</source>
            <translation>Who uses this PC?</translation>
        </message>
        <message>
            <source>I am the social-media admin (PIC medsos)</source>
            <translation>I am the social-media admin (PIC medsos)</translation>
        </message>
        <message>
            <source>Draft posts, make infographics, check captions, have them approved and send them to Diskominfo's central folder.</source>
            <translation>Draft posts, make infographics, check captions, have them approved and send them to Diskominfo's central folder.</translation>
        </message>
        <message>
            <source>I am a reviewer (head of division or of office)</source>
            <translation>I am a reviewer (head of division or of office)</translation>
        </message>
        <message>
            <source>Approve or send back the posts your agency's admin sends you, on this PC, through your agency's shared folder.</source>
            <translation>Approve or send back the posts your agency's admin sends you, on this PC, through your agency's shared folder.</translation>
        </message>
    </context>
    <context>
        <name>SampleViewer</name>
        <message>
            <source>Sample workspace (read-only)</source>
            <translation>Sample workspace (read-only)</translation>
        </message>
        <message>
            <source>How {agency} (a sample agency) works with Medsos Desktop: a post in every state of the approval, with captions per platform. Nothing here can be edited, signed or sent.</source>
            <translation>How {agency} (a sample agency) works with Medsos Desktop: a post in every state of the approval, with captions per platform. Nothing here can be edited, signed or sent.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>No photo</translation>
        </message>
    </context>
    <context>
        <name>SaveStatusLabel</name>
        <message>
            <source>Unsaved changes…</source>
            <translation>Unsaved changes…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>All changes saved {time}</source>
            <translation>All changes saved {time}</translation>
        </message>
        <message>
            <source>Not saved yet: retrying</source>
            <translation>Not saved yet: retrying</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>The site configuration {path} cannot be read ({reason}); the settings it would set are not applied. Ask IT staff to check the file.</source>
            <translation>The site configuration {path} cannot be read ({reason}); the settings it would set are not applied. Ask IT staff to check the file.</translation>
        </message>
        <message>
            <source>The site configuration {path} is not valid TOML ({reason}); none of its settings are applied. Ask IT staff to correct the file.</source>
            <translation>The site configuration {path} is not valid TOML ({reason}); none of its settings are applied. Ask IT staff to correct the file.</translation>
        </message>
        <message>
            <source>The site configuration {path} is far too large to be a settings file; it is ignored. Ask IT staff to check the file.</source>
            <translation>The site configuration {path} is far too large to be a settings file; it is ignored. Ask IT staff to check the file.</translation>
        </message>
        <message>
            <source>The site configuration {path} has an unknown setting "{key}"; it is ignored. Known settings: {known}.</source>
            <translation>The site configuration {path} has an unknown setting "{key}"; it is ignored. Known settings: {known}.</translation>
        </message>
        <message>
            <source>In the site configuration {path}, "{key}" must be text in quotes (at most {limit} characters); it is ignored.</source>
            <translation>In the site configuration {path}, "{key}" must be text in quotes (at most {limit} characters); it is ignored.</translation>
        </message>
        <message>
            <source>In the site configuration {path}, "coordinator_key_fingerprint" must be the coordinator's key fingerprint: {minimum} to {maximum} hexadecimal digits (0-9, a-f), spaces and colons allowed; it is ignored.</source>
            <translation>In the site configuration {path}, "coordinator_key_fingerprint" must be the coordinator's key fingerprint: {minimum} to {maximum} hexadecimal digits (0-9, a-f), spaces and colons allowed; it is ignored.</translation>
        </message>
        <message>
            <source>In the site configuration {path}, "default_language" must be one of {choices}; it is ignored.</source>
            <translation>In the site configuration {path}, "default_language" must be one of {choices}; it is ignored.</translation>
        </message>
        <message>
            <source>In the site configuration {path}, "locked" must be a list of setting names, any of {choices}; "{value}" is ignored.</source>
            <translation>In the site configuration {path}, "locked" must be a list of setting names, any of {choices}; "{value}" is ignored.</translation>
        </message>
        <message>
            <source>In the site configuration {path}, "{name}" is locked but the file does not set it ("{key}"); users may still change it.</source>
            <translation>In the site configuration {path}, "{name}" is locked but the file does not set it ("{key}"); users may still change it.</translation>
        </message>
    </context>
    <context>
        <name>SettingsActions</name>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>The new language is used once Medsos Desktop restarts. Restart now? Your work is saved first.</source>
            <translation>The new language is used once Medsos Desktop restarts. Restart now? Your work is saved first.</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Restart now</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Your name, as it appears in the history</source>
            <translation>Your name, as it appears in the history</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>e.g. {example}</translation>
        </message>
        <message>
            <source> days ahead</source>
            <translation> days ahead</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Central folder</source>
            <translation>Central folder</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Your position (jabatan)</source>
            <translation>Your position (jabatan)</translation>
        </message>
        <message>
            <source>Remind me of greeting days</source>
            <translation>Remind me of greeting days</translation>
        </message>
        <message>
            <source>central folder</source>
            <translation>central folder</translation>
        </message>
        <message>
            <source>language</source>
            <translation>language</translation>
        </message>
        <message>
            <source>Set by your IT staff and locked on this PC: {names}.</source>
            <translation>Set by your IT staff and locked on this PC: {names}.</translation>
        </message>
        <message>
            <source>This PC's key</source>
            <translation>This PC's key</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Open the folder</source>
            <translation>Open the folder</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Data folder:</translation>
        </message>
        <message>
            <source>Automatic daily backups of the database</source>
            <translation>Automatic daily backups of the database</translation>
        </message>
        <message>
            <source>Back up everything to one file…</source>
            <translation>Back up everything to one file…</translation>
        </message>
        <message>
            <source>Restore from a backup file…</source>
            <translation>Restore from a backup file…</translation>
        </message>
        <message>
            <source>Data and backups</source>
            <translation>Data and backups</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The central folder on the General tab is not saved yet. Press Save, then open Settings again to pair the heads' PCs and set the chain.</source>
            <translation>The central folder on the General tab is not saved yet. Press Save, then open Settings again to pair the heads' PCs and set the chain.</translation>
        </message>
        <message>
            <source>Key fingerprint {fingerprint}; device {name}.</source>
            <translation>Key fingerprint {fingerprint}; device {name}.</translation>
        </message>
        <message>
            <source>Not set up yet: it is made at the first sync.</source>
            <translation>Not set up yet: it is made at the first sync.</translation>
        </message>
        <message>
            <source>Password store: {store}.</source>
            <translation>Password store: {store}.</translation>
        </message>
        <message>
            <source>None yet.</source>
            <translation>None yet.</translation>
        </message>
        <message>
            <source>Choose the central folder from Diskominfo</source>
            <translation>Choose the central folder from Diskominfo</translation>
        </message>
        <message>
            <source>Your name is needed: posts, the history and approvals show it.</source>
            <translation>Your name is needed: posts, the history and approvals show it.</translation>
        </message>
        <message>
            <source>The language changes the next time Medsos Desktop starts.</source>
            <translation>The language changes the next time Medsos Desktop starts.</translation>
        </message>
        <message>
            <source>Back up everything to one file</source>
            <translation>Back up everything to one file</translation>
        </message>
        <message>
            <source>Writing the backup…</source>
            <translation>Writing the backup…</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>Backup written: {path}</translation>
        </message>
        <message>
            <source>A backup holds every post, image, template and setting. A secret key kept in this PC's password store is not in it: on another PC, sending first asks for a new device identity. A key kept in a passphrase-protected file is in the backup, still encrypted; sending after a restore asks for its passphrase.</source>
            <translation>A backup holds every post, image, template and setting. A secret key kept in this PC's password store is not in it: on another PC, sending first asks for a new device identity. A key kept in a passphrase-protected file is in the backup, still encrypted; sending after a restore asks for its passphrase.</translation>
        </message>
        <message>
            <source>Restore from a backup file</source>
            <translation>Restore from a backup file</translation>
        </message>
        <message>
            <source>Medsos Desktop backups (*.medsos-backup)</source>
            <translation>Medsos Desktop backups (*.medsos-backup)</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <source>Restore the other agency's backup, discard {count} posts</source>
            <translation>Restore the other agency's backup, discard {count} posts</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>Checking the backup…</translation>
        </message>
        <message>
            <source>Approval by PIN on this PC</source>
            <translation>Approval by PIN on this PC</translation>
        </message>
        <message>
            <source>Approval on the heads' own PCs</source>
            <translation>Approval on the heads' own PCs</translation>
        </message>
        <message>
            <source>Restore and discard {count} posts</source>
            <translation>Restore and discard {count} posts</translation>
        </message>
        <message>
            <source>Restore the other agency's backup</source>
            <translation>Restore the other agency's backup</translation>
        </message>
        <message>
            <source>Restore the other device's backup</source>
            <translation>Restore the other device's backup</translation>
        </message>
        <message>
            <source>Keep this PC's own device identity ({device})</source>
            <translation>Keep this PC's own device identity ({device})</translation>
        </message>
        <message>
            <source>Replace everything in this data folder with the backup {file} (made {created}, {posts} posts)? The current data is kept in the backups folder.</source>
            <translation>Replace everything in this data folder with the backup {file} (made {created}, {posts} posts)? The current data is kept in the backups folder.</translation>
        </message>
        <message>
            <source>This backup belongs to another agency: {backup_agency}. This data folder belongs to {this_agency}. Restore it only if you mean to work as that agency on this PC.</source>
            <translation>This backup belongs to another agency: {backup_agency}. This data folder belongs to {this_agency}. Restore it only if you mean to work as that agency on this PC.</translation>
        </message>
        <message>
            <source>This backup was made on another device: {backup_device} (this PC: {this_device}).</source>
            <translation>This backup was made on another device: {backup_device} (this PC: {this_device}).</translation>
        </message>
        <message>
            <source>This data folder's database cannot be read, so what the restore would take away cannot be listed.</source>
            <translation>This data folder's database cannot be read, so what the restore would take away cannot be listed.</translation>
        </message>
        <message>
            <source>…and {count} more</source>
            <translation>…and {count} more</translation>
        </message>
        <message>
            <source>These {count} posts would leave the workflow: the app would neither show nor send them, and only the copy kept in the backups folder would still hold them:</source>
            <translation>These {count} posts would leave the workflow: the app would neither show nor send them, and only the copy kept in the backups folder would still hold them:</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restoring…</translation>
        </message>
    </context>
    <context>
        <name>Shared</name>
        <message>
            <source>Diskominfo's key in the central folder has changed (was {old}, now {new}). Nothing new from Diskominfo is accepted until you confirm the new key with them by phone or in person and accept it in the app.</source>
            <translation>Diskominfo's key in the central folder has changed (was {old}, now {new}). Nothing new from Diskominfo is accepted until you confirm the new key with them by phone or in person and accept it in the app.</translation>
        </message>
        <message>
            <source>The coordinator key in the central folder ({new}) is not the one your IT staff set for this PC ({expected}). Nothing from it is accepted; tell your IT staff.</source>
            <translation>The coordinator key in the central folder ({new}) is not the one your IT staff set for this PC ({expected}). Nothing from it is accepted; tell your IT staff.</translation>
        </message>
        <message>
            <source>There is no new coordinator key to accept.</source>
            <translation>There is no new coordinator key to accept.</translation>
        </message>
        <message>
            <source>This content pack is no longer available. Pull from the central folder again.</source>
            <translation>This content pack is no longer available. Pull from the central folder again.</translation>
        </message>
    </context>
    <context>
        <name>SharedItemsDialog</name>
        <message>
            <source>From Diskominfo</source>
            <translation>From Diskominfo</translation>
        </message>
        <message>
            <source>Accept the new key…</source>
            <translation>Accept the new key…</translation>
        </message>
        <message>
            <source>Announcement</source>
            <translation>Announcement</translation>
        </message>
        <message>
            <source>Content pack</source>
            <translation>Content pack</translation>
        </message>
        <message>
            <source>Hashtag set</source>
            <translation>Hashtag set</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Asset</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Template</translation>
        </message>
        <message>
            <source>Nothing has arrived from Diskominfo yet. Items appear here after a sync.</source>
            <translation>Nothing has arrived from Diskominfo yet. Items appear here after a sync.</translation>
        </message>
        <message>
            <source>Diskominfo's key has CHANGED. Trusted key: {old}. Key in the folder now: {new}. Nothing new is accepted until you confirm the new key with Diskominfo by phone or in person.</source>
            <translation>Diskominfo's key has CHANGED. Trusted key: {old}. Key in the folder now: {new}. Nothing new is accepted until you confirm the new key with Diskominfo by phone or in person.</translation>
        </message>
        <message>
            <source>From {name}, verified with key {fingerprint}.</source>
            <translation>From {name}, verified with key {fingerprint}.</translation>
        </message>
        <message>
            <source>No items.</source>
            <translation>No items.</translation>
        </message>
        <message>
            <source>Planned for {date}</source>
            <translation>Planned for {date}</translation>
        </message>
        <message>
            <source>Make a draft from this pack</source>
            <translation>Make a draft from this pack</translation>
        </message>
        <message>
            <source>Copy the hashtags</source>
            <translation>Copy the hashtags</translation>
        </message>
        <message>
            <source>Save the file…</source>
            <translation>Save the file…</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copied</translation>
        </message>
        <message>
            <source>Save the file</source>
            <translation>Save the file</translation>
        </message>
        <message>
            <source>Accept the new key</source>
            <translation>Accept the new key</translation>
        </message>
        <message>
            <source>Accept the new key only after Diskominfo has read its fingerprint to you by phone or in person and it matches the one shown here. Anyone who can write to the shared folder could have put a false key there.</source>
            <translation>Accept the new key only after Diskominfo has read its fingerprint to you by phone or in person and it matches the one shown here. Anyone who can write to the shared folder could have put a false key there.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Medsos Desktop cannot start</source>
            <translation>Medsos Desktop cannot start</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Awaiting review</source>
            <translation>Awaiting review</translation>
        </message>
        <message>
            <source>Changes requested</source>
            <translation>Changes requested</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Sent to central folder</source>
            <translation>Sent to central folder</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archived</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>The database in {path} was written by a newer version of Medsos Desktop (schema {found}). Install the newer version to open it; this version will not touch it.</source>
            <translation>The database in {path} was written by a newer version of Medsos Desktop (schema {found}). Install the newer version to open it; this version will not touch it.</translation>
        </message>
        <message>
            <source>The file {path} is not a readable Medsos Desktop database ({reason}). It has not been changed. Restore a backup from the backups folder or choose another data folder.</source>
            <translation>The file {path} is not a readable Medsos Desktop database ({reason}). It has not been changed. Restore a backup from the backups folder or choose another data folder.</translation>
        </message>
        <message>
            <source>The disk holding {path} is full. Your last change has not been saved yet and is still on screen; free some space and it will be saved automatically.</source>
            <translation>The disk holding {path} is full. Your last change has not been saved yet and is still on screen; free some space and it will be saved automatically.</translation>
        </message>
        <message>
            <source>The data folder {path} cannot be written to. Check its permissions or choose another data folder.</source>
            <translation>The data folder {path} cannot be written to. Check its permissions or choose another data folder.</translation>
        </message>
        <message>
            <source>The database in {path} is in use by another program, so the change has not been saved. Wait a moment and try again; if it keeps happening, close other copies of Medsos Desktop or backup programs that may be holding the file.</source>
            <translation>The database in {path} is in use by another program, so the change has not been saved. Wait a moment and try again; if it keeps happening, close other copies of Medsos Desktop or backup programs that may be holding the file.</translation>
        </message>
        <message>
            <source>The disk holding {path} could not be read or written, so the change has not been saved. Check the disk (or its cable or connection) and try again.</source>
            <translation>The disk holding {path} could not be read or written, so the change has not been saved. Check the disk (or its cable or connection) and try again.</translation>
        </message>
        <message>
            <source>the file is damaged</source>
            <translation>the file is damaged</translation>
        </message>
        <message>
            <source>it is not a database file</source>
            <translation>it is not a database file</translation>
        </message>
        <message>
            <source>Saving failed ({reason}). Your text is still on screen and saving will be retried.</source>
            <translation>Saving failed ({reason}). Your text is still on screen and saving will be retried.</translation>
        </message>
    </context>
    <context>
        <name>SubmitGuardDialog</name>
        <message>
            <source>Submit with errors?</source>
            <translation>Submit with errors?</translation>
        </message>
        <message>
            <source>This post still has {count} errors. Fix them first, or submit anyway: the reviewer must then write a reason for each one before approving.</source>
            <translation>This post still has {count} errors. Fix them first, or submit anyway: the reviewer must then write a reason for each one before approving.</translation>
        </message>
        <message>
            <source>Fix first</source>
            <translation>Fix first</translation>
        </message>
        <message>
            <source>Submit anyway</source>
            <translation>Submit anyway</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>The central folder {path} cannot be reached ({reason}). Check that the share is connected or that the sync program is running; publishing will be retried.</source>
            <translation>The central folder {path} cannot be reached ({reason}). Check that the share is connected or that the sync program is running; publishing will be retried.</translation>
        </message>
        <message>
            <source>{path} is not a Medsos central folder (it has no medsos-central.json). If it is a network share, check that it is connected; otherwise set up the central folder first.</source>
            <translation>{path} is not a Medsos central folder (it has no medsos-central.json). If it is a network share, check that it is connected; otherwise set up the central folder first.</translation>
        </message>
        <message>
            <source>medsos-central.json in {path} cannot be used: {reason}.</source>
            <translation>medsos-central.json in {path} cannot be used: {reason}.</translation>
        </message>
        <message>
            <source>The central folder {path} uses format version {found}; this version of Medsos Desktop works with version {supported}. Install the newer version.</source>
            <translation>The central folder {path} uses format version {found}; this version of Medsos Desktop works with version {supported}. Install the newer version.</translation>
        </message>
        <message>
            <source>The central folder {path} is full. Nothing was published; free some space and publishing will be retried.</source>
            <translation>The central folder {path} is full. Nothing was published; free some space and publishing will be retried.</translation>
        </message>
        <message>
            <source>{path} in the central folder is a link or not a folder; Medsos Desktop does not write through links. Ask IT to remove it.</source>
            <translation>{path} in the central folder is a link or not a folder; Medsos Desktop does not write through links. Ask IT to remove it.</translation>
        </message>
        <message>
            <source>Revision {revision} of post {post_uuid} already exists in the central folder with different or damaged content; it was not replaced.</source>
            <translation>Revision {revision} of post {post_uuid} already exists in the central folder with different or damaged content; it was not replaced.</translation>
        </message>
        <message>
            <source>Revision {revision} of post {post_uuid} is already in the central folder but not complete yet; publishing will be retried.</source>
            <translation>Revision {revision} of post {post_uuid} is already in the central folder but not complete yet; publishing will be retried.</translation>
        </message>
        <message>
            <source>Another program (often an antivirus or a search indexer) kept a file open in {path}; revision {revision} of post {post_uuid} will be published at the next sync.</source>
            <translation>Another program (often an antivirus or a search indexer) kept a file open in {path}; revision {revision} of post {post_uuid} will be published at the next sync.</translation>
        </message>
        <message>
            <source>The central folder already registers device {device_id} for {agency} with another key. This PC needs a new device identity.</source>
            <translation>The central folder already registers device {device_id} for {agency} with another key. This PC needs a new device identity.</translation>
        </message>
        <message>
            <source>Device {device_id} is already registered for {other} in the central folder; a PC publishes for one agency only.</source>
            <translation>Device {device_id} is already registered for {other} in the central folder; a PC publishes for one agency only.</translation>
        </message>
        <message>
            <source>This PC (device {device_id}) is not registered for {agency} in the central folder yet.</source>
            <translation>This PC (device {device_id}) is not registered for {agency} in the central folder yet.</translation>
        </message>
        <message>
            <source>This PC signs with key {key_id}, but the central folder registers key {registered_key_id} for device {device_id}.</source>
            <translation>This PC signs with key {key_id}, but the central folder registers key {registered_key_id} for device {device_id}.</translation>
        </message>
        <message>
            <source>The signing key of this PC did not produce a valid signature; nothing was published.</source>
            <translation>The signing key of this PC did not produce a valid signature; nothing was published.</translation>
        </message>
        <message>
            <source>The post is {size} bytes as post.json; at most {limit} bytes can be published.</source>
            <translation>The post is {size} bytes as post.json; at most {limit} bytes can be published.</translation>
        </message>
        <message>
            <source>{path} cannot be read as a verified revision: {reason}.</source>
            <translation>{path} cannot be read as a verified revision: {reason}.</translation>
        </message>
        <message>
            <source>{file} in {path} is not valid JSON ({reason}).</source>
            <translation>{file} in {path} is not valid JSON ({reason}).</translation>
        </message>
        <message>
            <source>{file} in {path}: the field "{field}" is missing or not valid.</source>
            <translation>{file} in {path}: the field "{field}" is missing or not valid.</translation>
        </message>
        <message>
            <source>{file} in {path} is not a {expected} file.</source>
            <translation>{file} in {path} is not a {expected} file.</translation>
        </message>
        <message>
            <source>{file} in {path} has format version {found}; this version of Medsos Desktop reads version {supported}.</source>
            <translation>{file} in {path} has format version {found}; this version of Medsos Desktop reads version {supported}.</translation>
        </message>
        <message>
            <source>The manifest of {path} lists "{name}", which points outside the revision.</source>
            <translation>The manifest of {path} lists "{name}", which points outside the revision.</translation>
        </message>
        <message>
            <source>The manifest of {path} lists "{name}", which is not a name the protocol allows.</source>
            <translation>The manifest of {path} lists "{name}", which is not a name the protocol allows.</translation>
        </message>
        <message>
            <source>The manifest of {path} lists "{name}" more than once.</source>
            <translation>The manifest of {path} lists "{name}" more than once.</translation>
        </message>
        <message>
            <source>The manifest of {path} does not list post.json.</source>
            <translation>The manifest of {path} does not list post.json.</translation>
        </message>
        <message>
            <source>The manifest of {path} lists {name} with a sha256 other than its name.</source>
            <translation>The manifest of {path} lists {name} with a sha256 other than its name.</translation>
        </message>
        <message>
            <source>The manifest of {path} lists {count} files; at most {limit} are allowed.</source>
            <translation>The manifest of {path} lists {count} files; at most {limit} are allowed.</translation>
        </message>
        <message>
            <source>The manifest of {path} gives {name} {size} bytes; at most {limit} are allowed.</source>
            <translation>The manifest of {path} gives {name} {size} bytes; at most {limit} are allowed.</translation>
        </message>
        <message>
            <source>{file} in {path} gives key id {key_id}, which is not the id of its public key.</source>
            <translation>{file} in {path} gives key id {key_id}, which is not the id of its public key.</translation>
        </message>
        <message>
            <source>{path} is valid (device {device_id}, sequence {sequence}).</source>
            <translation>{path} is valid (device {device_id}, sequence {sequence}).</translation>
        </message>
        <message>
            <source>{path} has no manifest.json yet; its files may still be arriving.</source>
            <translation>{path} has no manifest.json yet; its files may still be arriving.</translation>
        </message>
        <message>
            <source>{path} has no manifest.sig yet; its files may still be arriving.</source>
            <translation>{path} has no manifest.sig yet; its files may still be arriving.</translation>
        </message>
        <message>
            <source>{path} is not complete yet: {file} has not arrived.</source>
            <translation>{path} is not complete yet: {file} has not arrived.</translation>
        </message>
        <message>
            <source>{path} is not complete yet: {file} has {found} of {expected} bytes.</source>
            <translation>{path} is not complete yet: {file} has {found} of {expected} bytes.</translation>
        </message>
        <message>
            <source>{path} cannot be read right now ({reason}); it will be checked again.</source>
            <translation>{path} cannot be read right now ({reason}); it will be checked again.</translation>
        </message>
        <message>
            <source>{file} in {path} is {size} bytes; at most {limit} bytes are read. It was not read.</source>
            <translation>{file} in {path} is {size} bytes; at most {limit} bytes are read. It was not read.</translation>
        </message>
        <message>
            <source>{path} is in the folder of {folder_agency}, but its manifest says it belongs to {agency}.</source>
            <translation>{path} is in the folder of {folder_agency}, but its manifest says it belongs to {agency}.</translation>
        </message>
        <message>
            <source>{path} holds the manifest of {claimed}: a signed revision was copied or moved here.</source>
            <translation>{path} holds the manifest of {claimed}: a signed revision was copied or moved here.</translation>
        </message>
        <message>
            <source>{path} is signed by device {device_id}, which is not registered for {agency}.</source>
            <translation>{path} is signed by device {device_id}, which is not registered for {agency}.</translation>
        </message>
        <message>
            <source>{path} is signed by device {device_id}, whose device file has not arrived in the folder of {agency} yet; it stays pending until the device file arrives, at most {days} days after the revision was signed.</source>
            <translation>{path} is signed by device {device_id}, whose device file has not arrived in the folder of {agency} yet; it stays pending until the device file arrives, at most {days} days after the revision was signed.</translation>
        </message>
        <message>
            <source>{path} is signed by device {device_id}, which is not among the trusted devices.</source>
            <translation>{path} is signed by device {device_id}, which is not among the trusted devices.</translation>
        </message>
        <message>
            <source>{path} names key {key_id}, but the known key of device {device_id} is {known_key_id}.</source>
            <translation>{path} names key {key_id}, but the known key of device {device_id} is {known_key_id}.</translation>
        </message>
        <message>
            <source>{path} is signed by device {device_id} of {other}, which may not publish for {agency}.</source>
            <translation>{path} is signed by device {device_id} of {other}, which may not publish for {agency}.</translation>
        </message>
        <message>
            <source>Device {device_id} or its key is registered for more than one agency ({agencies}); nothing it signs is trusted.</source>
            <translation>Device {device_id} or its key is registered for more than one agency ({agencies}); nothing it signs is trusted.</translation>
        </message>
        <message>
            <source>The signature of {path} does not match its manifest: the manifest was changed, or signed with another key.</source>
            <translation>The signature of {path} does not match its manifest: the manifest was changed, or signed with another key.</translation>
        </message>
        <message>
            <source>manifest.sig in {path} is {size} bytes; an Ed25519 signature is 64.</source>
            <translation>manifest.sig in {path} is {size} bytes; an Ed25519 signature is 64.</translation>
        </message>
        <message>
            <source>{file} in {path} is {found} bytes, but the signed manifest says {expected}.</source>
            <translation>{file} in {path} is {found} bytes, but the signed manifest says {expected}.</translation>
        </message>
        <message>
            <source>{file} in {path} does not match the sha256 in the signed manifest.</source>
            <translation>{file} in {path} does not match the sha256 in the signed manifest.</translation>
        </message>
        <message>
            <source>{path} holds {file}, which its signed manifest does not list.</source>
            <translation>{path} holds {file}, which its signed manifest does not list.</translation>
        </message>
        <message>
            <source>{path} holds more than {limit} entries.</source>
            <translation>{path} holds more than {limit} entries.</translation>
        </message>
        <message>
            <source>post.json in {path} is not a JSON object.</source>
            <translation>post.json in {path} is not a JSON object.</translation>
        </message>
        <message>
            <source>{path} reuses sequence number {sequence} of device {device_id}, also used by {other}: one of them is replayed, or two PCs share a device identity.</source>
            <translation>{path} reuses sequence number {sequence} of device {device_id}, also used by {other}: one of them is replayed, or two PCs share a device identity.</translation>
        </message>
        <message>
            <source>{path} has sequence number {sequence}, not greater than {earlier_sequence} of the earlier revision {earlier} from the same device: it is replayed.</source>
            <translation>{path} has sequence number {sequence}, not greater than {earlier_sequence} of the earlier revision {earlier} from the same device: it is replayed.</translation>
        </message>
        <message>
            <source>{path} is a conflict copy made by a sync program; it is ignored and never trusted. Delete it once the original is valid.</source>
            <translation>{path} is a conflict copy made by a sync program; it is ignored and never trusted. Delete it once the original is valid.</translation>
        </message>
        <message>
            <source>{path} is a link or a special file; links are never followed in the central folder.</source>
            <translation>{path} is a link or a special file; links are never followed in the central folder.</translation>
        </message>
        <message>
            <source>{path} is not part of the central folder layout; it is ignored.</source>
            <translation>{path} is not part of the central folder layout; it is ignored.</translation>
        </message>
        <message>
            <source>The device file {path} says it belongs to {agency}, but it is in the folder of {folder_agency}.</source>
            <translation>The device file {path} says it belongs to {agency}, but it is in the folder of {folder_agency}.</translation>
        </message>
        <message>
            <source>The device file {path} describes device {device_id}, not the one its name says.</source>
            <translation>The device file {path} describes device {device_id}, not the one its name says.</translation>
        </message>
        <message>
            <source>The key of device {device_id} in {path} is not its pinned key: the device file was replaced. Its revisions are still checked against the pinned key.</source>
            <translation>The key of device {device_id} in {path} is not its pinned key: the device file was replaced. Its revisions are still checked against the pinned key.</translation>
        </message>
        <message>
            <source>No device keys are pinned: revisions were checked against the device files in the central folder itself, which anyone who can write to the folder could replace.</source>
            <translation>No device keys are pinned: revisions were checked against the device files in the central folder itself, which anyone who can write to the folder could replace.</translation>
        </message>
        <message>
            <source>The device file {path} registers device {device_id} ({device_name}, key {key_id}) for {agency}, but the coordinator has not trusted it: nothing it signs is valid until the coordinator compares its fingerprint with the agency and trusts it.</source>
            <translation>The device file {path} registers device {device_id} ({device_name}, key {key_id}) for {agency}, but the coordinator has not trusted it: nothing it signs is valid until the coordinator compares its fingerprint with the agency and trusts it.</translation>
        </message>
        <message>
            <source>{path} is signed by device {device_id}, which the coordinator has not trusted yet; it is not valid until the device is trusted.</source>
            <translation>{path} is signed by device {device_id}, which the coordinator has not trusted yet; it is not valid until the device is trusted.</translation>
        </message>
        <message>
            <source>{path} is signed with key {key_id}, which the replaced device file of {device_id} shows instead of its pinned key {pinned_key_id}; it is not valid unless the coordinator trusts the new key.</source>
            <translation>{path} is signed with key {key_id}, which the replaced device file of {device_id} shows instead of its pinned key {pinned_key_id}; it is not valid unless the coordinator trusts the new key.</translation>
        </message>
        <message>
            <source>{path} is signed by device {device_id}, which the coordinator rejected or revoked; it is not valid.</source>
            <translation>{path} is signed by device {device_id}, which the coordinator rejected or revoked; it is not valid.</translation>
        </message>
        <message>
            <source>The device file {path} registers device {device_id} for {agency}, but the coordinator pinned it for {pinned_agency}.</source>
            <translation>The device file {path} registers device {device_id} for {agency}, but the coordinator pinned it for {pinned_agency}.</translation>
        </message>
        <message>
            <source>The pinned keys were exported for {trust_region}, but this central folder is {region}: its devices are not among them.</source>
            <translation>The pinned keys were exported for {trust_region}, but this central folder is {region}: its devices are not among them.</translation>
        </message>
        <message>
            <source>{path} holds no agency folders yet.</source>
            <translation>{path} holds no agency folders yet.</translation>
        </message>
        <message>
            <source>This is the sample workspace: its posts belong to a sample agency and are never sent to {path}, a real central folder. Fill in your agency's profile (Instansi menu) to start your own workspace.</source>
            <translation>This is the sample workspace: its posts belong to a sample agency and are never sent to {path}, a real central folder. Fill in your agency's profile (Instansi menu) to start your own workspace.</translation>
        </message>
        <message>
            <source>No central folder is set. Choose the shared folder Diskominfo gave you in the settings.</source>
            <translation>No central folder is set. Choose the shared folder Diskominfo gave you in the settings.</translation>
        </message>
        <message>
            <source>The central folder {path} has no coordinator yet (shared/coordinator.json is missing). Set up this PC as the coordinator first.</source>
            <translation>The central folder {path} has no coordinator yet (shared/coordinator.json is missing). Set up this PC as the coordinator first.</translation>
        </message>
        <message>
            <source>The central folder already has a coordinator, {name} ({coordinator_id}, key {key_id}); it was not replaced. A new coordinator key makes every agency distrust everything in shared/ until each one confirms the new key: replace it only on purpose.</source>
            <translation>The central folder already has a coordinator, {name} ({coordinator_id}, key {key_id}); it was not replaced. A new coordinator key makes every agency distrust everything in shared/ until each one confirms the new key: replace it only on purpose.</translation>
        </message>
        <message>
            <source>shared/coordinator.json in the central folder exists but cannot be used ({reason}); it was not replaced. Replace it only on purpose.</source>
            <translation>shared/coordinator.json in the central folder exists but cannot be used ({reason}); it was not replaced. Replace it only on purpose.</translation>
        </message>
        <message>
            <source>This PC signs as {coordinator_id} with key {key_id}, but shared/coordinator.json names {registered_id} with key {registered_key_id}; only the coordinator publishes shared items.</source>
            <translation>This PC signs as {coordinator_id} with key {key_id}, but shared/coordinator.json names {registered_id} with key {registered_key_id}; only the coordinator publishes shared items.</translation>
        </message>
        <message>
            <source>The shared item is {size} bytes as item.json; at most {limit} bytes can be published.</source>
            <translation>The shared item is {size} bytes as item.json; at most {limit} bytes can be published.</translation>
        </message>
        <message>
            <source>Revision {revision} of {kind}/{item_id} already exists in the central folder with different or damaged content; it was not replaced.</source>
            <translation>Revision {revision} of {kind}/{item_id} already exists in the central folder with different or damaged content; it was not replaced.</translation>
        </message>
        <message>
            <source>Revision {revision} of {kind}/{item_id} is already in the central folder but not complete yet; publishing will be retried.</source>
            <translation>Revision {revision} of {kind}/{item_id} is already in the central folder but not complete yet; publishing will be retried.</translation>
        </message>
        <message>
            <source>Another program (often an antivirus or a search indexer) kept a file open in {path}; revision {revision} of {kind}/{item_id} will be published at the next sync.</source>
            <translation>Another program (often an antivirus or a search indexer) kept a file open in {path}; revision {revision} of {kind}/{item_id} will be published at the next sync.</translation>
        </message>
        <message>
            <source>{path} is valid (coordinator {coordinator_id}, sequence {sequence}).</source>
            <translation>{path} is valid (coordinator {coordinator_id}, sequence {sequence}).</translation>
        </message>
        <message>
            <source>The manifest of {path} does not list item.json.</source>
            <translation>The manifest of {path} does not list item.json.</translation>
        </message>
        <message>
            <source>item.json in {path} is not a JSON object.</source>
            <translation>item.json in {path} is not a JSON object.</translation>
        </message>
        <message>
            <source>{path} is signed by {coordinator_id}, which is not the coordinator ({expected}).</source>
            <translation>{path} is signed by {coordinator_id}, which is not the coordinator ({expected}).</translation>
        </message>
        <message>
            <source>{path} names key {key_id}, but the coordinator's key is {known_key_id}.</source>
            <translation>{path} names key {key_id}, but the coordinator's key is {known_key_id}.</translation>
        </message>
        <message>
            <source>{path} is not trusted: the coordinator's key in shared/coordinator.json is not the pinned one.</source>
            <translation>{path} is not trusted: the coordinator's key in shared/coordinator.json is not the pinned one.</translation>
        </message>
        <message>
            <source>{path} cannot be checked: there is no usable shared/coordinator.json to take the coordinator's key from.</source>
            <translation>{path} cannot be checked: there is no usable shared/coordinator.json to take the coordinator's key from.</translation>
        </message>
        <message>
            <source>{path} is not a kind of shared item ({kinds}); it is ignored.</source>
            <translation>{path} is not a kind of shared item ({kinds}); it is ignored.</translation>
        </message>
        <message>
            <source>The coordinator {name} ({coordinator_id}, key {key_id}) is not pinned yet: shared items were checked against shared/coordinator.json itself. Pin this key to notice any change.</source>
            <translation>The coordinator {name} ({coordinator_id}, key {key_id}) is not pinned yet: shared items were checked against shared/coordinator.json itself. Pin this key to notice any change.</translation>
        </message>
        <message>
            <source>The coordinator's key has changed: shared/coordinator.json names {coordinator_id} with key {key_id}, but the pinned coordinator is {pinned_id} with key {pinned_key_id}. Nothing in shared/ is trusted until you confirm the new key with Diskominfo and pin it.</source>
            <translation>The coordinator's key has changed: shared/coordinator.json names {coordinator_id} with key {key_id}, but the pinned coordinator is {pinned_id} with key {pinned_key_id}. Nothing in shared/ is trusted until you confirm the new key with Diskominfo and pin it.</translation>
        </message>
        <message>
            <source>shared/coordinator.json is not in the central folder: the coordinator has not set up shared items yet, or the file has not arrived.</source>
            <translation>shared/coordinator.json is not in the central folder: the coordinator has not set up shared items yet, or the file has not arrived.</translation>
        </message>
        <message>
            <source>shared/coordinator.json is not a plain file (it is a link, a folder or a special file); it was not read.</source>
            <translation>shared/coordinator.json is not a plain file (it is a link, a folder or a special file); it was not read.</translation>
        </message>
        <message>
            <source>Shared items were checked against the pinned coordinator key {pinned_key_id}.</source>
            <translation>Shared items were checked against the pinned coordinator key {pinned_key_id}.</translation>
        </message>
        <message>
            <source>The trust file {path} cannot be used: {reason}. Export it again with 'medsos devices export'.</source>
            <translation>The trust file {path} cannot be used: {reason}. Export it again with 'medsos devices export'.</translation>
        </message>
        <message>
            <source>The trust file {path} cannot be read ({reason}).</source>
            <translation>The trust file {path} cannot be read ({reason}).</translation>
        </message>
        <message>
            <source>The trust file {path} is {size} bytes; at most {limit} bytes are read.</source>
            <translation>The trust file {path} is {size} bytes; at most {limit} bytes are read.</translation>
        </message>
        <message>
            <source>{file} in {path}: the key in “{field}” is not a valid public key.</source>
            <translation>{file} in {path}: the key in “{field}” is not a valid public key.</translation>
        </message>
        <message>
            <source>{path}: the approval it carries cannot be trusted: its proof is incomplete or malformed.</source>
            <translation>{path}: the approval it carries cannot be trusted: its proof is incomplete or malformed.</translation>
        </message>
        <message>
            <source>{path}: the approval it carries cannot be trusted: a reviewer's registration is not signed by a known device of the agency.</source>
            <translation>{path}: the approval it carries cannot be trusted: a reviewer's registration is not signed by a known device of the agency.</translation>
        </message>
        <message>
            <source>{path}: the approval it carries cannot be trusted: a decision is not signed by the key the agency registered for its reviewer.</source>
            <translation>{path}: the approval it carries cannot be trusted: a decision is not signed by the key the agency registered for its reviewer.</translation>
        </message>
        <message>
            <source>{path}: the approval it carries cannot be trusted: a decision was made on other content (another post, version or text).</source>
            <translation>{path}: the approval it carries cannot be trusted: a decision was made on other content (another post, version or text).</translation>
        </message>
        <message>
            <source>{path}: the approval it carries cannot be trusted: the decisions do not complete every step of the agency's approval chain.</source>
            <translation>{path}: the approval it carries cannot be trusted: the decisions do not complete every step of the agency's approval chain.</translation>
        </message>
        <message>
            <source>{path}: the approval it carries cannot be trusted: the WhatsApp screenshot it names is not among the revision's files.</source>
            <translation>{path}: the approval it carries cannot be trusted: the WhatsApp screenshot it names is not among the revision's files.</translation>
        </message>
        <message>
            <source>{path}: the approval it carries cannot be trusted: it names a kind of approval this version does not know.</source>
            <translation>{path}: the approval it carries cannot be trusted: it names a kind of approval this version does not know.</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message>
            <source>Sample workspace</source>
            <translation>Sample workspace</translation>
        </message>
        <message>
            <source>This is the sample workspace: its posts belong to a sample agency and are never sent to Diskominfo's central folder.

Fill in your agency's profile to start your own workspace; your own approved posts are then sent, signed in your agency's name.</source>
            <translation>This is the sample workspace: its posts belong to a sample agency and are never sent to Diskominfo's central folder.

Fill in your agency's profile to start your own workspace; your own approved posts are then sent, signed in your agency's name.</translation>
        </message>
        <message>
            <source>Fill in agency profile…</source>
            <translation>Fill in agency profile…</translation>
        </message>
        <message>
            <source>Choose the central folder from Diskominfo</source>
            <translation>Choose the central folder from Diskominfo</translation>
        </message>
        <message>
            <source>Sending to the central folder…</source>
            <translation>Sending to the central folder…</translation>
        </message>
        <message>
            <source>Central folder: not reached; trying again later.</source>
            <translation>Central folder: not reached; trying again later.</translation>
        </message>
        <message>
            <source>Diskominfo's key has changed: nothing new accepted.</source>
            <translation>Diskominfo's key has changed: nothing new accepted.</translation>
        </message>
        <message>
            <source>Diskominfo's key has changed</source>
            <translation>Diskominfo's key has changed</translation>
        </message>
        <message>
            <source>{count} new or updated items from Diskominfo.</source>
            <translation>{count} new or updated items from Diskominfo.</translation>
        </message>
        <message>
            <source>Central folder: {count} waiting. Send them with “Send to central folder”: the device key needs its passphrase.</source>
            <translation>Central folder: {count} waiting. Send them with “Send to central folder”: the device key needs its passphrase.</translation>
        </message>
        <message>
            <source>Central folder: {count} waiting. Send them once with “Send to central folder” to set up this PC's key.</source>
            <translation>Central folder: {count} waiting. Send them once with “Send to central folder” to set up this PC's key.</translation>
        </message>
        <message>
            <source>Central folder: {count} waiting, next try at {time}.</source>
            <translation>Central folder: {count} waiting, next try at {time}.</translation>
        </message>
        <message>
            <source>Central folder: {count} need attention.</source>
            <translation>Central folder: {count} need attention.</translation>
        </message>
        <message>
            <source>Central folder: everything sent.</source>
            <translation>Central folder: everything sent.</translation>
        </message>
        <message>
            <source>{sent} approved posts sent to the central folder.</source>
            <translation>{sent} approved posts sent to the central folder.</translation>
        </message>
        <message>
            <source>{sent} sent, {waiting} waiting, {failed} need attention.</source>
            <translation>{sent} sent, {waiting} waiting, {failed} need attention.</translation>
        </message>
        <message>
            <source>Not everything was sent</source>
            <translation>Not everything was sent</translation>
        </message>
    </context>
    <context>
        <name>TemplateActions</name>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (copy)</translation>
        </message>
        <message>
            <source>Export infographic template</source>
            <translation>Export infographic template</translation>
        </message>
        <message>
            <source>Medsos Desktop templates</source>
            <translation>Medsos Desktop templates</translation>
        </message>
        <message>
            <source>Template saved to {path}.</source>
            <translation>Template saved to {path}.</translation>
        </message>
        <message>
            <source>Import infographic template</source>
            <translation>Import infographic template</translation>
        </message>
        <message>
            <source>Delete template</source>
            <translation>Delete template</translation>
        </message>
        <message>
            <source>Delete this own template? Posts keep the images already exported.</source>
            <translation>Delete this own template? Posts keep the images already exported.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>Background</source>
            <translation>Background</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Shape</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <source>Big number</source>
            <translation>Big number</translation>
        </message>
        <message>
            <source>QR code</source>
            <translation>QR code</translation>
        </message>
        <message>
            <source>Footer</source>
            <translation>Footer</translation>
        </message>
        <message>
            <source>Watermark</source>
            <translation>Watermark</translation>
        </message>
        <message>
            <source>agency name</source>
            <translation>agency name</translation>
        </message>
        <message>
            <source>local government name</source>
            <translation>local government name</translation>
        </message>
        <message>
            <source>footer text</source>
            <translation>footer text</translation>
        </message>
        <message>
            <source>agency</source>
            <translation>agency</translation>
        </message>
        <message>
            <source>local government</source>
            <translation>local government</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditorDialog</name>
        <message>
            <source>Edit infographic template</source>
            <translation>Edit infographic template</translation>
        </message>
        <message>
            <source>Default texts</source>
            <translation>Default texts</translation>
        </message>
        <message>
            <source>Parts and colours</source>
            <translation>Parts and colours</translation>
        </message>
        <message>
            <source>Slide {number}</source>
            <translation>Slide {number}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Save template</source>
            <translation>Save template</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <source>Infographic templates</source>
            <translation>Infographic templates</translation>
        </message>
        <message>
            <source>Shown in your agency's colours, fonts and logos. Double-click a template to use it.</source>
            <translation>Shown in your agency's colours, fonts and logos. Double-click a template to use it.</translation>
        </message>
        <message>
            <source>Use this template</source>
            <translation>Use this template</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>TemplateManagerDialog</name>
        <message>
            <source>Caption templates</source>
            <translation>Caption templates</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Write placeholders in curly braces, e.g. {kegiatan}, {tanggal}, {lokasi}. Use {{ and }} for a literal brace.</source>
            <translation>Write placeholders in curly braces, e.g. {kegiatan}, {tanggal}, {lokasi}. Use {{ and }} for a literal brace.</translation>
        </message>
        <message>
            <source>Save template</source>
            <translation>Save template</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Built-in template: duplicate it to make your own version.</source>
            <translation>Built-in template: duplicate it to make your own version.</translation>
        </message>
        <message>
            <source>No problems in this template.</source>
            <translation>No problems in this template.</translation>
        </message>
        <message>
            <source>New template</source>
            <translation>New template</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (copy)</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Delete template</source>
            <translation>Delete template</translation>
        </message>
        <message>
            <source>Delete the caption template “{name}”? Posts written from it keep their text.</source>
            <translation>Delete the caption template “{name}”? Posts written from it keep their text.</translation>
        </message>
    </context>
    <context>
        <name>TemplatePackage</name>
        <message>
            <source>{name} cannot be read: {reason}</source>
            <translation>{name} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>{name} is empty; it is not a template package.</source>
            <translation>{name} is empty; it is not a template package.</translation>
        </message>
        <message>
            <source>{name} is {size_kb} KB; template packages up to {limit_kb} KB can be imported.</source>
            <translation>{name} is {size_kb} KB; template packages up to {limit_kb} KB can be imported.</translation>
        </message>
        <message>
            <source>{name} is not a template package exported from Medsos Desktop, or it is damaged (it may not have finished copying). Export the template again and retry.</source>
            <translation>{name} is not a template package exported from Medsos Desktop, or it is damaged (it may not have finished copying). Export the template again and retry.</translation>
        </message>
        <message>
            <source>{name} is damaged: {member} inside it cannot be read. Export the template again and retry.</source>
            <translation>{name} is damaged: {member} inside it cannot be read. Export the template again and retry.</translation>
        </message>
        <message>
            <source>{name} holds {count} files; a template package holds at most {max}.</source>
            <translation>{name} holds {count} files; a template package holds at most {max}.</translation>
        </message>
        <message>
            <source>{name}: {member} is larger than {limit_kb} KB unpacked, which no template needs.</source>
            <translation>{name}: {member} is larger than {limit_kb} KB unpacked, which no template needs.</translation>
        </message>
        <message>
            <source>{name} unpacks to {size_kb} KB; a template package may unpack to at most {limit_kb} KB.</source>
            <translation>{name} unpacks to {size_kb} KB; a template package may unpack to at most {limit_kb} KB.</translation>
        </message>
        <message>
            <source>{name} contains a file named {member}, which could point outside its folder (absolute paths, .., backslashes, drive letters and control characters are refused).</source>
            <translation>{name} contains a file named {member}, which could point outside its folder (absolute paths, .., backslashes, drive letters and control characters are refused).</translation>
        </message>
        <message>
            <source>{name} contains {member}, a link or special file; template packages hold only ordinary files.</source>
            <translation>{name} contains {member}, a link or special file; template packages hold only ordinary files.</translation>
        </message>
        <message>
            <source>{name} contains two files named {member}, so it was refused.</source>
            <translation>{name} contains two files named {member}, so it was refused.</translation>
        </message>
        <message>
            <source>{name}: {member} is password-protected; template packages are never encrypted.</source>
            <translation>{name}: {member} is password-protected; template packages are never encrypted.</translation>
        </message>
        <message>
            <source>{name}: {member} is compressed with a method Medsos Desktop does not read. Make the zip again with ordinary compression.</source>
            <translation>{name}: {member} is compressed with a method Medsos Desktop does not read. Make the zip again with ordinary compression.</translation>
        </message>
        <message>
            <source>{name} is not a Medsos Desktop template package: {member} is missing from its top level.</source>
            <translation>{name} is not a Medsos Desktop template package: {member} is missing from its top level.</translation>
        </message>
        <message>
            <source>{name}: {member} is damaged (it must be a JSON object with format and version).</source>
            <translation>{name}: {member} is damaged (it must be a JSON object with format and version).</translation>
        </message>
        <message>
            <source>{name} is not a Medsos Desktop template package: its {member} describes a {format} file.</source>
            <translation>{name} is not a Medsos Desktop template package: its {member} describes a {format} file.</translation>
        </message>
        <message>
            <source>{name} was made by a newer Medsos Desktop (package version {found}; this version reads up to {supported}). Update the app to import it.</source>
            <translation>{name} was made by a newer Medsos Desktop (package version {found}; this version reads up to {supported}). Update the app to import it.</translation>
        </message>
        <message>
            <source>{name}: the template inside is not valid: {reason}</source>
            <translation>{name}: the template inside is not valid: {reason}</translation>
        </message>
        <message>
            <source>The template {name} cannot be exported: {reason}</source>
            <translation>The template {name} cannot be exported: {reason}</translation>
        </message>
    </context>
    <context>
        <name>TemplatePickerDialog</name>
        <message>
            <source>Start from a caption template</source>
            <translation>Start from a caption template</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Fill in the blanks:</source>
            <translation>Fill in the blanks:</translation>
        </message>
        <message>
            <source>Result:</source>
            <translation>Result:</translation>
        </message>
        <message>
            <source>Use this caption</source>
            <translation>Use this caption</translation>
        </message>
    </context>
    <context>
        <name>TemplateSpec</name>
        <message>
            <source>{path}: must be an object</source>
            <translation>{path}: must be an object</translation>
        </message>
        <message>
            <source>{path}: must be a list</source>
            <translation>{path}: must be a list</translation>
        </message>
        <message>
            <source>{path}: must be a number between {min} and {max}</source>
            <translation>{path}: must be a number between {min} and {max}</translation>
        </message>
        <message>
            <source>{path}: must be a whole number between {min} and {max}</source>
            <translation>{path}: must be a whole number between {min} and {max}</translation>
        </message>
        <message>
            <source>{path}: must be true or false</source>
            <translation>{path}: must be true or false</translation>
        </message>
        <message>
            <source>{path}: must be text of at most {max} characters</source>
            <translation>{path}: must be text of at most {max} characters</translation>
        </message>
        <message>
            <source>{path}: must not be empty</source>
            <translation>{path}: must not be empty</translation>
        </message>
        <message>
            <source>{path}: {value} is not allowed; use {expected}</source>
            <translation>{path}: {value} is not allowed; use {expected}</translation>
        </message>
        <message>
            <source>{path}: must be one of {choices}</source>
            <translation>{path}: must be one of {choices}</translation>
        </message>
        <message>
            <source>{path}: must be a colour as #RRGGBB, a palette role ({roles}) or on:&lt;role&gt;</source>
            <translation>{path}: must be a colour as #RRGGBB, a palette role ({roles}) or on:&lt;role&gt;</translation>
        </message>
        <message>
            <source>{path}: unknown key</source>
            <translation>{path}: unknown key</translation>
        </message>
        <message>
            <source>{path}: required key is missing</source>
            <translation>{path}: required key is missing</translation>
        </message>
        <message>
            <source>{path}: unknown element type {value}; use one of {choices}</source>
            <translation>{path}: unknown element type {value}; use one of {choices}</translation>
        </message>
        <message>
            <source>{path}: at most {max} items are allowed</source>
            <translation>{path}: at most {max} items are allowed</translation>
        </message>
        <message>
            <source>{path}: needs at least {min} item(s)</source>
            <translation>{path}: needs at least {min} item(s)</translation>
        </message>
        <message>
            <source>{path}: this template needs a newer Medsos Desktop (spec version {found}; this version reads up to {supported})</source>
            <translation>{path}: this template needs a newer Medsos Desktop (spec version {found}; this version reads up to {supported})</translation>
        </message>
        <message>
            <source>template: not valid JSON (line {line}, column {column}): {reason}</source>
            <translation>template: not valid JSON (line {line}, column {column}): {reason}</translation>
        </message>
        <message>
            <source>template: the file is {size_kb} KB; templates up to {limit_kb} KB are accepted</source>
            <translation>template: the file is {size_kb} KB; templates up to {limit_kb} KB are accepted</translation>
        </message>
        <message>
            <source>template: nested more than {max} levels deep, which no template needs</source>
            <translation>template: nested more than {max} levels deep, which no template needs</translation>
        </message>
        <message>
            <source>template: {value} is not a number a template may use</source>
            <translation>template: {value} is not a number a template may use</translation>
        </message>
        <message>
            <source>template: the file is not UTF-8 text</source>
            <translation>template: the file is not UTF-8 text</translation>
        </message>
        <message>
            <source>{path}: no field named {value} is declared in fields</source>
            <translation>{path}: no field named {value} is declared in fields</translation>
        </message>
        <message>
            <source>{path}: field {value} is a {kind} field; this element needs one of {kinds}</source>
            <translation>{path}: field {value} is a {kind} field; this element needs one of {kinds}</translation>
        </message>
        <message>
            <source>{path}: the name {value} is used twice</source>
            <translation>{path}: the name {value} is used twice</translation>
        </message>
        <message>
            <source>{path}: the box must lie inside the canvas (x + w and y + h at most 1)</source>
            <translation>{path}: the box must lie inside the canvas (x + w and y + h at most 1)</translation>
        </message>
        <message>
            <source>{path}: must not be larger than {other}</source>
            <translation>{path}: must not be larger than {other}</translation>
        </message>
        <message>
            <source>{path}: set either {first} or {second}, not both</source>
            <translation>{path}: set either {first} or {second}, not both</translation>
        </message>
        <message>
            <source>{path}: no element with id {value} comes before this one on the slide</source>
            <translation>{path}: no element with id {value} comes before this one on the slide</translation>
        </message>
        <message>
            <source>{path}: set {first} or {second}</source>
            <translation>{path}: set {first} or {second}</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>The template has {count} error(s) listed below; fix them before saving.</source>
            <translation>The template has {count} error(s) listed below; fix them before saving.</translation>
        </message>
        <message>
            <source>Built-in templates cannot be changed; duplicate it and edit the copy.</source>
            <translation>Built-in templates cannot be changed; duplicate it and edit the copy.</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (copy)</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>Trash</source>
            <translation>Trash</translation>
        </message>
        <message>
            <source>Deleted posts stay here for {days} days. Restore one to put it back in the list as it was, with its history; after {days} days it is deleted for good.</source>
            <translation>Deleted posts stay here for {days} days. Restore one to put it back in the list as it was, with its history; after {days} days it is deleted for good.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Deleted on</source>
            <translation>Deleted on</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>The trash is empty.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Delete for good…</source>
            <translation>Delete for good…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(untitled)</translation>
        </message>
        <message>
            <source>Delete for good</source>
            <translation>Delete for good</translation>
        </message>
        <message>
            <source>Delete “{title}” for good? It cannot be restored afterwards.</source>
            <translation>Delete “{title}” for good? It cannot be restored afterwards.</translation>
        </message>
        <message>
            <source>The trash could not be changed: {error}</source>
            <translation>The trash could not be changed: {error}</translation>
        </message>
    </context>
    <context>
        <name>UiContext</name>
        <message>
            <source>Medsos Desktop</source>
            <translation>Medsos Desktop</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>The data folder {path} cannot be created ({reason}). Choose another folder with --data-dir or check the permissions.</source>
            <translation>The data folder {path} cannot be created ({reason}). Choose another folder with --data-dir or check the permissions.</translation>
        </message>
        <message>
            <source>The data folder {path} is read-only. Medsos Desktop needs to save your drafts there; choose a folder you can write to.</source>
            <translation>The data folder {path} is read-only. Medsos Desktop needs to save your drafts there; choose a folder you can write to.</translation>
        </message>
        <message>
            <source>The disk holding {path} is full. Free some space, then open Medsos Desktop again; nothing stored has been changed.</source>
            <translation>The disk holding {path} is full. Free some space, then open Medsos Desktop again; nothing stored has been changed.</translation>
        </message>
        <message>
            <source>The data folder {path} is on a network share. The local database must stay on this computer's own disk (the central shared folder is set separately); choose a local folder.</source>
            <translation>The data folder {path} is on a network share. The local database must stay on this computer's own disk (the central shared folder is set separately); choose a local folder.</translation>
        </message>
        <message>
            <source>There is no Medsos Desktop data in {path} yet. Check the folder given with --data-dir, or open Medsos Desktop once to start working there.</source>
            <translation>There is no Medsos Desktop data in {path} yet. Check the folder given with --data-dir, or open Medsos Desktop once to start working there.</translation>
        </message>
        <message>
            <source>The data in {path} was saved by an older version of Medsos Desktop and is upgraded the next time the app opens it. Open Medsos Desktop once, then try again.</source>
            <translation>The data in {path} was saved by an older version of Medsos Desktop and is upgraded the next time the app opens it. Open Medsos Desktop once, then try again.</translation>
        </message>
        <message>
            <source>Medsos Desktop is already open with the data folder {path}. Switch to that window; two copies on one folder could overwrite each other's work.</source>
            <translation>Medsos Desktop is already open with the data folder {path}. Switch to that window; two copies on one folder could overwrite each other's work.</translation>
        </message>
    </context>
    <context>
        <name>_ImageCard</name>
        <message>
            <source>Image {index}</source>
            <translation>Image {index}</translation>
        </message>
        <message>
            <source>{index}. {alt}</source>
            <translation>{index}. {alt}</translation>
        </message>
        <message>
            <source>{index}. No alt text</source>
            <translation>{index}. No alt text</translation>
        </message>
    </context>
    <context>
        <name>_Legend</name>
        <message>
            <source>Too many posts (more than {count} a day)</source>
            <translation>Too many posts (more than {count} a day)</translation>
        </message>
        <message>
            <source>Weekday without a post</source>
            <translation>Weekday without a post</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Holiday, joint leave</source>
            <translation>Holiday, joint leave</translation>
        </message>
        <message>
            <source>Commemoration</source>
            <translation>Commemoration</translation>
        </message>
        <message>
            <source>Weekly theme</source>
            <translation>Weekly theme</translation>
        </message>
    </context>
</TS>