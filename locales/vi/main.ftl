# Tin nhắn hệ thống: chọn ngôn ngữ, menu chính, hướng dẫn, điều hướng, trả lời khi có lỗi,
# từ khóa và mô tả lệnh Telegram.
# Biến dùng được cho mọi tin nhắn: { $org } { $hotline } { $email } { $website }

## Ngôn ngữ

# Tên của ngôn ngữ này bằng chính ngôn ngữ đó, hiện ở trang chọn ngôn ngữ.
language-name = Tiếng Việt
language-prompt = Chọn ngôn ngữ của bạn · Choose your language · 请选择语言

## Menu chính

main-menu =
    Thông tin miễn phí cho người làm nghề tình dục hoặc làm massage ở Canada, do { $org }, một mạng lưới hỗ trợ do người đồng đẳng dẫn dắt, cung cấp.

    Bot này không bao giờ hỏi tên, tình trạng di trú hay nơi làm việc của bạn.

    Chọn một chủ đề:
main-police = 👮 Cảnh sát và bị bắt
main-immigration = 🛂 Di trú và CBSA
main-law = ⚖️ Luật hình sự
main-health = 🩺 Sức khỏe: không cần thẻ y tế
main-safety = 🛡️ An toàn
main-about = ℹ️ Giới thiệu và liên hệ
main-language = 🌐 Ngôn ngữ · Language · 语言

## Hướng dẫn

help =
    Cách dùng bot này:
    • Bấm vào một nút để mở chủ đề. Trên WhatsApp, hãy trả lời bằng số của lựa chọn.
    • ⬅️ Quay lại: về màn hình trước. 🏠 Menu chính: về màn hình đầu.
    • Gõ /menu để về menu chính, /language để đổi ngôn ngữ, và /help để xem lại màn hình này.

    Quyền riêng tư của bạn:
    • Bot này không bao giờ hỏi tên, tình trạng di trú, địa chỉ hay nơi làm việc của bạn. Xin đừng gửi những thông tin đó.
    • Bạn có thể xóa cuộc trò chuyện này khỏi điện thoại bất cứ lúc nào.

    Thông tin ở đây là thông tin chung. Về trường hợp riêng của bạn, hãy nói chuyện với { $org } hoặc luật sư.

## Điều hướng và trả lời khi có lỗi

nav-back = ⬅️ Quay lại
nav-home = 🏠 Menu chính
more = Xem thêm ➡️
selected-mark = ✓
fallback-not-understood = Xin lỗi, tôi không hiểu. Hãy dùng các nút (trên WhatsApp, trả lời bằng một số), hoặc gõ /menu để xem menu chính.
fallback-unsupported = Xin lỗi, tôi chỉ đọc được chữ và các nút bấm. Xin đừng gửi ảnh hay giấy tờ có thông tin cá nhân, như thẻ căn cước hay hộ chiếu.

# Thêm vào dưới mỗi màn hình pháp lý. Chỉ dùng đúng { $sources } và { $date }.
legal-footer =
    Thông tin chung, không phải tư vấn pháp lý. Luật có thể thay đổi, hãy hỏi luật sư.
    Nguồn (Sources): { $sources }
    Kiểm tra lần cuối: { $date }

## WhatsApp (trả lời bằng số thay cho nút bấm)

# Phải có số 0 (Quay lại) và số 9 (Menu chính).
whatsapp-reply-hint = Trả lời bằng một số. 0 Quay lại · 9 Menu chính
whatsapp-reply-hint-home = Trả lời bằng một số.

## Từ khóa mà người dùng có thể gõ (cách nhau bằng dấu phẩy, chữ thường)

keywords-menu = menu, main menu, main, home, 菜单, 主菜单, menu chính, menu chinh, trang chủ, trang chu
keywords-back = back, go back, return, previous, quay lại, quay lai, trở lại, tro lai, lùi lại, lui lai
keywords-language = language, languages, lang, english, chinese, 中文, 语言, ngôn ngữ, ngon ngu, tiếng việt, tieng viet, vietnamese, đổi ngôn ngữ, doi ngon ngu
keywords-help = help, how, instructions, giúp, giup, giúp đỡ, giup do, trợ giúp, tro giup, hướng dẫn, huong dan
keywords-stop = stop, unsubscribe, dừng, dừng lại, dung lai, hủy, huỷ, hủy đăng ký, huỷ đăng ký, huy dang ky

## Danh sách lệnh Telegram (không quá 60 ký tự)

command-start = Bắt đầu và xem menu chính
command-menu = Menu chính
command-language = Đổi ngôn ngữ
command-help = Cách dùng bot này

## Nói chuyện với đồng đẳng viên (chuyển sang người thật)

main-handoff = 💬 Nói chuyện với đồng đẳng viên
handoff-btn = 💬 Nói chuyện với đồng đẳng viên
handoff-intro = Đang kết nối bạn với một đồng đẳng viên…
handoff-opened =
    Một đồng đẳng viên của { $org } sẽ sớm trả lời bạn ở đây. Mọi điều bạn viết từ bây giờ sẽ được chuyển đến họ.

    Bạn không cần cho biết tên. Để kết thúc cuộc trò chuyện, gửi /end.
handoff-queued =
    Tin nhắn của bạn sẽ đến đồng đẳng viên khi ca làm việc tiếp theo bắt đầu. Hãy viết điều bạn muốn họ biết; họ sẽ trả lời bạn ở đây.

    Để kết thúc cuộc trò chuyện, gửi /end.
handoff-unavailable = Xin lỗi, hiện không thể liên lạc với đồng đẳng viên qua cuộc trò chuyện này. Bạn có thể gọi { $org }: { $hotline }
handoff-off-hours =
    Hiện đồng đẳng viên không trong ca làm việc. Giờ làm việc:
    { $hours }

    Bạn có thể để lại tin nhắn, họ sẽ đọc khi ca tiếp theo bắt đầu, hoặc gọi { $org }: { $hotline }
handoff-leave-message-btn = ✉️ Để lại tin nhắn
handoff-joined = Một đồng đẳng viên đã vào cuộc trò chuyện.
handoff-still-waiting =
    Bạn vẫn đang chờ (số thứ tự { $position }). Đồng đẳng viên sẽ trả lời bạn sớm nhất có thể.
    Nếu muốn, bạn có thể gọi { $org }: { $hotline }. Để kết thúc cuộc trò chuyện, gửi /end.
handoff-confirm-end = Bạn có muốn kết thúc cuộc trò chuyện với đồng đẳng viên không?
handoff-end-yes = Có, kết thúc trò chuyện
handoff-end-no = Không, tiếp tục trò chuyện
handoff-continuing = Được, cuộc trò chuyện tiếp tục.
handoff-ended = Cuộc trò chuyện đã kết thúc. Bạn có thể quay lại bất cứ lúc nào.
handoff-no-chat = Bạn hiện không trò chuyện với đồng đẳng viên nên không có cuộc trò chuyện nào để kết thúc.
handoff-closed-by-staff = Đồng đẳng viên đã kết thúc cuộc trò chuyện. Bạn có thể quay lại bất cứ lúc nào.
handoff-menu-paused = Bạn đang trò chuyện với đồng đẳng viên nên menu tạm dừng. Để kết thúc cuộc trò chuyện, gửi /end.
handoff-cannot-relay = Xin lỗi, không thể chuyển nhãn dán (sticker) và vị trí. Hãy viết bằng chữ. Đừng chia sẻ vị trí của bạn trừ khi bạn tự quyết định.

## More menu

main-more = ➕ Thêm: giới thiệu, ngôn ngữ
more-menu = Các lựa chọn khác:
more-help = ❓ Cách dùng bot này
