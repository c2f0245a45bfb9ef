# Messages système : choix de la langue, menu principal, aide, navigation, réponses d'erreur,
# mots-clés et descriptions des commandes Telegram.
# Variables pour chaque message : { $org } { $hotline } { $email } { $website }

## Langue

# Le nom de cette langue dans la langue elle-même, affiché au choix de la langue.
language-name = Français
language-prompt = Choisissez votre langue · Choose your language · 请选择语言

## Menu principal

main-menu =
    Information gratuite pour les personnes qui font du travail du sexe ou du massage au Canada, offerte par { $org }, un réseau de soutien dirigé par des pairs.

    Ce bot ne demande jamais votre nom, votre statut d'immigration ni votre lieu de travail.

    Choisissez un sujet :
main-police = 👮 Police et arrestation
main-immigration = 🛂 Immigration et ASFC (CBSA)
main-law = ⚖️ Droit criminel
main-health = 🩺 Santé : sans carte santé
main-safety = 🛡️ Sécurité
main-about = ℹ️ À propos et contact
main-language = 🌐 Langue · Language · 语言

## Aide

help =
    Comment utiliser ce bot :
    • Touchez un bouton pour ouvrir un sujet. Sur WhatsApp, répondez avec le numéro de votre choix.
    • ⬅️ Retour revient à l'écran d'avant. 🏠 Menu principal revient au début.
    • Tapez /menu pour le menu principal, /language pour changer de langue et /help pour revoir cet écran.

    Votre vie privée :
    • Ce bot ne demande jamais votre nom, votre statut d'immigration, votre adresse ni votre lieu de travail. Merci de ne pas les envoyer.
    • Vous pouvez effacer cette conversation de votre téléphone à tout moment.

    Ces informations sont générales. Pour votre situation à vous, parlez à { $org } ou à un avocat.

## Navigation et réponses d'erreur

nav-back = ⬅️ Retour
nav-home = 🏠 Menu principal
more = Suite ➡️
selected-mark = ✓
fallback-not-understood = Désolé, je n'ai pas compris. Utilisez les boutons (sur WhatsApp, répondez avec un numéro) ou tapez /menu pour voir le menu principal.
fallback-unsupported = Désolé, je peux seulement lire du texte et les boutons. Merci de ne pas envoyer de photos ni de documents avec des informations personnelles, comme des pièces d'identité.

# Ajouté sous chaque écran juridique. Utilise exactement { $sources } et { $date }.
legal-footer =
    Information générale, pas un avis juridique. Les lois changent : parlez à un avocat.
    Sources : { $sources }
    Dernière vérification : { $date }

## WhatsApp (réponses par numéro au lieu des boutons)

# Doit contenir les chiffres 0 (Retour) et 9 (Menu principal).
whatsapp-reply-hint = Répondez avec un numéro. 0 Retour · 9 Menu principal
whatsapp-reply-hint-home = Répondez avec un numéro.

## Mots-clés qu'une personne peut taper (séparés par des virgules, en minuscules)

keywords-menu = menu, main menu, main, home, 菜单, 主菜单, menu principal, accueil
keywords-back = back, go back, return, previous, retour, revenir, précédent, precedent
keywords-language = language, languages, lang, english, chinese, 中文, 语言, langue, langues, français, francais, french, changer de langue
keywords-help = help, how, instructions, aide, comment, mode d'emploi
keywords-stop = stop, unsubscribe, arrêter, arreter, arrêt, désabonner, desabonner

## Liste des commandes Telegram (60 caractères ou moins)

command-start = Démarrer et afficher le menu principal
command-menu = Menu principal
command-language = Changer de langue
command-help = Comment utiliser ce bot

## Parler avec une personne paire aidante (transfert vers une personne)

main-handoff = 💬 Parler à une paire aidante
handoff-btn = 💬 Parler à une paire aidante
handoff-intro = Je vous mets en contact avec une personne paire aidante…
handoff-opened =
    Une personne paire aidante de { $org } va vous répondre ici bientôt. Tout ce que vous écrivez maintenant lui est transmis.

    Vous n'avez pas à donner votre nom. Pour terminer cette conversation, envoyez /end.
handoff-queued =
    Votre message arrivera à une personne paire aidante au début du prochain quart de travail. Écrivez ce que vous voulez lui dire; elle vous répondra ici.

    Pour terminer cette conversation, envoyez /end.
handoff-unavailable = Désolé, on ne peut pas joindre les personnes paires aidantes par cette conversation pour le moment. Vous pouvez appeler { $org } : { $hotline }
handoff-off-hours =
    Les personnes paires aidantes ne sont pas en service en ce moment. Leurs heures :
    { $hours }

    Vous pouvez laisser un message qu'elles verront au début du prochain quart, ou appeler { $org } : { $hotline }
handoff-leave-message-btn = ✉️ Laisser un message
handoff-joined = Une personne paire aidante a rejoint la conversation.
handoff-still-waiting =
    Vous êtes toujours dans la file d'attente (numéro { $position }). Une personne paire aidante va vous répondre dès que possible.
    Si vous préférez, appelez { $org } : { $hotline }. Pour terminer cette conversation, envoyez /end.
handoff-confirm-end = Voulez-vous terminer la conversation avec la personne paire aidante?
handoff-end-yes = Oui, terminer la conversation
handoff-end-no = Non, continuer à écrire
handoff-continuing = D'accord, la conversation continue.
handoff-ended = La conversation est terminée. Vous pouvez revenir quand vous voulez.
handoff-no-chat = Vous ne parlez pas avec une personne paire aidante en ce moment, il n'y a donc pas de conversation à terminer.
handoff-closed-by-staff = La personne paire aidante a terminé la conversation. Vous pouvez revenir quand vous voulez.
handoff-menu-paused = Vous parlez avec une personne paire aidante, donc le menu est en pause. Pour terminer la conversation, envoyez /end.
handoff-cannot-relay = Désolé, les autocollants et les localisations ne peuvent pas être transmis. Écrivez plutôt avec des mots. Ne partagez pas votre localisation, sauf si vous le choisissez.

## More menu

main-more = ➕ Plus : à propos, langue
more-menu = Autres options :
more-help = ❓ Comment utiliser ce bot
