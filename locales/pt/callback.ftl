# Pedidos de retorno de ligação (src/engine/nodes/callback.ts, src/app/callbacks.ts). Botões: no máximo 32 caracteres.

main-callback = 📞 Pedir uma ligação
handoff-callback-btn = 📞 Prefiro pedir uma ligação

## O formulário, uma pergunta de cada vez

callback-intro = Uma pessoa de apoio de { $org } pode ligar para você. São poucas perguntas curtas, uma de cada vez. Você pode cancelar a qualquer momento.
callback-ask-phone =
    Para qual número devemos ligar? Por exemplo: 416 555 0123
    Para um número fora do Canadá, comece com + e o código do país, por exemplo +55 11 91234 5678.
callback-ask-phone-chat = Ou toque no botão para usar o número desta conversa do WhatsApp: { $number }
callback-use-chat-btn = 📱 Usar este número do WhatsApp
callback-phone-invalid =
    Desculpe, isso não parece um número de telefone que dê para usar. Escreva o número com o código de área, por exemplo: 416 555 0123
    Para um número fora do Canadá, comece com + e o código do país.
callback-phone-letters = Escreva o número de telefone só com algarismos, sem letras nem palavras. Por exemplo: 416 555 0123
callback-confirm-phone = Vamos ligar para { $number }. Está certo?
callback-right-btn = ✅ Sim, está certo
callback-change-btn = ✏️ Mudar
callback-ask-language = Em que língua você quer a ligação?
callback-ask-when = Qual é um bom momento para ligar?
callback-when-today-morning = Hoje, de manhã
callback-when-today-afternoon = Hoje, à tarde
callback-when-today-evening = Hoje, à noite
callback-when-tomorrow-morning = Amanhã, de manhã
callback-when-tomorrow-afternoon = Amanhã, à tarde
callback-when-tomorrow-evening = Amanhã, à noite
callback-when-any = A qualquer hora
callback-ask-voicemail = Se você não atender, é seguro deixar uma mensagem de voz?
callback-ask-org = É seguro que a pessoa que ligar diga que é de { $org }? Se não for, ela não vai dizer esse nome.
callback-yes = ✅ Sim
callback-no = 🚫 Não
callback-ask-code =
    Você pode escolher uma palavra-chave. Quem ligar vai dizê-la primeiro, assim você sabe que a ligação é nossa.
    Escreva uma ou duas palavras, ou toque em Pular.
callback-skip-btn = ⏭️ Pular
callback-code-invalid = Escreva uma ou duas palavras curtas (no máximo 30 caracteres) que dê para dizer ao telefone. Emojis não dá para dizer ao telefone.
callback-confirm-code = Sua palavra-chave: { $code }. Está certo?
callback-code-none = nenhuma
callback-summary =
    Confira seu pedido:
    📞 Número: { $number }
    🗣️ Língua: { $language }
    🕒 Quando: { $when }
    📨 Pode deixar mensagem de voz: { $voicemail }
    🏷️ Pode dizer { $org }: { $sayorg }
    🔑 Palavra-chave: { $code }
callback-send-btn = ✅ Enviar meu pedido
callback-edit-btn = ✏️ Mudar uma resposta
callback-cancel-btn = ✖️ Cancelar
callback-edit-which = Qual resposta você quer mudar?
callback-field-phone = 📞 Número
callback-field-language = 🗣️ Língua
callback-field-when = 🕒 Quando
callback-field-voicemail = 📨 Mensagem de voz
callback-field-org = 🏷️ Dizer nosso nome
callback-field-code = 🔑 Palavra-chave
callback-summary-btn = ↩️ Voltar ao resumo
callback-cancelled = Tudo bem, nada foi enviado. Suas respostas foram apagadas.
callback-unavailable = Desculpe, agora não é possível receber pedidos de ligação por esta conversa. Você pode ligar para { $org }: { $hotline }

## Um pedido pendente (mostrado no lugar do formulário)

callback-pending =
    Você pediu uma ligação:
    🕒 { $when }
    📞 Número terminado em { $last }
    Situação: { $status }
callback-status-open = esperando uma pessoa de apoio
callback-status-claimed = uma pessoa de apoio vai ligar para você
callback-withdraw-btn = ✖️ Cancelar meu pedido
callback-withdraw-confirm = Você quer cancelar seu pedido de ligação?
callback-withdraw-yes = Sim, cancelar
callback-withdraw-no = Não, manter
callback-kept = Tudo bem, seu pedido continua.

## Mensagens sobre um pedido

callback-sent =
    Obrigado, seu pedido foi enviado. Uma pessoa de apoio de { $org } vai ligar para você ({ $when }).
    Para ver ou cancelar, escolha 📞 Pedir uma ligação no menu.
callback-withdrawn = Seu pedido de ligação foi cancelado e será apagado.
callback-already-closed = Este pedido já está encerrado.
callback-done = Seu pedido de ligação foi concluído. Se precisar de mais alguma coisa, escreva aqui ou peça outra ligação.
callback-missed = Uma pessoa de apoio tentou ligar para você, mas não conseguiu falar com você. Ela vai tentar de novo. Você pode cancelar o pedido pelo menu.
callback-cancelled-by-staff = Uma pessoa de apoio encerrou seu pedido de ligação. Se você ainda quiser uma ligação, pode pedir de novo pelo menu, ou ligar para { $org }: { $hotline }
