# Vie privée : supprimer mes données, effacer la conversation, messages éphémères, « ralentissez ».

## L'écran vie privée (Plus → Vie privée)

privacy-btn = 🔒 Vie privée et suppression
privacy-intro =
    Votre vie privée :
    • 🧹 Effacer cette conversation : le bot supprime les messages de cette conversation (ceux des dernières 48 heures).
    • ⏱️ Messages éphémères : chaque message est supprimé quelque temps après son envoi.
    • 🗑️ Supprimer mes données : le bot oublie tout ce qu'il garde sur vous.

    Le bot garde seulement votre langue, l'endroit où vous êtes dans les menus et, chiffré, l'identifiant de cette conversation. Il ne garde jamais ce que vous écrivez à une personne paire aidante.
privacy-clear-btn = 🧹 Effacer la conversation
privacy-disappear-btn = ⏱️ Messages éphémères
privacy-forget-btn = 🗑️ Supprimer mes données
privacy-disappear-status-on = ⏱️ Messages éphémères : activés. Chaque message est supprimé { $after } après son envoi.
privacy-disappear-status-off = ⏱️ Messages éphémères : désactivés.
privacy-disappear-prompt = Supprimer automatiquement chaque message de cette conversation après :
privacy-disappear-off-btn = Désactiver
privacy-after-5m = 5 minutes
privacy-after-1h = 1 heure
privacy-after-24h = 24 heures

## Supprimer mes données (/forget)

privacy-forget-confirm =
    Supprimer toutes vos données ?

    Le bot va vous oublier : votre langue, votre place dans les menus, votre demande de rappel ou votre abonnement aux alertes sécurité, et votre conversation avec une personne paire aidante (elle prendra fin). Il supprime aussi les messages de cette conversation quand c'est possible.

    C'est définitif.
privacy-forget-yes = 🗑️ Oui, tout supprimer
privacy-forget-no = Non, garder
privacy-forget-cancelled = D'accord, rien n'a été supprimé.
privacy-forgotten =
    Vos données ont été supprimées. Le bot ne sait plus qui vous êtes ; si vous écrivez de nouveau, tout recommence à zéro.
    Pour retirer aussi cette conversation de votre téléphone, supprimez-la dans votre application.

## Effacer cette conversation (/clear)

privacy-cleared =
    🧹 Conversation effacée. Le bot ne peut pas supprimer les messages de plus de 48 heures : supprimez la conversation dans Telegram pour tout retirer.
    Envoyez /menu pour recommencer.
privacy-cleared-whatsapp =
    🧹 Le bot a supprimé ses messages dans cette conversation. WhatsApp ne lui permet pas de supprimer les vôtres : ouvrez le menu de cette conversation et choisissez « Effacer la discussion ».
    Envoyez menu pour recommencer.
privacy-clear-unavailable = Cette conversation ne peut pas être effacée d'ici. Supprimez-la plutôt dans votre application.

## Trop de messages

privacy-slow-down = Vous envoyez des messages très vite. Merci d'attendre { $minutes } min : d'ici là, le bot ne lira pas ce que vous envoyez.

## Liste des commandes Telegram (60 caractères au plus)

command-clear = Supprimer cette conversation
