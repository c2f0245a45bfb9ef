# 안전 경보 (flows/alerts.yaml, docs/alerts.md): 구독 화면, '중지'/'시작', 받는 경보 메시지.
# 모든 메시지에서 쓸 수 있는 변수: { $org } { $hotline } { $email } { $website }

## 경보 화면

alerts-btn = 🔔 안전 경보
alerts-intro =
    🔔 { $org } 안전 경보: 나쁜 손님, 경찰이나 국경서비스청(CBSA) 단속, 건강 위험, 사기에 대한 짧은 알림을 고른 지역에만 보내 드려요. 일하는 사람들의 제보로 만들어지고, 동료 지원가가 하나하나 확인해서 누군지 알아볼 수 있는 내용은 모두 지워요.

    원하는 지역을 고른 다음(고른 지역에는 ✓ 표시) 구독하기를 누르세요. 언제든 '중지' 또는 STOP을 보내면 멈출 수 있어요.
alerts-status-on =
    🔔 아래 ✓ 표시된 지역의 안전 경보를 받고 있어요.

    지역을 바꾸고 저장을 누르거나, 경보를 멈출 수 있어요. 언제든 '중지' 또는 STOP을 보내도 돼요.
alerts-subscribe-btn = ✅ 구독하기
alerts-save-btn = 💾 변경 저장
alerts-stop-btn = 🔕 경보 그만 받기
alerts-pick-one = 먼저 지역을 하나 이상 골라 주세요.
alerts-subscribed = ✅ 완료: 안전 경보를 받게 돼요.
alerts-saved = ✅ 지역이 저장됐어요.
alerts-unsubscribed = 🔕 안전 경보가 꺼졌어요. 더 이상 경보를 받지 않아요.

## 언제든 보낼 수 있는 '중지'와 '시작'

alerts-stopped = 🔕 안전 경보가 꺼졌어요. 더 이상 경보를 받지 않아요. 같은 지역으로 다시 받으려면 '시작' 또는 START를 보내세요.
alerts-not-subscribed = 안전 경보를 구독하고 있지 않아서 멈출 것이 없어요. 구독하려면 🛡️ 안전에서 🔔 안전 경보를 여세요.
alerts-resumed = 🔔 다음 지역의 안전 경보를 다시 받아요: { $regions }. 멈추려면 '중지' 또는 STOP을 보내세요.
# 경보를 다시 켜는 말 (쉼표로 구분, 소문자). 다시 켤 구독이 없으면 메인 메뉴가 열려요.
keywords-start = 시작, 구독, 다시 받기, start, subscribe, resume

## 경보 메시지

alerts-everywhere = 모든 지역
alerts-message-header = ⚠️ 안전 경보 · { $category } · { $regions }
alerts-untranslated-note = 이 경보는 아직 한국어로 번역되지 않아 원문으로 보내 드려요.
alerts-message-footer = { $org }에서 보냈어요. 안전 경보를 그만 받으려면 '중지' 또는 STOP을 보내세요.
alerts-category-bad-client = 나쁜 손님
alerts-category-police = 경찰 또는 CBSA 단속
alerts-category-health = 건강
alerts-category-scam = 사기
alerts-category-other = 기타

## 지역 (flows/settings.yaml regions:), 30자 이하

region-toronto = 토론토 및 광역토론토
region-ottawa = 오타와
region-montreal = 몬트리올
region-vancouver = 밴쿠버
region-elsewhere = 캐나다 기타 지역
