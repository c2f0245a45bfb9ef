# Sobre la organización y cómo contactarla. Flujo: flows/about.yaml
# El teléfono, el correo y el sitio web de la organización vienen de flows/settings.yaml.

about-menu =
    Sobre { $org } y cómo contactarla.
    Elige un tema:
about-org-btn = ¿Qué es { $org }?
# También se usa en las pantallas de crisis (después de un arresto, una detención, una agresión).
about-contact-btn = 📞 Contactar a { $org }
about-groups-btn = Otros grupos que pueden ayudar

about-org =
    { $org }: Asian and Migrant Sex Workers Support Network (Red de Apoyo a Trabajadoras Sexuales Asiáticas y Migrantes).
    • Fundada en 2014 por trabajadoras sexuales, trabajadores sociales y profesionales del derecho y de la salud.
    • Dirigida por trabajadoras sexuales migrantes y basada en el apoyo entre pares. La mitad de su comité son trabajadoras sexuales actuales o anteriores.
    • Apoya a más de 5000 trabajadoras sexuales asiáticas y migrantes.
    • Cree que el trabajo sexual es trabajo. Las trabajadoras sexuales tienen derecho a la seguridad, la dignidad, la igualdad y la justicia. Las personas trabajadoras migrantes deben recibir el mismo trato que todas las demás, sin importar su estatus.

about-org-2 =
    Lo que hace { $org }:
    • Trabajo de calle (outreach) y una línea de ayuda (hotline)
    • Apoyo emocional, social, de salud y legal
    • Apoyo de emergencia y en crisis después de violencia, arresto o detención
    • Talleres sobre tus derechos, clases de inglés e información traducida sobre reglamentos municipales
    • Consejería y referencias de salud
    • Formación en liderazgo, investigación, educación pública y defensa de derechos
    Su apoyo tiene en cuenta el trauma (trauma-informed) y tiene raíces en las culturas de la comunidad.

about-org-3 =
    Las demandas de justicia de { $org }:
    • Despenalizar el trabajo sexual.
    • El trabajo sexual es trabajo: fin de las prohibiciones migratorias.
    • Derechos, no rescate.
    • El trabajo sexual no es trata.
    • Combatir el racismo.
    • Nada de policía en los lugares de trabajo.
    • Estatus para todas las personas.
    • Acceso a servicios sin miedo.

    Entre sus aliados están Migrant Sex Workers Project, Maggie's, HIV Legal Network, STRUT y No One Is Illegal.

about-contact =
    Contactar a { $org }:
    • Teléfono: { $hotline }
    • Correo: { $email }
    • Sitio web: { $website }

    Legal Aid Ontario (abogados de turno y asistencia legal gratuita): 416-979-1446 o 1-800-668-8258

    Si estás en peligro ahora, llama al 911. Ten en cuenta: el contacto con la policía puede hacer que intervenga la CBSA (inmigración).

about-groups =
    Otros grupos que pueden ayudar:
    • HALCO: ayuda legal gratuita para personas que viven con VIH en Ontario, también en temas de inmigración. 416-340-7790 o 1-888-705-8889
    • HIV Legal Network: escribió "The Carceral Web" con { $org }. hivlegalnetwork.ca
    • Maggie's Toronto, dirigido por y para trabajadoras sexuales. maggiesto.org
    • Migrant Sex Workers Project: migrantsexworkersproject.com
    • SWAN Vancouver: swanvancouver.ca
    • Stella, Montreal: chezstella.org
