# 回電請求（src/engine/nodes/callback.ts、src/app/callbacks.ts）。按鈕文字不超過 32 個字元。

main-callback = 📞 要求回電
handoff-callback-btn = 📞 改為要求回電

## 表格：一次一個問題

callback-intro = { $org } 的同路人支援員可以打電話給你。只有幾條簡短的問題，一次一條。你可以隨時取消。
callback-ask-phone =
    我們應該打哪個號碼？例如：416 555 0123
    如果是加拿大以外的號碼，請以 + 和國家代碼開頭，例如 +852 5123 4567。
callback-ask-phone-chat = 也可以按下面的按鈕，使用這個 WhatsApp 對話的號碼：{ $number }
callback-use-chat-btn = 📱 使用這個 WhatsApp 號碼
callback-phone-invalid =
    不好意思，這看來不是可以使用的電話號碼。請連同區號一起寫，例如：416 555 0123
    如果是加拿大以外的號碼，請以 + 和國家代碼開頭。
callback-phone-letters = 請只用數字寫電話號碼，不要寫字母或文字。例如：416 555 0123
callback-confirm-phone = 我們會打 { $number }。對嗎？
callback-right-btn = ✅ 對，沒錯
callback-change-btn = ✏️ 修改
callback-ask-language = 電話裡你想用哪種語言？
callback-ask-when = 甚麼時候打給你比較方便？
callback-when-today-morning = 今天上午
callback-when-today-afternoon = 今天下午
callback-when-today-evening = 今天晚上
callback-when-tomorrow-morning = 明天上午
callback-when-tomorrow-afternoon = 明天下午
callback-when-tomorrow-evening = 明天晚上
callback-when-any = 任何時間都可以
callback-ask-voicemail = 如果你沒有接聽，我們留語音訊息給你安全嗎？
callback-ask-org = 打電話的人說自己來自 { $org }，這樣安全嗎？如果不安全，他們就不會提這個名字。
callback-yes = ✅ 是
callback-no = 🚫 否
callback-ask-code =
    你可以設一個暗號。打電話的人會先說出暗號，這樣你就知道是我們打來的。
    請寫一兩個詞，或按「略過」。
callback-skip-btn = ⏭️ 略過
callback-code-invalid = 請寫一兩個簡短的詞（最多 30 個字元），要能在電話裡說出來。表情符號沒辦法在電話裡說。
callback-confirm-code = 你的暗號：{ $code }。對嗎？
callback-code-none = 沒有
callback-summary =
    請核對你的請求：
    📞 號碼：{ $number }
    🗣️ 語言：{ $language }
    🕒 時間：{ $when }
    📨 可以留語音訊息：{ $voicemail }
    🏷️ 可以說來自 { $org }：{ $sayorg }
    🔑 暗號：{ $code }
callback-send-btn = ✅ 發送請求
callback-edit-btn = ✏️ 修改答案
callback-cancel-btn = ✖️ 取消
callback-edit-which = 你想修改哪一項？
callback-field-phone = 📞 號碼
callback-field-language = 🗣️ 語言
callback-field-when = 🕒 時間
callback-field-voicemail = 📨 語音訊息
callback-field-org = 🏷️ 說出機構名稱
callback-field-code = 🔑 暗號
callback-summary-btn = ↩️ 返回核對
callback-cancelled = 好的，甚麼都沒有發送。你的答案已刪除。
callback-unavailable = 不好意思，現在無法透過這個對話接受回電請求。你可以打電話給 { $org }：{ $hotline }

## 已有的請求（代替表格顯示）

callback-pending =
    你已經要求回電：
    🕒 { $when }
    📞 號碼尾數 { $last }
    狀態：{ $status }
callback-status-open = 正在等同路人支援員
callback-status-claimed = 同路人支援員會打給你
callback-withdraw-btn = ✖️ 取消我的請求
callback-withdraw-confirm = 你要取消回電請求嗎？
callback-withdraw-yes = 是，取消
callback-withdraw-no = 不，保留
callback-kept = 好的，你的請求會保留。

## 關於請求的訊息

callback-sent =
    謝謝，你的請求已發送。{ $org } 的同路人支援員會打電話給你（{ $when }）。
    想查看或取消，請在選單中選「📞 要求回電」。
callback-withdrawn = 你的回電請求已取消，並會被刪除。
callback-already-closed = 這個請求已經結束了。
callback-done = 你的回電請求已完成。如果還需要甚麼，可以在這裡留言，或再次要求回電。
callback-missed = 同路人支援員試過打電話給你，但未能接通。他們會再試。你可以在選單中取消這個請求。
callback-cancelled-by-staff = 你的回電請求已由同路人支援員關閉。如果你仍然需要電話，可以在選單中再次要求，或打電話給 { $org }：{ $hotline }
