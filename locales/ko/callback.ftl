# 전화 요청 (src/engine/nodes/callback.ts, src/app/callbacks.ts). 버튼 글자는 32자 이하.

main-callback = 📞 전화 요청하기
handoff-callback-btn = 📞 대신 전화 요청하기

## 질문은 하나씩

callback-intro = { $org }의 동료 지원가가 전화를 드릴 수 있어요. 짧은 질문 몇 개를 하나씩 물어볼게요. 언제든 취소할 수 있어요.
callback-ask-phone =
    어느 번호로 전화할까요? 예: 416 555 0123
    캐나다 밖의 번호라면 +와 국가 번호로 시작해 주세요. 예: +82 10 1234 5678
callback-ask-phone-chat = 아니면 버튼을 눌러 이 WhatsApp 대화의 번호를 쓸 수 있어요: { $number }
callback-use-chat-btn = 📱 이 WhatsApp 번호 쓰기
callback-phone-invalid =
    죄송해요, 사용할 수 있는 전화번호가 아닌 것 같아요. 지역 번호까지 써 주세요. 예: 416 555 0123
    캐나다 밖의 번호라면 +와 국가 번호로 시작해 주세요.
callback-phone-letters = 전화번호는 숫자로만 써 주세요. 글자나 단어는 빼 주세요. 예: 416 555 0123
callback-confirm-phone = { $number }(으)로 전화할게요. 맞나요?
callback-right-btn = ✅ 네, 맞아요
callback-change-btn = ✏️ 바꾸기
callback-ask-language = 통화는 어떤 언어로 하고 싶으세요?
callback-ask-when = 언제 전화하면 좋을까요?
callback-when-today-morning = 오늘 오전
callback-when-today-afternoon = 오늘 오후
callback-when-today-evening = 오늘 저녁
callback-when-tomorrow-morning = 내일 오전
callback-when-tomorrow-afternoon = 내일 오후
callback-when-tomorrow-evening = 내일 저녁
callback-when-any = 언제든 괜찮아요
callback-ask-voicemail = 전화를 못 받으면 음성 메시지를 남겨도 안전한가요?
callback-ask-org = 전화하는 사람이 { $org }에서 왔다고 말해도 안전한가요? 안전하지 않다면 그 이름은 말하지 않아요.
callback-yes = ✅ 네
callback-no = 🚫 아니요
callback-ask-code =
    암호를 정할 수 있어요. 전화하는 사람이 먼저 암호를 말하니까, 우리 전화인지 알 수 있어요.
    한두 단어를 쓰거나 '건너뛰기'를 누르세요.
callback-skip-btn = ⏭️ 건너뛰기
callback-code-invalid = 전화로 말할 수 있는 짧은 한두 단어(최대 30자)를 써 주세요. 이모지는 전화로 말할 수 없어요.
callback-confirm-code = 암호: { $code }. 맞나요?
callback-code-none = 없음
callback-summary =
    요청 내용을 확인해 주세요:
    📞 번호: { $number }
    🗣️ 언어: { $language }
    🕒 시간: { $when }
    📨 음성 메시지: { $voicemail }
    🏷️ { $org } 이름 말하기: { $sayorg }
    🔑 암호: { $code }
callback-send-btn = ✅ 요청 보내기
callback-edit-btn = ✏️ 답 바꾸기
callback-cancel-btn = ✖️ 취소
callback-edit-which = 어떤 답을 바꾸고 싶으세요?
callback-field-phone = 📞 번호
callback-field-language = 🗣️ 언어
callback-field-when = 🕒 시간
callback-field-voicemail = 📨 음성 메시지
callback-field-org = 🏷️ 기관 이름 말하기
callback-field-code = 🔑 암호
callback-summary-btn = ↩️ 요약으로 돌아가기
callback-cancelled = 알겠어요, 아무것도 보내지 않았어요. 답한 내용은 지웠어요.
callback-unavailable = 죄송해요, 지금은 이 대화로 전화 요청을 받을 수 없어요. { $org }에 전화할 수 있어요: { $hotline }

## 이미 보낸 요청 (질문 대신 보여 줌)

callback-pending =
    전화를 요청했어요:
    🕒 { $when }
    📞 끝자리 { $last }
    상태: { $status }
callback-status-open = 동료 지원가를 기다리는 중
callback-status-claimed = 동료 지원가가 전화할 거예요
callback-withdraw-btn = ✖️ 내 요청 취소하기
callback-withdraw-confirm = 전화 요청을 취소할까요?
callback-withdraw-yes = 네, 취소할게요
callback-withdraw-no = 아니요, 그대로 둘게요
callback-kept = 알겠어요, 요청은 그대로 있어요.

## 요청에 대한 메시지

callback-sent =
    고마워요, 요청을 보냈어요. { $org }의 동료 지원가가 전화할 거예요({ $when }).
    확인하거나 취소하려면 메뉴에서 📞 전화 요청하기를 고르세요.
callback-withdrawn = 전화 요청을 취소했어요. 요청 내용은 지워져요.
callback-already-closed = 이 요청은 이미 끝났어요.
callback-done = 전화 요청이 끝났어요. 더 필요한 게 있으면 여기에 쓰거나 다시 전화를 요청하세요.
callback-missed = 동료 지원가가 전화했지만 연결되지 않았어요. 다시 전화할 거예요. 메뉴에서 요청을 취소할 수 있어요.
callback-cancelled-by-staff = 동료 지원가가 전화 요청을 닫았어요. 그래도 전화가 필요하면 메뉴에서 다시 요청하거나 { $org }에 전화하세요: { $hotline }
