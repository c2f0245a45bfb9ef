# Alertas de segurança (flows/alerts.yaml, docs/alerts.md): a tela de assinatura, STOP / START e a mensagem de alerta.
# Variáveis de todas as mensagens: { $org } { $hotline } { $email } { $website }

## A tela de alertas

alerts-btn = 🔔 Alertas de segurança
alerts-intro =
    🔔 Alertas de segurança de { $org }: avisos curtos sobre clientes ruins, ações da polícia ou da CBSA, riscos à saúde e golpes, só para as regiões que você escolher. Eles vêm de relatos de pessoas que fazem este trabalho; a equipe de apoio entre pares confere cada alerta e tira tudo o que possa identificar alguém.

    Escolha suas regiões (cada uma escolhida fica com ✓) e toque em Assinar. Você pode parar quando quiser enviando STOP ou PARAR.
alerts-status-on =
    🔔 Você recebe alertas de segurança para as regiões marcadas com ✓ abaixo.

    Mude as regiões e toque em Salvar, ou pare os alertas. Você também pode enviar STOP ou PARAR quando quiser.
alerts-subscribe-btn = ✅ Assinar
alerts-save-btn = 💾 Salvar alterações
alerts-stop-btn = 🔕 Parar os alertas
alerts-pick-one = Primeiro escolha pelo menos uma região.
alerts-subscribed = ✅ Pronto: você vai receber alertas de segurança.
alerts-saved = ✅ Suas regiões foram salvas.
alerts-unsubscribed = 🔕 Os alertas de segurança foram desligados. Você não vai receber mais alertas.

## STOP e START, a qualquer momento

alerts-stopped = 🔕 Os alertas de segurança foram desligados. Você não vai receber mais alertas. Para voltar a receber nas mesmas regiões, envie START ou COMEÇAR.
alerts-not-subscribed = Você não assina os alertas de segurança, então não há nada para parar. Para assinar, abra 🛡️ Segurança e depois 🔔 Alertas de segurança.
alerts-resumed = 🔔 Os alertas de segurança estão ligados de novo para: { $regions }. Para parar, envie STOP ou PARAR.
# Palavras que religam os alertas (separadas por vírgulas, em minúsculas). Se não houver nada para religar, abrem o menu principal.
keywords-start = start, começar, comecar, assinar, retomar, subscribe, resume

## A mensagem de alerta

alerts-everywhere = todas as regiões
alerts-message-header = ⚠️ Alerta de segurança · { $category } · { $regions }
alerts-untranslated-note = Este alerta ainda não foi traduzido para o português; aqui está o texto original.
alerts-message-footer = De { $org }. Para parar de receber alertas de segurança, envie STOP ou PARAR.
alerts-category-bad-client = Cliente ruim
alerts-category-police = Polícia ou CBSA
alerts-category-health = Saúde
alerts-category-scam = Golpe
alerts-category-other = Outro

## Regiões (flows/settings.yaml regions:), no máximo 30 caracteres

region-toronto = Toronto e GTA
region-ottawa = Ottawa
region-montreal = Montreal
region-vancouver = Vancouver
region-elsewhere = Outro lugar no Canadá
