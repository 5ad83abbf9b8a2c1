extension Catalogue {
    /// The console's "buy a label": the rates list, the question, the marked orders' labels.
    static let labelDialogThai = #"""
    labelDialog.title.one = ซื้อใบปะหน้า
    labelDialog.title.many = ซื้อใบปะหน้า
    labelDialog.heading.one = ใบปะหน้าพัสดุสำหรับ {1} ({2}) ซื้อผ่าน Amazon
    labelDialog.heading.many = คำสั่งซื้อที่ทำเครื่องหมาย {1} รายการ แต่ละรายการใช้อัตราที่ถูกที่สุดที่ส่งทันกำหนด:
    labelDialog.parcel = พัสดุ {1} · อัตราใช้ได้ถึง {2} UTC
    labelDialog.asking.rates = กำลังขออัตราค่าจัดส่งจาก Amazon…
    labelDialog.column.service = บริการจัดส่ง
    labelDialog.column.price = ราคา
    labelDialog.column.promise = คาดว่าจะได้รับ
    labelDialog.total = รวม {1}
    labelDialog.question.one = ซื้อ {1} ราคา {2} ไหม
    labelDialog.question.many = ซื้อใบปะหน้า {1} ใบ ราคา {2} ไหม
    labelDialog.sending = กำลังเข้าคิว…
    labelDialog.keys.one = ↑↓ เลือก · Enter ซื้อ · ^R ขอใหม่ · ^T เลขติดตามพัสดุ · Esc ปิด
    labelDialog.keys.many = Enter ซื้อ · ^R ขอใหม่ · ^T เลขติดตามพัสดุ · Esc ปิด
    labelDialog.offer.one = ^T ซื้อใบปะหน้าผ่าน Amazon แทน ได้เลขติดตามพัสดุมาด้วย
    labelDialog.offer.many = ^T ซื้อใบปะหน้าผ่าน Amazon แทน แต่ละคำสั่งซื้อใช้อัตราที่ถูกที่สุดที่ส่งทันกำหนด
    labelDialog.key.switch = ซื้อใบปะหน้าผ่าน Amazon หรือกลับไปกรอกเลขติดตามพัสดุ (หน้าต่างจัดส่ง)
    labelDialog.key.refresh = ขออัตราค่าจัดส่งจาก Amazon ใหม่ (ซื้อใบปะหน้า)
    labelDialog.key.switch.whynot = ^T ใช้ได้ในหน้าต่างจัดส่ง: ซื้อใบปะหน้าผ่าน Amazon
    labelDialog.key.refresh.whynot = ^R ขออัตราค่าจัดส่งใหม่ระหว่างซื้อใบปะหน้า
    labelDialog.nosync = คอนโซลนี้ไม่ได้เชื่อมต่อกับ Amazon จึงไม่มีอัตราค่าจัดส่ง
    labelDialog.no = ไม่ได้ซื้อใบปะหน้าสำหรับ {1}: ไม่มีอะไรเปลี่ยนแปลง
    labelDialog.asking = Amazon ยังไม่ตอบ: รออัตราค่าจัดส่งก่อน
    labelDialog.nothing = ไม่มีอัตราค่าจัดส่งให้ซื้อ
    labelDialog.expired = อัตราค่าจัดส่งเก่ากว่า 10 นาทีแล้ว: กด ^R เพื่อขอจาก Amazon ใหม่
    labelDialog.refused.one = {1}: {2}
    labelDialog.buying.one = กำลังซื้อใบปะหน้าสำหรับ {1}: {2} ราคา {3} จะบันทึกไว้ที่ {4}
    labelDialog.buying.many = กำลังซื้อใบปะหน้า {1} ใบ: จะบันทึกไว้ใน {2}
    labelDialog.left.noshipby = Amazon ไม่ได้ระบุกำหนดส่ง จึงตรวจอัตราใดกับกำหนดไม่ได้
    labelDialog.left.late = ไม่มีอัตราใดส่งถึงภายใน {1} UTC (เร็วที่สุด: {2} UTC)
    labelDialog.left.nopromise = ไม่มีอัตราใดรับรองการส่งถึงภายใน {1} UTC
    """#
}
