# Contato com a polícia e prisão. Fluxo: flows/police.yaml
# Telas jurídicas: o aviso, as fontes e a data são adicionados automaticamente.

police-menu =
    Contato com a polícia e prisão.
    A Carta de Direitos (Charter) protege todas as pessoas no Canadá. Escolha um assunto:
police-rights-btn = Seus direitos
police-talk-btn = O que dizer e o que não dizer
police-search-btn = Revistas, documentos e celular
police-door-btn = Quem está na porta?
police-arrest-btn = 🚨 Depois de uma prisão

police-rights =
    Seus direitos diante da polícia (Carta Canadense de Direitos e Liberdades, Canadian Charter of Rights and Freedoms):
    • Você tem o direito de não passar por revista sem motivo razoável, e de não ter suas coisas apreendidas sem motivo razoável (unreasonable search or seizure, s. 8).
    • Você tem o direito de não sofrer detenção arbitrária (arbitrary detention), ou seja, sem um motivo legal (s. 9).
    • Em caso de prisão ou detenção, você tem o direito de saber o motivo, na hora (s. 10(a)).
    • Você tem direito a um advogado sem demora, e a polícia tem que te informar desse direito (s. 10(b)).
    • Você pode escolher não responder às perguntas da polícia (s. 7). A polícia pode continuar perguntando. Você pode continuar dizendo não.

police-rights-2 =
    Como conseguir um advogado:
    • A polícia tem o dever de te dizer que existem a assistência jurídica gratuita (Legal Aid) e os advogados de plantão (duty counsel, advogados gratuitos), de deixar você ligar, e de parar de te interrogar até você ter tido uma chance justa de falar com um advogado.
    • Em Ontário, diga: "I want to speak to duty counsel." (Quero falar com um advogado de plantão.) Aí a polícia liga para a linha Brydges (Brydges line) do Legal Aid Ontario. Ela atende 24/7, a ligação é gratuita e confidencial, e não importa a sua renda.
    • Num tribunal ou numa audiência administrativa (tribunal), você tem direito a um intérprete (interpreter) (s. 14).

police-talk =
    O que dizer e o que não dizer:
    • Mantenha a calma e fale com educação.
    • Pergunte: "Am I being detained, or am I free to go?" (Vocês estão me detendo ou eu posso ir embora?) Se você puder ir, pode sair.
    • Você pode dizer: "I want to remain silent. I want to speak to a lawyer." (Quero ficar em silêncio. Quero falar com um advogado.)
    • Tudo o que você disser pode contar como um depoimento (statement). Ele pode ser usado contra você, suas colegas de trabalho ou seus clientes, e podem te obrigar a testemunhar.
    • Não dê um nome falso. Isso pode levar a uma acusação de obstrução (obstruction). Na maioria das abordagens, você não precisa responder a outras perguntas.

police-talk-2 =
    Cuidado com estas perguntas:
    A polícia muitas vezes pergunta se alguém controla seu dinheiro ou atende seu telefone. Depois de perguntas assim, algumas pessoas membros de { $org } foram presas ou entregues à CBSA (imigração).

    Você pode dizer: "I want to remain silent. I want to speak to a lawyer." (Quero ficar em silêncio. Quero falar com um advogado.)

police-search =
    Revistas, documentos e celular:
    • Você pode dizer não a uma revista, e pode voltar atrás depois de dizer "sim". Uma revista que você aceita (consent search) só vale se você aceitou livremente e sabia com o que estava concordando.
    • Se a prisão for legal, a polícia pode te revistar para procurar provas do crime ou por segurança.
    • Numa abordagem curta para investigação (investigative detention), a polícia pode fazer uma revista por cima da roupa (pat-down) por segurança.
    • Não existe uma obrigação geral de andar com documento. Você precisa mostrar documento em algumas situações reguladas, por exemplo quando está dirigindo.
    • A polícia já levou celulares e economias de profissionais do sexo. Uma delas perdeu 10.000 dólares.

police-door =
    Quem está na porta?
    • A polícia aplica o Código Penal (Criminal Code) e pode te prender. Ela muitas vezes compartilha informações com a CBSA: um relatório de 2015 mostrou que a polícia de Toronto contatou a CBSA mais de 3.200 vezes em oito meses.
    • Os fiscais municipais (bylaw officers) fazem cumprir as regras de licença da cidade (por exemplo, licenças de massagem e de terapias holísticas (holistic)) e podem dar multas.
    • Os agentes da CBSA aplicam a lei de imigração. Eles podem deter pessoas que consideram inadmissíveis (inadmissible), por exemplo quando acham que a pessoa pode não ir a uma audiência, ou quando há dúvida sobre a identidade dela.

    Batidas conjuntas (joint raids) de fiscais municipais, polícia e CBSA já levaram à prisão e à deportação de profissionais do sexo.

police-door-2 =
    Fiscais municipais (bylaw officers), Ontário:
    • Eles podem entrar em estabelecimentos comerciais para fiscalizar em horários razoáveis.
    • Um cômodo usado como moradia é diferente. Eles precisam do seu consentimento ou de um mandado (warrant) para entrar.
    • Dizer não a um fiscal municipal que quer entrar na sua casa não é obstrução (obstruction). Toronto tem o mesmo tipo de regra.

    Se for a polícia, veja Polícia > "Seus direitos". Se for a CBSA, toque no botão abaixo.

police-arrest =
    Depois de uma prisão:
    • Peça um advogado. Em Ontário, diga: "I want to speak to duty counsel." (Quero falar com um advogado de plantão.) Você pode escolher ficar em silêncio.
    • Se a polícia não te soltar, ela tem que te levar a um juiz (justice) sem demora injustificada (em até 24 horas, se houver um disponível).
    • Os advogados de plantão (duty counsel, advogados gratuitos no tribunal) podem ajudar na sua audiência de fiança (bail hearing).
    • Conte ao seu advogado qual é o seu status migratório. Uma condenação (conviction) pode afetar esse status.

    Se você está em perigo agora, ligue 911. Atenção: contato com a polícia pode fazer a CBSA (imigração) se envolver.
    • { $org }: { $hotline }
    • Legal Aid Ontario: 416-979-1446 ou 1-800-668-8258

police-arrest-2 =
    Depois de uma prisão (continuação):
    • Para alguns crimes, como se comunicar em lugar público (communicating, s. 213), a polícia muitas vezes solta a pessoa com uma notificação de comparecimento (appearance notice): um papel que diz quando você tem que ir ao tribunal.
    • O Legal Aid Ontario pode pagar um advogado se uma condenação puder trazer consequências graves para a sua imigração.
    • { $org } oferece apoio jurídico e pode te ajudar a encontrar um advogado.
