# Mensajes del sistema: selector de idioma, menú principal, ayuda, navegación, respuestas de error,
# palabras clave y descripciones de los comandos de Telegram.
# Variables para todos los mensajes: { $org } { $hotline } { $email } { $website }

## Idioma

# El nombre de este idioma en el propio idioma, que se muestra en el selector de idioma.
language-name = Español
language-prompt = Elige tu idioma · Choose your language · 请选择语言

## Menú principal

main-menu =
    Información gratuita para personas que hacen trabajo sexual o trabajo de masajes en Canadá, de parte de { $org }, una red de apoyo dirigida por pares.

    Este bot nunca te pregunta tu nombre, tu estatus migratorio ni tu lugar de trabajo.

    Elige un tema:
main-police = 👮 Policía y arrestos
main-immigration = 🛂 Inmigración y CBSA
main-law = ⚖️ Derecho penal
main-health = 🩺 Salud: sin tarjeta de salud
main-safety = 🛡️ Seguridad
main-about = ℹ️ Quiénes somos y contacto
main-language = 🌐 Idioma · Language · 语言

## Ayuda

help =
    Cómo usar este bot:
    • Toca un botón para abrir un tema. En WhatsApp, responde con el número de tu opción.
    • ⬅️ Atrás te lleva a la pantalla anterior. 🏠 Menú principal te lleva al inicio.
    • Escribe /menu para el menú principal, /language para cambiar el idioma y /help para ver esta pantalla otra vez.

    Tu privacidad:
    • Este bot nunca te pregunta tu nombre, estatus migratorio, dirección ni lugar de trabajo. Por favor, no los envíes.
    • Puedes borrar este chat de tu teléfono en cualquier momento.

    Esta información es general. Para tu situación, habla con { $org } o con un abogado.

## Navegación y respuestas de error

nav-back = ⬅️ Atrás
nav-home = 🏠 Menú principal
more = Más ➡️
selected-mark = ✓
fallback-not-understood = Perdón, no entendí. Usa los botones (en WhatsApp, responde con un número) o escribe /menu para ver el menú principal.
fallback-unsupported = Perdón, solo puedo leer texto y botones. Por favor, no envíes fotos ni documentos con información personal, como documentos de identidad.

# Se agrega debajo de cada pantalla legal. Usa exactamente { $sources } y { $date }.
legal-footer =
    Información general, no es asesoría legal. Las leyes cambian: habla con un abogado.
    Fuentes: { $sources }
    Última revisión: { $date }

## WhatsApp (respuestas con número en lugar de botones)

# Debe contener los dígitos 0 (Atrás) y 9 (Menú principal).
whatsapp-reply-hint = Responde con un número. 0 Atrás · 9 Menú principal
whatsapp-reply-hint-home = Responde con un número.

## Palabras clave que una persona podría escribir (separadas por comas, en minúsculas)

keywords-menu = menu, main menu, main, home, 菜单, 主菜单, menú, menú principal, menu principal, inicio
keywords-back = back, go back, return, previous, atrás, atras, volver, regresar, anterior
keywords-language = language, languages, lang, english, chinese, 中文, 语言, idioma, idiomas, lengua, español, espanol, spanish, cambiar idioma
keywords-help = help, how, instructions, ayuda, ayúdame, ayudame, cómo, como, instrucciones
keywords-stop = stop, unsubscribe, parar, detener, cancelar, darme de baja, dar de baja

## Lista de comandos de Telegram (60 caracteres o menos)

command-start = Empezar y ver el menú principal
command-menu = Menú principal
command-language = Cambiar el idioma
command-help = Cómo usar este bot

## Hablar con una persona de apoyo entre pares (pasar a una persona)

main-handoff = 💬 Hablar con apoyo de pares
handoff-btn = 💬 Hablar con apoyo de pares
handoff-intro = Te estamos conectando con una persona de apoyo…
handoff-opened =
    Una persona de apoyo de { $org } te va a responder aquí pronto. Todo lo que escribas ahora le llega a esa persona.

    No tienes que dar tu nombre. Para terminar este chat, envía /end.
handoff-queued =
    Tu mensaje le llegará a una persona de apoyo cuando empiece el próximo turno. Escribe lo que quieras que sepa; te responderá aquí.

    Para terminar este chat, envía /end.
handoff-unavailable = Perdón, ahora no se puede contactar a las personas de apoyo por este chat. Puedes llamar a { $org }: { $hotline }
handoff-off-hours =
    Las personas de apoyo no están de turno ahora. Su horario:
    { $hours }

    Puedes dejar un mensaje que verán cuando empiece el próximo turno, o llamar a { $org }: { $hotline }
handoff-leave-message-btn = ✉️ Dejar un mensaje
handoff-joined = Una persona de apoyo se unió al chat.
handoff-still-waiting =
    Sigues en la fila (número { $position }). Una persona de apoyo te responderá lo antes posible.
    Si prefieres, llama a { $org }: { $hotline }. Para terminar este chat, envía /end.
handoff-confirm-end = ¿Quieres terminar el chat con la persona de apoyo?
handoff-end-yes = Sí, terminar el chat
handoff-end-no = No, seguir hablando
handoff-continuing = Está bien, el chat sigue.
handoff-ended = El chat terminó. Puedes volver cuando quieras.
handoff-no-chat = Ahora no estás hablando con una persona de apoyo, así que no hay ningún chat que terminar.
handoff-closed-by-staff = La persona de apoyo terminó el chat. Puedes volver cuando quieras.
handoff-menu-paused = Estás hablando con una persona de apoyo, así que el menú está en pausa. Para terminar el chat, envía /end.
handoff-cannot-relay = Perdón, no se pueden pasar stickers ni ubicaciones. Por favor, escribe con palabras. No compartas tu ubicación a menos que tú lo decidas.

## More menu

main-more = ➕ Más: quiénes somos, idioma
more-menu = Más opciones:
more-help = ❓ Cómo usar este bot
