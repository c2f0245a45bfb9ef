# Khi gặp cảnh sát và bị bắt. Luồng: flows/police.yaml
# Màn hình pháp lý: lời lưu ý, nguồn và ngày được tự động thêm vào.

police-menu =
    Khi gặp cảnh sát và bị bắt.
    Hiến chương (Charter) bảo vệ mọi người ở Canada. Chọn một chủ đề:
police-rights-btn = Quyền của bạn
police-talk-btn = Nên nói gì, không nên nói gì
police-search-btn = Khám xét, giấy tờ, điện thoại
police-door-btn = Ai đang gõ cửa?
police-arrest-btn = 🚨 Sau khi bị bắt

police-rights =
    Quyền của bạn khi gặp cảnh sát (Hiến chương Quyền và Tự do Canada, Canadian Charter of Rights and Freedoms):
    • Bạn có quyền không bị khám xét vô lý, và không bị lấy đồ đạc một cách vô lý (unreasonable search or seizure, s. 8).
    • Bạn có quyền không bị giam giữ tùy tiện (arbitrary detention), nghĩa là bị giữ lại mà không có lý do theo luật (s. 9).
    • Nếu bạn bị bắt hoặc bị giữ lại, bạn có quyền được biết lý do ngay lập tức (s. 10(a)).
    • Bạn có quyền có luật sư ngay, không chậm trễ, và có quyền được cho biết về quyền này (s. 10(b)).
    • Bạn có thể chọn không trả lời câu hỏi của cảnh sát (s. 7). Cảnh sát có thể cứ tiếp tục hỏi. Bạn có thể cứ tiếp tục nói không.

police-rights-2 =
    Tìm luật sư:
    • Cảnh sát có nghĩa vụ cho bạn biết là có trợ giúp pháp lý (Legal Aid) và luật sư trực (duty counsel, luật sư miễn phí), cho bạn gọi điện, và ngừng hỏi cung cho đến khi bạn có cơ hội hợp lý để nói chuyện với luật sư.
    • Ở Ontario, hãy nói: "I want to speak to duty counsel." (Tôi muốn nói chuyện với luật sư trực.) Khi đó cảnh sát sẽ gọi đường dây Brydges (Brydges line) của Trợ giúp Pháp lý Ontario (Legal Aid Ontario). Đường dây trả lời 24/7, cuộc gọi miễn phí và kín đáo, và không xét thu nhập.
    • Tại tòa án hoặc tòa hành chính (tribunal), bạn có quyền có thông dịch viên (interpreter) (s. 14).

police-talk =
    Nên nói gì, không nên nói gì:
    • Giữ bình tĩnh và lịch sự.
    • Hỏi: "Am I being detained, or am I free to go?" (Tôi có đang bị giữ lại không, hay tôi được đi?) Nếu bạn được đi, bạn có thể rời đi.
    • Bạn có thể nói: "I want to remain silent. I want to speak to a lawyer." (Tôi muốn giữ im lặng. Tôi muốn nói chuyện với luật sư.)
    • Bất cứ điều gì bạn nói đều có thể được tính là lời khai (statement). Lời khai có thể được dùng để chống lại bạn, đồng nghiệp hoặc khách của bạn, và bạn có thể bị buộc phải ra làm chứng.
    • Đừng khai tên giả. Việc đó có thể dẫn đến tội cản trở người thi hành công vụ (obstruction). Trong phần lớn các lần bị chặn hỏi, bạn không phải trả lời các câu hỏi khác.

police-talk-2 =
    Cẩn thận với những câu hỏi này:
    Cảnh sát thường hỏi có ai quản lý tiền của bạn hoặc nghe điện thoại thay bạn không. Sau những câu hỏi như vậy, một số thành viên của { $org } đã bị bắt hoặc bị giao cho CBSA (cơ quan di trú).

    Bạn có thể nói: "I want to remain silent. I want to speak to a lawyer." (Tôi muốn giữ im lặng. Tôi muốn nói chuyện với luật sư.)

police-search =
    Khám xét, giấy tờ và điện thoại:
    • Bạn có thể từ chối bị khám xét, và có thể rút lại lời "đồng ý" sau đó. Việc khám xét mà bạn đồng ý (consent search) chỉ hợp lệ nếu bạn đồng ý một cách tự nguyện và hiểu rõ mình đang đồng ý điều gì.
    • Nếu việc bắt giữ là hợp pháp, cảnh sát có thể khám người bạn để tìm bằng chứng của tội đó hoặc vì lý do an toàn.
    • Khi bị chặn lại ngắn để điều tra (investigative detention), cảnh sát có thể khám người bên ngoài quần áo (pat-down) vì lý do an toàn.
    • Không có nghĩa vụ chung phải mang theo giấy tờ tùy thân. Bạn phải trình giấy tờ trong một số trường hợp có quy định, ví dụ khi lái xe.
    • Cảnh sát đã từng lấy điện thoại và tiền tiết kiệm của người làm nghề. Một người đã mất 10.000 đô la.

police-door =
    Ai đang gõ cửa?
    • Cảnh sát (police) thi hành Bộ luật Hình sự (Criminal Code) và có thể bắt bạn. Họ thường chia sẻ thông tin với CBSA: một báo cáo năm 2015 cho thấy Cảnh sát Toronto đã liên lạc với CBSA hơn 3.200 lần trong tám tháng.
    • Nhân viên thực thi quy định thành phố (bylaw officers) thi hành các quy định về giấy phép của thành phố (ví dụ giấy phép massage và trị liệu toàn diện (holistic)) và có thể phạt tiền.
    • Nhân viên CBSA thi hành luật di trú. Họ có thể giam giữ người mà họ cho là không được phép ở lại (inadmissible), ví dụ khi họ nghĩ người đó có thể không đến phiên điều trần, hoặc danh tính người đó chưa rõ.

    Các cuộc đột kích chung (joint raids) của nhân viên thành phố, cảnh sát và CBSA đã dẫn đến việc người làm nghề bị bắt và bị trục xuất.

police-door-2 =
    Nhân viên thực thi quy định thành phố (bylaw officers) ở Ontario:
    • Họ có thể vào nơi kinh doanh để kiểm tra vào giờ hợp lý.
    • Một căn phòng dùng để ở thì khác. Họ cần bạn đồng ý hoặc phải có lệnh (warrant) mới được vào.
    • Không cho nhân viên thành phố vào nhà bạn không phải là cản trở người thi hành công vụ (obstruction). Toronto cũng có quy định tương tự.

    Nếu là cảnh sát, xem Cảnh sát > "Quyền của bạn". Nếu là CBSA, bấm nút bên dưới.

police-arrest =
    Sau khi bị bắt:
    • Yêu cầu có luật sư. Ở Ontario, hãy nói: "I want to speak to duty counsel." (Tôi muốn nói chuyện với luật sư trực.) Bạn có thể chọn giữ im lặng.
    • Nếu cảnh sát không thả bạn, họ phải đưa bạn ra gặp thẩm phán (justice) mà không chậm trễ vô lý (trong vòng 24 giờ nếu có thẩm phán).
    • Luật sư trực (duty counsel, luật sư miễn phí tại tòa) có thể giúp bạn trong phiên xét tại ngoại (bail hearing).
    • Hãy cho luật sư biết tình trạng di trú của bạn. Bị kết án (conviction) có thể ảnh hưởng đến tình trạng này.

    Nếu bạn đang gặp nguy hiểm, hãy gọi 911. Xin lưu ý: tiếp xúc với cảnh sát có thể dẫn đến việc CBSA (di trú) can thiệp.
    • { $org }: { $hotline }
    • Trợ giúp Pháp lý Ontario (Legal Aid Ontario): 416-979-1446 hoặc 1-800-668-8258

police-arrest-2 =
    Sau khi bị bắt (tiếp theo):
    • Với một số tội, như trao đổi ở nơi công cộng (communicating, s. 213), cảnh sát thường thả người với giấy báo hầu tòa (appearance notice): một tờ giấy cho bạn biết khi nào phải ra tòa.
    • Trợ giúp Pháp lý Ontario có thể trả tiền luật sư nếu việc bị kết án có thể gây hậu quả di trú nghiêm trọng.
    • { $org } hỗ trợ pháp lý và có thể giúp bạn tìm luật sư.
