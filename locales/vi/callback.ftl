# Yêu cầu gọi lại (src/engine/nodes/callback.ts, src/app/callbacks.ts). Chữ trên nút không quá 32 ký tự.

main-callback = 📞 Yêu cầu gọi lại
handoff-callback-btn = 📞 Hoặc yêu cầu gọi lại

## Từng câu hỏi một

callback-intro = Một đồng đẳng viên của { $org } có thể gọi điện cho bạn. Chỉ vài câu hỏi ngắn, từng câu một. Bạn có thể hủy bất cứ lúc nào.
callback-ask-phone =
    Chúng tôi nên gọi số nào? Ví dụ: 416 555 0123
    Nếu là số ngoài Canada, hãy bắt đầu bằng + và mã quốc gia, ví dụ +84 91 234 56 78.
callback-ask-phone-chat = Hoặc bấm nút để dùng số của cuộc trò chuyện WhatsApp này: { $number }
callback-use-chat-btn = 📱 Dùng số WhatsApp này
callback-phone-invalid =
    Xin lỗi, đây có vẻ không phải là số điện thoại dùng được. Hãy viết số kèm mã vùng, ví dụ: 416 555 0123
    Nếu là số ngoài Canada, hãy bắt đầu bằng + và mã quốc gia.
callback-phone-letters = Hãy viết số điện thoại chỉ bằng chữ số, không có chữ cái hay từ ngữ. Ví dụ: 416 555 0123
callback-confirm-phone = Chúng tôi sẽ gọi { $number }. Đúng không?
callback-right-btn = ✅ Đúng rồi
callback-change-btn = ✏️ Sửa lại
callback-ask-language = Bạn muốn nói chuyện qua điện thoại bằng ngôn ngữ nào?
callback-ask-when = Khi nào thì tiện để gọi cho bạn?
callback-when-today-morning = Hôm nay, buổi sáng
callback-when-today-afternoon = Hôm nay, buổi chiều
callback-when-today-evening = Hôm nay, buổi tối
callback-when-tomorrow-morning = Ngày mai, buổi sáng
callback-when-tomorrow-afternoon = Ngày mai, buổi chiều
callback-when-tomorrow-evening = Ngày mai, buổi tối
callback-when-any = Lúc nào cũng được
callback-ask-voicemail = Nếu bạn không nghe máy, để lại tin nhắn thoại có an toàn không?
callback-ask-org = Người gọi nói mình từ { $org } có an toàn không? Nếu không, họ sẽ không nói tên này.
callback-yes = ✅ Có
callback-no = 🚫 Không
callback-ask-code =
    Bạn có thể chọn một mật khẩu. Người gọi sẽ nói mật khẩu trước, để bạn biết cuộc gọi là của chúng tôi.
    Viết một hoặc hai từ, hoặc bấm Bỏ qua.
callback-skip-btn = ⏭️ Bỏ qua
callback-code-invalid = Hãy viết một hoặc hai từ ngắn (tối đa 30 ký tự) mà người gọi có thể nói. Biểu tượng cảm xúc thì không nói qua điện thoại được.
callback-confirm-code = Mật khẩu của bạn: { $code }. Đúng không?
callback-code-none = không có
callback-summary =
    Hãy kiểm tra yêu cầu của bạn:
    📞 Số: { $number }
    🗣️ Ngôn ngữ: { $language }
    🕒 Thời gian: { $when }
    📨 Được để lại tin nhắn thoại: { $voicemail }
    🏷️ Người gọi được nói tên { $org }: { $sayorg }
    🔑 Mật khẩu: { $code }
callback-send-btn = ✅ Gửi yêu cầu
callback-edit-btn = ✏️ Sửa một câu trả lời
callback-cancel-btn = ✖️ Hủy
callback-edit-which = Bạn muốn sửa câu trả lời nào?
callback-field-phone = 📞 Số điện thoại
callback-field-language = 🗣️ Ngôn ngữ
callback-field-when = 🕒 Thời gian
callback-field-voicemail = 📨 Tin nhắn thoại
callback-field-org = 🏷️ Nói tên tổ chức
callback-field-code = 🔑 Mật khẩu
callback-summary-btn = ↩️ Quay lại phần tóm tắt
callback-cancelled = Được rồi, chưa có gì được gửi đi. Các câu trả lời của bạn đã được xóa.
callback-unavailable = Xin lỗi, hiện không thể nhận yêu cầu gọi lại qua cuộc trò chuyện này. Bạn có thể gọi { $org }: { $hotline }

## Yêu cầu đang chờ (hiện thay cho các câu hỏi)

callback-pending =
    Bạn đã yêu cầu gọi lại:
    🕒 { $when }
    📞 Số có đuôi { $last }
    Tình trạng: { $status }
callback-status-open = đang chờ đồng đẳng viên
callback-status-claimed = đồng đẳng viên sẽ gọi cho bạn
callback-withdraw-btn = ✖️ Hủy yêu cầu của tôi
callback-withdraw-confirm = Bạn có muốn hủy yêu cầu gọi lại không?
callback-withdraw-yes = Có, hủy đi
callback-withdraw-no = Không, giữ lại
callback-kept = Được rồi, yêu cầu của bạn vẫn còn.

## Tin nhắn về yêu cầu

callback-sent =
    Cảm ơn bạn, yêu cầu đã được gửi. Một đồng đẳng viên của { $org } sẽ gọi cho bạn ({ $when }).
    Để xem hoặc hủy, hãy chọn 📞 Yêu cầu gọi lại trong menu.
callback-withdrawn = Yêu cầu gọi lại của bạn đã được hủy và sẽ bị xóa.
callback-already-closed = Yêu cầu này đã kết thúc.
callback-done = Yêu cầu gọi lại của bạn đã xong. Nếu cần gì thêm, bạn có thể viết ở đây hoặc yêu cầu gọi lại lần nữa.
callback-missed = Một đồng đẳng viên đã gọi cho bạn nhưng không liên lạc được. Họ sẽ gọi lại. Bạn có thể hủy yêu cầu trong menu.
callback-cancelled-by-staff = Yêu cầu gọi lại của bạn đã được một đồng đẳng viên đóng lại. Nếu vẫn cần gọi, bạn có thể yêu cầu lại trong menu, hoặc gọi { $org }: { $hotline }
