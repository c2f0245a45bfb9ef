# Về tổ chức và cách liên hệ. Luồng: flows/about.yaml
# Điện thoại, email và trang web của tổ chức lấy từ flows/settings.yaml.

about-menu =
    Về { $org } và cách liên hệ.
    Chọn một chủ đề:
about-org-btn = { $org } là gì?
# Cũng dùng trên các màn hình khủng hoảng (sau khi bị bắt, bị giam giữ, bị tấn công).
about-contact-btn = 📞 Liên hệ { $org }
about-groups-btn = Các nhóm khác có thể giúp

about-org =
    { $org }: Asian and Migrant Sex Workers Support Network (Mạng lưới Hỗ trợ Người lao động tình dục gốc Á và Di cư).
    • Thành lập năm 2014 bởi người lao động tình dục, nhân viên xã hội, và các chuyên gia pháp lý và y tế.
    • Do người lao động tình dục di cư dẫn dắt và dựa trên hỗ trợ đồng đẳng. Một nửa ủy ban là người đang hoặc đã từng làm nghề tình dục.
    • Hỗ trợ hơn 5.000 người lao động tình dục gốc Á và di cư.
    • Tin rằng lao động tình dục là lao động. Người lao động tình dục có quyền được an toàn, được tôn trọng phẩm giá, bình đẳng và công lý. Người lao động di cư phải được đối xử như mọi người lao động khác, dù tình trạng cư trú thế nào.

about-org-2 =
    { $org } làm gì:
    • Tiếp cận cộng đồng (outreach) và đường dây nóng (hotline)
    • Hỗ trợ tinh thần, xã hội, sức khỏe và pháp lý
    • Hỗ trợ khẩn cấp và khủng hoảng khi bị bạo lực, bị bắt hoặc bị giam giữ
    • Buổi hội thảo tìm hiểu quyền của bạn, lớp tiếng Anh và thông tin đã dịch về quy định thành phố
    • Tư vấn tâm lý và giới thiệu dịch vụ y tế
    • Đào tạo lãnh đạo, nghiên cứu, giáo dục cộng đồng và vận động chính sách
    Sự hỗ trợ có hiểu biết về sang chấn (trauma-informed) và gắn với văn hóa của cộng đồng.

about-org-3 =
    Những lời kêu gọi công lý của { $org }:
    • Phi hình sự hóa lao động tình dục.
    • Lao động tình dục là lao động: bỏ các lệnh cấm trong luật di trú.
    • Quyền, không phải "giải cứu".
    • Lao động tình dục không phải là buôn người.
    • Chống phân biệt chủng tộc.
    • Không có cảnh sát ở nơi làm việc.
    • Tình trạng cư trú cho tất cả mọi người.
    • Được dùng dịch vụ mà không sợ hãi.

    Các đối tác gồm Migrant Sex Workers Project, Maggie's, HIV Legal Network, STRUT và No One Is Illegal.

about-contact =
    Liên hệ { $org }:
    • Điện thoại: { $hotline }
    • Email: { $email }
    • Trang web: { $website }

    Trợ giúp Pháp lý Ontario (Legal Aid Ontario, luật sư trực và trợ giúp pháp lý): 416-979-1446 hoặc 1-800-668-8258

    Nếu bạn đang gặp nguy hiểm, hãy gọi 911. Xin lưu ý: tiếp xúc với cảnh sát có thể dẫn đến việc CBSA (di trú) can thiệp.

about-groups =
    Các nhóm khác có thể giúp:
    • HALCO: trợ giúp pháp lý miễn phí cho người sống chung với HIV ở Ontario, kể cả về di trú. 416-340-7790 hoặc 1-888-705-8889
    • HIV Legal Network: đã cùng { $org } viết báo cáo "The Carceral Web". hivlegalnetwork.ca
    • Maggie's Toronto, do người lao động tình dục lập ra, phục vụ người lao động tình dục. maggiesto.org
    • Migrant Sex Workers Project: migrantsexworkersproject.com
    • SWAN Vancouver: swanvancouver.ca
    • Stella, Montreal: chezstella.org
