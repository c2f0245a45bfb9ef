# Saúde e serviços comunitários. Fluxo: flows/health.yaml
# Só números de telefone confirmados no content brief. Os números deixados de fora
# estão em docs/content-review-notes.md.

health-menu =
    Saúde, incluindo serviços que você pode usar sem cartão de saúde (OHIP) ou documentos.
    Escolha um assunto:
health-toronto-btn = Toronto
health-vancouver-btn = Vancouver
health-montreal-btn = Montreal
health-pep-btn = 💊 PEP: em até 72 horas
health-assault-btn = Cuidados após agressão sexual
health-mental-btn = Saúde mental
health-harm-btn = Redução de danos

health-toronto =
    Toronto, sem cartão de saúde:
    • Hassle Free Clinic: gratuita, sem precisar de cartão de saúde, testes de HIV anônimos. Parte da equipe fala cantonês, mandarim, taiwanês, japonês, francês e espanhol. hasslefreeclinic.org
    • Immigrant Women's Health Centre: gratuito, sem precisar de documentos, médicas mulheres. Chinês, vietnamita, tagalo, espanhol, português, urdu/hindi e italiano. 416-323-9986
    • Sexual Health Infoline Ontario: gratuita e anônima, em vários idiomas. Pode te encaminhar para PrEP e PEP. 416-392-2437 ou 1-800-668-2437

health-toronto-2 =
    Mais em Toronto:
    • Os Centros de Saúde Comunitários (Community Health Centres) podem atender pessoas sem OHIP. Peça ajuda a { $org } para encontrar um.
    • HQ Toronto: PrEP e PEP para pessoas trans e não binárias e para homens que fazem sexo com homens. O teste é gratuito. Se você não tem seguro de saúde, leve um documento com foto. hqtoronto.ca
    • Women's College Hospital: cuidados após agressão sexual, 24/7 (veja abaixo).

health-vancouver =
    Vancouver e Colúmbia Britânica (BC):
    • BCCDC SmartSexResource: opções gratuitas para a maioria dos serviços de saúde sexual, mesmo se você não tem status. 604-707-5603 ou 1-888-488-7444, ou ligue para HealthLink BC no 811. smartsexresource.com
    • A PrEP é gratuita na Colúmbia Britânica para quem tem direito.
    • SWAN Vancouver: trabalho de campo (outreach) e insumos de sexo mais seguro para casas de massagem. Linhas para ligar ou mandar mensagem para ajuda jurídica e de imigração, intérpretes para consultas de saúde e relatos de clientes ruins (bad date). swanvancouver.ca

health-vancouver-2 =
    A polícia em Vancouver:
    • As diretrizes do Departamento de Polícia de Vancouver sobre trabalho sexual (Sex Work Enforcement Guidelines, 2013) dizem que a polícia deve colocar a segurança das profissionais do sexo em primeiro lugar.
    • Reclamações sobre a polícia vão para o Escritório do Comissário de Queixas contra a Polícia (Office of the Police Complaint Commissioner).

health-montreal =
    Montreal:
    • Stella, l'amie de Maimie: feito por e para profissionais do sexo. Clínica de enfermagem e uma lista de clientes ruins. chezstella.org
    • Médecins du Monde (Médicos do Mundo): uma clínica gratuita para migrantes com status precário. medecinsdumonde.ca

health-pep =
    PEP: um remédio que pode impedir o HIV depois de uma possível exposição (por exemplo, uma camisinha que estourou).
    • Comece a PEP em até 72 horas. Quanto antes, melhor; o ideal é em até 2 horas.
    • Ontário: a Sexual Health Infoline Ontario pode te encaminhar: 416-392-2437 ou 1-800-668-2437.
    • Toronto: HQ Toronto, para pessoas trans e não binárias e homens que fazem sexo com homens. hqtoronto.ca
    • Depois de agressão sexual: Women's College Hospital, 24/7: 416-323-6040.
    • Colúmbia Britânica: ligue para HealthLink BC no 811.

    A PrEP (tomada antes da exposição) é gratuita na Colúmbia Britânica para quem tem direito. Em Ontário ela pode ser cara; pergunte à Infoline como conseguir.

health-assault =
    Cuidados após agressão sexual:
    • Women's College Hospital, Sexual Assault/Domestic Violence Care Centre, Toronto: aberto 24/7, sem hora marcada, a partir de 16 anos, até 30 dias depois. 416-323-6040, 76 Grenville St.
    • O atendimento médico é separado da polícia. Você pode receber atendimento sem fazer denúncia à polícia.
    • As provas podem ser guardadas enquanto você decide o que fazer.
    • A PEP para prevenir o HIV tem que começar em até 72 horas.

health-mental =
    Saúde mental. Você não precisa passar por isso sem apoio:
    • { $org } oferece apoio emocional: { $hotline }
    • Ontario Mental Health Helpline, 24/7: 1-866-531-2600
    • 988, linha de crise 24/7: ligue 988
    • Distress Centres (Toronto): 416-408-4357

health-harm =
    Redução de danos (harm reduction):
    • A naloxona (naloxone) reverte overdoses de opioides. Ela é gratuita nas farmácias participantes de Ontário, sem receita e sem cartão de saúde.

    Se alguém está em perigo agora, ligue 911. Atenção: contato com a polícia pode fazer a CBSA (imigração) se envolver.
