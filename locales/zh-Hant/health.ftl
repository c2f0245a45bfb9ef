# 健康與社區服務。流程：flows/health.yaml
# 只用內容簡介中已確認的電話號碼。暫不發佈的號碼列在 docs/content-review-notes.md。

health-menu =
    醫療和健康服務，包括不需要醫療卡 (health card / OHIP) 或身份文件也可以用的服務。
    請選擇題目：
health-toronto-btn = 多倫多 (Toronto)
health-vancouver-btn = 溫哥華 (Vancouver)
health-montreal-btn = 滿地可 (Montreal)
health-pep-btn = 💊 PEP：72 小時內
health-assault-btn = 性侵犯後的醫療照顧
health-mental-btn = 心理健康
health-harm-btn = 減害 (harm reduction)

health-toronto =
    多倫多，不需要醫療卡：
    • Hassle Free Clinic：免費，不需要醫療卡，可以匿名驗 HIV。有些職員會說廣東話、普通話（國語）、台語、日語、法語和西班牙語。hasslefreeclinic.org
    • 移民婦女健康中心 (Immigrant Women's Health Centre)：免費，不需要身份文件，有女醫生。有中文、越南語、他加祿語、西班牙語、葡萄牙語、烏爾都語/印地語和意大利語。416-323-9986
    • 安大略省性健康熱線 (Sexual Health Infoline Ontario)：免費、匿名，有多種語言。可以轉介你去拿 PrEP 和 PEP。416-392-2437 或 1-800-668-2437

health-toronto-2 =
    多倫多（續）：
    • 社區健康中心 (Community Health Centre) 可以為沒有 OHIP 的人提供服務。可以請 { $org } 幫你找一間。
    • HQ Toronto：為跨性別和非二元性別的人，以及男男性行為者提供 PrEP 和 PEP。檢測免費。如果沒有醫療保險，請帶有相片的證件。hqtoronto.ca
    • 婦女學院醫院 (Women's College Hospital)：性侵犯後的醫療照顧，24 小時開放（見下面）。

health-vancouver =
    溫哥華和卑詩省 (BC)：
    • BCCDC SmartSexResource：大部分性健康服務都有免費選擇，就算你沒有身份也可以。604-707-5603 或 1-888-488-7444，也可以打卑詩省健康熱線 (HealthLink BC) 811。smartsexresource.com
    • 在卑詩省，符合資格的人可以免費拿 PrEP。
    • SWAN Vancouver：到按摩店做外展，派發安全性行為用品。有電話/短訊熱線，可以幫忙處理法律和移民問題、看醫生時提供傳譯，也可以報告壞客人 (bad date)。swanvancouver.ca

health-vancouver-2 =
    溫哥華的警察：
    • 溫哥華警察局的《性工作執法指引》(Sex Work Enforcement Guidelines, 2013) 說，警察應該把性工作者的安全放在第一位。
    • 投訴警察，可以找警察投訴專員辦公室 (Office of the Police Complaint Commissioner)。

health-montreal =
    滿地可 (Montreal)：
    • Stella, l'amie de Maimie：由性工作者創辦、為性工作者服務。有護士診所和壞客人名單 (bad-client list)。chezstella.org
    • 世界醫生組織 (Médecins du Monde)：為身份不穩定的移民而設的免費診所。medecinsdumonde.ca

health-pep =
    PEP：可能接觸到 HIV 之後（例如安全套破了），用來預防感染的藥。
    • 要在 72 小時內開始服用 PEP。越早越好，最好在 2 小時內。
    • 安大略省：性健康熱線可以幫你轉介：416-392-2437 或 1-800-668-2437。
    • 多倫多：HQ Toronto，為跨性別和非二元性別的人，以及男男性行為者服務。hqtoronto.ca
    • 被性侵犯後：婦女學院醫院 (Women's College Hospital)，24 小時：416-323-6040。
    • 卑詩省：打卑詩省健康熱線 (HealthLink BC) 811。

    PrEP（接觸前服用的預防藥）在卑詩省對符合資格的人免費。在安大略省可能比較貴，可以問性健康熱線怎樣拿到。

health-assault =
    性侵犯後的醫療照顧：
    • 婦女學院醫院性侵犯/家庭暴力護理中心 (Women's College Hospital, Sexual Assault/Domestic Violence Care Centre)，多倫多：24 小時開放，不用預約，16 歲或以上，事發後 30 天內都可以去。416-323-6040，76 Grenville St。
    • 看醫生和報警是兩回事。你可以看醫生，不用報警。
    • 你還未決定怎樣做的時候，證據可以先保存起來。
    • 預防 HIV 的 PEP 必須在 72 小時內開始。

health-mental =
    心理健康。你不用獨自面對：
    • { $org } 提供情緒支援：{ $hotline }
    • 安大略省心理健康熱線 (Ontario Mental Health Helpline)，24 小時：1-866-531-2600
    • 988 危機熱線，24 小時：打 988
    • 多倫多情緒支援中心 (Distress Centres)：416-408-4357

health-harm =
    減害 (harm reduction)：
    • 納洛酮 (naloxone) 可以逆轉鴉片類藥物過量 (overdose)。在參與計劃的安大略省藥房可以免費拿到，不需要處方，也不需要醫療卡。

    如果有人現在有危險，請打 911。請注意：和警察接觸，可能會引來邊境服務局 (CBSA，移民執法)。
