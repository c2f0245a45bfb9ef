# Seguridad. Flujo: flows/safety.yaml
# El bot NO recoge reportes de malos clientes. Solo manda a grupos de pares.

safety-menu =
    Consejos de seguridad de grupos dirigidos por trabajadoras sexuales.
    La violencia nunca es tu culpa. Elige un tema:
safety-tips-btn = Consejos para tu seguridad
safety-after-btn = 🚨 Después de un robo o agresión
safety-bad-date-btn = Listas de malos clientes

safety-tips =
    Consejos para planear tu seguridad:
    • Confía en tu instinto. La violencia nunca es tu culpa, aunque no hayas seguido un consejo.
    • Usa un número aparte para el trabajo: un segundo número de teléfono o una app.
    • Llamada de seguridad (safe call): dile a una persona de confianza dónde es la cita, y avísale antes y después.
    • Filtrar clientes (screening): guarda el número del cliente y búscalo en las listas de malos clientes.
    • Acuerda primero el precio y los servicios, y cobra por adelantado.

safety-tips-2 =
    Más consejos:
    • Fíjate dónde están las salidas, y no dejes que el cliente las bloquee.
    • Ten un contacto en marcación rápida y un silbato o una alarma cerca de ti.
    • Evita usar collares o bufandas mientras trabajas.
    • Manda por mensaje la placa del auto del cliente a una persona de confianza.
    • Trabaja con amigas cuando puedas (mira "Lo que es legal para ti" abajo).

safety-after =
    Después de un robo o una agresión:
    • Primero, ve a un lugar seguro. Después, llama a { $org }.
    • La atención médica es aparte de la policía. Puedes recibir atención sin denunciar.
    • Después de una agresión sexual: Women's College Hospital, 24/7: 416-323-6040. La PEP (para prevenir el VIH) tiene que empezar dentro de 72 horas.
    • No hay un plazo límite para denunciar un delito sexual (sexual offence) a la policía. Puedes decidir después.
    • Antes de ir a la policía, habla con { $org } o con un abogado (mira Más).

    Si estás en peligro ahora, llama al 911. Ten en cuenta: el contacto con la policía puede hacer que intervenga la CBSA (inmigración).
    • { $org }: { $hotline }
    • Legal Aid Ontario: 416-979-1446 o 1-800-668-8258

safety-after-2 =
    ¿Estás pensando en ir a la policía?
    • La policía de Toronto dice que las trabajadoras que denuncian que les hicieron daño en el trabajo no serán arrestadas, y que denunciar no afectará su estatus. También dice que en algunos casos los agentes pueden preguntar por el estatus.
    • Pero algunas personas miembros de { $org } han sido arrestadas o deportadas después de tener contacto con la policía. Un informe de 2015 encontró que la policía de Toronto contactó a la CBSA miles de veces.
    • La decisión es tuya. Habla primero con { $org } o con un abogado.

    También puedes avisar a otras trabajadoras con una lista de malos clientes (mira Seguridad).

safety-bad-date =
    Listas de malos clientes:
    Un "mal cliente" (bad date) es alguien que es grosero, roba, no quiere pagar, te amenaza o es violento. Los grupos de pares tienen listas para que las trabajadoras se avisen entre ellas.

    Este bot no recoge reportes. Por favor, no mandes detalles aquí.

    Dónde compartir o revisar un aviso:
    • Montreal: la lista de malos clientes de Stella. chezstella.org
    • Vancouver: SWAN, por teléfono o mensaje. swanvancouver.ca
    • Columbia Británica: BC BDAR, un sistema de reportes de malos clientes en toda la provincia. bcbdar.org
    • Toronto: pregunta a { $org }: { $hotline }

safety-bad-date-2 =
    Qué anotar para un reporte:
    • Fecha, hora y lugar
    • Cómo eran la persona y el auto
    • Placa del auto
    • Número de teléfono
    • Qué pasó
