# Salud y servicios comunitarios. Flujo: flows/health.yaml
# Solo números de teléfono confirmados en el content brief. Los números que se dejaron fuera
# están en docs/content-review-notes.md.

health-menu =
    Atención de salud, incluidos servicios que puedes usar sin tarjeta de salud (OHIP) ni papeles.
    Elige un tema:
health-toronto-btn = Toronto
health-vancouver-btn = Vancouver
health-montreal-btn = Montreal
health-pep-btn = 💊 PEP: dentro de 72 horas
health-assault-btn = Atención tras agresión sexual
health-mental-btn = Salud mental
health-harm-btn = Reducción de daños

health-toronto =
    Toronto, sin tarjeta de salud:
    • Hassle Free Clinic: gratis, no se necesita tarjeta de salud, pruebas de VIH anónimas. Parte del personal habla cantonés, mandarín, taiwanés, japonés, francés y español. hasslefreeclinic.org
    • Immigrant Women's Health Centre: gratis, no se necesitan papeles, doctoras mujeres. Chino, vietnamita, tagalo, español, portugués, urdu/hindi e italiano. 416-323-9986
    • Sexual Health Infoline Ontario: gratis y anónima, en varios idiomas. Te puede referir para PrEP y PEP. 416-392-2437 o 1-800-668-2437

health-toronto-2 =
    Más en Toronto:
    • Los Centros de Salud Comunitarios (Community Health Centres) pueden atender a personas sin OHIP. Pide ayuda a { $org } para encontrar uno.
    • HQ Toronto: PrEP y PEP para personas trans y no binarias, y para hombres que tienen sexo con hombres. Las pruebas son gratis. Si no tienes seguro médico, lleva una identificación con foto. hqtoronto.ca
    • Women's College Hospital: atención después de una agresión sexual, 24/7 (mira abajo).

health-vancouver =
    Vancouver y Columbia Británica (BC):
    • BCCDC SmartSexResource: opciones gratis para la mayoría de los servicios de salud sexual, incluso si no tienes estatus. 604-707-5603 o 1-888-488-7444, o llama a HealthLink BC al 811. smartsexresource.com
    • La PrEP es gratis en Columbia Británica para las personas que cumplen los requisitos.
    • SWAN Vancouver: trabajo de calle (outreach) y materiales para sexo más seguro en negocios de masaje. Líneas para llamar o mandar mensajes para ayuda legal y migratoria, intérpretes para citas médicas y reportes de malos clientes (bad date). swanvancouver.ca

health-vancouver-2 =
    La policía en Vancouver:
    • Las guías del Departamento de Policía de Vancouver sobre trabajo sexual (Sex Work Enforcement Guidelines, 2013) dicen que la policía debe poner primero la seguridad de las trabajadoras sexuales.
    • Las quejas sobre la policía van a la Oficina del Comisionado de Quejas contra la Policía (Office of the Police Complaint Commissioner).

health-montreal =
    Montreal:
    • Stella, l'amie de Maimie: dirigido por y para trabajadoras sexuales. Clínica de enfermería y una lista de malos clientes. chezstella.org
    • Médecins du Monde (Médicos del Mundo): una clínica gratuita para personas migrantes con estatus precario. medecinsdumonde.ca

health-pep =
    PEP: un medicamento que puede evitar el VIH después de una posible exposición (por ejemplo, si se rompe el condón).
    • Empieza la PEP dentro de 72 horas. Mientras antes, mejor; lo ideal es dentro de 2 horas.
    • Ontario: Sexual Health Infoline Ontario te puede referir: 416-392-2437 o 1-800-668-2437.
    • Toronto: HQ Toronto, para personas trans y no binarias y hombres que tienen sexo con hombres. hqtoronto.ca
    • Después de una agresión sexual: Women's College Hospital, 24/7: 416-323-6040.
    • Columbia Británica: llama a HealthLink BC al 811.

    La PrEP (se toma antes de la exposición) es gratis en Columbia Británica para quienes cumplen los requisitos. En Ontario puede ser cara; pregunta a la Infoline cómo conseguirla.

health-assault =
    Atención después de una agresión sexual:
    • Women's College Hospital, Sexual Assault/Domestic Violence Care Centre, Toronto: abierto 24/7, sin cita, desde los 16 años, hasta 30 días después. 416-323-6040, 76 Grenville St.
    • La atención médica es aparte de la policía. Puedes recibir atención sin denunciar a la policía.
    • Las pruebas se pueden guardar mientras decides qué hacer.
    • La PEP para prevenir el VIH tiene que empezar dentro de 72 horas.

health-mental =
    Salud mental. No tienes que pasar por esto sin apoyo:
    • { $org } ofrece apoyo emocional: { $hotline }
    • Ontario Mental Health Helpline, 24/7: 1-866-531-2600
    • 988, línea de crisis 24/7: llama al 988
    • Distress Centres (Toronto): 416-408-4357

health-harm =
    Reducción de daños (harm reduction):
    • La naloxona (naloxone) revierte las sobredosis de opioides. Es gratis en las farmacias participantes de Ontario, sin receta y sin tarjeta de salud.

    Si alguien está en peligro ahora, llama al 911. Ten en cuenta: el contacto con la policía puede hacer que intervenga la CBSA (inmigración).
