# Privacidad: borrar mis datos, borrar el chat, mensajes temporales, "más despacio".

## La pantalla de privacidad (Más → Privacidad)

privacy-btn = 🔒 Privacidad y borrado
privacy-intro =
    Tu privacidad:
    • 🧹 Borrar este chat: el bot borra los mensajes de este chat (los de las últimas 48 horas).
    • ⏱️ Mensajes temporales: cada mensaje se borra un tiempo después de enviarse.
    • 🗑️ Borrar mis datos: el bot olvida todo lo que guarda sobre ti.

    El bot solo guarda tu idioma, en qué parte de los menús estás y, cifrado, el número de este chat. Nunca guarda lo que le escribes a una persona de apoyo.
privacy-clear-btn = 🧹 Borrar este chat
privacy-disappear-btn = ⏱️ Mensajes temporales
privacy-forget-btn = 🗑️ Borrar mis datos
privacy-disappear-status-on = ⏱️ Mensajes temporales: activados. Cada mensaje se borra { $after } después de enviarse.
privacy-disappear-status-off = ⏱️ Mensajes temporales: desactivados.
privacy-disappear-prompt = Borrar automáticamente cada mensaje de este chat después de:
privacy-disappear-off-btn = Desactivar
privacy-after-5m = 5 minutos
privacy-after-1h = 1 hora
privacy-after-24h = 24 horas

## Borrar mis datos (/forget)

privacy-forget-confirm =
    ¿Borrar todos tus datos?

    El bot te olvidará: tu idioma, tu lugar en los menús, tu pedido de llamada o tu suscripción a las alertas de seguridad, y tu chat con una persona de apoyo (se terminará). También borra los mensajes de este chat cuando puede.

    No se puede deshacer.
privacy-forget-yes = 🗑️ Sí, borrar todo
privacy-forget-no = No, mantener
privacy-forget-cancelled = De acuerdo, no se borró nada.
privacy-forgotten =
    Tus datos fueron borrados. El bot ya no sabe quién eres; si vuelves a escribir, todo empieza de cero.
    Para quitar también este chat de tu teléfono, bórralo en tu aplicación.

## Borrar este chat (/clear)

privacy-cleared =
    🧹 Chat borrado. El bot no puede borrar mensajes de hace más de 48 horas: borra el chat en Telegram para quitarlo todo.
    Envía /menu para empezar de nuevo.
privacy-cleared-whatsapp =
    🧹 El bot borró sus mensajes en este chat. WhatsApp no le permite borrar los tuyos: abre el menú de este chat y elige "Vaciar chat".
    Envía menu para empezar de nuevo.
privacy-clear-unavailable = Este chat no se puede borrar desde aquí. Bórralo en tu aplicación.

## Demasiados mensajes

privacy-slow-down = Estás enviando mensajes muy rápido. Por favor, espera { $minutes } min: hasta entonces, el bot no leerá lo que envíes.

## Lista de comandos de Telegram (60 caracteres o menos)

command-clear = Borrar este chat
