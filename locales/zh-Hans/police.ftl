# 遇到警察与被捕。流程：flows/police.yaml
# 法律页面：免责声明、来源和日期会自动加在下面。

police-menu =
    遇到警察与被捕。
    《宪章》(Charter) 保护在加拿大的每一个人。请选择话题：
police-rights-btn = 你的权利
police-talk-btn = 该说什么，不该说什么
police-search-btn = 搜查、证件和手机
police-door-btn = 敲门的是谁？
police-arrest-btn = 🚨 被捕以后

police-rights =
    你面对警察时的权利（《加拿大权利与自由宪章》(Canadian Charter of Rights and Freedoms)）：
    • 你有权不受不合理的搜查和扣押 (unreasonable search or seizure, s. 8)。
    • 你有权不被无理拘留 (arbitrary detention, s. 9)，也就是没有法律理由就被扣留。
    • 如果你被逮捕或拘留，你有权马上知道原因 (s. 10(a))。
    • 你有权立即找律师，也有权被告知这个权利 (s. 10(b))。
    • 你可以选择不回答警察的问题 (s. 7)。警察可能会一直问，你可以一直说“不”。

police-rights-2 =
    找律师：
    • 警察有义务告诉你有法律援助 (Legal Aid) 和值班律师 (duty counsel，免费律师)，让你打电话，并且在你有合理机会和律师谈话之前停止问话。
    • 在安大略省，你可以说：“I want to speak to duty counsel.”（我要和值班律师谈。）警察会打给安大略省法律援助的律师热线 (Brydges line)。热线 24 小时开放，电话免费、保密，不看收入。
    • 在法庭或审裁处 (tribunal)，你有权要求翻译 (interpreter) (s. 14)。

police-talk =
    该说什么，不该说什么：
    • 保持冷静、有礼貌。
    • 问警察：“Am I being detained, or am I free to go?”（我是被拘留了，还是可以走？）如果可以走，你就可以离开。
    • 你可以说：“I want to remain silent. I want to speak to a lawyer.”（我要保持沉默。我要找律师。）
    • 你说的任何话都可能算作口供 (statement)，可能被用来对付你、你的同事或客人，你也可能被要求出庭作证。
    • 不要报假名字，这可能被控妨碍执法 (obstruction)。大多数情况下，其他问题你不需要回答。

police-talk-2 =
    小心这些问题：
    警察常常问有没有人管你的钱，或者帮你接电话。有些 { $org } 的成员回答这类问题后被逮捕，或被交给边境服务局 (CBSA，移民执法)。

    你可以说：“I want to remain silent. I want to speak to a lawyer.”（我要保持沉默。我要找律师。）

police-search =
    搜查、证件和手机：
    • 你可以拒绝搜查，之前答应了也可以收回。只有在你自愿、并且清楚自己在答应什么的情况下，同意搜查 (consent search) 才算有效。
    • 如果逮捕是合法的，警察可以搜你的身，找跟罪名有关的证据，或为了安全。
    • 在短暂的调查性拦查 (investigative detention) 中，警察可以为了安全拍身检查 (pat-down)。
    • 一般来说没有随身带证件的义务。某些受管制的情况要出示证件，比如开车的时候。
    • 警察曾经拿走工作者的手机和积蓄，有一位工作者损失了 1 万加元。

police-door =
    敲门的是谁？
    • 警察 (police)：执行刑法 (Criminal Code)，可以逮捕你。警察常常和边境服务局 (CBSA) 分享信息：2015 年的一份报告发现，多伦多警察在八个月里联系边境服务局超过 3,200 次。
    • 市政执法人员 (bylaw officer)：执行城市的牌照规定（比如按摩和整体疗法 (holistic) 牌照），可以开罚单。
    • 边境服务局官员 (CBSA)：执行移民法。如果他们认为某人不可入境 (inadmissible)，而且比如觉得这个人可能不去出庭，或身份不清楚，就可以拘留这个人。

    市政执法人员、警察和边境服务局曾经一起突击检查 (joint raids)，导致工作者被捕和被驱逐出境。

police-door-2 =
    市政执法人员 (bylaw officer)（安大略省）：
    • 他们可以在合理的时间进入营业场所检查。
    • 当作住家用的房间不一样。他们要有你的同意或搜查令 (warrant) 才能进去。
    • 不让市政执法人员进你的住处，不算妨碍执法 (obstruction)。多伦多也有类似的规定。

    如果来的是警察，请看“遇到警察与被捕 > 你的权利”。如果是边境服务局，请点下面。

police-arrest =
    被捕以后：
    • 要求找律师。在安大略省，你可以说：“I want to speak to duty counsel.”（我要和值班律师谈。）你可以选择保持沉默。
    • 如果警察不放你，必须尽快带你去见治安法官 (justice)，不能有不合理的拖延（有法官的话，要在 24 小时内）。
    • 值班律师 (duty counsel，法院的免费律师) 可以在保释听证 (bail hearing) 上帮你。
    • 把你的移民身份告诉你的律师。定罪 (conviction) 可能会影响你的身份。

    如果你现在有危险，请打 911。请注意：和警察接触可能会引来边境服务局 (CBSA，移民执法)。
    • { $org }：{ $hotline }
    • 安大略省法律援助 (Legal Aid Ontario)：416-979-1446 或 1-800-668-8258

police-arrest-2 =
    被捕以后（续）：
    • 对一些罪名，比如在公共场所沟通交易 (communicating, s. 213)，警察常常发出庭通知 (appearance notice) 放人。这张纸会告诉你什么时候去法庭。
    • 如果定罪可能带来严重的移民后果，安大略省法律援助 (Legal Aid Ontario) 可能会帮你付律师费。
    • { $org } 提供法律支持，可以帮你找律师。
