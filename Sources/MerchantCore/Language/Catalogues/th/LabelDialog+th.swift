extension Catalogue {
    /// The console's "buy a label": the rates list, the question, the marked orders' labels.
    static let labelDialogThai = #"""
    label-dialog.title.one = ซื้อใบปะหน้า
    label-dialog.title.many = ซื้อใบปะหน้า
    label-dialog.heading.one = ใบปะหน้าพัสดุสำหรับ {1} ({2}) ซื้อผ่าน Amazon
    label-dialog.heading.many = คำสั่งซื้อที่ทำเครื่องหมาย {1} รายการ แต่ละรายการใช้อัตราที่ถูกที่สุดที่ส่งทันกำหนด:
    label-dialog.parcel = พัสดุ {1} · อัตราใช้ได้ถึง {2} UTC
    label-dialog.format = รูปแบบไฟล์: {1}  (กด f เพื่อเปลี่ยน)
    label-dialog.asking.rates = กำลังขออัตราค่าจัดส่งจาก Amazon…
    label-dialog.column.service = บริการจัดส่ง
    label-dialog.column.price = ราคา
    label-dialog.column.promise = คาดว่าจะได้รับ
    label-dialog.total = รวม {1}
    label-dialog.question.one = ซื้อ {1} ราคา {2} เป็นใบปะหน้าแบบ {3} ไหม
    label-dialog.question.many = ซื้อใบปะหน้าแบบ {3} {1} ใบ ราคา {2} ไหม
    label-dialog.sending = กำลังเข้าคิว…
    label-dialog.keys.one = ↑↓ เลือก · f รูปแบบไฟล์ · Enter ซื้อ · ^R ขอใหม่ · ^T เลขติดตามพัสดุ · Esc ปิด
    label-dialog.keys.many = f รูปแบบไฟล์ · Enter ซื้อ · ^R ขอใหม่ · ^T เลขติดตามพัสดุ · Esc ปิด
    label-dialog.offer.one = ^T ซื้อใบปะหน้าผ่าน Amazon แทน ได้เลขติดตามพัสดุมาด้วย
    label-dialog.offer.many = ^T ซื้อใบปะหน้าผ่าน Amazon แทน แต่ละคำสั่งซื้อใช้อัตราที่ถูกที่สุดที่ส่งทันกำหนด
    label-dialog.key.switch = ซื้อใบปะหน้าผ่าน Amazon หรือกลับไปกรอกเลขติดตามพัสดุ (หน้าต่างจัดส่ง)
    label-dialog.key.refresh = ขออัตราค่าจัดส่งจาก Amazon ใหม่ (ซื้อใบปะหน้า)
    label-dialog.key.format = เปลี่ยนรูปแบบไฟล์ใบปะหน้าเป็น PDF, ZPL หรือ PNG เฉพาะการซื้อครั้งนี้ (ซื้อใบปะหน้า ในหน้าต่างอื่น f เป็นการกรอกตัวอักษรตามปกติ)
    label-dialog.key.switch.whynot = ^T ใช้ได้ในหน้าต่างจัดส่ง: ซื้อใบปะหน้าผ่าน Amazon
    label-dialog.key.refresh.whynot = ^R ขออัตราค่าจัดส่งใหม่ระหว่างซื้อใบปะหน้า
    label-dialog.rates.failed = ไม่ได้รับอัตราค่าจัดส่งจาก Amazon: {1} กด ^R เพื่อขอใหม่
    label-dialog.nosync = คอนโซลนี้ไม่ได้เชื่อมต่อกับ Amazon จึงไม่มีอัตราค่าจัดส่ง
    label-dialog.no = ไม่ได้ซื้อใบปะหน้าสำหรับ {1}: ไม่มีอะไรเปลี่ยนแปลง
    label-dialog.asking = Amazon ยังไม่ตอบ: รออัตราค่าจัดส่งก่อน
    label-dialog.nothing = ไม่มีอัตราค่าจัดส่งให้ซื้อ
    label-dialog.format.enter = เลือกอัตราที่มีใบปะหน้าแบบ {1} หรือกด f เพื่อเปลี่ยนรูปแบบไฟล์
    label-dialog.expired = อัตราค่าจัดส่งเก่ากว่า 10 นาทีแล้ว: กด ^R เพื่อขอจาก Amazon ใหม่
    label-dialog.refused.one = {1}: {2}
    label-dialog.buying.one = กำลังซื้อใบปะหน้าสำหรับ {1}: {2} ราคา {3} จะบันทึกไว้ที่ {4}
    label-dialog.buying.many = กำลังซื้อใบปะหน้า {1} ใบ: จะบันทึกไว้ใน {2}
    label-dialog.left.noshipby = Amazon ไม่ได้ระบุกำหนดส่ง จึงตรวจอัตราใดกับกำหนดไม่ได้
    label-dialog.left.late = ไม่มีอัตราใดส่งถึงภายใน {1} UTC (เร็วที่สุด: {2} UTC)
    label-dialog.left.nopromise = ไม่มีอัตราใดรับรองการส่งถึงภายใน {1} UTC
    label-dialog.left.format = ไม่มีอัตราใดมีใบปะหน้าแบบ {1}: กด f เพื่อเปลี่ยนรูปแบบไฟล์
    """#
}
