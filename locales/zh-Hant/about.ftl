# 關於本組織和聯絡方法。流程：flows/about.yaml
# 組織的電話、電郵和網站來自 flows/settings.yaml。

about-menu =
    關於 { $org }，以及怎樣聯絡。
    請選擇題目：
about-org-btn = { $org } 是什麼組織？
# 也用在危機頁面（被捕之後、被拘留、被襲擊之後）。
about-contact-btn = 📞 聯絡 { $org }
about-groups-btn = 其他可以幫忙的團體

about-org =
    { $org }：亞裔及移民性工作者支援網絡 (Asian and Migrant Sex Workers Support Network)。
    • 2014 年由性工作者、社工，以及法律和醫療專業人士一起創辦。
    • 由移民性工作者主導，以同路人互助為基礎。委員會裡一半是現在或以前的性工作者。
    • 支援超過 5,000 名亞裔和移民性工作者。
    • 相信性工作是工作。性工作者有權得到安全、尊嚴、平等和公義。不論身份如何，移民工人都應該和其他工人得到一樣的對待。

about-org-2 =
    { $org } 做什麼：
    • 外展和熱線
    • 情緒、社交、健康和法律方面的支援
    • 遇到暴力、被捕或被拘留後的緊急和危機支援
    • 認識權利工作坊、英文班，以及翻譯好的市政法規資訊
    • 輔導和健康轉介
    • 領袖培訓、研究、公眾教育和倡議
    這些支援顧及創傷經歷 (trauma-informed)，也植根於社群的文化。

about-org-3 =
    { $org } 的公義訴求：
    • 性工作去刑事化。
    • 性工作是工作：取消移民禁令。
    • 要權利，不要「拯救」。
    • 性工作不是人口販賣。
    • 反對種族歧視。
    • 警察不要進入工作場所。
    • 人人都有身份。
    • 使用服務不用害怕。

    合作夥伴包括 Migrant Sex Workers Project、Maggie's、HIV Legal Network、STRUT 和 No One Is Illegal。

about-contact =
    聯絡 { $org }：
    • 電話：{ $hotline }
    • 電郵：{ $email }
    • 網站：{ $website }

    安大略省法律援助處 (Legal Aid Ontario，當值律師和法律援助)：416-979-1446 或 1-800-668-8258

    如果你現在有危險，請打 911。請注意：和警察接觸，可能會引來邊境服務局 (CBSA，移民執法)。

about-groups =
    其他可以幫忙的團體：
    • HALCO：在安大略省為愛滋病毒 (HIV) 感染者提供免費法律幫助，包括移民問題。416-340-7790 或 1-888-705-8889
    • HIV Legal Network：和 { $org } 一起寫了《The Carceral Web》報告。hivlegalnetwork.ca
    • Maggie's Toronto：由性工作者創辦、為性工作者服務。maggiesto.org
    • Migrant Sex Workers Project：migrantsexworkersproject.com
    • SWAN Vancouver：swanvancouver.ca
    • Stella（滿地可 Montreal）：chezstella.org
