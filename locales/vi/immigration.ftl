# Di trú và CBSA (Cơ quan Dịch vụ Biên giới Canada). Luồng: flows/immigration.yaml
# Màn hình pháp lý: lời lưu ý, nguồn và ngày được tự động thêm vào.

immigration-menu =
    Di trú và CBSA (Cơ quan Dịch vụ Biên giới Canada, Canada Border Services Agency).
    Bot này không bao giờ hỏi về tình trạng di trú của bạn. Chọn một chủ đề:
immigration-ban-btn = Cấm làm việc: ngành tình dục
immigration-detained-btn = 🚨 Nếu CBSA giam giữ bạn
immigration-removal-btn = Lệnh buộc rời Canada là gì
immigration-charges-btn = Cáo buộc hình sự và di trú
immigration-refugee-btn = Người xin tị nạn

immigration-ban =
    Lệnh cấm làm việc đối với cư dân tạm thời:
    • Nếu bạn là cư dân tạm thời (temporary resident) được phép làm việc, bạn không được nhận hoặc kéo dài công việc với chủ thuê thường xuyên cung cấp múa thoát y, múa khiêu dâm, dịch vụ escort hoặc massage khiêu dâm (IRPR 183(1)(b.1)).
    • Điều này áp dụng cho khách du lịch, du học sinh và người lao động, dù bạn được phép làm việc theo cách nào, kể cả giấy phép lao động mở (open work permit) và làm việc ngoài khuôn viên trường.
    • Không có giấy phép lao động nào được cấp để làm cho các chủ thuê này. Giấy phép của bạn có thể ghi điều này như một điều kiện (IRPR 185(b)).
    • Các quy định này bắt đầu từ ngày 31 tháng 12 năm 2013.

immigration-ban-2 =
    Điều này có thể có nghĩa gì với bạn:
    • Vi phạm các quy định này có thể dẫn đến bị bắt, bị giam giữ và bị trục xuất (deportation).
    • Quyền miễn trừ trong luật hình sự khi bán dịch vụ của chính bạn (immunity, Criminal Code s. 286.5) không bảo vệ bạn khỏi luật di trú.
    • { $org } cho biết lệnh cấm này cũng bị áp dụng với người xin tị nạn và người được bảo lãnh, và đã bị dùng để tước tình trạng cư trú của họ.

    Nếu bạn có câu hỏi về trường hợp của mình, hãy nói chuyện với luật sư di trú hoặc { $org }.

immigration-detained =
    Nếu CBSA giam giữ bạn:
    • Bạn có quyền có luật sư. Bạn có thể tự trả tiền, hoặc xin trợ giúp pháp lý (legal aid).
    • Đừng nói dối nhân viên. Nói dối (khai gian, misrepresentation) có thể khiến bạn bị cấm vào Canada 5 năm.
    • Bạn có quyền được xét lại việc giam giữ (detention reviews) tại Phân ban Di trú (Immigration Division): trong vòng 48 giờ hoặc ngay sau đó, rồi trong vòng 7 ngày, rồi ít nhất 30 ngày một lần.
    • IRB (Ủy ban Di trú và Tị nạn) cung cấp thông dịch viên tại phiên điều trần.

    Nếu bạn đang gặp nguy hiểm, hãy gọi 911. Xin lưu ý: tiếp xúc với cảnh sát có thể dẫn đến việc CBSA (di trú) can thiệp.
    • { $org }: { $hotline }
    • Trợ giúp Pháp lý Ontario (Legal Aid Ontario): 416-979-1446 hoặc 1-800-668-8258

immigration-detained-2 =
    Nếu CBSA giam giữ bạn (tiếp theo):
    • Trong các trung tâm tạm giữ của CBSA (holding centres), gọi điện nội hạt miễn phí, kể cả gọi cho luật sư và lãnh sự quán. Hội Chữ thập đỏ, Cao ủy Liên Hợp Quốc về người tị nạn (UNHCR) và các nhóm hỗ trợ người tị nạn có đến thăm.
    • Lãnh sự quán (consulate): nhân viên phải cho bạn biết là bạn có thể yêu cầu báo cho lãnh sự quán của mình. Họ chỉ liên lạc nếu bạn yêu cầu.
    • Nếu bạn sợ chính phủ nước mình, hãy nói chuyện với luật sư trước khi yêu cầu liên lạc lãnh sự quán.
    • Bạn có thể xin xét lại việc giam giữ sớm hơn nếu có sự việc mới.
    • Khi bị hỏi thông thường ở biên giới, quyền có luật sư thường chỉ áp dụng khi bạn đã bị giam giữ.

immigration-removal =
    Báo cáo A44 và lệnh buộc rời Canada (removal orders):
    • Báo cáo A44 (A44 report): nếu một nhân viên cho rằng bạn không được phép ở lại Canada (inadmissible), họ có thể viết một báo cáo (IRPA s. 44(1)).
    • Sau đó, người được Bộ trưởng ủy quyền (Minister's delegate, một viên chức thay mặt Bộ trưởng) sẽ ra lệnh buộc rời Canada, hoặc chuyển hồ sơ của bạn đến phiên điều trần tại Phân ban Di trú (Immigration Division).
    • Bạn có thể xin CBSA hoãn (defer) việc buộc bạn rời đi, hoặc xin Tòa án Liên bang (Federal Court) cho tạm ngừng (stay). Thời gian rất gấp: hãy tìm luật sư ngay.

immigration-removal-2 =
    Ba loại lệnh buộc rời Canada:
    • Lệnh rời khỏi Canada (departure order): bạn phải rời Canada trong vòng 30 ngày. Nếu không, lệnh này sẽ thành lệnh trục xuất (deportation order).
    • Lệnh loại trừ (exclusion order): bạn không được quay lại trong 1 năm (5 năm nếu khai gian) trừ khi được cho phép, gọi là ARC (Authorization to Return to Canada, giấy phép quay lại Canada). Làm việc khi không được phép thường dẫn đến lệnh loại trừ.
    • Lệnh trục xuất (deportation order): bạn không bao giờ được quay lại, trừ khi có ARC.

immigration-charges =
    Cáo buộc hình sự và tình trạng di trú:
    • Thường trú nhân (permanent resident) có thể mất tình trạng vì "tội phạm nghiêm trọng" (serious criminality): bị kết án về một tội có mức án tối đa từ 10 năm trở lên, hoặc bị tuyên án hơn 6 tháng.
    • Người nước ngoài (foreign national, không phải công dân hay thường trú nhân) có thể trở thành không được phép ở lại (inadmissible) sau khi bị kết án về bất kỳ tội truy tố theo cáo trạng (indictable offence) hay tội hỗn hợp (hybrid offence) nào, hoặc hai tội xử theo thủ tục rút gọn (summary offences).
    • Ví dụ: tội hưởng lợi vật chất (material benefit, s. 286.2) có mức án tối đa 10 năm.
    • Hãy sớm cho luật sư biết tình trạng di trú của bạn. Trợ giúp Pháp lý Ontario có thể trả tiền luật sư nếu hậu quả di trú có thể nghiêm trọng.

immigration-refugee =
    Người xin tị nạn (refugee claimants):
    • Hãy sớm tìm luật sư tị nạn. Trợ giúp Pháp lý Ontario: 416-979-1446 hoặc 1-800-668-8258.
    • Đừng bao giờ nhận "giúp đỡ" từ người bảo bạn nói dối hoặc ký vào mẫu đơn trống.
    • Chương trình Y tế Liên bang Tạm thời (Interim Federal Health Program, IFHP) chi trả chăm sóc sức khỏe cho người xin tị nạn không có bảo hiểm y tế của tỉnh bang.
    • Lệnh cấm làm việc trong ngành liên quan đến tình dục vẫn áp dụng cho giấy phép lao động của bạn. { $org } cho biết lệnh cấm này đã bị dùng để chống lại người xin tị nạn.
