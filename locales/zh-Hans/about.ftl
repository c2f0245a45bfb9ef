# 关于本组织和联系方式。流程：flows/about.yaml
# 组织的电话、电邮和网站来自 flows/settings.yaml。

about-menu =
    关于 { $org }，以及怎么联系。
    请选择话题：
about-org-btn = { $org } 是什么组织？
# 也用在危机页面（被捕以后、被拘留、被攻击以后）。
about-contact-btn = 📞 联系 { $org }
about-groups-btn = 其他可以帮忙的组织

about-org =
    { $org }：亚裔及移民性工作者支援网络 (Asian and Migrant Sex Workers Support Network)。
    • 2014 年由性工作者、社工，以及法律和医疗专业人员一起创办。
    • 由移民性工作者主导，以同伴互助为基础。委员会里一半是现在或以前的性工作者。
    • 支持了超过 5,000 名亚裔和移民性工作者。
    • 相信性工作是工作。性工作者有权得到安全、尊严、平等和公义。不管身份如何，移民工人都应该和其他工人一样被对待。

about-org-2 =
    { $org } 做什么：
    • 外展和热线
    • 情绪、社交、健康和法律方面的支持
    • 遇到暴力、被捕或被拘留时的紧急和危机支持
    • 认识权利工作坊、英语班，以及翻译好的市政法规信息
    • 心理辅导和健康转介
    • 领导力培训、研究、公众教育和倡导
    这些支持顾及创伤经历 (trauma-informed)，也尊重社区的文化。

about-org-3 =
    { $org } 的正义诉求：
    • 性工作去刑事化。
    • 性工作是工作：取消移民禁令。
    • 要权利，不要“拯救”。
    • 性工作不是人口贩卖。
    • 反对种族歧视。
    • 警察不要进工作场所。
    • 人人都有身份。
    • 使用服务不用害怕。

    合作伙伴包括 Migrant Sex Workers Project、Maggie's、HIV Legal Network、STRUT 和 No One Is Illegal。

about-contact =
    联系 { $org }：
    • 电话：{ $hotline }
    • 电邮：{ $email }
    • 网站：{ $website }

    安大略省法律援助 (Legal Aid Ontario，值班律师和法律援助)：416-979-1446 或 1-800-668-8258

    如果你现在有危险，请打 911。请注意：和警察接触可能会引来边境服务局 (CBSA，移民执法)。

about-groups =
    其他可以帮忙的组织：
    • HALCO：在安大略省为 HIV 感染者提供免费法律帮助，包括移民问题。416-340-7790 或 1-888-705-8889
    • HIV Legal Network：和 { $org } 一起写了《The Carceral Web》报告。hivlegalnetwork.ca
    • Maggie's Toronto：由性工作者创办、为性工作者服务。maggiesto.org
    • Migrant Sex Workers Project：migrantsexworkersproject.com
    • SWAN Vancouver：swanvancouver.ca
    • Stella（蒙特利尔）：chezstella.org
