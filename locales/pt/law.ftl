# Lei penal sobre trabalho sexual e licenças de Toronto. Fluxo: flows/law.yaml
# Telas jurídicas: o aviso, as fontes e a data são adicionados automaticamente.

law-menu =
    Lei penal sobre trabalho sexual no Canadá (as leis em vigor desde 6 de dezembro de 2014).
    Escolha um assunto:
law-legal-btn = O que é legal para você
law-not-legal-btn = O que é contra a lei
law-third-btn = Clientes e terceiros
law-licensing-btn = Licenças municipais (Toronto)

law-legal =
    O que é legal para você:
    • Vender seus próprios serviços sexuais não é crime.
    • Imunidade (immunity, s. 286.5): a lei não permite processar você por se beneficiar, anunciar ou ajudar em crimes ligados aos seus próprios serviços.
    • A Suprema Corte do Canadá (R v Kloubakov, 2025) disse que a lei ainda permite que você trabalhe em local fechado e fixo, contrate um motorista ou um segurança, e trabalhe junto com outras profissionais dividindo os custos.

    ⚠️ Essa imunidade existe só na lei penal. Ela não te protege da lei de imigração.

law-not-legal =
    O que é contra a lei também para quem trabalha:
    • s. 213(1.1): se comunicar para oferecer ou prestar serviços sexuais em lugar público, ou num lugar que as pessoas podem ver, que fica dentro ou ao lado de um terreno de escola, parquinho ou creche.
    • s. 213(1): em lugar público, parar ou bloquear o trânsito (carros ou pessoas) para oferecer ou comprar serviços sexuais. Isso vale para quem trabalha e para clientes.

    Se houver uma acusação contra você, você continua com todos os seus direitos diante da polícia. Uma condenação pode afetar seu status migratório.

law-third =
    Clientes e terceiros:
    • Comprar serviços sexuais, ou se comunicar com alguém para comprar, é crime em qualquer lugar (s. 286.1). As multas mínimas começam em 500 dólares.
    • Benefício material (material benefit, s. 286.2): receber dinheiro do trabalho sexual de outra pessoa, com algumas exceções, por exemplo uma moradia compartilhada legítima, uma obrigação legal ou moral, ou serviços vendidos ao público.
    • Agenciamento (procuring, s. 286.3): levar alguém a vender serviços sexuais, ou controlar essa pessoa.
    • Anunciar os serviços sexuais de outra pessoa (advertising, s. 286.4).

    A Suprema Corte do Canadá manteve os crimes de benefício material e de agenciamento em 2025. Um tribunal de Ontário manteve a lei em 2023.

law-licensing =
    Licenças em Toronto (Código Municipal, capítulo 545, Municipal Code, Chapter 545):
    • Casas de massagem corporal (body-rub parlours) e quem faz essas massagens (body-rubbers) precisam de licença. Quem faz body-rub precisa de um atestado médico (medical certificate). As casas só são permitidas em algumas zonas.
    • Centros holísticos (holistic centres) e terapeutas holísticos (holistic practitioners) precisam de outra licença.
    • Em 2018, a Câmara Municipal parou de dar novas licenças holísticas a membros de cinco associações.
    • Os fiscais municipais (bylaw officers) fazem cumprir essas regras e podem dar multas.

law-licensing-2 =
    Portas trancadas em centros holísticos:
    • Os centros holísticos só podem trancar a porta enquanto um cliente estiver lá dentro, e precisam mostrar o horário em que a porta será destrancada.
    • { $org } contou 40 profissionais assaltadas entre dezembro de 2019 e março de 2020. O Toronto Star ligou os assaltos em parte a essa regra.

    Para saber o que os fiscais municipais podem e não podem fazer, veja "Quem está na porta?"
