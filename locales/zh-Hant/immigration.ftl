# 移民與加拿大邊境服務局 (CBSA)。流程：flows/immigration.yaml
# 法律頁面：免責聲明、資料來源和日期會自動加在下面。

immigration-menu =
    移民與加拿大邊境服務局 (CBSA, Canada Border Services Agency)。
    這個聊天機器人絕不會問你的身份。請選擇題目：
immigration-ban-btn = 工作禁令：性相關行業
immigration-detained-btn = 🚨 被邊境服務局拘留
immigration-removal-btn = 遣返令是什麼
immigration-charges-btn = 刑事控罪與移民身份
immigration-refugee-btn = 難民申請人

immigration-ban =
    臨時居民的工作禁令：
    • 如果你是獲准工作的臨時居民 (temporary resident)，你不可以為經常提供脫衣舞、色情舞蹈、伴遊 (escort) 或色情按摩的僱主開始或延續工作 (IRPR 183(1)(b.1))。
    • 這適用於訪客、學生和工人，不論你是用什麼方式獲准工作，包括開放式工作許可 (open work permit) 和校外工作。
    • 這類僱主拿不到工作許可。你的許可證上也可能寫明這個條件 (IRPR 185(b))。
    • 這些規定由 2013 年 12 月 31 日開始。

immigration-ban-2 =
    這對你可能有什麼影響：
    • 違反這些規定，可能會被逮捕、拘留和遞解出境 (deportation)。
    • 刑事法中出賣自己性服務的豁免 (immunity, Criminal Code s. 286.5)，不能保護你不被移民法追究。
    • { $org } 說，這個禁令也被用在難民申請人和被擔保的人身上，還曾被用來取消身份。

    如果你對自己的情況有疑問，請找移民律師或 { $org } 談談。

immigration-detained =
    如果邊境服務局 (CBSA) 拘留你：
    • 你有權找律師。你可以自己付錢請律師，或者申請法律援助 (legal aid)。
    • 不要對官員說謊。說謊（失實陳述 (misrepresentation)）可能令你 5 年不能入境加拿大。
    • 你有權得到拘留覆核 (detention review)，由移民庭 (Immigration Division) 處理：48 小時內（或之後盡快），然後 7 天內，之後至少每 30 天一次。
    • 移民及難民局 (IRB) 會在聆訊時提供傳譯員。

    如果你現在有危險，請打 911。請注意：和警察接觸，可能會引來邊境服務局 (CBSA，移民執法)。
    • { $org }：{ $hotline }
    • 安大略省法律援助處 (Legal Aid Ontario)：416-979-1446 或 1-800-668-8258

immigration-detained-2 =
    如果邊境服務局拘留你（續）：
    • 在邊境服務局的拘留中心 (holding centre)，打本地電話免費，包括打給律師和領事館。紅十字會、聯合國難民署 (UNHCR) 和難民團體會來探訪。
    • 你的領事館 (consulate)：官員必須告訴你，你有權要求他們通知你的領事館。只有你要求，他們才會聯絡領事館。
    • 如果你害怕自己國家的政府，在要求聯絡領事館之前，先和律師談談。
    • 如果有新的情況，你可以要求提早進行拘留覆核。
    • 在邊境的例行問話中，通常要到你被拘留之後，才有找律師的權利。

immigration-removal =
    A44 報告 (A44 report) 與遣返令 (removal order)：
    • A44 報告：如果官員認為你不可入境 (inadmissible，即是不可以留在加拿大)，他們可以寫一份報告 (IRPA s. 44(1))。
    • 然後，部長代表 (Minister's delegate，代表部長的官員) 會直接發出遣返令，或者把你的個案交給移民庭 (Immigration Division) 聆訊。
    • 你可以要求邊境服務局暫緩 (defer) 遣返，或者向聯邦法院 (Federal Court) 申請暫緩執行 (stay)。時間很緊，請盡快找律師。

immigration-removal-2 =
    三種遣返令：
    • 離境令 (departure order)：你必須在 30 天內離開加拿大。如果沒有離開，就會變成遞解令 (deportation order)。
    • 排除令 (exclusion order)：1 年內不可以回來（如果是因為失實陳述 (misrepresentation)，就是 5 年），除非你拿到返回許可 (ARC, Authorization to Return to Canada)。沒有許可而工作，通常會被發排除令。
    • 遞解令 (deportation order)：永遠不可以回來，除非你拿到返回許可 (ARC)。

immigration-charges =
    刑事控罪與移民身份：
    • 永久居民 (permanent resident) 可能因「嚴重犯罪」(serious criminality) 失去身份：即是被裁定觸犯最高刑期 10 年或以上的罪行，或被判刑超過 6 個月。
    • 外國人 (foreign national，不是公民也不是永久居民的人) 如果被裁定觸犯任何可公訴罪行 (indictable offence) 或混合罪行 (hybrid offence)，或兩項簡易程序罪行 (summary offence)，就可能變成不可入境 (inadmissible)。
    • 例子：物質利益罪 (material benefit, s. 286.2) 最高刑期是 10 年。
    • 盡早把你的移民身份告訴律師。如果移民後果可能很嚴重，安大略省法律援助處 (Legal Aid Ontario) 可能會幫你付律師費。

immigration-refugee =
    難民申請人 (refugee claimant)：
    • 盡早找難民律師。安大略省法律援助處 (Legal Aid Ontario)：416-979-1446 或 1-800-668-8258。
    • 如果有人叫你說謊，或者叫你簽空白表格，千萬不要接受他的「幫助」。
    • 臨時聯邦健康計劃 (Interim Federal Health Program, IFHP) 為沒有省醫療保險的難民申請人提供醫療保障。
    • 性相關行業的工作禁令仍然適用於你的工作許可。{ $org } 說，這個禁令曾經被用來針對難民申請人。
