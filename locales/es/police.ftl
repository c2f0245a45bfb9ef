# Contacto con la policía y arrestos. Flujo: flows/police.yaml
# Pantallas legales: el aviso legal, las fuentes y la fecha se agregan automáticamente.

police-menu =
    Contacto con la policía y arrestos.
    La Carta de Derechos (Charter) protege a todas las personas en Canadá. Elige un tema:
police-rights-btn = Tus derechos
police-talk-btn = Qué decir y qué no decir
police-search-btn = Registros, documentos, teléfono
police-door-btn = ¿Quién está en la puerta?
police-arrest-btn = 🚨 Después de un arresto

police-rights =
    Tus derechos frente a la policía (Carta Canadiense de Derechos y Libertades, Canadian Charter of Rights and Freedoms):
    • Tienes derecho a que no te registren sin un motivo razonable, y a que no te quiten tus cosas sin un motivo razonable (unreasonable search or seizure, s. 8).
    • Tienes derecho a que no te detengan de forma arbitraria (arbitrary detention), es decir, sin una razón legal (s. 9).
    • Si te arrestan o te detienen, tienes derecho a que te digan por qué, de inmediato (s. 10(a)).
    • Tienes derecho a un abogado sin demora, y a que te informen de este derecho (s. 10(b)).
    • Puedes decidir no contestar las preguntas de la policía (s. 7). La policía puede seguir preguntando. Tú puedes seguir diciendo que no.

police-rights-2 =
    Cómo conseguir un abogado:
    • La policía tiene el deber de decirte que existen la asistencia legal gratuita (Legal Aid) y los abogados de turno (duty counsel, abogados gratuitos), de dejarte llamar, y de dejar de interrogarte hasta que hayas tenido una oportunidad justa de hablar con un abogado.
    • En Ontario, di: "I want to speak to duty counsel." (Quiero hablar con un abogado de turno.) Entonces la policía llama a la línea Brydges (Brydges line) de Legal Aid Ontario. Responde 24/7, la llamada es gratuita y privada, y no importa cuánto ganas.
    • En un juzgado o en un tribunal administrativo (tribunal), tienes derecho a un intérprete (interpreter) (s. 14).

police-talk =
    Qué decir y qué no decir:
    • Mantén la calma y habla con respeto.
    • Pregunta: "Am I being detained, or am I free to go?" (¿Me están deteniendo o me puedo ir?) Si te puedes ir, puedes irte.
    • Puedes decir: "I want to remain silent. I want to speak to a lawyer." (Quiero guardar silencio. Quiero hablar con un abogado.)
    • Todo lo que digas puede contar como una declaración (statement). Se puede usar en tu contra o en contra de tus compañeras de trabajo o tus clientes, y te pueden obligar a declarar como testigo.
    • No des un nombre falso. Eso te puede traer un cargo por obstrucción (obstruction). En la mayoría de las paradas no tienes que contestar otras preguntas.

police-talk-2 =
    Cuidado con estas preguntas:
    La policía pregunta a menudo si alguien controla tu dinero o contesta tu teléfono. Después de preguntas como estas, algunas personas miembros de { $org } fueron arrestadas o entregadas a la CBSA (inmigración).

    Puedes decir: "I want to remain silent. I want to speak to a lawyer." (Quiero guardar silencio. Quiero hablar con un abogado.)

police-search =
    Registros, documentos y tu teléfono:
    • Puedes decir que no a un registro, y puedes retirar un "sí" después. Un registro que aceptas (consent search) solo es válido si aceptaste libremente y sabías a qué le decías que sí.
    • Si el arresto es legal, la policía puede registrarte para buscar pruebas del delito o por seguridad.
    • En una parada corta para investigar (investigative detention), la policía puede revisarte por encima de la ropa (pat-down) por seguridad.
    • No hay una obligación general de llevar identificación. Tienes que mostrarla en algunas situaciones reguladas, por ejemplo cuando manejas.
    • La policía les ha quitado teléfonos y ahorros a trabajadoras. Una trabajadora perdió 10 000 dólares.

police-door =
    ¿Quién está en la puerta?
    • La policía aplica el Código Penal (Criminal Code) y puede arrestarte. A menudo comparte información con la CBSA: un informe de 2015 encontró que la policía de Toronto contactó a la CBSA más de 3200 veces en ocho meses.
    • Los inspectores municipales (bylaw officers) hacen cumplir las reglas de licencias de la ciudad (por ejemplo, licencias de masaje y de terapias holísticas (holistic)) y pueden poner multas.
    • Los agentes de la CBSA aplican la ley de inmigración. Pueden detener a personas que creen inadmisibles (inadmissible), por ejemplo si piensan que la persona podría no presentarse a una audiencia, o si hay dudas sobre su identidad.

    Redadas conjuntas (joint raids) de inspectores municipales, policía y CBSA han terminado con trabajadoras arrestadas y deportadas.

police-door-2 =
    Inspectores municipales (bylaw officers), Ontario:
    • Pueden entrar a locales de negocio para inspeccionar en horarios razonables.
    • Un cuarto que se usa como vivienda es diferente. Necesitan tu permiso o una orden judicial (warrant) para entrar.
    • Decirle que no a un inspector municipal que quiere entrar a tu casa no es obstrucción (obstruction). Toronto tiene el mismo tipo de regla.

    Si es la policía, mira Policía > "Tus derechos". Si es la CBSA, toca el botón de abajo.

police-arrest =
    Después de un arresto:
    • Pide un abogado. En Ontario, di: "I want to speak to duty counsel." (Quiero hablar con un abogado de turno.) Puedes decidir guardar silencio.
    • Si la policía no te deja ir, te tienen que llevar ante un juez (justice) sin una demora injustificada (en 24 horas si hay uno disponible).
    • Los abogados de turno (duty counsel, abogados gratuitos en el juzgado) pueden ayudarte en tu audiencia de fianza (bail hearing).
    • Dile a tu abogado cuál es tu estatus migratorio. Una condena (conviction) puede afectarlo.

    Si estás en peligro ahora, llama al 911. Ten en cuenta: el contacto con la policía puede hacer que intervenga la CBSA (inmigración).
    • { $org }: { $hotline }
    • Legal Aid Ontario: 416-979-1446 o 1-800-668-8258

police-arrest-2 =
    Después de un arresto (continuación):
    • Para algunos delitos, como comunicarse en un lugar público (communicating, s. 213), la policía a menudo deja ir a la persona con un aviso de comparecencia (appearance notice): un papel que te dice cuándo ir al juzgado.
    • Legal Aid Ontario puede pagar un abogado si una condena podría traer consecuencias migratorias graves.
    • { $org } ofrece apoyo legal y puede ayudarte a encontrar un abogado.
