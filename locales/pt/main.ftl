# Mensagens do sistema: escolha de idioma, menu principal, ajuda, navegação, respostas de erro,
# palavras-chave e descrições dos comandos do Telegram.
# Variáveis para todas as mensagens: { $org } { $hotline } { $email } { $website }

## Idioma

# O nome deste idioma no próprio idioma, mostrado na escolha de idioma.
language-name = Português
language-prompt = Escolha seu idioma · Choose your language · 请选择语言

## Menu principal

main-menu =
    Informação gratuita para pessoas que fazem trabalho sexual ou trabalham com massagem no Canadá, oferecida por { $org }, uma rede de apoio liderada por pares.

    Este bot nunca pergunta seu nome, seu status migratório nem seu local de trabalho.

    Escolha um assunto:
main-police = 👮 Polícia e prisão
main-immigration = 🛂 Imigração e CBSA
main-law = ⚖️ Direito penal
main-health = 🩺 Saúde: sem cartão de saúde
main-safety = 🛡️ Segurança
main-about = ℹ️ Sobre nós e contato
main-language = 🌐 Idioma · Language · 语言

## Ajuda

help =
    Como usar este bot:
    • Toque num botão para abrir um assunto. No WhatsApp, responda com o número da sua escolha.
    • ⬅️ Voltar volta uma tela. 🏠 Menu principal volta para o início.
    • Digite /menu para o menu principal, /language para trocar o idioma e /help para ver esta tela de novo.

    Sua privacidade:
    • Este bot nunca pergunta seu nome, status migratório, endereço ou local de trabalho. Por favor, não envie essas informações.
    • Você pode apagar esta conversa do seu celular a qualquer momento.

    As informações aqui são gerais. Para a sua situação, fale com { $org } ou com um advogado.

## Navegação e respostas de erro

nav-back = ⬅️ Voltar
nav-home = 🏠 Menu principal
more = Mais ➡️
selected-mark = ✓
fallback-not-understood = Desculpe, não entendi. Use os botões (no WhatsApp, responda com um número) ou digite /menu para ver o menu principal.
fallback-unsupported = Desculpe, só consigo ler texto e toques nos botões. Por favor, não envie fotos nem documentos com informações pessoais, como documentos de identidade.

# Adicionado embaixo de cada tela jurídica. Usa exatamente { $sources } e { $date }.
legal-footer =
    Informação geral, não é orientação jurídica. As leis mudam: fale com um advogado.
    Fontes: { $sources }
    Última verificação: { $date }

## WhatsApp (respostas com número no lugar dos botões)

# Precisa conter os dígitos 0 (Voltar) e 9 (Menu principal).
whatsapp-reply-hint = Responda com um número. 0 Voltar · 9 Menu principal
whatsapp-reply-hint-home = Responda com um número.

## Palavras-chave que uma pessoa pode digitar (separadas por vírgulas, em minúsculas)

keywords-menu = menu, main menu, main, home, 菜单, 主菜单, menu principal, início, inicio
keywords-back = back, go back, return, previous, voltar, volta, anterior
keywords-language = language, languages, lang, english, chinese, 中文, 语言, idioma, idiomas, língua, lingua, português, portugues, portuguese, trocar idioma
keywords-help = help, how, instructions, ajuda, como, instruções, instrucoes
keywords-stop = stop, unsubscribe, parar, sair, cancelar, descadastrar

## Lista de comandos do Telegram (60 caracteres ou menos)

command-start = Começar e mostrar o menu principal
command-menu = Menu principal
command-language = Trocar o idioma
command-help = Como usar este bot

## Falar com uma pessoa de apoio entre pares (passar para uma pessoa)

main-handoff = 💬 Falar com apoio entre pares
handoff-btn = 💬 Falar com apoio entre pares
handoff-intro = Conectando você com uma pessoa de apoio…
handoff-opened =
    Uma pessoa de apoio de { $org } vai responder aqui em breve. Tudo o que você escrever agora vai para essa pessoa.

    Você não precisa dar seu nome. Para encerrar esta conversa, envie /end.
handoff-queued =
    Sua mensagem vai chegar a uma pessoa de apoio quando começar o próximo turno. Escreva o que você quer que ela saiba; ela vai responder aqui.

    Para encerrar esta conversa, envie /end.
handoff-unavailable = Desculpe, agora não é possível falar com as pessoas de apoio por esta conversa. Você pode ligar para { $org }: { $hotline }
handoff-off-hours =
    As pessoas de apoio não estão de plantão agora. O horário delas:
    { $hours }

    Você pode deixar uma mensagem que elas vão ver quando começar o próximo turno, ou ligar para { $org }: { $hotline }
handoff-leave-message-btn = ✉️ Deixar uma mensagem
handoff-joined = Uma pessoa de apoio entrou na conversa.
handoff-still-waiting =
    Você ainda está na fila (número { $position }). Uma pessoa de apoio vai responder assim que puder.
    Se preferir, ligue para { $org }: { $hotline }. Para encerrar esta conversa, envie /end.
handoff-confirm-end = Você quer encerrar a conversa com a pessoa de apoio?
handoff-end-yes = Sim, encerrar a conversa
handoff-end-no = Não, continuar conversando
handoff-continuing = Tudo bem, a conversa continua.
handoff-ended = A conversa foi encerrada. Você pode voltar quando quiser.
handoff-no-chat = Você não está conversando com uma pessoa de apoio agora, então não há conversa para encerrar.
handoff-closed-by-staff = A pessoa de apoio encerrou a conversa. Você pode voltar quando quiser.
handoff-menu-paused = Você está conversando com uma pessoa de apoio, então o menu está pausado. Para encerrar a conversa, envie /end.
handoff-cannot-relay = Desculpe, figurinhas e localizações não podem ser repassadas. Por favor, escreva com palavras. Não compartilhe sua localização, a não ser que você decida fazer isso.

## More menu

main-more = ➕ Mais: sobre, idioma, ajuda
more-menu = Mais opções:
more-help = ❓ Como usar este bot
