# Alertes sécurité (flows/alerts.yaml, docs/alerts.md) : l'écran d'abonnement, STOP / START et le message d'alerte reçu.
# Variables utilisables dans chaque message : { $org } { $hotline } { $email } { $website }

## L'écran des alertes

alerts-btn = 🔔 Alertes sécurité
alerts-intro =
    🔔 Les alertes sécurité de { $org } : de courts avertissements sur les mauvais clients, les opérations de la police ou de l'ASFC (CBSA), les risques pour la santé et les arnaques, seulement pour les régions que vous choisissez. Elles viennent de signalements de personnes qui font ce travail ; des personnes paires aidantes vérifient chaque alerte et retirent tout ce qui pourrait permettre d'identifier quelqu'un.

    Choisissez vos régions (chaque région choisie porte un ✓), puis touchez S'abonner. Vous pouvez arrêter à tout moment en envoyant STOP.
alerts-status-on =
    🔔 Vous recevez les alertes sécurité pour les régions marquées ✓ ci-dessous.

    Modifiez les régions puis touchez Enregistrer, ou arrêtez les alertes. Vous pouvez aussi envoyer STOP à tout moment.
alerts-subscribe-btn = ✅ S'abonner
alerts-save-btn = 💾 Enregistrer
alerts-stop-btn = 🔕 Arrêter les alertes
alerts-pick-one = Choisissez d'abord au moins une région.
alerts-subscribed = ✅ C'est fait : vous recevrez les alertes sécurité.
alerts-saved = ✅ Vos régions sont enregistrées.
alerts-unsubscribed = 🔕 Les alertes sécurité sont désactivées. Vous n'en recevrez plus.

## STOP et START, à écrire n'importe où

alerts-stopped = 🔕 Les alertes sécurité sont désactivées. Vous n'en recevrez plus. Pour les recevoir de nouveau pour les mêmes régions, envoyez START.
alerts-not-subscribed = Vous n'êtes pas abonné·e aux alertes sécurité : il n'y a rien à arrêter. Pour vous abonner, ouvrez 🛡️ Sécurité, puis 🔔 Alertes sécurité.
alerts-resumed = 🔔 Les alertes sécurité sont de nouveau activées pour : { $regions }. Pour les arrêter, envoyez STOP.
# Mots qui réactivent les alertes (séparés par des virgules, en minuscules). S'il n'y a rien à réactiver, ils ouvrent le menu principal.
keywords-start = start, commencer, début, debut, reprendre, abonner, s'abonner, subscribe, resume

## Le message d'alerte

alerts-everywhere = toutes les régions
alerts-message-header = ⚠️ Alerte sécurité · { $category } · { $regions }
alerts-untranslated-note = Cette alerte n'est pas encore traduite en français ; voici le texte original.
alerts-message-footer = De la part de { $org }. Pour ne plus recevoir d'alertes sécurité, envoyez STOP.
alerts-category-bad-client = Mauvais client
alerts-category-police = Police ou ASFC (CBSA)
alerts-category-health = Santé
alerts-category-scam = Arnaque
alerts-category-other = Autre

## Régions (flows/settings.yaml regions:), 30 caractères au plus

region-toronto = Toronto et RGT
region-ottawa = Ottawa
region-montreal = Montréal
region-vancouver = Vancouver
region-elsewhere = Ailleurs au Canada
