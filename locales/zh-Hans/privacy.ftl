# 隐私：删除我的资料、清除聊天、自动删除消息、"请慢一点"。

## 隐私页面（更多 → 隐私）

privacy-btn = 🔒 隐私和删除
privacy-intro =
    你的隐私：
    • 🧹 清除这个聊天：机器人会删除这个聊天里的消息（最近 48 小时内的）。
    • ⏱️ 自动删除消息：每条消息发出一段时间后会被删除。
    • 🗑️ 删除我的资料：机器人会忘记它保存的所有关于你的信息。

    机器人只保存你的语言、你在菜单里的位置，以及加密后的这个聊天的编号。你写给同伴支持者的内容，它从不保存。
privacy-clear-btn = 🧹 清除这个聊天
privacy-disappear-btn = ⏱️ 自动删除消息
privacy-forget-btn = 🗑️ 删除我的资料
privacy-disappear-status-on = ⏱️ 自动删除消息：已开启。每条消息在发出 { $after } 后删除。
privacy-disappear-status-off = ⏱️ 自动删除消息：已关闭。
privacy-disappear-prompt = 这个聊天里的每条消息，多久后自动删除：
privacy-disappear-off-btn = 关闭
privacy-after-5m = 5 分钟
privacy-after-1h = 1 小时
privacy-after-24h = 24 小时

## 删除我的资料（/forget）

privacy-forget-confirm =
    要删除你的所有资料吗？

    机器人会忘记你：你的语言、你在菜单里的位置、你的回电请求或安全警报订阅，以及你和同伴支持者的聊天（聊天会结束）。它也会尽量删除这个聊天里的消息。

    删除后无法恢复。
privacy-forget-yes = 🗑️ 是的，全部删除
privacy-forget-no = 不，保留
privacy-forget-cancelled = 好的，什么都没有删除。
privacy-forgotten =
    你的资料已经删除。机器人不再知道你是谁；如果你再发消息，会从头开始。
    如果也想从手机上移除这个聊天，请在你的应用里删除它。

## 清除这个聊天（/clear）

privacy-cleared =
    🧹 聊天已清除。机器人无法删除超过 48 小时的消息：在 Telegram 里删除这个聊天，就能全部移除。
    发送 /menu 重新开始。
privacy-cleared-whatsapp =
    🧹 机器人已删除它在这个聊天里发的消息。WhatsApp 不允许它删除你发的消息：请打开这个聊天的菜单，选择"清空聊天记录"。
    发送 menu 重新开始。
privacy-clear-unavailable = 这里无法清除这个聊天。请在你的应用里删除它。

## 消息太多

privacy-slow-down = 你发消息太快了。请等 { $minutes } 分钟：在这之前，机器人不会读你发的内容。

## Telegram 命令列表（最多 60 个字符）

command-clear = 删除这个聊天
