# Quyền riêng tư: xóa dữ liệu của tôi, xóa cuộc trò chuyện, tin nhắn tự xóa, "chậm lại".

## Màn hình quyền riêng tư (Thêm → Quyền riêng tư)

privacy-btn = 🔒 Riêng tư & xóa dữ liệu
privacy-intro =
    Quyền riêng tư của bạn:
    • 🧹 Xóa cuộc trò chuyện: bot xóa các tin nhắn trong cuộc trò chuyện này (những tin trong 48 giờ qua).
    • ⏱️ Tin nhắn tự xóa: mỗi tin nhắn sẽ bị xóa sau một khoảng thời gian kể từ khi gửi.
    • 🗑️ Xóa dữ liệu của tôi: bot quên mọi thứ nó lưu về bạn.

    Bot chỉ lưu ngôn ngữ của bạn, vị trí của bạn trong menu và mã số của cuộc trò chuyện này (đã mã hóa). Bot không bao giờ lưu những gì bạn viết cho đồng đẳng viên.
privacy-clear-btn = 🧹 Xóa cuộc trò chuyện
privacy-disappear-btn = ⏱️ Tin nhắn tự xóa
privacy-forget-btn = 🗑️ Xóa dữ liệu của tôi
privacy-disappear-status-on = ⏱️ Tin nhắn tự xóa: đang bật. Mỗi tin nhắn bị xóa { $after } sau khi gửi.
privacy-disappear-status-off = ⏱️ Tin nhắn tự xóa: đang tắt.
privacy-disappear-prompt = Tự động xóa mỗi tin nhắn trong cuộc trò chuyện này sau:
privacy-disappear-off-btn = Tắt
privacy-after-5m = 5 phút
privacy-after-1h = 1 giờ
privacy-after-24h = 24 giờ

## Xóa dữ liệu của tôi (/forget)

privacy-forget-confirm =
    Xóa toàn bộ dữ liệu của bạn?

    Bot sẽ quên bạn: ngôn ngữ, vị trí của bạn trong menu, yêu cầu gọi lại hoặc đăng ký cảnh báo an toàn, và cuộc trò chuyện với đồng đẳng viên (nếu có, sẽ kết thúc). Bot cũng xóa các tin nhắn trong cuộc trò chuyện này khi có thể.

    Không thể hoàn tác.
privacy-forget-yes = 🗑️ Có, xóa hết
privacy-forget-no = Không, giữ lại
privacy-forget-cancelled = Được rồi, không có gì bị xóa.
privacy-forgotten =
    Dữ liệu của bạn đã được xóa. Bot không còn biết bạn là ai; nếu bạn nhắn lại, mọi thứ sẽ bắt đầu lại từ đầu.
    Để xóa cuộc trò chuyện này khỏi điện thoại, hãy xóa nó trong ứng dụng của bạn.

## Xóa cuộc trò chuyện (/clear)

privacy-cleared =
    🧹 Đã xóa cuộc trò chuyện. Bot không thể xóa tin nhắn cũ hơn 48 giờ: hãy xóa cuộc trò chuyện trong Telegram để xóa hết.
    Gửi /menu để bắt đầu lại.
privacy-cleared-whatsapp =
    🧹 Bot đã xóa các tin nhắn của nó trong cuộc trò chuyện này. WhatsApp không cho bot xóa tin nhắn của bạn: hãy mở menu của cuộc trò chuyện và chọn "Xóa đoạn chat".
    Gửi menu để bắt đầu lại.
privacy-clear-unavailable = Không thể xóa cuộc trò chuyện này ở đây. Hãy xóa nó trong ứng dụng của bạn.

## Quá nhiều tin nhắn

privacy-slow-down = Bạn đang gửi tin nhắn quá nhanh. Xin chờ { $minutes } phút: trong thời gian đó, bot sẽ không đọc những gì bạn gửi.

## Danh sách lệnh Telegram (tối đa 60 ký tự)

command-clear = Xóa cuộc trò chuyện này
