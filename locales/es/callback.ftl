# Pedidos de llamada (src/engine/nodes/callback.ts, src/app/callbacks.ts). Textos de botones: 32 caracteres como máximo.

main-callback = 📞 Pedir que te llamen
handoff-callback-btn = 📞 Mejor pedir que me llamen

## El formulario, una pregunta a la vez

callback-intro = Una persona de apoyo de { $org } puede llamarte. Son unas pocas preguntas cortas, una a la vez. Puedes cancelar cuando quieras.
callback-ask-phone =
    ¿A qué número te llamamos? Por ejemplo: 416 555 0123
    Si es un número fuera de Canadá, empieza con + y el código del país, por ejemplo +52 55 1234 5678.
callback-ask-phone-chat = O toca el botón para usar el número de este chat de WhatsApp: { $number }
callback-use-chat-btn = 📱 Usar este número de WhatsApp
callback-phone-invalid =
    Perdón, eso no parece un número de teléfono que se pueda usar. Escribe el número con el código de área, por ejemplo: 416 555 0123
    Si es un número fuera de Canadá, empieza con + y el código del país.
callback-phone-letters = Escribe el número de teléfono solo con cifras, sin letras ni palabras. Por ejemplo: 416 555 0123
callback-confirm-phone = Te vamos a llamar al { $number }. ¿Es correcto?
callback-right-btn = ✅ Sí, es correcto
callback-change-btn = ✏️ Cambiarlo
callback-ask-language = ¿En qué idioma quieres la llamada?
callback-ask-when = ¿Cuándo es un buen momento para llamarte?
callback-when-today-morning = Hoy, en la mañana
callback-when-today-afternoon = Hoy, en la tarde
callback-when-today-evening = Hoy, en la noche
callback-when-tomorrow-morning = Mañana, en la mañana
callback-when-tomorrow-afternoon = Mañana, en la tarde
callback-when-tomorrow-evening = Mañana, en la noche
callback-when-any = A cualquier hora
callback-ask-voicemail = Si no contestas, ¿es seguro dejarte un mensaje de voz?
callback-ask-org = ¿Es seguro que la persona que llama diga que es de { $org }? Si no, no dirá ese nombre.
callback-yes = ✅ Sí
callback-no = 🚫 No
callback-ask-code =
    Puedes elegir una palabra clave. La persona que llama la dirá primero, así sabes que la llamada es nuestra.
    Escribe una o dos palabras, o toca Saltar.
callback-skip-btn = ⏭️ Saltar
callback-code-invalid = Escribe una o dos palabras cortas (30 caracteres como máximo) que se puedan decir por teléfono. Los emojis no se pueden decir por teléfono.
callback-confirm-code = Tu palabra clave: { $code }. ¿Es correcta?
callback-code-none = ninguna
callback-summary =
    Revisa tu pedido:
    📞 Número: { $number }
    🗣️ Idioma: { $language }
    🕒 Cuándo: { $when }
    📨 Se puede dejar mensaje de voz: { $voicemail }
    🏷️ Se puede decir { $org }: { $sayorg }
    🔑 Palabra clave: { $code }
callback-send-btn = ✅ Enviar mi pedido
callback-edit-btn = ✏️ Cambiar una respuesta
callback-cancel-btn = ✖️ Cancelar
callback-edit-which = ¿Qué respuesta quieres cambiar?
callback-field-phone = 📞 Número
callback-field-language = 🗣️ Idioma
callback-field-when = 🕒 Cuándo
callback-field-voicemail = 📨 Mensaje de voz
callback-field-org = 🏷️ Decir nuestro nombre
callback-field-code = 🔑 Palabra clave
callback-summary-btn = ↩️ Volver al resumen
callback-cancelled = Listo, no se envió nada. Tus respuestas se borraron.
callback-unavailable = Perdón, ahora no se pueden recibir pedidos de llamada por este chat. Puedes llamar a { $org }: { $hotline }

## Un pedido pendiente (se muestra en lugar del formulario)

callback-pending =
    Pediste que te llamen:
    🕒 { $when }
    📞 Número que termina en { $last }
    Estado: { $status }
callback-status-open = esperando a una persona de apoyo
callback-status-claimed = una persona de apoyo te va a llamar
callback-withdraw-btn = ✖️ Cancelar mi pedido
callback-withdraw-confirm = ¿Quieres cancelar tu pedido de llamada?
callback-withdraw-yes = Sí, cancelarlo
callback-withdraw-no = No, mantenerlo
callback-kept = Listo, tu pedido sigue en pie.

## Mensajes sobre un pedido

callback-sent =
    Gracias, tu pedido fue enviado. Una persona de apoyo de { $org } te va a llamar ({ $when }).
    Para verlo o cancelarlo, elige 📞 Pedir que te llamen en el menú.
callback-withdrawn = Tu pedido de llamada fue cancelado y se va a borrar.
callback-already-closed = Este pedido ya está cerrado.
callback-done = Tu pedido de llamada está completo. Si necesitas algo más, puedes escribir aquí o pedir otra llamada.
callback-missed = Una persona de apoyo trató de llamarte pero no pudo comunicarse. Va a intentarlo de nuevo. Puedes cancelar el pedido desde el menú.
callback-cancelled-by-staff = Una persona de apoyo cerró tu pedido de llamada. Si todavía quieres una llamada, puedes pedirla de nuevo desde el menú, o llamar a { $org }: { $hotline }
