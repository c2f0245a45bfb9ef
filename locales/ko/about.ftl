# 단체 소개와 연락 방법. 흐름: flows/about.yaml
# 단체의 전화, 이메일, 웹사이트는 flows/settings.yaml에서 가져와요.

about-menu =
    { $org } 소개와 연락 방법.
    주제를 선택하세요:
about-org-btn = { $org }는 어떤 곳인가요?
# 위기 화면 (체포 후, 구금, 폭행 후)에서도 쓰여요.
about-contact-btn = 📞 { $org }에 연락하기
about-groups-btn = 도움을 줄 수 있는 다른 단체

about-org =
    { $org }: 아시아계 및 이주 성노동자 지원 네트워크 (Asian and Migrant Sex Workers Support Network).
    • 2014년에 성노동자, 사회복지사, 법률·보건 전문가들이 함께 시작했어요.
    • 이주 성노동자가 이끌고, 동료 지원을 바탕으로 해요. 운영위원회의 절반은 현재 또는 과거에 성노동을 한 사람들이에요.
    • 5,000명이 넘는 아시아계 및 이주 성노동자를 지원해요.
    • 성노동은 노동이라고 믿어요. 성노동자는 안전, 존엄, 평등, 정의를 누릴 권리가 있어요. 이주 노동자는 체류 신분과 관계없이 다른 모든 노동자와 똑같이 대우받아야 해요.

about-org-2 =
    { $org }가 하는 일:
    • 아웃리치와 상담 전화
    • 정서적, 사회적, 건강, 법률 지원
    • 폭력, 체포, 구금 후 긴급·위기 지원
    • 권리 알기 워크숍, 영어 수업, 번역된 시 조례 정보
    • 상담과 건강 서비스 연결
    • 리더십 교육, 연구, 대중 교육, 옹호 활동
    트라우마를 고려한 (trauma-informed) 지원을 하고, 공동체의 문화에 뿌리를 두고 있어요.

about-org-3 =
    { $org }의 정의를 위한 요구:
    • 성노동을 비범죄화하라.
    • 성노동은 노동이다: 이민 금지 규정을 없애라.
    • 구조가 아니라 권리를.
    • 성노동은 인신매매가 아니다.
    • 인종차별에 맞서자.
    • 일터에 경찰은 없어야 한다.
    • 모두에게 체류 신분을.
    • 두려움 없이 서비스를 이용할 수 있어야 한다.

    함께하는 단체: Migrant Sex Workers Project, Maggie's, HIV Legal Network, STRUT, No One Is Illegal.

about-contact =
    { $org }에 연락하기:
    • 전화: { $hotline }
    • 이메일: { $email }
    • 웹사이트: { $website }

    온타리오 법률 구조 (Legal Aid Ontario, 당직 변호사와 법률 구조): 416-979-1446 또는 1-800-668-8258

    지금 위험하면 911에 전화하세요. 알아 두세요: 경찰과 접촉하면 국경서비스청 (CBSA, 이민 단속)이 개입할 수 있어요.

about-groups =
    도움을 줄 수 있는 다른 단체:
    • HALCO: 온타리오에서 HIV와 함께 사는 사람들을 위한 무료 법률 지원. 이민 문제도 포함돼요. 416-340-7790 또는 1-888-705-8889
    • HIV Legal Network: { $org }와 함께 "The Carceral Web" 보고서를 썼어요. hivlegalnetwork.ca
    • Maggie's Toronto: 성노동자가 성노동자를 위해 운영해요. maggiesto.org
    • Migrant Sex Workers Project (이주 성노동자 프로젝트): migrantsexworkersproject.com
    • SWAN Vancouver (밴쿠버): swanvancouver.ca
    • Stella, 몬트리올: chezstella.org
