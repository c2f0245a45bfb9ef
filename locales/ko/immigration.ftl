# 이민과 국경서비스청 (CBSA, Canada Border Services Agency). 흐름: flows/immigration.yaml
# 법률 화면: 안내 문구, 출처, 날짜는 자동으로 붙어요.

immigration-menu =
    이민과 캐나다 국경서비스청 (CBSA, Canada Border Services Agency).
    이 봇은 체류 신분을 절대 묻지 않아요. 주제를 선택하세요:
immigration-ban-btn = 취업 금지: 성 관련 업소
immigration-detained-btn = 🚨 CBSA에 구금되면
immigration-removal-btn = 퇴거 명령이란?
immigration-charges-btn = 형사 기소와 체류 신분
immigration-refugee-btn = 난민 신청자

immigration-ban =
    임시 체류자의 취업 금지:
    • 일할 수 있는 임시 체류자 (temporary resident)는 스트립쇼, 에로틱 댄스, 에스코트 서비스, 에로틱 마사지를 정기적으로 제공하는 고용주 밑에서 일을 시작하거나 연장하면 안 돼요 (IRPR 183(1)(b.1)).
    • 방문자, 학생, 노동자 모두 해당돼요. 어떤 방식으로 일할 수 있게 되었든 마찬가지이고, 오픈 워크 퍼밋 (open work permit)과 캠퍼스 밖 일도 포함돼요.
    • 이런 고용주에게는 워크 퍼밋이 나오지 않아요. 퍼밋에 이 내용이 조건으로 적혀 있을 수 있어요 (IRPR 185(b)).
    • 이 규칙은 2013년 12월 31일부터 시행됐어요.

immigration-ban-2 =
    나에게 어떤 의미가 있나요:
    • 이 규칙을 어기면 체포, 구금, 추방 (deportation)으로 이어질 수 있어요.
    • 내 서비스를 파는 것에 대한 형법상 면책 (immunity, Criminal Code s. 286.5)은 이민법으로부터 나를 보호해 주지 않아요.
    • { $org }에 따르면 이 금지 규정은 난민 신청자와 초청 (sponsorship)을 받은 사람에게도 적용되고, 체류 신분을 빼앗는 데 쓰인 적도 있어요.

    내 상황에 대해 궁금한 점이 있으면 이민 변호사나 { $org }와 상담하세요.

immigration-detained =
    CBSA에 구금되면:
    • 변호사를 만날 권리가 있어요. 직접 비용을 내거나, 법률 구조 (legal aid)를 신청할 수 있어요.
    • 공무원에게 거짓말하지 마세요. 거짓 진술 (misrepresentation)을 하면 5년 동안 캐나다에 들어올 수 없게 될 수 있어요.
    • 구금 심사 (detention review)를 받을 권리가 있어요 (이민 심판부, Immigration Division): 48시간 안에 또는 그 후 지체 없이, 그다음 7일 안에, 그 후에는 최소 30일마다 한 번씩이에요.
    • 이민난민위원회 (IRB)가 심리 때 통역을 제공해요.

    지금 위험하면 911에 전화하세요. 알아 두세요: 경찰과 접촉하면 국경서비스청 (CBSA, 이민 단속)이 개입할 수 있어요.
    • { $org }: { $hotline }
    • 온타리오 법률 구조 (Legal Aid Ontario): 416-979-1446 또는 1-800-668-8258

immigration-detained-2 =
    CBSA에 구금되면 (계속):
    • CBSA 수용 시설 (holding centre)에서는 시내 전화가 무료예요. 변호사와 영사관에 거는 전화도 포함돼요. 적십자, 유엔난민기구 (UNHCR), 난민 단체가 방문해요.
    • 영사관 (consulate): 공무원은 내가 원하면 영사관에 알릴 수 있다는 것을 말해 줘야 해요. 내가 요청할 때만 영사관에 연락해요.
    • 본국 정부가 두렵다면, 영사관 연락을 요청하기 전에 먼저 변호사와 상담하세요.
    • 새로운 사실이 있으면 구금 심사를 더 일찍 해 달라고 요청할 수 있어요.
    • 국경에서의 일상적인 질문에서는 보통 구금된 뒤에야 변호사를 만날 권리가 생겨요.

immigration-removal =
    A44 보고서 (A44 report)와 퇴거 명령 (removal order):
    • A44 보고서: 공무원이 내가 입국 불허 대상 (inadmissible, 캐나다에 머물 수 없음)이라고 믿으면 보고서를 쓸 수 있어요 (IRPA s. 44(1)).
    • 그다음 장관 대리인 (Minister's delegate, 장관을 대신하는 공무원)이 퇴거 명령을 내리거나, 내 사건을 이민 심판부 (Immigration Division) 심리로 보내요.
    • CBSA에 퇴거를 미뤄 달라고 (defer) 요청하거나, 연방 법원 (Federal Court)에 집행 정지 (stay)를 신청할 수 있어요. 시간이 짧아요. 빨리 변호사를 구하세요.

immigration-removal-2 =
    퇴거 명령의 세 가지 종류:
    • 출국 명령 (departure order): 30일 안에 캐나다를 떠나야 해요. 떠나지 않으면 추방 명령 (deportation order)으로 바뀌어요.
    • 입국 배제 명령 (exclusion order): 허가 없이는 1년 동안 (거짓 진술 (misrepresentation)이면 5년 동안) 돌아올 수 없어요. 이 허가를 ARC (Authorization to Return to Canada, 캐나다 재입국 허가)라고 해요. 허가 없이 일하면 보통 입국 배제 명령을 받아요.
    • 추방 명령 (deportation order): ARC를 받지 않으면 다시는 돌아올 수 없어요.

immigration-charges =
    형사 기소와 체류 신분:
    • 영주권자 (permanent resident)는 "중대한 범죄" (serious criminality)로 신분을 잃을 수 있어요. 최고 형량이 10년 이상인 범죄로 유죄 판결을 받거나, 6개월이 넘는 형을 선고받은 경우예요.
    • 외국인 (foreign national, 시민권자나 영주권자가 아닌 사람)은 정식 기소 범죄 (indictable offence)나 혼합 범죄 (hybrid offence)로 한 번이라도 유죄 판결을 받거나, 약식 범죄 (summary offence) 두 건으로 유죄 판결을 받으면 입국 불허 대상 (inadmissible)이 될 수 있어요.
    • 예: 물질적 이익 (material benefit, s. 286.2)의 최고 형량은 10년이에요.
    • 변호사에게 내 체류 신분을 일찍 알려 주세요. 이민 문제가 심각할 수 있으면 온타리오 법률 구조 (Legal Aid Ontario)가 변호사 비용을 내 줄 수도 있어요.

immigration-refugee =
    난민 신청자 (refugee claimant):
    • 난민 전문 변호사를 일찍 구하세요. 온타리오 법률 구조 (Legal Aid Ontario): 416-979-1446 또는 1-800-668-8258.
    • 거짓말을 하라고 하거나 빈 서류에 서명하라고 하는 사람의 도움은 절대 받지 마세요.
    • 임시 연방 건강 프로그램 (Interim Federal Health Program, IFHP)은 주 건강보험이 없는 난민 신청자의 의료비를 보장해요.
    • 성 관련 업소 취업 금지는 내 워크 퍼밋에도 그대로 적용돼요. { $org }에 따르면 이 규정이 난민 신청자에게 불리하게 쓰인 적이 있어요.
