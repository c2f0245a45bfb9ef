# 시스템 메시지: 언어 선택, 메인 메뉴, 도움말, 이동, 오류 안내, 키워드, 텔레그램 명령어 설명.
# 모든 메시지에서 쓸 수 있는 변수: { $org } { $hotline } { $email } { $website }

## 언어

# 이 언어의 자기 이름. 언어 선택 화면에 나와요.
language-name = 한국어
language-prompt = 언어를 선택하세요 · Choose your language · 请选择语言

## 메인 메뉴

main-menu =
    캐나다에서 성노동이나 마사지 일을 하는 사람들을 위한 무료 정보예요. 동료 지원 네트워크 { $org }에서 제공해요.

    이 봇은 이름, 체류 신분, 일하는 곳을 절대 묻지 않아요.

    주제를 선택하세요:
main-police = 👮 경찰 대응과 체포
main-immigration = 🛂 이민과 국경서비스청 (CBSA)
main-law = ⚖️ 형법
main-health = 🩺 건강: 건강카드 없어도 돼요
main-safety = 🛡️ 안전
main-about = ℹ️ 소개와 연락처
main-language = 🌐 언어 · Language

## 도움말

help =
    사용 방법:
    • 버튼을 누르면 주제가 열려요. WhatsApp에서는 원하는 번호로 답장하세요.
    • ⬅️ 뒤로: 이전 화면으로 가요. 🏠 메인 메뉴: 처음으로 가요.
    • /menu 를 입력하면 메인 메뉴, /language 는 언어 변경, /help 는 이 화면을 다시 보여 줘요.

    개인 정보 보호:
    • 이 봇은 이름, 체류 신분, 주소, 일하는 곳을 절대 묻지 않아요. 이런 정보는 보내지 마세요.
    • 언제든지 휴대폰에서 이 대화를 지울 수 있어요.

    여기 있는 정보는 일반적인 정보예요. 내 상황에 대해서는 { $org }나 변호사와 상담하세요.

## 이동과 오류 안내

nav-back = ⬅️ 뒤로
nav-home = 🏠 메인 메뉴
more = 더 보기 ➡️
selected-mark = ✓
fallback-not-understood = 죄송해요, 이해하지 못했어요. 버튼을 눌러 주세요(WhatsApp에서는 번호로 답장). 또는 /menu 를 입력하면 메인 메뉴가 나와요.
fallback-unsupported = 죄송해요, 글자와 버튼만 읽을 수 있어요. 신분증처럼 개인 정보가 있는 사진이나 문서는 보내지 마세요.

# 모든 법률 화면 아래에 붙어요. { $sources } 와 { $date } 만 써요.
legal-footer =
    일반 정보이며 법률 자문이 아니에요. 법은 바뀔 수 있어요. 변호사와 상담하세요.
    출처 (Sources): { $sources }
    마지막 확인: { $date }

## WhatsApp (버튼 대신 번호로 답장)

# 숫자 0(뒤로)과 9(메인 메뉴)가 꼭 들어가야 해요.
whatsapp-reply-hint = 번호로 답장하세요. 0 뒤로 · 9 메인 메뉴
whatsapp-reply-hint-home = 번호로 답장하세요.

## 사람들이 입력할 수 있는 키워드 (쉼표로 구분, 소문자)

keywords-menu = 메뉴, 메인 메뉴, 메인, 처음, 홈, menu, main menu, main, home
keywords-back = 뒤로, 뒤로 가기, 이전, 돌아가기, back, go back, return, previous
keywords-language = 언어, 언어 변경, 한국어, 한국말, 영어, language, languages, lang, english, korean, chinese, 中文
keywords-help = 도움, 도움말, 사용법, 사용 방법, help, how, instructions
keywords-stop = 중지, 그만, 구독 취소, stop, unsubscribe

## 텔레그램 명령어 목록 (60자 이하)

command-start = 시작하고 메인 메뉴 보기
command-menu = 메인 메뉴
command-language = 언어 바꾸기
command-help = 이 봇 사용 방법

## 동료 지원가와 이야기하기 (사람에게 연결)

main-handoff = 💬 동료 지원가와 이야기하기
handoff-btn = 💬 동료 지원가와 이야기하기
handoff-intro = 동료 지원가에게 연결하고 있어요…
handoff-opened =
    { $org }의 동료 지원가가 곧 여기에서 답해 줄 거예요. 지금부터 쓰는 내용은 모두 동료 지원가에게 전달돼요.

    이름은 말하지 않아도 돼요. 대화를 끝내려면 /end 를 보내세요.
handoff-queued =
    다음 근무 시간이 시작되면 메시지가 동료 지원가에게 전달돼요. 알리고 싶은 내용을 써 주세요. 여기에서 답해 줄 거예요.

    대화를 끝내려면 /end 를 보내세요.
handoff-unavailable = 죄송해요, 지금은 이 대화로 동료 지원가와 연결할 수 없어요. { $org }에 전화할 수 있어요: { $hotline }
handoff-off-hours =
    지금은 동료 지원가의 근무 시간이 아니에요. 근무 시간:
    { $hours }

    다음 근무 시간이 시작될 때 볼 수 있도록 메시지를 남기거나, { $org }에 전화하세요: { $hotline }
handoff-leave-message-btn = ✉️ 메시지 남기기
handoff-joined = 동료 지원가가 대화에 들어왔어요.
handoff-still-waiting =
    아직 기다리는 중이에요 ({ $position }번째). 동료 지원가가 최대한 빨리 답해 줄 거예요.
    원하면 { $org }에 전화하세요: { $hotline }. 대화를 끝내려면 /end 를 보내세요.
handoff-confirm-end = 동료 지원가와의 대화를 끝낼까요?
handoff-end-yes = 네, 대화 끝내기
handoff-end-no = 아니요, 계속 이야기하기
handoff-continuing = 알겠어요, 대화를 계속해요.
handoff-ended = 대화가 끝났어요. 언제든지 다시 오세요.
handoff-no-chat = 지금은 동료 지원가와 대화 중이 아니라서 끝낼 대화가 없어요.
handoff-closed-by-staff = 동료 지원가가 대화를 끝냈어요. 언제든지 다시 오세요.
handoff-menu-paused = 동료 지원가와 대화 중이라 메뉴가 잠시 멈췄어요. 대화를 끝내려면 /end 를 보내세요.
handoff-cannot-relay = 죄송해요, 스티커와 위치는 전달할 수 없어요. 글로 써 주세요. 원하지 않으면 내 위치를 공유하지 마세요.

## More menu

main-more = ➕ 더 보기: 소개, 언어, 도움말
more-menu = 더 많은 선택:
more-help = ❓ 사용 방법
