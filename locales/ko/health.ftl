# 건강과 지역 서비스. 흐름: flows/health.yaml
# 콘텐츠 브리프에서 확인된 전화번호만 써요. 보류된 번호는
# docs/content-review-notes.md에 있어요.

health-menu =
    건강카드 (OHIP)나 서류가 없어도 이용할 수 있는 서비스를 포함한 건강 관리 정보예요.
    주제를 선택하세요:
health-toronto-btn = 토론토 (Toronto)
health-vancouver-btn = 밴쿠버 (Vancouver)
health-montreal-btn = 몬트리올 (Montreal)
health-pep-btn = 💊 PEP: 72시간 안에
health-assault-btn = 성폭력을 겪은 후 진료
health-mental-btn = 정신 건강
health-harm-btn = 위해 감소 (harm reduction)

health-toronto =
    토론토, 건강카드 없어도 돼요:
    • Hassle Free Clinic: 무료, 건강카드 필요 없음, 익명 HIV 검사. 일부 직원이 광둥어, 표준 중국어, 대만어, 일본어, 프랑스어, 스페인어를 해요. hasslefreeclinic.org
    • 이민 여성 건강 센터 (Immigrant Women's Health Centre): 무료, 서류 필요 없음, 여성 의사. 중국어, 베트남어, 타갈로그어, 스페인어, 포르투갈어, 우르두어/힌디어, 이탈리아어. 416-323-9986
    • 온타리오 성 건강 정보 전화 (Sexual Health Infoline Ontario): 무료, 익명, 여러 언어 지원. PrEP와 PEP를 받을 수 있게 연결해 줄 수 있어요. 416-392-2437 또는 1-800-668-2437

health-toronto-2 =
    토론토 (계속):
    • 지역 보건 센터 (Community Health Centre)는 OHIP가 없는 사람도 도와줄 수 있어요. 찾는 데 도움이 필요하면 { $org }에 물어보세요.
    • HQ Toronto: 트랜스젠더와 논바이너리, 그리고 남성과 성관계를 하는 남성을 위한 PrEP와 PEP. 검사는 무료예요. 건강보험이 없으면 사진이 있는 신분증을 가져가세요. hqtoronto.ca
    • 여성 대학 병원 (Women's College Hospital): 성폭력을 겪은 후 진료, 24시간 (아래 참고).

health-vancouver =
    밴쿠버와 BC주:
    • BCCDC SmartSexResource: 체류 신분이 없어도 대부분의 성 건강 서비스를 무료로 이용할 방법이 있어요. 604-707-5603 또는 1-888-488-7444, 또는 HealthLink BC 811에 전화하세요. smartsexresource.com
    • BC주에서는 자격이 되는 사람에게 PrEP가 무료예요.
    • SWAN Vancouver: 마사지 업소를 찾아가는 아웃리치와 안전한 성관계 용품 제공. 전화나 문자로 법률·이민 도움, 병원 진료 통역, 나쁜 손님 (bad date) 신고를 도와줘요. swanvancouver.ca

health-vancouver-2 =
    밴쿠버의 경찰:
    • 밴쿠버 경찰청의 성노동 단속 지침 (Sex Work Enforcement Guidelines, 2013)은 경찰이 성노동자의 안전을 먼저 생각해야 한다고 해요.
    • 경찰에 대한 민원은 경찰 민원 위원회 사무소 (Office of the Police Complaint Commissioner)에 내요.

health-montreal =
    몬트리올:
    • Stella, l'amie de Maimie: 성노동자가 성노동자를 위해 운영해요. 간호사 진료소와 나쁜 손님 명단 (bad-client list)이 있어요. chezstella.org
    • 세계의사회 (Médecins du Monde): 체류 신분이 불안정한 이주민을 위한 무료 진료소. medecinsdumonde.ca

health-pep =
    PEP: HIV에 노출됐을 수 있을 때 (예: 콘돔이 찢어졌을 때) HIV 감염을 막을 수 있는 약이에요.
    • 72시간 안에 PEP를 시작하세요. 빠를수록 좋고, 2시간 안이 가장 좋아요.
    • 온타리오: 온타리오 성 건강 정보 전화에서 연결해 줄 수 있어요: 416-392-2437 또는 1-800-668-2437.
    • 토론토: HQ Toronto, 트랜스젠더와 논바이너리, 그리고 남성과 성관계를 하는 남성을 위한 곳. hqtoronto.ca
    • 성폭력을 겪은 후: 여성 대학 병원 (Women's College Hospital), 24시간: 416-323-6040.
    • BC주: HealthLink BC 811에 전화하세요.

    PrEP (노출 전에 먹는 약)는 BC주에서 자격이 되는 사람에게 무료예요. 온타리오에서는 비쌀 수 있어요. 받는 방법은 정보 전화에 물어보세요.

health-assault =
    성폭력을 겪은 후 진료:
    • 여성 대학 병원 성폭력/가정폭력 치료 센터 (Women's College Hospital, Sexual Assault/Domestic Violence Care Centre), 토론토: 24시간, 예약 필요 없음, 16세 이상, 사건 후 30일까지. 416-323-6040, 76 Grenville St.
    • 진료와 경찰 신고는 별개예요. 경찰에 신고하지 않고도 진료를 받을 수 있어요.
    • 어떻게 할지 정하는 동안 증거를 보관해 둘 수 있어요.
    • HIV를 막는 PEP는 72시간 안에 시작해야 해요.

health-mental =
    정신 건강. 혼자 견디지 않아도 돼요:
    • { $org }에서 정서적 지원을 해요: { $hotline }
    • 온타리오 정신 건강 상담 전화 (Ontario Mental Health Helpline), 24시간: 1-866-531-2600
    • 988, 24시간 위기 상담 전화: 988에 전화하세요
    • 디스트레스 센터 (Distress Centres, 토론토): 416-408-4357

health-harm =
    위해 감소 (harm reduction):
    • 날록손 (naloxone)은 오피오이드 과다 복용 (overdose)을 되돌리는 약이에요. 참여하는 온타리오 약국에서 처방전과 건강카드 없이 무료로 받을 수 있어요.

    누군가 지금 위험하면 911에 전화하세요. 알아 두세요: 경찰과 접촉하면 국경서비스청 (CBSA, 이민 단속)이 개입할 수 있어요.
