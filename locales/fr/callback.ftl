# Demandes de rappel (src/engine/nodes/callback.ts, src/app/callbacks.ts). Libellés de boutons : 32 caractères au plus.

main-callback = 📞 Demander un rappel
handoff-callback-btn = 📞 Plutôt demander un rappel

## Le formulaire, une question à la fois

callback-intro = Une personne paire aidante de { $org } peut vous appeler. Quelques questions courtes, une à la fois. Vous pouvez annuler à tout moment.
callback-ask-phone =
    À quel numéro faut-il vous appeler ? Par exemple : 416 555 0123
    Pour un numéro hors du Canada, commencez par + et l'indicatif du pays, par exemple +33 6 12 34 56 78.
callback-ask-phone-chat = Ou touchez le bouton pour utiliser le numéro de cette conversation WhatsApp : { $number }
callback-use-chat-btn = 📱 Utiliser ce numéro WhatsApp
callback-phone-invalid =
    Désolé, ce numéro ne semble pas utilisable. Écrivez le numéro avec l'indicatif régional, par exemple : 416 555 0123
    Pour un numéro hors du Canada, commencez par + et l'indicatif du pays.
callback-phone-letters = Écrivez le numéro de téléphone avec des chiffres seulement, sans lettres ni mots. Par exemple : 416 555 0123
callback-confirm-phone = Nous appellerons le { $number }. C'est bien ça ?
callback-right-btn = ✅ Oui, c'est ça
callback-change-btn = ✏️ Le modifier
callback-ask-language = Dans quelle langue voulez-vous l'appel ?
callback-ask-when = Quel est le bon moment pour vous appeler ?
callback-when-today-morning = Aujourd'hui, le matin
callback-when-today-afternoon = Aujourd'hui, l'après-midi
callback-when-today-evening = Aujourd'hui, le soir
callback-when-tomorrow-morning = Demain, le matin
callback-when-tomorrow-afternoon = Demain, l'après-midi
callback-when-tomorrow-evening = Demain, le soir
callback-when-any = N'importe quand
callback-ask-voicemail = Si vous ne répondez pas, est-ce sans danger de vous laisser un message vocal ?
callback-ask-org = Est-ce sans danger que la personne qui appelle dise qu'elle vient de { $org } ? Sinon, elle ne dira pas ce nom.
callback-yes = ✅ Oui
callback-no = 🚫 Non
callback-ask-code =
    Vous pouvez choisir un mot de passe. La personne qui appelle le dira en premier, pour que vous sachiez que l'appel vient de nous.
    Écrivez un ou deux mots, ou touchez Passer.
callback-skip-btn = ⏭️ Passer
callback-code-invalid = Écrivez un ou deux mots courts (30 caractères au plus) qui peuvent se dire au téléphone. Un émoji ne se dit pas au téléphone.
callback-confirm-code = Votre mot de passe : { $code }. C'est bien ça ?
callback-code-none = aucun
callback-summary =
    Vérifiez votre demande :
    📞 Numéro : { $number }
    🗣️ Langue : { $language }
    🕒 Moment : { $when }
    📨 Message vocal permis : { $voicemail }
    🏷️ Dire le nom { $org } : { $sayorg }
    🔑 Mot de passe : { $code }
callback-send-btn = ✅ Envoyer ma demande
callback-edit-btn = ✏️ Modifier une réponse
callback-cancel-btn = ✖️ Annuler
callback-edit-which = Quelle réponse voulez-vous modifier ?
callback-field-phone = 📞 Numéro
callback-field-language = 🗣️ Langue
callback-field-when = 🕒 Moment
callback-field-voicemail = 📨 Message vocal
callback-field-org = 🏷️ Dire notre nom
callback-field-code = 🔑 Mot de passe
callback-summary-btn = ↩️ Retour au résumé
callback-cancelled = D'accord, rien n'a été envoyé. Vos réponses ont été effacées.
callback-unavailable = Désolé, les demandes de rappel ne peuvent pas être prises par cette conversation pour le moment. Vous pouvez appeler { $org } : { $hotline }

## Une demande en cours (montrée à la place du formulaire)

callback-pending =
    Vous avez demandé un rappel :
    🕒 { $when }
    📞 Numéro se terminant par { $last }
    État : { $status }
callback-status-open = en attente d'une personne paire aidante
callback-status-claimed = une personne paire aidante va vous appeler
callback-withdraw-btn = ✖️ Annuler ma demande
callback-withdraw-confirm = Voulez-vous annuler votre demande de rappel ?
callback-withdraw-yes = Oui, l'annuler
callback-withdraw-no = Non, la garder
callback-kept = D'accord, votre demande reste en place.

## Messages au sujet d'une demande

callback-sent =
    Merci, votre demande a été envoyée. Une personne paire aidante de { $org } va vous appeler ({ $when }).
    Pour la voir ou l'annuler, choisissez 📞 Demander un rappel dans le menu.
callback-withdrawn = Votre demande de rappel a été annulée et sera effacée.
callback-already-closed = Cette demande est déjà fermée.
callback-done = Votre demande de rappel est terminée. Si vous avez besoin d'autre chose, écrivez ici ou demandez un nouveau rappel.
callback-missed = Une personne paire aidante a essayé de vous appeler, sans réussir à vous joindre. Elle va réessayer. Vous pouvez annuler la demande dans le menu.
callback-cancelled-by-staff = Votre demande de rappel a été fermée par une personne paire aidante. Si vous voulez toujours un appel, vous pouvez le redemander dans le menu, ou appeler { $org } : { $hotline }
