# Segurança. Fluxo: flows/safety.yaml
# O bot NÃO recebe relatos de clientes ruins. Ele só indica grupos de pares.

safety-menu =
    Dicas de segurança de grupos liderados por profissionais do sexo.
    A violência nunca é culpa sua. Escolha um assunto:
safety-tips-btn = Dicas de segurança
safety-after-btn = 🚨 Depois de assalto ou agressão
safety-bad-date-btn = Listas de clientes ruins

safety-tips =
    Dicas para planejar sua segurança:
    • Confie na sua intuição. A violência nunca é culpa sua, mesmo que você não tenha seguido uma dica.
    • Use um número separado para o trabalho: um segundo número de telefone ou um aplicativo.
    • Ligação de segurança (safe call): diga a uma pessoa de confiança onde vai ser o atendimento, e dê notícias antes e depois.
    • Triagem (screening): guarde o número do cliente e confira nas listas de clientes ruins.
    • Combine antes o preço e os serviços, e receba adiantado.

safety-tips-2 =
    Mais dicas:
    • Saiba onde ficam as saídas, e não deixe o cliente bloquear o caminho.
    • Tenha um contato na discagem rápida e um apito ou alarme perto de você.
    • Evite usar colares ou lenços enquanto trabalha.
    • Mande por mensagem a placa do carro do cliente para uma pessoa de confiança.
    • Trabalhe com amigas quando puder (veja "O que é legal para você" abaixo).

safety-after =
    Depois de um assalto ou agressão:
    • Primeiro, vá para um lugar seguro. Depois, ligue para { $org }.
    • O atendimento médico é separado da polícia. Você pode receber atendimento sem fazer denúncia.
    • Depois de agressão sexual: Women's College Hospital, 24/7: 416-323-6040. A PEP (para prevenir o HIV) tem que começar em até 72 horas.
    • Não existe prazo para denunciar um crime sexual (sexual offence) à polícia. Você pode decidir depois.
    • Antes de ir à polícia, fale com { $org } ou com um advogado (veja Mais).

    Se você está em perigo agora, ligue 911. Atenção: contato com a polícia pode fazer a CBSA (imigração) se envolver.
    • { $org }: { $hotline }
    • Legal Aid Ontario: 416-979-1446 ou 1-800-668-8258

safety-after-2 =
    Pensando em ir à polícia?
    • A polícia de Toronto diz que profissionais do sexo que denunciam ter sofrido algum mal no trabalho não serão presas, e que denunciar não vai afetar o status delas. Ela também diz que os policiais podem perguntar sobre status em alguns casos.
    • Mas algumas pessoas membros de { $org } foram presas ou deportadas depois de contato com a polícia. Um relatório de 2015 mostrou que a polícia de Toronto contatou a CBSA milhares de vezes.
    • A escolha é sua. Fale primeiro com { $org } ou com um advogado.

    Você também pode avisar outras profissionais com uma lista de clientes ruins (veja Segurança).

safety-bad-date =
    Listas de clientes ruins:
    Um "cliente ruim" (bad date) é alguém que é grosseiro, rouba, se recusa a pagar, te ameaça ou é violento. Grupos de pares mantêm listas para que as profissionais possam avisar umas às outras.

    Este bot não recebe relatos. Por favor, não mande detalhes aqui.

    Onde compartilhar ou consultar um aviso:
    • Montreal: a lista de clientes ruins da Stella. chezstella.org
    • Vancouver: SWAN, por telefone ou mensagem. swanvancouver.ca
    • Colúmbia Britânica: BC BDAR, um sistema de relatos de clientes ruins para toda a província. bcbdar.org
    • Toronto: pergunte a { $org }: { $hotline }

safety-bad-date-2 =
    O que anotar para um relato:
    • Data, hora e local
    • Como eram a pessoa e o carro
    • Placa do carro
    • Número de telefone
    • O que aconteceu
