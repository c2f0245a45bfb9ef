# 健康与社区服务。流程：flows/health.yaml
# 只用内容简报里已确认的电话号码。暂不发布的号码列在 docs/content-review-notes.md。

health-menu =
    看病和健康服务，包括不需要医保卡 (health card / OHIP) 或身份文件也能用的服务。
    请选择话题：
health-toronto-btn = 多伦多
health-vancouver-btn = 温哥华
health-montreal-btn = 蒙特利尔
health-pep-btn = 💊 PEP：72 小时内
health-assault-btn = 性侵后的医疗照顾
health-mental-btn = 心理健康
health-harm-btn = 减害 (harm reduction)

health-toronto =
    多伦多，不需要医保卡：
    • Hassle Free Clinic：免费，不需要医保卡，可以匿名验 HIV。有些工作人员会说粤语、普通话、台语、日语、法语和西班牙语。hasslefreeclinic.org
    • 移民妇女健康中心 (Immigrant Women's Health Centre)：免费，不需要身份文件，有女医生。有中文、越南语、他加禄语、西班牙语、葡萄牙语、乌尔都语/印地语和意大利语。416-323-9986
    • 安大略省性健康热线 (Sexual Health Infoline Ontario)：免费、匿名，有多种语言。可以转介你去拿 PrEP 和 PEP。416-392-2437 或 1-800-668-2437

health-toronto-2 =
    多伦多（续）：
    • 社区健康中心 (Community Health Centre) 可以为没有 OHIP 的人提供服务。可以请 { $org } 帮你找一家。
    • HQ Toronto：为跨性别和非二元性别的人，以及男男性行为者提供 PrEP 和 PEP。检测免费。如果没有医疗保险，请带有照片的证件。hqtoronto.ca
    • 女子学院医院 (Women's College Hospital)：性侵后的医疗照顾，24 小时开放（见下面）。

health-vancouver =
    温哥华和卑诗省 (BC)：
    • BCCDC SmartSexResource：大部分性健康服务都有免费的选择，就算你没有身份也可以。604-707-5603 或 1-888-488-7444，也可以打 BC 健康热线 (HealthLink BC) 811。smartsexresource.com
    • 在卑诗省，符合条件的人可以免费拿 PrEP。
    • SWAN Vancouver：到按摩店做外展，送安全性行为用品。有电话/短信热线，可以帮忙处理法律和移民问题，看病时提供翻译，也可以报告坏客人 (bad date)。swanvancouver.ca

health-vancouver-2 =
    温哥华的警察：
    • 温哥华警察局的《性工作执法指引》(Sex Work Enforcement Guidelines, 2013) 说，警察应该把性工作者的安全放在第一位。
    • 投诉警察，可以找警察投诉专员办公室 (Office of the Police Complaint Commissioner)。

health-montreal =
    蒙特利尔：
    • Stella, l'amie de Maimie：由性工作者创办、为性工作者服务。有护士诊所和坏客人名单 (bad-client list)。chezstella.org
    • 世界医生组织 (Médecins du Monde)：为身份不稳定的移民开设的免费诊所。medecinsdumonde.ca

health-pep =
    PEP：可能接触到 HIV 之后（比如安全套破了），用来预防感染的药。
    • 要在 72 小时内开始吃 PEP。越早越好，最好在 2 小时内。
    • 安大略省：性健康热线可以帮你转介：416-392-2437 或 1-800-668-2437。
    • 多伦多：HQ Toronto，为跨性别和非二元性别的人，以及男男性行为者服务。hqtoronto.ca
    • 被性侵后：女子学院医院 (Women's College Hospital)，24 小时：416-323-6040。
    • 卑诗省：打 BC 健康热线 (HealthLink BC) 811。

    PrEP（接触前吃的预防药）在卑诗省对符合条件的人免费。在安大略省可能比较贵，可以问性健康热线怎么拿。

health-assault =
    性侵后的医疗照顾：
    • 女子学院医院性侵/家暴护理中心 (Women's College Hospital SA/DVCC)，多伦多：24 小时开放，不用预约，16 岁或以上，事发后 30 天内都可以去。416-323-6040，76 Grenville St。
    • 看病和报警是两回事。你可以看病，不用报警。
    • 你还没决定怎么做的时候，证据可以先保存起来。
    • 预防 HIV 的 PEP 必须在 72 小时内开始。

health-mental =
    心理健康。你不用一个人扛：
    • { $org } 提供情绪支持：{ $hotline }
    • 安大略省心理健康热线 (Ontario Mental Health Helpline)，24 小时：1-866-531-2600
    • 988 危机热线，24 小时：打 988
    • 多伦多困扰求助中心 (Distress Centres)：416-408-4357

health-harm =
    减害 (harm reduction)：
    • 纳洛酮 (naloxone) 可以救阿片类药物过量 (overdose) 的人。在参加计划的安大略省药房可以免费拿，不需要处方，也不需要医保卡。

    如果有人现在有危险，请打 911。请注意：和警察接触可能会引来边境服务局 (CBSA，移民执法)。
