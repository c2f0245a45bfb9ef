# An toàn. Luồng: flows/safety.yaml
# Bot KHÔNG thu thập báo cáo về khách xấu. Bot chỉ giới thiệu các nhóm đồng đẳng.

safety-menu =
    Lời khuyên an toàn từ các nhóm do người lao động tình dục dẫn dắt.
    Bạo lực không bao giờ là lỗi của bạn. Chọn một chủ đề:
safety-tips-btn = Mẹo lên kế hoạch an toàn
safety-after-btn = 🚨 Sau khi bị cướp, tấn công
safety-bad-date-btn = Danh sách cảnh báo khách xấu

safety-tips =
    Mẹo lên kế hoạch an toàn:
    • Tin vào trực giác của bạn. Bạo lực không bao giờ là lỗi của bạn, kể cả khi bạn không làm theo một mẹo nào đó.
    • Dùng số riêng cho công việc: một số điện thoại thứ hai hoặc một ứng dụng.
    • Cuộc gọi an toàn (safe call): cho một người bạn tin cậy biết nơi hẹn khách, và báo tin cho họ trước và sau.
    • Sàng lọc khách (screening): giữ số điện thoại của khách và đối chiếu với danh sách khách xấu.
    • Thỏa thuận giá và dịch vụ trước, và nhận tiền trước.

safety-tips-2 =
    Thêm mẹo:
    • Biết lối ra ở đâu, và đừng để khách chặn lối ra.
    • Cài một số gọi nhanh và để còi hoặc chuông báo động gần bạn.
    • Tránh đeo vòng cổ hoặc khăn quàng cổ khi làm việc.
    • Nhắn biển số xe của khách cho một người bạn.
    • Làm việc cùng bạn bè khi có thể (xem "Điều gì là hợp pháp với bạn" bên dưới).

safety-after =
    Sau khi bị cướp hoặc bị tấn công:
    • Trước hết, hãy đến nơi an toàn. Sau đó gọi { $org }.
    • Chăm sóc y tế tách riêng với cảnh sát. Bạn có thể được chăm sóc mà không cần báo cảnh sát.
    • Sau khi bị xâm hại tình dục: Women's College Hospital, 24/7: 416-323-6040. PEP (để phòng HIV) phải bắt đầu trong vòng 72 giờ.
    • Không có thời hạn để báo cảnh sát về tội phạm tình dục (sexual offence). Bạn có thể quyết định sau.
    • Trước khi đi báo cảnh sát, hãy nói chuyện với { $org } hoặc luật sư (bấm "Xem thêm").

    Nếu bạn đang gặp nguy hiểm, hãy gọi 911. Xin lưu ý: tiếp xúc với cảnh sát có thể dẫn đến việc CBSA (di trú) can thiệp.
    • { $org }: { $hotline }
    • Trợ giúp Pháp lý Ontario (Legal Aid Ontario): 416-979-1446 hoặc 1-800-668-8258

safety-after-2 =
    Bạn đang nghĩ đến việc báo cảnh sát?
    • Cảnh sát Toronto nói rằng người làm nghề báo cáo bị hại khi làm việc sẽ không bị bắt, và việc báo cảnh sát sẽ không ảnh hưởng đến tình trạng cư trú của họ. Họ cũng nói rằng trong một số trường hợp, cảnh sát có thể hỏi về tình trạng cư trú.
    • Nhưng một số thành viên của { $org } đã bị bắt hoặc bị trục xuất sau khi tiếp xúc với cảnh sát. Một báo cáo năm 2015 cho thấy Cảnh sát Toronto đã liên lạc với CBSA hàng nghìn lần.
    • Quyết định là của bạn. Hãy nói chuyện với { $org } hoặc luật sư trước.

    Bạn cũng có thể cảnh báo những người làm nghề khác qua danh sách khách xấu (xem An toàn).

safety-bad-date =
    Danh sách cảnh báo khách xấu:
    "Khách xấu" (bad date) là người thô lỗ, ăn cắp, không chịu trả tiền, đe dọa bạn hoặc dùng bạo lực. Các nhóm đồng đẳng giữ danh sách để người làm nghề cảnh báo cho nhau.

    Bot này không thu thập báo cáo. Xin đừng gửi chi tiết ở đây.

    Nơi chia sẻ hoặc kiểm tra cảnh báo:
    • Montreal: danh sách khách xấu của Stella. chezstella.org
    • Vancouver: SWAN, qua điện thoại hoặc tin nhắn. swanvancouver.ca
    • BC: BC BDAR, hệ thống báo cáo khách xấu trên toàn tỉnh bang. bcbdar.org
    • Toronto: hỏi { $org }: { $hotline }

safety-bad-date-2 =
    Những điều nên ghi lại khi báo cáo:
    • Ngày, giờ và địa điểm
    • Người đó và chiếc xe trông như thế nào
    • Biển số xe
    • Số điện thoại
    • Chuyện gì đã xảy ra
