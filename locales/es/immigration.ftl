# Inmigración y CBSA (Agencia de Servicios Fronterizos de Canadá). Flujo: flows/immigration.yaml
# Pantallas legales: el aviso legal, las fuentes y la fecha se agregan automáticamente.

immigration-menu =
    Inmigración y CBSA (Agencia de Servicios Fronterizos de Canadá, Canada Border Services Agency).
    Este bot nunca pregunta por tu estatus. Elige un tema:
immigration-ban-btn = Prohibición: negocios eróticos
immigration-detained-btn = 🚨 Si la CBSA te detiene
immigration-removal-btn = Órdenes de expulsión explicadas
immigration-charges-btn = Cargos penales y estatus
immigration-refugee-btn = Solicitantes de refugio

immigration-ban =
    La prohibición de trabajo para residentes temporales:
    • Si eres residente temporal (temporary resident) y tienes permiso para trabajar, no puedes aceptar ni extender un trabajo con un empleador que ofrece regularmente striptease, baile erótico, servicios de escort o masajes eróticos (IRPR 183(1)(b.1)).
    • Esto aplica a visitantes, estudiantes y trabajadores, sin importar cómo tengas permiso para trabajar, incluidos los permisos de trabajo abiertos (open work permit) y el trabajo fuera del campus.
    • No se dan permisos de trabajo para estos empleadores. Tu permiso puede tener esto escrito como condición (IRPR 185(b)).
    • Estas reglas empezaron el 31 de diciembre de 2013.

immigration-ban-2 =
    Lo que esto puede significar para ti:
    • No cumplir estas reglas puede llevar a arresto, detención y deportación (deportation).
    • La inmunidad penal por vender tus propios servicios (immunity, Criminal Code s. 286.5) no te protege de la ley de inmigración.
    • { $org } dice que la prohibición también se aplica a solicitantes de refugio y a personas patrocinadas, y que se ha usado para quitarles el estatus.

    Si tienes preguntas sobre tu situación, habla con un abogado de inmigración o con { $org }.

immigration-detained =
    Si la CBSA te detiene:
    • Tienes derecho a un abogado. Puedes pagar uno o pedir asistencia legal gratuita (legal aid).
    • No les mientas a los agentes. Mentir (declaración falsa, misrepresentation) puede traer una prohibición de entrar a Canadá por 5 años.
    • Tienes derecho a revisiones de tu detención (detention reviews) ante la División de Inmigración (Immigration Division): dentro de 48 horas o sin demora después, luego dentro de 7 días, y luego al menos cada 30 días.
    • La IRB (Junta de Inmigración y Refugiados) te da un intérprete en la audiencia.

    Si estás en peligro ahora, llama al 911. Ten en cuenta: el contacto con la policía puede hacer que intervenga la CBSA (inmigración).
    • { $org }: { $hotline }
    • Legal Aid Ontario: 416-979-1446 o 1-800-668-8258

immigration-detained-2 =
    Si la CBSA te detiene (continuación):
    • En los centros de detención de la CBSA (holding centres), las llamadas locales son gratis, incluidas las llamadas a abogados y consulados. La Cruz Roja, ACNUR (UNHCR) y grupos de apoyo a refugiados hacen visitas.
    • Tu consulado (consulate): los agentes deben decirte que puedes pedir que avisen a tu consulado. Solo lo contactan si tú lo pides.
    • Si tienes miedo del gobierno de tu país, habla con un abogado antes de pedir tu consulado.
    • Puedes pedir una revisión de detención más pronto si hay hechos nuevos.
    • En las preguntas de rutina en la frontera, el derecho a un abogado normalmente aplica solo cuando ya te detuvieron.

immigration-removal =
    Informe A44 y órdenes de expulsión (removal orders):
    • Informe A44 (A44 report): si un agente cree que eres inadmisible (inadmissible, que no puedes quedarte en Canadá), puede escribir un informe (IRPA s. 44(1)).
    • Luego, un delegado del ministro (Minister's delegate, un funcionario que actúa en nombre del ministro) da una orden de expulsión o manda tu caso a una audiencia en la División de Inmigración (Immigration Division).
    • Puedes pedirle a la CBSA que aplace (defer) tu expulsión, o pedirle a la Corte Federal (Federal Court) una suspensión (stay). Hay poco tiempo: consigue un abogado rápido.

immigration-removal-2 =
    Tres tipos de orden de expulsión:
    • Orden de salida (departure order): tienes que salir de Canadá en 30 días. Si no sales, se convierte en una orden de deportación (deportation order).
    • Orden de exclusión (exclusion order): no puedes volver durante 1 año (5 años si fue por declaración falsa) a menos que consigas un permiso llamado ARC (Authorization to Return to Canada, autorización para volver a Canadá). Trabajar sin autorización normalmente lleva a una orden de exclusión.
    • Orden de deportación (deportation order): no puedes volver nunca, a menos que consigas un ARC.

immigration-charges =
    Cargos penales y estatus migratorio:
    • Una persona residente permanente (permanent resident) puede perder su estatus por "criminalidad grave" (serious criminality): una condena por un delito con una pena máxima de 10 años o más, o una sentencia de más de 6 meses.
    • Una persona extranjera (foreign national, que no es ciudadana ni residente permanente) puede volverse inadmisible (inadmissible) después de una condena por cualquier delito grave (indictable offence) o mixto (hybrid offence), o por dos delitos menores (summary offences).
    • Ejemplo: el beneficio material (material benefit, s. 286.2) tiene una pena máxima de 10 años.
    • Dile pronto a tu abogado cuál es tu estatus migratorio. Legal Aid Ontario puede pagar un abogado si las consecuencias migratorias podrían ser graves.

immigration-refugee =
    Solicitantes de refugio (refugee claimants):
    • Busca pronto un abogado de refugio. Legal Aid Ontario: 416-979-1446 o 1-800-668-8258.
    • Nunca aceptes ayuda de alguien que te dice que mientas o que firmes formularios en blanco.
    • El Programa Federal de Salud Interino (Interim Federal Health Program, IFHP) cubre la atención de salud de solicitantes de refugio que no tienen seguro médico provincial.
    • La prohibición de trabajar en negocios eróticos también aplica a tu permiso de trabajo. { $org } dice que se ha usado contra solicitantes de refugio.
