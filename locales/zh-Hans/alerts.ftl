# 安全警报（flows/alerts.yaml、docs/alerts.md）：订阅页面、“停止”/“开始”，以及收到的警报消息。
# 所有消息都可用的变量：{ $org } { $hotline } { $email } { $website }

## 警报页面

alerts-btn = 🔔 安全警报
alerts-intro =
    🔔 { $org } 的安全警报：关于坏客人、警察或边境局 (CBSA) 行动、健康风险和骗局的简短提醒，只发给你选择的地区。消息来自工作者的报告；同伴支持者会逐条检查，删去任何可能认出某个人的信息。

    请选择你的地区（选中的会打 ✓），然后点“订阅”。你随时可以发送“停止”或 STOP 来取消。
alerts-status-on =
    🔔 你正在接收下面打 ✓ 的地区的安全警报。

    你可以更改地区后点“保存”，或者停止接收。你也随时可以发送“停止”或 STOP。
alerts-subscribe-btn = ✅ 订阅
alerts-save-btn = 💾 保存更改
alerts-stop-btn = 🔕 停止接收警报
alerts-pick-one = 请先至少选择一个地区。
alerts-subscribed = ✅ 好了：你会收到安全警报。
alerts-saved = ✅ 你的地区已保存。
alerts-unsubscribed = 🔕 安全警报已关闭，你不会再收到警报。

## 随时可以输入的“停止”和“开始”

alerts-stopped = 🔕 安全警报已关闭，你不会再收到警报。想按原来的地区重新接收，请发送“开始”或 START。
alerts-not-subscribed = 你没有订阅安全警报，所以没有需要停止的。想订阅的话，请打开 🛡️ 安全，再点 🔔 安全警报。
alerts-resumed = 🔔 已重新开启以下地区的安全警报：{ $regions }。想停止，请发送“停止”或 STOP。
# 重新开启警报的词（用逗号分开，小写）。没有可恢复的订阅时，会打开主菜单。
keywords-start = 开始, 订阅, 恢复, start, subscribe, resume

## 警报消息

alerts-everywhere = 所有地区
alerts-message-header = ⚠️ 安全警报 · { $category } · { $regions }
alerts-untranslated-note = 这条警报还没有中文版本，下面是原文。
alerts-message-footer = 来自 { $org }。想停止接收安全警报，请发送“停止”或 STOP。
alerts-category-bad-client = 坏客人
alerts-category-police = 警察或边境局 (CBSA) 行动
alerts-category-health = 健康
alerts-category-scam = 骗局
alerts-category-other = 其他

## 地区（flows/settings.yaml 的 regions:），不超过 30 个字

region-toronto = 多伦多及大多伦多地区
region-ottawa = 渥太华
region-montreal = 蒙特利尔
region-vancouver = 温哥华
region-elsewhere = 加拿大其他地区
