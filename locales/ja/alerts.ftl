# 安全アラート（flows/alerts.yaml、docs/alerts.md）：登録画面、「停止」/「開始」、届くアラートのメッセージ。
# すべてのメッセージで使える変数：{ $org } { $hotline } { $email } { $website }

## アラート画面

alerts-btn = 🔔 安全アラート
alerts-intro =
    🔔 { $org } の安全アラート：危険な客、警察やCBSA（国境サービス庁）の動き、健康リスク、詐欺についての短いお知らせを、選んだ地域だけにお送りします。働く人たちからの報告をもとに、ピアサポーターが一つずつ確認し、誰かが特定されそうな内容はすべて削除しています。

    地域を選んで（選んだ地域には ✓ が付きます）、「登録する」を押してください。「停止」または STOP を送れば、いつでも止められます。
alerts-status-on =
    🔔 下の ✓ が付いた地域の安全アラートを受け取っています。

    地域を変えて「保存」を押すか、アラートを止めることができます。「停止」または STOP を送っても、いつでも止められます。
alerts-subscribe-btn = ✅ 登録する
alerts-save-btn = 💾 変更を保存
alerts-stop-btn = 🔕 アラートを止める
alerts-pick-one = まず地域を一つ以上選んでください。
alerts-subscribed = ✅ 登録しました。安全アラートが届きます。
alerts-saved = ✅ 地域を保存しました。
alerts-unsubscribed = 🔕 安全アラートを止めました。これ以上アラートは届きません。

## いつでも送れる「停止」と「開始」

alerts-stopped = 🔕 安全アラートを止めました。これ以上アラートは届きません。同じ地域でまた受け取るには「開始」または START を送ってください。
alerts-not-subscribed = 安全アラートに登録していないので、止めるものはありません。登録するには 🛡️ 安全 から 🔔 安全アラート を開いてください。
alerts-resumed = 🔔 次の地域の安全アラートを再開しました：{ $regions }。止めるには「停止」または STOP を送ってください。
# アラートを再開する言葉（カンマ区切り、小文字）。再開するものがなければメインメニューを開きます。
keywords-start = 開始, スタート, はじめ, 再開, 登録, start, subscribe, resume

## アラートのメッセージ

alerts-everywhere = すべての地域
alerts-message-header = ⚠️ 安全アラート · { $category } · { $regions }
alerts-untranslated-note = このアラートはまだ日本語に翻訳されていないため、原文でお送りします。
alerts-message-footer = { $org } より。安全アラートを止めるには「停止」または STOP を送ってください。
alerts-category-bad-client = 危険な客
alerts-category-police = 警察・CBSAの動き
alerts-category-health = 健康
alerts-category-scam = 詐欺
alerts-category-other = その他

## 地域（flows/settings.yaml の regions:）、30文字以内

region-toronto = トロントとGTA
region-ottawa = オタワ
region-montreal = モントリオール
region-vancouver = バンクーバー
region-elsewhere = カナダのその他の地域
