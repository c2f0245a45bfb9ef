# 遇到警察與被捕。流程：flows/police.yaml
# 法律頁面：免責聲明、資料來源和日期會自動加在下面。

police-menu =
    遇到警察與被捕。
    《憲章》(Charter) 保障在加拿大的每一個人。請選擇題目：
police-rights-btn = 你的權利
police-talk-btn = 應該說什麼，不應該說什麼
police-search-btn = 搜查、證件和手機
police-door-btn = 敲門的是誰？
police-arrest-btn = 🚨 被捕之後

police-rights =
    你面對警察時的權利（《加拿大權利與自由憲章》(Canadian Charter of Rights and Freedoms)）：
    • 你有權不被無理搜查，東西也不被無理拿走 (unreasonable search or seizure, s. 8)。
    • 你有權不被任意拘留 (arbitrary detention, s. 9)，即是沒有法律理由就把你扣留。
    • 如果你被逮捕或被扣留，你有權立即知道原因 (s. 10(a))。
    • 你有權立即找律師，也有權被告知你有這個權利 (s. 10(b))。
    • 你可以選擇不回答警察的問題 (s. 7)。警察可能會一直問，你可以一直說「不」。

police-rights-2 =
    找律師：
    • 警察有責任告訴你有法律援助 (Legal Aid) 和當值律師 (duty counsel，免費律師)，讓你打電話，並且在你有合理機會和律師談話之前停止問話。
    • 在安大略省，你可以說：「I want to speak to duty counsel.」（我要和當值律師談。）警察之後會打給安大略省法律援助處的律師熱線 (Brydges line)。熱線 24 小時都有人接聽，電話免費、保密，不用審查收入。
    • 在法庭或審裁處 (tribunal)，你有權要求傳譯員 (interpreter) (s. 14)。

police-talk =
    應該說什麼，不應該說什麼：
    • 保持冷靜、有禮貌。
    • 問警察：「Am I being detained, or am I free to go?」（我是被扣留，還是可以走？）如果可以走，你就可以離開。
    • 你可以說：「I want to remain silent. I want to speak to a lawyer.」（我要保持沉默。我要找律師。）
    • 你說的任何話都可能算作供詞 (statement)，可能被用來對付你、你的同事或客人，你也可能被要求出庭作證。
    • 不要報假名字，這樣可能被控妨礙執法 (obstruction)。大部分截查中，其他問題你都不需要回答。

police-talk-2 =
    小心這些問題：
    警察經常問有沒有人管你的錢，或者幫你接電話。有些 { $org } 的成員被問過這類問題後，被逮捕或被交給邊境服務局 (CBSA，移民執法)。

    你可以說：「I want to remain silent. I want to speak to a lawyer.」（我要保持沉默。我要找律師。）

police-search =
    搜查、證件和手機：
    • 你可以拒絕搜查，之前答應了也可以收回。只有在你自願、而且清楚知道自己答應什麼的情況下，同意搜查 (consent search) 才算有效。
    • 如果逮捕是合法的，警察可以搜你的身，找和罪行有關的證據，或者為了安全。
    • 在短暫的調查性截停 (investigative detention) 中，警察可以為了安全拍身檢查 (pat-down)。
    • 一般來說，法律沒有要求你隨身帶證件。在某些受規管的情況下要出示證件，例如駕車的時候。
    • 警察曾經拿走工作者的手機和積蓄，有一位工作者損失了 $10,000。

police-door =
    敲門的是誰？
    • 警察 (police)：執行刑事法典 (Criminal Code)，可以逮捕你。警察經常和邊境服務局 (CBSA) 分享資料：2015 年的一份報告發現，多倫多警察在八個月內聯絡邊境服務局超過 3,200 次。
    • 市政執法人員 (bylaw officer)：執行城市的牌照規定（例如按摩和整體療法 (holistic) 牌照），可以開罰單。
    • 邊境服務局 (CBSA) 人員：執行移民法。如果他們認為某人不可入境 (inadmissible)，而且例如覺得這個人可能不會出席聆訊，或者身份不清楚，就可以拘留這個人。

    市政執法人員、警察和邊境服務局曾經一起突擊搜查 (joint raids)，令工作者被捕和被遞解出境。

police-door-2 =
    市政執法人員 (bylaw officer)（安大略省）：
    • 他們可以在合理時間進入營業場所檢查。
    • 當作住所用的房間就不同。他們要有你的同意或手令 (warrant) 才可以進去。
    • 拒絕市政執法人員進入你的住所，不算妨礙執法 (obstruction)。多倫多也有同類的規定。

    如果來的是警察，請看「遇到警察與被捕 > 你的權利」。如果是邊境服務局，請按下面。

police-arrest =
    被捕之後：
    • 要求找律師。在安大略省，你可以說：「I want to speak to duty counsel.」（我要和當值律師談。）你可以選擇保持沉默。
    • 如果警察不放你，就必須盡快帶你見治安法官 (justice)，不可以無理拖延（有法官的話，要在 24 小時內）。
    • 當值律師 (duty counsel，法院的免費律師) 可以在保釋聆訊 (bail hearing) 幫你。
    • 把你的移民身份告訴你的律師。定罪 (conviction) 可能會影響你的身份。

    如果你現在有危險，請打 911。請注意：和警察接觸，可能會引來邊境服務局 (CBSA，移民執法)。
    • { $org }：{ $hotline }
    • 安大略省法律援助處 (Legal Aid Ontario)：416-979-1446 或 1-800-668-8258

police-arrest-2 =
    被捕之後（續）：
    • 對某些罪行，例如在公眾地方溝通 (communicating, s. 213)，警察經常會發出庭通知書 (appearance notice) 然後放人。這張紙會告訴你什麼時候要上法庭。
    • 如果定罪可能帶來嚴重的移民後果，安大略省法律援助處 (Legal Aid Ontario) 可能會幫你付律師費。
    • { $org } 提供法律支援，可以幫你找律師。
