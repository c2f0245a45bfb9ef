# 개인 정보: 내 정보 지우기, 대화 지우기, 사라지는 메시지, "천천히 보내 주세요".

## 개인 정보 화면 (더 보기 → 개인 정보)

privacy-btn = 🔒 개인 정보와 삭제
privacy-intro =
    내 개인 정보:
    • 🧹 이 대화 지우기: 봇이 이 대화의 메시지를 지워요 (최근 48시간 안의 메시지).
    • ⏱️ 사라지는 메시지: 메시지를 보내고 일정 시간이 지나면 지워져요.
    • 🗑️ 내 정보 지우기: 봇이 나에 대해 저장한 모든 것을 잊어요.

    봇은 내 언어, 메뉴에서 내 위치, 그리고 암호화된 이 대화의 번호만 저장해요. 동료 지원가에게 쓴 내용은 절대 저장하지 않아요.
privacy-clear-btn = 🧹 이 대화 지우기
privacy-disappear-btn = ⏱️ 사라지는 메시지
privacy-forget-btn = 🗑️ 내 정보 지우기
privacy-disappear-status-on = ⏱️ 사라지는 메시지: 켜짐. 각 메시지는 보낸 뒤 { $after } 후에 지워져요.
privacy-disappear-status-off = ⏱️ 사라지는 메시지: 꺼짐.
privacy-disappear-prompt = 이 대화의 메시지를 얼마 후에 자동으로 지울까요?
privacy-disappear-off-btn = 끄기
privacy-after-5m = 5분
privacy-after-1h = 1시간
privacy-after-24h = 24시간

## 내 정보 지우기 (/forget)

privacy-forget-confirm =
    내 정보를 모두 지울까요?

    봇이 나를 잊어요: 내 언어, 메뉴에서 내 위치, 전화 요청이나 안전 경보 구독, 그리고 동료 지원가와의 대화(대화가 끝나요). 가능한 경우 이 대화의 메시지도 지워요.

    지운 뒤에는 되돌릴 수 없어요.
privacy-forget-yes = 🗑️ 네, 모두 지워 주세요
privacy-forget-no = 아니요, 그대로 둘게요
privacy-forget-cancelled = 알겠어요, 아무것도 지우지 않았어요.
privacy-forgotten =
    내 정보가 지워졌어요. 봇은 이제 내가 누군지 몰라요. 다시 메시지를 보내면 처음부터 시작해요.
    휴대폰에서도 이 대화를 없애려면 앱에서 대화를 삭제하세요.

## 이 대화 지우기 (/clear)

privacy-cleared =
    🧹 대화를 지웠어요. 봇은 48시간이 지난 메시지는 지울 수 없어요. 모두 없애려면 텔레그램에서 이 대화를 삭제하세요.
    다시 시작하려면 /menu 를 보내세요.
privacy-cleared-whatsapp =
    🧹 봇이 이 대화에서 보낸 메시지를 지웠어요. 왓츠앱에서는 봇이 내 메시지를 지울 수 없어요. 이 대화의 메뉴를 열고 "대화 내용 지우기"를 누르세요.
    다시 시작하려면 menu 를 보내세요.
privacy-clear-unavailable = 여기서는 이 대화를 지울 수 없어요. 앱에서 직접 삭제하세요.

## 메시지가 너무 많을 때

privacy-slow-down = 메시지를 너무 빨리 보내고 있어요. { $minutes }분 기다려 주세요. 그동안 보낸 메시지는 봇이 읽지 않아요.

## 텔레그램 명령어 목록 (60자 이하)

command-clear = 이 대화 지우기
