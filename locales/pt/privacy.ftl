# Privacidade: apagar meus dados, limpar a conversa, mensagens temporárias, "mais devagar".

## A tela de privacidade (Mais → Privacidade)

privacy-btn = 🔒 Privacidade e apagar
privacy-intro =
    Sua privacidade:
    • 🧹 Limpar esta conversa: o bot apaga as mensagens desta conversa (as das últimas 48 horas).
    • ⏱️ Mensagens temporárias: cada mensagem é apagada um tempo depois de enviada.
    • 🗑️ Apagar meus dados: o bot esquece tudo o que guarda sobre você.

    O bot guarda só o seu idioma, onde você está nos menus e, criptografado, o número desta conversa. Ele nunca guarda o que você escreve para uma pessoa de apoio.
privacy-clear-btn = 🧹 Limpar esta conversa
privacy-disappear-btn = ⏱️ Mensagens temporárias
privacy-forget-btn = 🗑️ Apagar meus dados
privacy-disappear-status-on = ⏱️ Mensagens temporárias: ativadas. Cada mensagem é apagada { $after } depois de enviada.
privacy-disappear-status-off = ⏱️ Mensagens temporárias: desativadas.
privacy-disappear-prompt = Apagar automaticamente cada mensagem desta conversa depois de:
privacy-disappear-off-btn = Desativar
privacy-after-5m = 5 minutos
privacy-after-1h = 1 hora
privacy-after-24h = 24 horas

## Apagar meus dados (/forget)

privacy-forget-confirm =
    Apagar todos os seus dados?

    O bot vai esquecer você: seu idioma, seu lugar nos menus, seu pedido de ligação ou sua inscrição nos alertas de segurança, e sua conversa com uma pessoa de apoio (ela será encerrada). Ele também apaga as mensagens desta conversa quando consegue.

    Não dá para desfazer.
privacy-forget-yes = 🗑️ Sim, apagar tudo
privacy-forget-no = Não, manter
privacy-forget-cancelled = Tudo bem, nada foi apagado.
privacy-forgotten =
    Seus dados foram apagados. O bot não sabe mais quem você é; se você escrever de novo, tudo começa do zero.
    Para tirar esta conversa do seu celular também, apague-a no seu aplicativo.

## Limpar esta conversa (/clear)

privacy-cleared =
    🧹 Conversa limpa. O bot não consegue apagar mensagens com mais de 48 horas: apague a conversa no Telegram para tirar tudo.
    Envie /menu para começar de novo.
privacy-cleared-whatsapp =
    🧹 O bot apagou as mensagens dele nesta conversa. O WhatsApp não deixa o bot apagar as suas: abra o menu desta conversa e escolha "Limpar conversa".
    Envie menu para começar de novo.
privacy-clear-unavailable = Esta conversa não pode ser limpa daqui. Apague-a no seu aplicativo.

## Mensagens demais

privacy-slow-down = Você está enviando mensagens muito rápido. Por favor, espere { $minutes } min: até lá, o bot não vai ler o que você enviar.

## Lista de comandos do Telegram (60 caracteres ou menos)

command-clear = Apagar esta conversa
