# Safety alerts (flows/alerts.yaml, docs/alerts.md): the subscription screen,
# STOP / START, and the alert message people receive.
# Variables for every message: { $org } { $hotline } { $email } { $website }

## The alerts screen

alerts-btn = 🔔 Safety alerts
alerts-intro =
    🔔 Safety alerts from { $org }: short warnings about bad clients, police or CBSA activity, health risks and scams in your area. Workers report them; peer supporters check every alert and remove anything that could identify anyone.

    Choose your regions (each one you choose gets a ✓), then Subscribe. You can stop at any time by sending STOP.
alerts-status-on =
    🔔 You get safety alerts for the regions marked ✓ below.

    Change the regions and tap Save, or stop the alerts. You can also send STOP at any time.
alerts-subscribe-btn = ✅ Subscribe
alerts-save-btn = 💾 Save changes
alerts-stop-btn = 🔕 Stop alerts
alerts-pick-one = Please choose at least one region first.
alerts-subscribed = ✅ Done: you will get safety alerts.
alerts-saved = ✅ Your regions are saved.
alerts-unsubscribed = 🔕 Safety alerts are off. You will get no more alerts.

## STOP and START, typed anywhere

alerts-stopped = 🔕 Safety alerts are off. You will get no more alerts. To get them again for the same regions, send START.
alerts-not-subscribed = You are not subscribed to safety alerts, so there is nothing to stop. To subscribe, open 🛡️ Safety, then 🔔 Safety alerts.
alerts-resumed = 🔔 Safety alerts are on again for: { $regions }. To stop them, send STOP.
# Words that turn alerts back on (comma-separated, lower case). With nothing to resume they open the main menu.
keywords-start = start, subscribe, resume

## The alert message

# Used as { $regions } when an alert is for every region.
alerts-everywhere = all regions
alerts-message-header = ⚠️ Safety alert · { $category } · { $regions }
# Shown when staff have not translated the alert into this language; the original text follows.
alerts-untranslated-note = This alert is not yet available in your language; here is the original.
alerts-message-footer = From { $org }. To stop safety alerts, send STOP.
alerts-category-bad-client = Bad client
alerts-category-police = Police or CBSA activity
alerts-category-health = Health
alerts-category-scam = Scam
alerts-category-other = Other

## Regions (flows/settings.yaml `regions:`), 30 characters or fewer

region-toronto = Toronto & GTA
region-ottawa = Ottawa
region-montreal = Montreal
region-vancouver = Vancouver
region-elsewhere = Elsewhere in Canada
