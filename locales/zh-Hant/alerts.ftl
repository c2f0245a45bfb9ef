# 安全警報（flows/alerts.yaml、docs/alerts.md）：訂閱頁面、「停止」/「開始」，以及收到的警報訊息。
# 所有訊息都可用的變數：{ $org } { $hotline } { $email } { $website }

## 警報頁面

alerts-btn = 🔔 安全警報
alerts-intro =
    🔔 { $org } 的安全警報：關於壞客人、警察或邊境服務局 (CBSA) 行動、健康風險和騙局的簡短提醒，只會發給你選擇的地區。消息來自工作者的報告；同路人支援員會逐條檢查，刪去任何可能認出某個人的資料。

    請選擇你的地區（選中的會有 ✓），然後按「訂閱」。你隨時可以發送「停止」或 STOP 取消。
alerts-status-on =
    🔔 你正在接收下面有 ✓ 的地區的安全警報。

    你可以更改地區後按「儲存」，或者停止接收。你也隨時可以發送「停止」或 STOP。
alerts-subscribe-btn = ✅ 訂閱
alerts-save-btn = 💾 儲存更改
alerts-stop-btn = 🔕 停止接收警報
alerts-pick-one = 請先選擇至少一個地區。
alerts-subscribed = ✅ 完成：你會收到安全警報。
alerts-saved = ✅ 你的地區已儲存。
alerts-unsubscribed = 🔕 安全警報已關閉，你不會再收到警報。

## 隨時可以輸入的「停止」和「開始」

alerts-stopped = 🔕 安全警報已關閉，你不會再收到警報。想按原來的地區重新接收，請發送「開始」或 START。
alerts-not-subscribed = 你沒有訂閱安全警報，所以沒有需要停止的。想訂閱的話，請打開 🛡️ 安全，再按 🔔 安全警報。
alerts-resumed = 🔔 已重新開啟以下地區的安全警報：{ $regions }。想停止，請發送「停止」或 STOP。
# 重新開啟警報的字詞（用逗號分開，小寫）。沒有可以恢復的訂閱時，會打開主選單。
keywords-start = 開始, 訂閱, 恢復, start, subscribe, resume

## 警報訊息

alerts-everywhere = 所有地區
alerts-message-header = ⚠️ 安全警報 · { $category } · { $regions }
alerts-untranslated-note = 這則警報還沒有中文版本，以下是原文。
alerts-message-footer = 來自 { $org }。想停止接收安全警報，請發送「停止」或 STOP。
alerts-category-bad-client = 壞客人
alerts-category-police = 警察或邊境服務局 (CBSA) 行動
alerts-category-health = 健康
alerts-category-scam = 騙局
alerts-category-other = 其他

## 地區（flows/settings.yaml 的 regions:），不超過 30 個字

region-toronto = 多倫多及大多倫多區
region-ottawa = 渥太華
region-montreal = 滿地可
region-vancouver = 溫哥華
region-elsewhere = 加拿大其他地區
