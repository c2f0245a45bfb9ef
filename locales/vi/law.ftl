# Luật hình sự về lao động tình dục và giấy phép ở Toronto. Luồng: flows/law.yaml
# Màn hình pháp lý: lời lưu ý, nguồn và ngày được tự động thêm vào.

law-menu =
    Luật hình sự về lao động tình dục ở Canada (các luật có hiệu lực từ ngày 6 tháng 12 năm 2014).
    Chọn một chủ đề:
law-legal-btn = Điều gì là hợp pháp với bạn
law-not-legal-btn = Điều gì là trái luật
law-third-btn = Khách và bên thứ ba
law-licensing-btn = Giấy phép thành phố (Toronto)

law-legal =
    Điều gì là hợp pháp với bạn:
    • Bán dịch vụ tình dục của chính bạn không phải là tội.
    • Quyền miễn trừ (immunity, s. 286.5): luật quy định không truy tố bạn vì hưởng lợi, quảng cáo, hoặc giúp đỡ trong các tội liên quan đến dịch vụ của chính bạn.
    • Tòa án Tối cao Canada (R v Kloubakov, 2025) cho biết luật vẫn cho phép bạn làm việc trong nhà tại một địa điểm cố định, thuê tài xế hoặc vệ sĩ, và làm việc cùng những người làm nghề khác và chia sẻ chi phí.

    ⚠️ Quyền miễn trừ này chỉ có trong luật hình sự. Nó không bảo vệ bạn khỏi luật di trú.

law-not-legal =
    Những điều trái luật, kể cả với người làm nghề:
    • s. 213(1.1): trao đổi để mời chào hoặc cung cấp dịch vụ tình dục ở nơi công cộng, hoặc nơi người khác nhìn thấy được, nằm trong hoặc ngay cạnh sân trường, sân chơi hoặc nhà trẻ.
    • s. 213(1): ở nơi công cộng, chặn hoặc cản trở giao thông (xe cộ hoặc người đi bộ) để mời chào hoặc mua dịch vụ tình dục. Điều này áp dụng cho cả người làm nghề và khách.

    Nếu bạn bị buộc tội, bạn vẫn có đầy đủ quyền của mình khi gặp cảnh sát. Bị kết án có thể ảnh hưởng đến tình trạng di trú của bạn.

law-third =
    Khách và bên thứ ba:
    • Mua dịch vụ tình dục, hoặc trao đổi với ai đó để mua, là phạm tội ở bất cứ đâu (s. 286.1). Mức phạt tối thiểu bắt đầu từ 500 đô la.
    • Hưởng lợi vật chất (material benefit, s. 286.2): nhận tiền từ việc làm nghề tình dục của người khác, có một số ngoại lệ, ví dụ sống chung chính đáng, nghĩa vụ pháp lý hoặc đạo đức, hoặc dịch vụ bán cho mọi người.
    • Dụ dỗ, môi giới (procuring, s. 286.3): khiến người khác bán dịch vụ tình dục, hoặc kiểm soát họ.
    • Quảng cáo dịch vụ tình dục của người khác (advertising, s. 286.4).

    Năm 2025, Tòa án Tối cao Canada giữ nguyên các tội hưởng lợi vật chất và dụ dỗ, môi giới. Năm 2023, một tòa án ở Ontario đã giữ nguyên luật này.

law-licensing =
    Giấy phép ở Toronto (Bộ quy định thành phố, chương 545, Municipal Code, Chapter 545):
    • Tiệm xoa bóp thân thể (body-rub parlours) và người làm xoa bóp thân thể (body-rubbers) cần có giấy phép. Người làm xoa bóp thân thể cần giấy chứng nhận y tế (medical certificate). Các tiệm chỉ được mở ở một số khu vực.
    • Trung tâm trị liệu toàn diện (holistic centres) và người làm trị liệu toàn diện (holistic practitioners) cần một loại giấy phép khác.
    • Năm 2018, Hội đồng Thành phố đã ngừng cấp giấy phép trị liệu toàn diện mới cho thành viên của năm hiệp hội.
    • Nhân viên thực thi quy định thành phố (bylaw officers) thi hành các quy định này và có thể phạt tiền.

law-licensing-2 =
    Khóa cửa ở trung tâm trị liệu toàn diện:
    • Trung tâm trị liệu toàn diện chỉ được khóa cửa khi có khách ở bên trong, và phải dán thông báo giờ cửa sẽ được mở khóa.
    • { $org } đã đếm được 40 người làm nghề bị cướp từ tháng 12 năm 2019 đến tháng 3 năm 2020. Báo Toronto Star cho rằng các vụ cướp một phần có liên quan đến quy định này.

    Để biết nhân viên thành phố được làm gì và không được làm gì, xem "Ai đang gõ cửa?"
