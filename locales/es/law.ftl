# Leyes penales sobre el trabajo sexual y licencias de Toronto. Flujo: flows/law.yaml
# Pantallas legales: el aviso legal, las fuentes y la fecha se agregan automáticamente.

law-menu =
    Leyes penales sobre el trabajo sexual en Canadá (las leyes vigentes desde el 6 de diciembre de 2014).
    Elige un tema:
law-legal-btn = Lo que es legal para ti
law-not-legal-btn = Lo que va contra la ley
law-third-btn = Clientes y terceras personas
law-licensing-btn = Licencias municipales (Toronto)

law-legal =
    Lo que es legal para ti:
    • Vender tus propios servicios sexuales no es un delito.
    • Inmunidad (immunity, s. 286.5): no te deben procesar por beneficiarte, hacer publicidad o ayudar en delitos relacionados con tus propios servicios.
    • La Corte Suprema de Canadá (R v Kloubakov, 2025) dijo que la ley todavía te permite trabajar bajo techo en un lugar fijo, contratar a un chofer o a un guardaespaldas, y trabajar junto con otras trabajadoras y compartir gastos.

    ⚠️ Esta inmunidad existe solo en la ley penal. No te protege de la ley de inmigración.

law-not-legal =
    Lo que también va contra la ley para las trabajadoras:
    • s. 213(1.1): comunicarse para ofrecer o dar servicios sexuales en un lugar público, o en un lugar que la gente puede ver, que está en o junto a un terreno escolar, un parque infantil o una guardería.
    • s. 213(1): en un lugar público, detener o bloquear el tráfico (autos o personas) para ofrecer o comprar servicios sexuales. Esto aplica a trabajadoras y a clientes.

    Si te acusan de algo, sigues teniendo todos tus derechos frente a la policía. Una condena puede afectar tu estatus migratorio.

law-third =
    Clientes y terceras personas:
    • Comprar servicios sexuales, o comunicarse con alguien para comprarlos, es un delito en cualquier lugar (s. 286.1). Las multas mínimas empiezan en 500 dólares.
    • Beneficio material (material benefit, s. 286.2): recibir dinero del trabajo sexual de otra persona, con algunas excepciones, por ejemplo un arreglo de vivienda legítimo, una obligación legal o moral, o servicios vendidos al público.
    • Proxenetismo (procuring, s. 286.3): hacer que alguien venda servicios sexuales, o controlar a esa persona.
    • Anunciar los servicios sexuales de otra persona (advertising, s. 286.4).

    La Corte Suprema de Canadá confirmó los delitos de beneficio material y proxenetismo en 2025. Un tribunal de Ontario confirmó la ley en 2023.

law-licensing =
    Licencias en Toronto (Código Municipal, capítulo 545, Municipal Code, Chapter 545):
    • Los salones de masaje corporal (body-rub parlours) y las personas que dan esos masajes (body-rubbers) necesitan licencia. Esas personas necesitan un certificado médico (medical certificate). Los salones solo se permiten en algunas zonas.
    • Los centros holísticos (holistic centres) y sus terapeutas (holistic practitioners) necesitan otra licencia.
    • En 2018, el Concejo Municipal dejó de dar nuevas licencias holísticas a miembros de cinco asociaciones.
    • Los inspectores municipales (bylaw officers) hacen cumplir estas reglas y pueden poner multas.

law-licensing-2 =
    Puertas cerradas con llave en centros holísticos:
    • Los centros holísticos solo pueden cerrar la puerta con llave mientras un cliente está adentro, y deben poner a la vista la hora en que se abrirá.
    • { $org } contó 40 trabajadoras asaltadas entre diciembre de 2019 y marzo de 2020. El Toronto Star relacionó los asaltos en parte con esta regla.

    Para saber lo que los inspectores municipales pueden y no pueden hacer, mira "¿Quién está en la puerta?"
