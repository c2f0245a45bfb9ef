# Safety alerts in the staff group (src/app/alert-desk.ts). Required in the default locale only.
# Never put a name, username, phone number or chat id in these.

staff-alert-card =
    ⚠️ Safety alert #{ $id } · { $status }
    Category: { $category }
    Regions: { $regions }
    Written by: { $by }
    Approvals: { $approvals } of { $required }
    Translations: { $translations }
    { $progress }

    { $text }
staff-alert-guide =
    🔒 Keep it sanitised: nothing that could identify the worker who reported it (no name, workplace, exact time, or details only they would know).
    Tap the regions and the category to set them. To add a translation, reply to this card with /tr <language> <text> (languages: { $locales }); people whose language has none get this text with a note.
    It is sent when { $required } different staff members have approved it; the writer may be one of them. Any change clears the approvals.
staff-alert-progress = Recipients: { $queued } · sent { $sent } · failed { $failed } · blocked the bot { $unsubscribed } · waiting { $waiting }
staff-alert-text-cleared = (The text has been deleted from the bot's database.)
staff-alert-status-draft = draft, waiting for approval
staff-alert-status-approved = approved, queued
staff-alert-status-sending = sending
staff-alert-status-done = sent
staff-alert-status-cancelled = cancelled
staff-alert-region-on = ✅ { $region }
staff-alert-region-off = ⬜ { $region }
staff-alert-category-btn = 🏷️ Category: { $category } (tap to change)
staff-alert-approve-btn = 👍 Approve and send ({ $approvals }/{ $required })
staff-alert-cancel-btn = ✖️ Cancel this alert
staff-alert-stop-btn = ⏹️ Stop sending
staff-alert-approved-toast = Approved: sending to { $recipients } subscribers.
staff-alert-counted-toast = Your approval is counted. { $missing } more needed, from another staff member.
staff-alert-already-toast = You have already approved this alert. Another staff member must approve it.
staff-alert-closed-toast = This alert can no longer be changed.
staff-alert-no-region-toast = Choose at least one region first.
staff-alert-cancelled-toast = Cancelled. Nothing more will be sent.
staff-alert-usage = To prepare a safety alert, write /alert followed by its text. Keep it sanitised: nothing that could identify the worker who reported it.
staff-alert-too-long = An alert can have at most { $max } characters; this one has { $length }.
staff-alert-tr-usage = To add a translation, reply to an alert card with /tr <language> <text>. Languages: { $locales }
staff-alert-not-draft = Alert #{ $id } has been approved or cancelled, so it can no longer be changed.
staff-alert-summary = Alert #{ $id } finished: { $sent } sent, { $failed } failed, { $unsubscribed } had blocked the bot (now unsubscribed), of { $queued } recipients. Its text has been deleted from the bot's database.
staff-alert-list =
    Recent safety alerts:
    { $items }
staff-alert-list-item = #{ $id } · { $date } · { $status } · { $category } · { $regions } · { $progress }
staff-alert-list-empty = No safety alerts yet.
