# 私隱：刪除我的資料、清除對話、自動刪除訊息、「請慢一點」。

## 私隱頁面（更多 → 私隱）

privacy-btn = 🔒 私隱和刪除
privacy-intro =
    你的私隱：
    • 🧹 清除這個對話：聊天機器人會刪除這個對話裡的訊息（最近 48 小時內的）。
    • ⏱️ 自動刪除訊息：每則訊息傳出一段時間後會被刪除。
    • 🗑️ 刪除我的資料：聊天機器人會忘記它保存的所有關於你的資料。

    聊天機器人只保存你的語言、你在選單裡的位置，以及加密後的這個對話的編號。你寫給同路人支援員的內容，它從不保存。
privacy-clear-btn = 🧹 清除這個對話
privacy-disappear-btn = ⏱️ 自動刪除訊息
privacy-forget-btn = 🗑️ 刪除我的資料
privacy-disappear-status-on = ⏱️ 自動刪除訊息：已開啟。每則訊息在傳出 { $after } 後刪除。
privacy-disappear-status-off = ⏱️ 自動刪除訊息：已關閉。
privacy-disappear-prompt = 這個對話裡的每則訊息，多久後自動刪除：
privacy-disappear-off-btn = 關閉
privacy-after-5m = 5 分鐘
privacy-after-1h = 1 小時
privacy-after-24h = 24 小時

## 刪除我的資料（/forget）

privacy-forget-confirm =
    要刪除你的所有資料嗎？

    聊天機器人會忘記你：你的語言、你在選單裡的位置、你的回電要求或安全警報訂閱，以及你和同路人支援員的對話（對話會結束）。它也會盡量刪除這個對話裡的訊息。

    刪除後無法復原。
privacy-forget-yes = 🗑️ 是，全部刪除
privacy-forget-no = 不，保留
privacy-forget-cancelled = 好的，甚麼都沒有刪除。
privacy-forgotten =
    你的資料已經刪除。聊天機器人不再知道你是誰；如果你再傳訊息，會重新開始。
    如果也想從手機移除這個對話，請在你的應用程式裡刪除它。

## 清除這個對話（/clear）

privacy-cleared =
    🧹 對話已清除。聊天機器人無法刪除超過 48 小時的訊息：在 Telegram 裡刪除這個對話，就能全部移除。
    傳送 /menu 重新開始。
privacy-cleared-whatsapp =
    🧹 聊天機器人已刪除它在這個對話裡傳的訊息。WhatsApp 不允許它刪除你傳的訊息：請打開這個對話的選單，選擇「清除對話」。
    傳送 menu 重新開始。
privacy-clear-unavailable = 這裡無法清除這個對話。請在你的應用程式裡刪除它。

## 訊息太多

privacy-slow-down = 你傳訊息太快了。請等 { $minutes } 分鐘：在這之前，聊天機器人不會讀你傳的內容。

## Telegram 指令列表（最多 60 個字元）

command-clear = 刪除這個對話
