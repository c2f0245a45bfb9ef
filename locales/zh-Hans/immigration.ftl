# 移民与边境服务局 (CBSA)。流程：flows/immigration.yaml
# 法律页面：免责声明、来源和日期会自动加在下面。

immigration-menu =
    移民与加拿大边境服务局 (CBSA, Canada Border Services Agency)。
    本机器人从不问你的身份。请选择话题：
immigration-ban-btn = 禁止在性相关行业工作
immigration-detained-btn = 🚨 被边境服务局拘留
immigration-removal-btn = 遣返令是什么
immigration-charges-btn = 刑事指控与移民身份
immigration-refugee-btn = 难民申请人

immigration-ban =
    临时居民的工作禁令：
    • 如果你是可以工作的临时居民 (temporary resident)，你不可以在经常提供脱衣舞、色情舞蹈、伴游 (escort) 或色情按摩的雇主那里开始或继续工作 (IRPR 183(1)(b.1))。
    • 这适用于访客、学生和工人，不管你是以什么方式获准工作，包括开放式工作许可 (open work permit) 和校外打工。
    • 这类雇主拿不到工作许可。你的许可上也可能写着这一条件 (IRPR 185(b))。
    • 这些规定从 2013 年 12 月 31 日开始生效。

immigration-ban-2 =
    这对你可能意味着什么：
    • 违反这些规定，可能导致被捕、拘留和被驱逐出境 (deportation)。
    • 刑法中卖自己性服务的豁免 (immunity, Criminal Code s. 286.5) 不能保护你不受移民法追究。
    • { $org } 说，这个禁令也被用在难民申请人和被担保的人身上，还被用来取消身份。

    如果你对自己的情况有疑问，请咨询移民律师或 { $org }。

immigration-detained =
    如果边境服务局 (CBSA) 拘留你：
    • 你有权找律师。可以自己付钱请律师，也可以申请法律援助 (legal aid)。
    • 不要对官员说谎。说谎 (misrepresentation，虚假陈述) 可能导致 5 年不能入境加拿大。
    • 你有权得到拘留审查 (detention review)，由移民仲裁庭 (Immigration Division) 进行：48 小时内（或之后尽快），然后 7 天内，之后至少每 30 天一次。
    • 移民与难民局 (IRB) 会在听证时提供翻译。

    如果你现在有危险，请打 911。请注意：和警察接触可能会引来边境服务局 (CBSA，移民执法)。
    • { $org }：{ $hotline }
    • 安大略省法律援助 (Legal Aid Ontario)：416-979-1446 或 1-800-668-8258

immigration-detained-2 =
    如果边境服务局拘留你（续）：
    • 在边境服务局的拘留中心 (holding centre)，打本地电话免费，包括打给律师和领事馆。红十字会、联合国难民署 (UNHCR) 和难民组织会来探访。
    • 领事馆 (consulate)：官员必须告诉你，你有权让他们通知你的领事馆。只有你要求，他们才会联系领事馆。
    • 如果你害怕本国政府，在要求联系领事馆之前，先和律师谈。
    • 如果有新的情况，你可以要求提前进行拘留审查。
    • 在边境的例行问话中，通常要到你被拘留后，才有找律师的权利。

immigration-removal =
    A44 报告 (A44 report) 与遣返令 (removal order)：
    • A44 报告：如果官员认为你不可入境 (inadmissible，不可以留在加拿大)，可以写一份报告 (IRPA s. 44(1))。
    • 然后，部长代表 (Minister's delegate，代表部长的官员) 会直接发遣返令，或者把你的案子交给移民仲裁庭 (Immigration Division) 听证。
    • 你可以请边境服务局暂缓遣返 (deferral of removal)，或者向联邦法院 (Federal Court) 申请中止 (stay)。时间很紧，请尽快找律师。

immigration-removal-2 =
    三种遣返令：
    • 离境令 (departure order)：你必须在 30 天内离开加拿大。如果没有离开，就会变成驱逐令 (deportation order)。
    • 排除令 (exclusion order)：1 年内不能回来（如果是因为虚假陈述 (misrepresentation)，就是 5 年），除非拿到返回许可 (ARC, Authorization to Return to Canada)。没有许可工作，通常会被发排除令。
    • 驱逐令 (deportation order)：永远不能回来，除非拿到返回许可 (ARC)。

immigration-charges =
    刑事指控与移民身份：
    • 永久居民 (permanent resident) 如果因“严重犯罪” (serious criminality) 被定罪，可能失去身份：也就是最高刑期 10 年或以上的罪，或被判刑超过 6 个月。
    • 外国公民 (foreign national，不是公民也不是永久居民的人) 如果被判任何可公诉罪 (indictable offence) 或混合罪 (hybrid offence)，或两项简易罪 (summary offence)，就可能变成不可入境 (inadmissible)。
    • 例子：物质利益罪 (material benefit, s. 286.2) 最高刑期是 10 年。
    • 尽早把你的移民身份告诉律师。如果移民后果可能很严重，安大略省法律援助 (Legal Aid Ontario) 可能会帮你付律师费。

immigration-refugee =
    难民申请人 (refugee claimant)：
    • 尽早找难民律师。安大略省法律援助 (Legal Aid Ontario)：416-979-1446 或 1-800-668-8258。
    • 如果有人叫你说谎，或叫你签空白表格，千万不要接受他的“帮助”。
    • 临时联邦健康计划 (Interim Federal Health Program, IFHP) 为没有省医保的难民申请人提供医疗保障。
    • 性相关行业的工作禁令仍然适用于你的工作许可。{ $org } 说，这个禁令曾被用来对付难民申请人。
