# 系統訊息：語言選擇、主選單、使用說明、導覽、出錯提示、關鍵字、Telegram 指令說明。
# 每則訊息都可以用的變數：{ $org } { $hotline } { $email } { $website }

## 語言

# 本語言自己的名稱，顯示在語言選擇頁面。
language-name = 繁體中文
language-prompt = 請選擇語言 · 请选择语言 · Choose your language

## 主選單

main-menu =
    給在加拿大做性工作或按摩工作的人的免費資訊，由同路人互助網絡 { $org } 提供。

    這個聊天機器人絕不會問你的名字、移民身份或工作地點。

    請選擇題目：
main-police = 👮 遇到警察與被捕
main-immigration = 🛂 移民與邊境服務局 (CBSA)
main-law = ⚖️ 刑事法律
main-health = 🩺 看醫生：不需要醫療卡
main-safety = 🛡️ 安全
main-about = ℹ️ 關於我們與聯絡方法
main-language = 🌐 語言 · Language

## 使用說明

help =
    怎樣使用：
    • 按下按鈕就可以打開題目。在 WhatsApp 上，請回覆你選項的數字。
    • ⬅️ 返回：回到上一頁。🏠 主選單：回到開頭。
    • 輸入 /menu 回到主選單，輸入 /language 轉換語言，輸入 /help 再看這個說明。

    你的私隱：
    • 這個聊天機器人絕不會問你的名字、移民身份、地址或工作地點，也請不要傳送這些資料。
    • 你隨時可以在手機上刪除這個對話。

    這裡是一般資訊。你自己的情況，請聯絡 { $org } 或律師。

## 導覽與出錯提示

nav-back = ⬅️ 返回
nav-home = 🏠 主選單
more = 更多 ➡️
selected-mark = ✓
fallback-not-understood = 不好意思，我看不明白。請按按鈕（在 WhatsApp 上請回覆數字），或輸入 /menu 回到主選單。
fallback-unsupported = 不好意思，我只能讀文字和按鈕。請不要傳送有個人資料的相片或文件，例如身份證件。

# 加在每個法律頁面下面。只能用 { $sources } 和 { $date }。
legal-footer =
    一般資訊，不是法律意見。法律會改變，請諮詢律師。
    資料來源 (Sources)：{ $sources }
    最後核對：{ $date }

## WhatsApp（用數字回覆，代替按鈕）

# 必須包含數字 0（返回）和 9（主選單）。
whatsapp-reply-hint = 請回覆數字。0 返回 · 9 主選單
whatsapp-reply-hint-home = 請回覆數字。

## 用戶可能輸入的關鍵字（用逗號分開，小寫）

keywords-menu = 選單, 主選單, 目錄, 首頁, menu, main menu, main, home
keywords-back = 返回, 上一步, 上一頁, 後退, back, go back, return, previous
keywords-language = 語言, 轉語言, 換語言, 中文, 繁體, 繁體中文, 英文, language, languages, lang, english, chinese
keywords-help = 幫助, 說明, 點用, 怎樣用, 怎麼用, help, how, instructions
keywords-stop = 停止, 取消訂閱, stop, unsubscribe

## Telegram 指令列表（不超過 60 個字）

command-start = 開始，顯示主選單
command-menu = 主選單
command-language = 轉換語言
command-help = 怎樣使用

## 和同路人支援員談談（轉交真人）

main-handoff = 💬 和同路人支援員談談
handoff-btn = 💬 和同路人支援員談談
handoff-intro = 正在為你接通同路人支援員…
handoff-opened =
    { $org } 的同路人支援員很快會在這裡回覆你。你現在寫的所有內容都會傳給他們。

    你不用說出名字。要結束這個對話，請傳送 /end。
handoff-queued =
    下一更開始時，你的訊息會送到同路人支援員那裡。寫下你想讓他們知道的事，他們會在這裡回覆你。

    要結束這個對話，請傳送 /end。
handoff-unavailable = 不好意思，現在無法透過這個對話聯絡同路人支援員。你可以打電話給 { $org }：{ $hotline }
handoff-off-hours =
    同路人支援員現在不在值班時間。他們的時間：
    { $hours }

    你可以留言，他們在下一更開始時會看到。你也可以打電話給 { $org }：{ $hotline }
handoff-leave-message-btn = ✉️ 留言
handoff-joined = 同路人支援員已經加入對話。
handoff-still-waiting =
    你仍在排隊（第 { $position } 位）。同路人支援員會盡快回覆你。
    如果你想，也可以打電話給 { $org }：{ $hotline }。要結束這個對話，請傳送 /end。
handoff-confirm-end = 你要結束和同路人支援員的對話嗎？
handoff-end-yes = 是，結束對話
handoff-end-no = 不，繼續對話
handoff-continuing = 好的，對話繼續。
handoff-ended = 對話已經結束。你隨時可以再回來。
handoff-no-chat = 你現在沒有和同路人支援員對話，所以沒有要結束的對話。
handoff-closed-by-staff = 同路人支援員已經結束對話。你隨時可以再回來。
handoff-menu-paused = 你正在和同路人支援員對話，所以選單暫停了。要結束對話，請傳送 /end。
handoff-cannot-relay = 不好意思，貼圖和位置無法轉發。請用文字寫下來。除非你自己決定，否則不要分享你的位置。

## More menu

main-more = ➕ 更多：關於、語言、說明
more-menu = 更多選項：
more-help = ❓ 怎樣使用
