# Sức khỏe và dịch vụ cộng đồng. Luồng: flows/health.yaml
# Chỉ dùng số điện thoại đã được xác nhận trong content brief. Các số chưa đăng
# được liệt kê trong docs/content-review-notes.md.

health-menu =
    Chăm sóc sức khỏe, kể cả các dịch vụ bạn dùng được mà không cần thẻ y tế (OHIP) hay giấy tờ.
    Chọn một chủ đề:
health-toronto-btn = Toronto
health-vancouver-btn = Vancouver
health-montreal-btn = Montreal
health-pep-btn = 💊 PEP: trong vòng 72 giờ
health-assault-btn = Chăm sóc sau xâm hại tình dục
health-mental-btn = Sức khỏe tâm thần
health-harm-btn = Giảm tác hại

health-toronto =
    Toronto, không cần thẻ y tế:
    • Hassle Free Clinic: miễn phí, không cần thẻ y tế, xét nghiệm HIV ẩn danh. Một số nhân viên nói tiếng Quảng Đông, tiếng Quan Thoại, tiếng Đài Loan, tiếng Nhật, tiếng Pháp và tiếng Tây Ban Nha. hasslefreeclinic.org
    • Immigrant Women's Health Centre: miễn phí, không cần giấy tờ, có bác sĩ nữ. Có tiếng Hoa, tiếng Việt, tiếng Tagalog, tiếng Tây Ban Nha, tiếng Bồ Đào Nha, tiếng Urdu/Hindi và tiếng Ý. 416-323-9986
    • Sexual Health Infoline Ontario: miễn phí và ẩn danh, có nhiều ngôn ngữ. Có thể giới thiệu bạn đi lấy PrEP và PEP. 416-392-2437 hoặc 1-800-668-2437

health-toronto-2 =
    Thêm ở Toronto:
    • Các Trung tâm Y tế Cộng đồng (Community Health Centres) có thể phục vụ người không có OHIP. Hãy nhờ { $org } giúp tìm một nơi.
    • HQ Toronto: PrEP và PEP cho người chuyển giới và người phi nhị nguyên giới, và cho nam giới có quan hệ tình dục với nam giới. Xét nghiệm miễn phí. Nếu không có bảo hiểm y tế, hãy mang theo giấy tờ có ảnh. hqtoronto.ca
    • Women's College Hospital: chăm sóc sau khi bị xâm hại tình dục, 24/7 (xem bên dưới).

health-vancouver =
    Vancouver và BC:
    • BCCDC SmartSexResource: có lựa chọn miễn phí cho hầu hết dịch vụ sức khỏe tình dục, kể cả khi bạn không có tình trạng cư trú hợp lệ. 604-707-5603 hoặc 1-888-488-7444, hoặc gọi HealthLink BC số 811. smartsexresource.com
    • Ở BC, PrEP miễn phí cho người đủ điều kiện.
    • SWAN Vancouver: tiếp cận cộng đồng (outreach) và phát đồ dùng cho tình dục an toàn ở các tiệm massage. Có đường dây gọi hoặc nhắn tin để hỗ trợ pháp lý và di trú, thông dịch viên khi đi khám bệnh, và báo cáo khách xấu (bad date). swanvancouver.ca

health-vancouver-2 =
    Cảnh sát ở Vancouver:
    • Hướng dẫn của Sở Cảnh sát Vancouver về lao động tình dục (Sex Work Enforcement Guidelines, 2013) nói rằng cảnh sát nên đặt sự an toàn của người lao động tình dục lên hàng đầu.
    • Khiếu nại về cảnh sát được gửi đến Văn phòng Ủy viên Khiếu nại Cảnh sát (Office of the Police Complaint Commissioner).

health-montreal =
    Montreal:
    • Stella, l'amie de Maimie: do người lao động tình dục lập ra, phục vụ người lao động tình dục. Có phòng khám y tá và danh sách khách xấu. chezstella.org
    • Médecins du Monde (Bác sĩ Thế giới): phòng khám miễn phí cho người di cư có tình trạng cư trú bấp bênh. medecinsdumonde.ca

health-pep =
    PEP: thuốc có thể ngăn HIV sau khi có thể đã bị phơi nhiễm (ví dụ bao cao su bị rách).
    • Bắt đầu PEP trong vòng 72 giờ. Càng sớm càng tốt, tốt nhất là trong vòng 2 giờ.
    • Ontario: Sexual Health Infoline Ontario có thể giới thiệu bạn: 416-392-2437 hoặc 1-800-668-2437.
    • Toronto: HQ Toronto, cho người chuyển giới, người phi nhị nguyên giới và nam giới có quan hệ tình dục với nam giới. hqtoronto.ca
    • Sau khi bị xâm hại tình dục: Women's College Hospital, 24/7: 416-323-6040.
    • BC: gọi HealthLink BC số 811.

    PrEP (uống trước khi phơi nhiễm) miễn phí ở BC cho người đủ điều kiện. Ở Ontario, PrEP có thể đắt; hãy hỏi đường dây Infoline về cách nhận thuốc.

health-assault =
    Chăm sóc sau khi bị xâm hại tình dục:
    • Women's College Hospital, Sexual Assault/Domestic Violence Care Centre, Toronto: mở cửa 24/7, không cần hẹn trước, từ 16 tuổi trở lên, đến tối đa 30 ngày sau sự việc. 416-323-6040, 76 Grenville St.
    • Chăm sóc y tế tách riêng với cảnh sát. Bạn có thể được chăm sóc mà không cần báo cảnh sát.
    • Bằng chứng có thể được giữ lại trong lúc bạn quyết định sẽ làm gì.
    • PEP để phòng HIV phải bắt đầu trong vòng 72 giờ.

health-mental =
    Sức khỏe tâm thần. Bạn không phải một mình vượt qua chuyện này:
    • { $org } hỗ trợ tinh thần: { $hotline }
    • Ontario Mental Health Helpline, 24/7: 1-866-531-2600
    • 988, đường dây khủng hoảng 24/7: gọi 988
    • Distress Centres (Toronto): 416-408-4357

health-harm =
    Giảm tác hại (harm reduction):
    • Naloxone giúp đảo ngược tình trạng quá liều opioid. Thuốc này miễn phí tại các nhà thuốc có tham gia chương trình ở Ontario, không cần đơn thuốc và không cần thẻ y tế.

    Nếu có ai đang gặp nguy hiểm, hãy gọi 911. Xin lưu ý: tiếp xúc với cảnh sát có thể dẫn đến việc CBSA (di trú) can thiệp.
