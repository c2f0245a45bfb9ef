# Cảnh báo an toàn (flows/alerts.yaml, docs/alerts.md): màn hình đăng ký, DỪNG / BẮT ĐẦU, và tin cảnh báo nhận được.
# Biến dùng được trong mọi tin: { $org } { $hotline } { $email } { $website }

## Màn hình cảnh báo

alerts-btn = 🔔 Cảnh báo an toàn
alerts-intro =
    🔔 Cảnh báo an toàn từ { $org }: tin ngắn về khách xấu, hoạt động của cảnh sát hoặc CBSA, rủi ro sức khỏe và lừa đảo, chỉ cho những khu vực bạn chọn. Tin đến từ báo cáo của những người làm nghề; đồng đẳng viên kiểm tra từng tin và xóa mọi chi tiết có thể làm lộ danh tính ai đó.

    Hãy chọn khu vực của bạn (khu vực đã chọn có dấu ✓), rồi bấm Đăng ký. Bạn có thể dừng bất cứ lúc nào bằng cách gửi DỪNG hoặc STOP.
alerts-status-on =
    🔔 Bạn đang nhận cảnh báo an toàn cho các khu vực có dấu ✓ bên dưới.

    Bạn có thể đổi khu vực rồi bấm Lưu, hoặc dừng nhận cảnh báo. Bạn cũng có thể gửi DỪNG hoặc STOP bất cứ lúc nào.
alerts-subscribe-btn = ✅ Đăng ký
alerts-save-btn = 💾 Lưu thay đổi
alerts-stop-btn = 🔕 Dừng nhận cảnh báo
alerts-pick-one = Vui lòng chọn ít nhất một khu vực trước.
alerts-subscribed = ✅ Xong: bạn sẽ nhận được cảnh báo an toàn.
alerts-saved = ✅ Đã lưu khu vực của bạn.
alerts-unsubscribed = 🔕 Đã tắt cảnh báo an toàn. Bạn sẽ không nhận thêm cảnh báo nào.

## DỪNG và BẮT ĐẦU, gõ ở bất cứ đâu

alerts-stopped = 🔕 Đã tắt cảnh báo an toàn. Bạn sẽ không nhận thêm cảnh báo nào. Để nhận lại cho các khu vực cũ, hãy gửi BẮT ĐẦU hoặc START.
alerts-not-subscribed = Bạn chưa đăng ký cảnh báo an toàn nên không có gì để dừng. Để đăng ký, hãy mở 🛡️ An toàn rồi chọn 🔔 Cảnh báo an toàn.
alerts-resumed = 🔔 Đã bật lại cảnh báo an toàn cho: { $regions }. Để dừng, hãy gửi DỪNG hoặc STOP.
# Các từ để bật lại cảnh báo (cách nhau bằng dấu phẩy, chữ thường). Nếu không có gì để bật lại, menu chính sẽ mở ra.
keywords-start = bắt đầu, bat dau, đăng ký, dang ky, start, subscribe, resume

## Tin cảnh báo

alerts-everywhere = mọi khu vực
alerts-message-header = ⚠️ Cảnh báo an toàn · { $category } · { $regions }
alerts-untranslated-note = Cảnh báo này chưa được dịch sang tiếng Việt, nên đây là bản gốc.
alerts-message-footer = Từ { $org }. Để dừng nhận cảnh báo an toàn, hãy gửi DỪNG hoặc STOP.
alerts-category-bad-client = Khách xấu
alerts-category-police = Cảnh sát hoặc CBSA
alerts-category-health = Sức khỏe
alerts-category-scam = Lừa đảo
alerts-category-other = Khác

## Khu vực (flows/settings.yaml regions:), tối đa 30 ký tự

region-toronto = Toronto và vùng GTA
region-ottawa = Ottawa
region-montreal = Montréal
region-vancouver = Vancouver
region-elsewhere = Nơi khác ở Canada
