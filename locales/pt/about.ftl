# Sobre a organização e como entrar em contato. Fluxo: flows/about.yaml
# O telefone, o e-mail e o site da organização vêm de flows/settings.yaml.

about-menu =
    Sobre { $org } e como entrar em contato.
    Escolha um assunto:
about-org-btn = O que é { $org }?
# Também usado nas telas de crise (depois de uma prisão, detenção, agressão).
about-contact-btn = 📞 Falar com { $org }
about-groups-btn = Outros grupos que podem ajudar

about-org =
    { $org }: Asian and Migrant Sex Workers Support Network (Rede de Apoio a Profissionais do Sexo Asiáticas e Migrantes).
    • Criada em 2014 por profissionais do sexo, assistentes sociais e profissionais do direito e da saúde.
    • Liderada por profissionais do sexo migrantes e baseada no apoio entre pares. Metade do seu comitê são profissionais do sexo atuais ou antigas.
    • Apoia mais de 5.000 profissionais do sexo asiáticas e migrantes.
    • Acredita que trabalho sexual é trabalho. Profissionais do sexo têm direito a segurança, dignidade, igualdade e justiça. Trabalhadoras e trabalhadores migrantes devem ser tratados como todos os outros, seja qual for o seu status.

about-org-2 =
    O que { $org } faz:
    • Trabalho de campo (outreach) e uma linha de apoio (hotline)
    • Apoio emocional, social, de saúde e jurídico
    • Apoio de emergência e de crise depois de violência, prisão ou detenção
    • Oficinas sobre seus direitos, aulas de inglês e informações traduzidas sobre as regras municipais
    • Aconselhamento e encaminhamentos de saúde
    • Formação de lideranças, pesquisa, educação pública e defesa de direitos
    O apoio leva em conta o trauma (trauma-informed) e tem raízes nas culturas da comunidade.

about-org-3 =
    As reivindicações de justiça de { $org }:
    • Descriminalizar o trabalho sexual.
    • Trabalho sexual é trabalho: fim das proibições na imigração.
    • Direitos, não resgate.
    • Trabalho sexual não é tráfico.
    • Combater o racismo.
    • Nada de polícia nos locais de trabalho.
    • Status para todas as pessoas.
    • Acesso aos serviços sem medo.

    Os parceiros incluem Migrant Sex Workers Project, Maggie's, HIV Legal Network, STRUT e No One Is Illegal.

about-contact =
    Falar com { $org }:
    • Telefone: { $hotline }
    • E-mail: { $email }
    • Site: { $website }

    Legal Aid Ontario (advogados de plantão e assistência jurídica gratuita): 416-979-1446 ou 1-800-668-8258

    Se você está em perigo agora, ligue 911. Atenção: contato com a polícia pode fazer a CBSA (imigração) se envolver.

about-groups =
    Outros grupos que podem ajudar:
    • HALCO: ajuda jurídica gratuita para pessoas vivendo com HIV em Ontário, inclusive em imigração. 416-340-7790 ou 1-888-705-8889
    • HIV Legal Network: escreveu "The Carceral Web" junto com { $org }. hivlegalnetwork.ca
    • Maggie's Toronto, feito por e para profissionais do sexo. maggiesto.org
    • Migrant Sex Workers Project: migrantsexworkersproject.com
    • SWAN Vancouver: swanvancouver.ca
    • Stella, Montreal: chezstella.org
