extension Catalogue {
    /// The Outbox pane.
    static let outboxThai = #"""
    outbox.key.all = กิจกรรม: สิ่งที่คุณทำ หรือรวมงานของการซิงค์ด้วย
    outbox.key.all.hint = ทั้งหมด/ของคุณ
    outbox.title = รอ Amazon · {1} ข้อความ
    outbox.title.refused = Amazon ปฏิเสธ {1}
    outbox.title.not-sent = ไม่ได้ส่ง {1}
    outbox.title.window = ({1} วันล่าสุด)
    outbox.column.kind = ประเภท
    outbox.column.subject = อ้างอิง
    outbox.column.state = สถานะ
    outbox.column.tries = ครั้ง
    outbox.column.queued = ผ่านมา
    outbox.column.error = ข้อผิดพลาด
    outbox.empty = ไม่มีรายการรอ Amazon และไม่มีรายการถูกปฏิเสธใน {1} วันที่ผ่านมา
    # A message's kind and state (15 and 10 columns)
    outbox.kind.acknowledgement = ยืนยันคำสั่งซื้อ
    outbox.kind.inventory = อัปเดตสต็อก
    outbox.kind.shipment = จัดส่ง
    outbox.kind.cancellation = ยกเลิก
    outbox.kind.refund = คืนเงิน
    outbox.kind.fulfillment = คำสั่งจัดส่ง FBA
    outbox.kind.fulfillment-cancel = ยกเลิก FBA
    outbox.state.queued = อยู่ในคิว
    outbox.state.uploaded = อัปโหลดแล้ว
    outbox.state.submitting = กำลังส่ง
    outbox.state.submitted = ส่งแล้ว
    outbox.state.done = เสร็จ
    # ข้อความที่ไม่สำเร็จ: Amazon ปฏิเสธ หรือคอนโซลไม่ได้ส่ง
    outbox.state.refused = ถูกปฏิเสธ
    outbox.state.not-sent = ไม่ได้ส่ง
    # The activity log below
    outbox.activity.yours = บันทึกกิจกรรม · สิ่งที่คุณทำ ล่าสุดก่อน · a: รวมของการซิงค์ (j/k เลื่อน)
    outbox.activity.all = บันทึกกิจกรรม · ทั้งหมด รวมงานของการซิงค์ · a: เฉพาะของคุณ (j/k เลื่อน)
    outbox.activity.none = ยังไม่มีกิจกรรม
    outbox.activity.none.yours = คุณยังไม่ได้ทำอะไร: a แสดงรายการของการซิงค์
    # ประเภทของบรรทัดกิจกรรม
    outbox.activity.ship = จัดส่ง
    outbox.activity.cancel = ยกเลิก
    outbox.activity.import = นำเข้า
    outbox.activity.blocked = นำเข้าไม่ได้
    outbox.activity.payment = ชำระเงิน
    outbox.activity.status = สถานะ
    outbox.activity.reservation = จองสต็อก
    outbox.activity.catalog = แคตตาล็อก
    outbox.activity.setting = ตั้งค่า
    outbox.activity.connect = เชื่อมต่อ
    outbox.activity.notifications = แจ้งเตือน
    outbox.activity.shop-order = ร้านค้า
    """#
}
