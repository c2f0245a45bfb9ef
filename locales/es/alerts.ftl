# Alertas de seguridad (flows/alerts.yaml, docs/alerts.md): la pantalla de suscripción, STOP / START y el mensaje de alerta.
# Variables de todos los mensajes: { $org } { $hotline } { $email } { $website }

## La pantalla de alertas

alerts-btn = 🔔 Alertas de seguridad
alerts-intro =
    🔔 Alertas de seguridad de { $org }: avisos breves sobre malos clientes, operativos de la policía o de la CBSA, riesgos para la salud y estafas, solo para las regiones que elijas. Vienen de reportes de personas que hacen este trabajo; el equipo de apoyo de pares revisa cada alerta y quita todo lo que pueda identificar a alguien.

    Elige tus regiones (cada una que elijas lleva un ✓) y toca Suscribirme. Puedes dejar de recibirlas cuando quieras enviando STOP o PARAR.
alerts-status-on =
    🔔 Recibes alertas de seguridad para las regiones marcadas con ✓ abajo.

    Cambia las regiones y toca Guardar, o deja de recibir alertas. También puedes enviar STOP o PARAR cuando quieras.
alerts-subscribe-btn = ✅ Suscribirme
alerts-save-btn = 💾 Guardar cambios
alerts-stop-btn = 🔕 Dejar de recibir alertas
alerts-pick-one = Primero elige al menos una región.
alerts-subscribed = ✅ Listo: recibirás alertas de seguridad.
alerts-saved = ✅ Tus regiones están guardadas.
alerts-unsubscribed = 🔕 Las alertas de seguridad están desactivadas. No recibirás más alertas.

## STOP y START, en cualquier momento

alerts-stopped = 🔕 Las alertas de seguridad están desactivadas. No recibirás más alertas. Para volver a recibirlas en las mismas regiones, envía START o EMPEZAR.
alerts-not-subscribed = No tienes suscripción a las alertas de seguridad, así que no hay nada que detener. Para suscribirte, abre 🛡️ Seguridad y luego 🔔 Alertas de seguridad.
alerts-resumed = 🔔 Las alertas de seguridad están activas de nuevo para: { $regions }. Para detenerlas, envía STOP o PARAR.
# Palabras que vuelven a activar las alertas (separadas por comas, en minúsculas). Si no hay nada que reactivar, abren el menú principal.
keywords-start = start, empezar, comenzar, suscribir, suscribirme, reanudar, subscribe, resume

## El mensaje de alerta

alerts-everywhere = todas las regiones
alerts-message-header = ⚠️ Alerta de seguridad · { $category } · { $regions }
alerts-untranslated-note = Esta alerta aún no está traducida al español; aquí va el texto original.
alerts-message-footer = De { $org }. Para dejar de recibir alertas de seguridad, envía STOP o PARAR.
alerts-category-bad-client = Mal cliente
alerts-category-police = Policía o CBSA
alerts-category-health = Salud
alerts-category-scam = Estafa
alerts-category-other = Otro

## Regiones (flows/settings.yaml regions:), 30 caracteres como máximo

region-toronto = Toronto y el GTA
region-ottawa = Ottawa
region-montreal = Montreal
region-vancouver = Vancouver
region-elsewhere = Otro lugar de Canadá
