# 回电请求（src/engine/nodes/callback.ts、src/app/callbacks.ts）。按钮文字不超过 32 个字符。

main-callback = 📞 请求回电
handoff-callback-btn = 📞 改为请求回电

## 表单：一次一个问题

callback-intro = { $org } 的同伴支持者可以给你打电话。只有几个简短的问题，一次一个。你可以随时取消。
callback-ask-phone =
    我们应该打哪个号码？例如：416 555 0123
    如果是加拿大以外的号码，请以 + 和国家代码开头，例如 +86 139 1234 5678。
callback-ask-phone-chat = 也可以点下面的按钮，使用这个 WhatsApp 聊天的号码：{ $number }
callback-use-chat-btn = 📱 使用这个 WhatsApp 号码
callback-phone-invalid =
    抱歉，这看起来不是可以使用的电话号码。请连同区号一起写，例如：416 555 0123
    如果是加拿大以外的号码，请以 + 和国家代码开头。
callback-phone-letters = 请只用数字写电话号码，不要写字母或文字。例如：416 555 0123
callback-confirm-phone = 我们会打 { $number }。对吗？
callback-right-btn = ✅ 对，没错
callback-change-btn = ✏️ 修改
callback-ask-language = 电话里你想用哪种语言？
callback-ask-when = 什么时候打给你比较方便？
callback-when-today-morning = 今天上午
callback-when-today-afternoon = 今天下午
callback-when-today-evening = 今天晚上
callback-when-tomorrow-morning = 明天上午
callback-when-tomorrow-afternoon = 明天下午
callback-when-tomorrow-evening = 明天晚上
callback-when-any = 任何时间都可以
callback-ask-voicemail = 如果你没接电话，我们给你留语音留言安全吗？
callback-ask-org = 打电话的人说自己来自 { $org }，这样安全吗？如果不安全，他们就不会提这个名字。
callback-yes = ✅ 是
callback-no = 🚫 否
callback-ask-code =
    你可以设一个暗号。打电话的人会先说出暗号，这样你就知道是我们打来的。
    请写一两个词，或点“跳过”。
callback-skip-btn = ⏭️ 跳过
callback-code-invalid = 请写一两个简短的词（最多 30 个字符），要能在电话里说出来。表情符号没办法在电话里说。
callback-confirm-code = 你的暗号：{ $code }。对吗？
callback-code-none = 无
callback-summary =
    请核对你的请求：
    📞 号码：{ $number }
    🗣️ 语言：{ $language }
    🕒 时间：{ $when }
    📨 可以留语音留言：{ $voicemail }
    🏷️ 可以说来自 { $org }：{ $sayorg }
    🔑 暗号：{ $code }
callback-send-btn = ✅ 发送请求
callback-edit-btn = ✏️ 修改回答
callback-cancel-btn = ✖️ 取消
callback-edit-which = 你想修改哪一项？
callback-field-phone = 📞 号码
callback-field-language = 🗣️ 语言
callback-field-when = 🕒 时间
callback-field-voicemail = 📨 语音留言
callback-field-org = 🏷️ 说出机构名称
callback-field-code = 🔑 暗号
callback-summary-btn = ↩️ 返回核对
callback-cancelled = 好的，什么都没有发送。你的回答已删除。
callback-unavailable = 抱歉，现在无法通过这个聊天接受回电请求。你可以打电话给 { $org }：{ $hotline }

## 已有的请求（代替表单显示）

callback-pending =
    你已经请求了回电：
    🕒 { $when }
    📞 尾号 { $last }
    状态：{ $status }
callback-status-open = 正在等待同伴支持者
callback-status-claimed = 同伴支持者会打给你
callback-withdraw-btn = ✖️ 取消我的请求
callback-withdraw-confirm = 你要取消回电请求吗？
callback-withdraw-yes = 是，取消
callback-withdraw-no = 不，保留
callback-kept = 好的，你的请求会保留。

## 关于请求的消息

callback-sent =
    谢谢，你的请求已发送。{ $org } 的同伴支持者会打电话给你（{ $when }）。
    要查看或取消，请在菜单中选择“📞 请求回电”。
callback-withdrawn = 你的回电请求已取消，并会被删除。
callback-already-closed = 这个请求已经结束了。
callback-done = 你的回电请求已完成。如果还需要什么，可以在这里留言，或再次请求回电。
callback-missed = 同伴支持者试着给你打电话，但没有打通。他们会再试。你可以在菜单中取消这个请求。
callback-cancelled-by-staff = 你的回电请求已被同伴支持者关闭。如果你仍然需要电话，可以在菜单中再次请求，或打电话给 { $org }：{ $hotline }
