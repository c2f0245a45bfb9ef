# Imigração e CBSA (Agência de Serviços de Fronteira do Canadá). Fluxo: flows/immigration.yaml
# Telas jurídicas: o aviso, as fontes e a data são adicionados automaticamente.

immigration-menu =
    Imigração e CBSA (Agência de Serviços de Fronteira do Canadá, Canada Border Services Agency).
    Este bot nunca pergunta sobre seu status. Escolha um assunto:
immigration-ban-btn = Proibição: negócios eróticos
immigration-detained-btn = 🚨 Se a CBSA te detiver
immigration-removal-btn = Ordens de remoção explicadas
immigration-charges-btn = Acusações criminais e status
immigration-refugee-btn = Solicitantes de refúgio

immigration-ban =
    A proibição de trabalho para residentes temporários:
    • Se você é residente temporário (temporary resident) com permissão para trabalhar, não pode aceitar nem prolongar um emprego com um empregador que oferece regularmente striptease, dança erótica, serviços de acompanhante (escort) ou massagem erótica (IRPR 183(1)(b.1)).
    • Isso vale para visitantes, estudantes e trabalhadores, não importa como você tem permissão para trabalhar, incluindo permissões de trabalho abertas (open work permit) e trabalho fora do campus.
    • Não são dadas permissões de trabalho para esses empregadores. Sua permissão pode trazer isso escrito como condição (IRPR 185(b)).
    • Essas regras começaram em 31 de dezembro de 2013.

immigration-ban-2 =
    O que isso pode significar para você:
    • Não cumprir essas regras pode levar a prisão, detenção e deportação (deportation).
    • A imunidade na lei penal por vender seus próprios serviços (immunity, Criminal Code s. 286.5) não te protege da lei de imigração.
    • { $org } diz que a proibição também é aplicada a solicitantes de refúgio e a pessoas patrocinadas, e que já foi usada para tirar o status delas.

    Se você tem dúvidas sobre a sua situação, fale com um advogado de imigração ou com { $org }.

immigration-detained =
    Se a CBSA te detiver:
    • Você tem direito a um advogado. Pode pagar um ou pedir assistência jurídica gratuita (legal aid).
    • Não minta para os agentes. Mentir (declaração falsa, misrepresentation) pode levar a uma proibição de 5 anos de entrar no Canadá.
    • Você tem direito a revisões da detenção (detention reviews) na Divisão de Imigração (Immigration Division): em até 48 horas ou sem demora depois disso, depois em até 7 dias, e depois pelo menos a cada 30 dias.
    • O IRB (Conselho de Imigração e Refúgio) oferece um intérprete na audiência.

    Se você está em perigo agora, ligue 911. Atenção: contato com a polícia pode fazer a CBSA (imigração) se envolver.
    • { $org }: { $hotline }
    • Legal Aid Ontario: 416-979-1446 ou 1-800-668-8258

immigration-detained-2 =
    Se a CBSA te detiver (continuação):
    • Nos centros de detenção da CBSA (holding centres), ligações locais são gratuitas, incluindo para advogados e consulados. A Cruz Vermelha, o ACNUR (UNHCR) e grupos de apoio a refugiados fazem visitas.
    • Seu consulado (consulate): os agentes devem te dizer que você pode pedir que seu consulado seja avisado. Eles só entram em contato se você pedir.
    • Se você tem medo do governo do seu país, fale com um advogado antes de pedir o consulado.
    • Você pode pedir uma revisão da detenção mais cedo se houver fatos novos.
    • Em perguntas de rotina na fronteira, o direito a um advogado normalmente só vale a partir do momento em que você fica detida ou detido.

immigration-removal =
    Relatório A44 e ordens de remoção (removal orders):
    • Relatório A44 (A44 report): se um agente acredita que você é inadmissível (inadmissible, sem permissão para ficar no Canadá), ele pode escrever um relatório (IRPA s. 44(1)).
    • Depois, um delegado do ministro (Minister's delegate, um agente que age em nome do ministro) emite uma ordem de remoção ou manda seu caso para uma audiência na Divisão de Imigração (Immigration Division).
    • Você pode pedir à CBSA que adie (defer) sua remoção, ou pedir uma suspensão (stay) ao Tribunal Federal (Federal Court). O tempo é curto: procure um advogado rápido.

immigration-removal-2 =
    Três tipos de ordem de remoção:
    • Ordem de saída (departure order): você tem que sair do Canadá em até 30 dias. Se não sair, ela vira uma ordem de deportação (deportation order).
    • Ordem de exclusão (exclusion order): você não pode voltar por 1 ano (5 anos em caso de declaração falsa), a não ser que consiga uma permissão chamada ARC (Authorization to Return to Canada, autorização para voltar ao Canadá). Trabalhar sem autorização normalmente leva a uma ordem de exclusão.
    • Ordem de deportação (deportation order): você nunca pode voltar, a não ser que consiga uma ARC.

immigration-charges =
    Acusações criminais e status migratório:
    • Uma pessoa residente permanente (permanent resident) pode perder o status por "criminalidade grave" (serious criminality): uma condenação por um crime com pena máxima de 10 anos ou mais, ou uma pena de mais de 6 meses.
    • Uma pessoa estrangeira (foreign national, que não é cidadã nem residente permanente) pode se tornar inadmissível (inadmissible) depois de uma condenação por qualquer crime processado por acusação formal (indictable offence) ou híbrido (hybrid offence), ou por duas infrações sumárias (summary offences).
    • Exemplo: o benefício material (material benefit, s. 286.2) tem pena máxima de 10 anos.
    • Conte cedo ao seu advogado qual é o seu status migratório. O Legal Aid Ontario pode pagar um advogado se as consequências para a imigração puderem ser graves.

immigration-refugee =
    Solicitantes de refúgio (refugee claimants):
    • Procure cedo um advogado de refúgio. Legal Aid Ontario: 416-979-1446 ou 1-800-668-8258.
    • Nunca aceite ajuda de alguém que te manda mentir ou assinar formulários em branco.
    • O Programa Federal de Saúde Interino (Interim Federal Health Program, IFHP) cobre a saúde de solicitantes de refúgio que não têm seguro de saúde provincial.
    • A proibição de trabalhar em negócios eróticos continua valendo para a sua permissão de trabalho. { $org } diz que ela já foi usada contra solicitantes de refúgio.
