# ขอให้โทรกลับ (src/engine/nodes/callback.ts, src/app/callbacks.ts) ข้อความบนปุ่มไม่เกิน 32 ตัวอักษร

main-callback = 📞 ขอให้โทรกลับ
handoff-callback-btn = 📞 ขอให้โทรกลับแทน

## คำถามทีละข้อ

callback-intro = ทีมเพื่อนช่วยเพื่อนจาก { $org } โทรหาคุณได้ มีคำถามสั้นๆ ไม่กี่ข้อ ถามทีละข้อ คุณยกเลิกได้ทุกเมื่อ
callback-ask-phone =
    ให้โทรไปที่เบอร์ไหน? ตัวอย่าง: 416 555 0123
    ถ้าเป็นเบอร์นอกแคนาดา ให้ขึ้นต้นด้วย + และรหัสประเทศ เช่น +66 81 234 5678
callback-ask-phone-chat = หรือกดปุ่มเพื่อใช้เบอร์ของแชท WhatsApp นี้: { $number }
callback-use-chat-btn = 📱 ใช้เบอร์ WhatsApp นี้
callback-phone-invalid =
    ขอโทษ ดูเหมือนไม่ใช่เบอร์โทรที่ใช้ได้ กรุณาเขียนเบอร์พร้อมรหัสพื้นที่ เช่น 416 555 0123
    ถ้าเป็นเบอร์นอกแคนาดา ให้ขึ้นต้นด้วย + และรหัสประเทศ
callback-phone-letters = กรุณาเขียนเบอร์โทรเป็นตัวเลขเท่านั้น ไม่ต้องมีตัวอักษรหรือคำ เช่น 416 555 0123
callback-confirm-phone = เราจะโทรไปที่ { $number } ถูกต้องไหม?
callback-right-btn = ✅ ใช่ ถูกต้อง
callback-change-btn = ✏️ แก้ไข
callback-ask-language = อยากคุยทางโทรศัพท์เป็นภาษาอะไร?
callback-ask-when = โทรหาคุณตอนไหนดี?
callback-when-today-morning = วันนี้ ช่วงเช้า
callback-when-today-afternoon = วันนี้ ช่วงบ่าย
callback-when-today-evening = วันนี้ ช่วงเย็น
callback-when-tomorrow-morning = พรุ่งนี้ ช่วงเช้า
callback-when-tomorrow-afternoon = พรุ่งนี้ ช่วงบ่าย
callback-when-tomorrow-evening = พรุ่งนี้ ช่วงเย็น
callback-when-any = เวลาไหนก็ได้
callback-ask-voicemail = ถ้าคุณไม่รับสาย ฝากข้อความเสียงไว้ได้อย่างปลอดภัยไหม?
callback-ask-org = คนที่โทรบอกว่ามาจาก { $org } ได้อย่างปลอดภัยไหม? ถ้าไม่ปลอดภัย เขาจะไม่พูดชื่อนี้
callback-yes = ✅ ใช่
callback-no = 🚫 ไม่
callback-ask-code =
    คุณตั้งรหัสลับได้ คนที่โทรจะพูดรหัสนี้ก่อน คุณจะได้รู้ว่าเป็นสายจากเรา
    เขียนหนึ่งหรือสองคำ หรือกด "ข้าม"
callback-skip-btn = ⏭️ ข้าม
callback-code-invalid = กรุณาเขียนคำสั้นๆ หนึ่งหรือสองคำ (ไม่เกิน 30 ตัวอักษร) ที่พูดทางโทรศัพท์ได้ อีโมจิพูดทางโทรศัพท์ไม่ได้
callback-confirm-code = รหัสลับของคุณ: { $code } ถูกต้องไหม?
callback-code-none = ไม่มี
callback-summary =
    กรุณาตรวจคำขอของคุณ:
    📞 เบอร์: { $number }
    🗣️ ภาษา: { $language }
    🕒 เวลา: { $when }
    📨 ฝากข้อความเสียงได้: { $voicemail }
    🏷️ บอกว่ามาจาก { $org } ได้: { $sayorg }
    🔑 รหัสลับ: { $code }
callback-send-btn = ✅ ส่งคำขอ
callback-edit-btn = ✏️ แก้คำตอบ
callback-cancel-btn = ✖️ ยกเลิก
callback-edit-which = อยากแก้คำตอบข้อไหน?
callback-field-phone = 📞 เบอร์
callback-field-language = 🗣️ ภาษา
callback-field-when = 🕒 เวลา
callback-field-voicemail = 📨 ข้อความเสียง
callback-field-org = 🏷️ การบอกชื่อองค์กร
callback-field-code = 🔑 รหัสลับ
callback-summary-btn = ↩️ กลับไปที่สรุป
callback-cancelled = ได้เลย ไม่ได้ส่งอะไรไป คำตอบของคุณถูกลบแล้ว
callback-unavailable = ขอโทษ ตอนนี้รับคำขอให้โทรกลับผ่านแชทนี้ไม่ได้ คุณโทรหา { $org } ได้ที่: { $hotline }

## คำขอที่ส่งไว้แล้ว (แสดงแทนคำถาม)

callback-pending =
    คุณขอให้โทรกลับไว้แล้ว:
    🕒 { $when }
    📞 เบอร์ลงท้ายด้วย { $last }
    สถานะ: { $status }
callback-status-open = กำลังรอทีมเพื่อนช่วยเพื่อน
callback-status-claimed = ทีมเพื่อนช่วยเพื่อนจะโทรหาคุณ
callback-withdraw-btn = ✖️ ยกเลิกคำขอของฉัน
callback-withdraw-confirm = ต้องการยกเลิกคำขอให้โทรกลับไหม?
callback-withdraw-yes = ใช่ ยกเลิก
callback-withdraw-no = ไม่ เก็บไว้
callback-kept = ได้เลย คำขอของคุณยังอยู่

## ข้อความเกี่ยวกับคำขอ

callback-sent =
    ขอบคุณ ส่งคำขอของคุณแล้ว ทีมเพื่อนช่วยเพื่อนจาก { $org } จะโทรหาคุณ ({ $when })
    ถ้าต้องการดูหรือยกเลิก ให้เลือก 📞 ขอให้โทรกลับ ในเมนู
callback-withdrawn = ยกเลิกคำขอให้โทรกลับแล้ว และจะถูกลบ
callback-already-closed = คำขอนี้ปิดไปแล้ว
callback-done = คำขอให้โทรกลับของคุณเสร็จแล้ว ถ้าต้องการอะไรอีก เขียนมาที่นี่หรือขอให้โทรกลับอีกครั้งได้
callback-missed = ทีมเพื่อนช่วยเพื่อนโทรหาคุณแต่ติดต่อไม่ได้ เขาจะลองโทรอีกครั้ง คุณยกเลิกคำขอได้จากเมนู
callback-cancelled-by-staff = ทีมเพื่อนช่วยเพื่อนปิดคำขอให้โทรกลับของคุณแล้ว ถ้ายังต้องการให้โทร ขอใหม่ได้จากเมนู หรือโทรหา { $org } ได้ที่: { $hotline }
