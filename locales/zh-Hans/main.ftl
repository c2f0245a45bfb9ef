# 系统信息：语言选择、主菜单、使用说明、导航、出错提示、关键词、Telegram 命令说明。
# 每条信息都可以用的变量：{ $org } { $hotline } { $email } { $website }

## 语言

# 本语言自己的名称，显示在语言选择页面。
language-name = 简体中文
language-prompt = 请选择语言 · Choose your language

## 主菜单

main-menu =
    给在加拿大做性工作或按摩工作的人的免费信息，由同伴互助网络 { $org } 提供。

    本机器人从不问你的名字、移民身份或工作地点。

    请选择话题：
main-police = 👮 遇到警察与被捕
main-immigration = 🛂 移民与边境局 (CBSA)
main-law = ⚖️ 刑法
main-health = 🩺 看病：不需要医保卡
main-safety = 🛡️ 安全
main-about = ℹ️ 关于我们与联系方式
main-language = 🌐 语言 · Language

## 使用说明

help =
    怎么使用：
    • 点按钮打开话题。在 WhatsApp 上，请回复选项前面的数字。
    • ⬅️ 返回：回到上一页。🏠 主菜单：回到开头。
    • 输入 /menu 回到主菜单，输入 /language 换语言，输入 /help 再看这个说明。

    你的隐私：
    • 本机器人从不问你的名字、移民身份、地址或工作地点，也请不要发这些信息。
    • 你随时可以在手机上删除这个聊天。

    这里是一般信息。你自己的具体情况，请联系 { $org } 或律师。

## 导航与出错提示

nav-back = ⬅️ 返回
nav-home = 🏠 主菜单
more = 更多 ➡️
selected-mark = ✓
fallback-not-understood = 不好意思，我没看懂。请点按钮（在 WhatsApp 上请回复数字），或输入 /menu 回到主菜单。
fallback-unsupported = 不好意思，我只能读文字和按钮。请不要发带有个人信息的照片或文件，比如身份证件。

# 加在每个法律页面下面。只能用 { $sources } 和 { $date }。
legal-footer =
    一般信息，不是法律意见。法律会变，请咨询律师。
    来源 (Sources)：{ $sources }
    最后核对：{ $date }

## WhatsApp（用数字回复，代替按钮）

# 必须包含数字 0（返回）和 9（主菜单）。
whatsapp-reply-hint = 请回复数字。0 返回 · 9 主菜单
whatsapp-reply-hint-home = 请回复数字。

## 用户可能输入的关键词（用逗号分开，小写）

keywords-menu = 菜单, 主菜单, 首页, menu, main menu, main, home
keywords-back = 返回, 后退, 上一步, 上一页, back, go back, return, previous
keywords-language = 语言, 换语言, 中文, 英文, english, language, languages, lang, chinese
keywords-help = 帮助, 说明, 怎么用, help, how, instructions
keywords-stop = 停止, 退订, stop, unsubscribe

## Telegram 命令列表（不超过 60 个字）

command-start = 开始，显示主菜单
command-menu = 主菜单
command-language = 换语言
command-help = 怎么使用

## 与同伴支持者聊天（转人工）

main-handoff = 💬 与同伴支持者聊天
handoff-btn = 💬 与同伴支持者聊天
handoff-intro = 正在为你联系同伴支持者……
handoff-opened =
    { $org } 的同伴支持者很快会在这里回复你。你现在写的所有内容都会转给他们。

    你不需要说出名字。要结束聊天，请发送 /end。
handoff-queued =
    你的留言会在下一班开始时转给同伴支持者。请写下你想让他们知道的事，他们会在这里回复你。

    要结束聊天，请发送 /end。
handoff-unavailable = 抱歉，现在无法通过这个聊天联系同伴支持者。你可以打电话给 { $org }：{ $hotline }
handoff-off-hours =
    同伴支持者现在不在班。工作时间：
    { $hours }

    你可以留言，下一班开始时他们会看到；也可以打电话给 { $org }：{ $hotline }
handoff-leave-message-btn = ✉️ 留言
handoff-joined = 一位同伴支持者已加入聊天。
handoff-still-waiting =
    你仍在排队（第 { $position } 位）。同伴支持者会尽快回复你。
    你也可以打电话给 { $org }：{ $hotline }。要结束聊天，请发送 /end。
handoff-confirm-end = 你要结束与同伴支持者的聊天吗？
handoff-end-yes = 是，结束聊天
handoff-end-no = 不，继续聊天
handoff-continuing = 好的，聊天继续。
handoff-ended = 聊天已结束。你随时可以再来。
handoff-no-chat = 你现在没有在和同伴支持者聊天，所以没有要结束的聊天。
handoff-closed-by-staff = 同伴支持者已结束聊天。你随时可以再来。
handoff-menu-paused = 你正在和同伴支持者聊天，菜单暂停使用。要结束聊天，请发送 /end。
handoff-cannot-relay = 抱歉，贴图和位置无法转发。请用文字说明。除非你自己决定，请不要分享你的位置。

## More menu

main-more = ➕ 更多：关于、语言、帮助
more-menu = 更多选项：
more-help = ❓ 如何使用
