extension Catalogue {
    /// The store's refusals and activity lines.
    static let storeThai = #"""
    store.error.cannot-create = สร้างที่เก็บข้อมูลที่ {1} ไม่ได้: ตรวจสอบว่าโฟลเดอร์มีอยู่และเขียนได้
    store.error.damaged = ที่เก็บข้อมูล {1} เสียหายหรือไม่ใช่ของ merchant: กู้คืนจากข้อมูลสำรอง หรือย้ายออกเพื่อเริ่มใหม่
    store.error.cannot-back-up = เขียนสำเนา {1} ก่อนอัปเดตที่เก็บข้อมูลไม่ได้: เพิ่มพื้นที่ดิสก์ หรือตรวจสอบสิทธิ์ของโฟลเดอร์ ที่เก็บข้อมูลไม่มีการเปลี่ยนแปลง
    store.error.not-initialized = ที่เก็บข้อมูล ยังไม่ได้เชื่อมต่อช่องทางการขาย: เรียก `merchant` หนึ่งครั้งเพื่อตั้งค่า
    store.error.unknown-order = ไม่มีคำสั่งซื้อ {1}
    store.error.refused-in-batch = การจัดส่งที่ {1}: {2}
    store.error.already-recorded = คำขอ {1} บันทึกเป็นการคืนเงิน #{2} แล้ว: ไม่มีการดำเนินการใหม่
    store.error.holds-another-seller = โฟลเดอร์ข้อมูลนี้มีคำสั่งซื้อ Amazon {1} รายการของผู้ขาย {2}: เชื่อมต่อผู้ขายรายอื่น ในโฟลเดอร์ข้อมูลของตัวเอง (merchant --home DIR connect ...)
    store.shop.needs-product = คำสั่งซื้อจากร้านค้า ต้องมีสินค้าอย่างน้อยหนึ่งรายการ
    store.shop.needs-name = คำสั่งซื้อจากร้านค้า ต้องมีชื่อลูกค้า
    store.shop.needs-address = คำสั่งซื้อจากร้านค้า ต้องมีที่อยู่และรหัสประเทศสองตัวอักษร
    store.shop.order-at-least-one = {1}: สั่งอย่างน้อยหนึ่งชิ้น
    store.shop.no-fulfillment = {1} ไม่มีคำสั่งจัดส่ง FBA ที่ Amazon
    store.shop.being-sent = {1} กำลังส่งไปที่ Amazon: ลองอีกครั้งเมื่อการซิงค์ส่งเสร็จแล้ว
    store.refund.empty-request-id = รหัสคำขอต้องไม่ว่าง
    store.refund.request-id-taken = คำขอ {1} เป็นการคืนเงินของคำสั่งซื้อ หรือจำนวนเงินอื่น: ตั้งรหัสคำขอใหม่ให้การคืนเงินนี้
    store.catalog.field.stock = สต็อก
    store.catalog.field.amazon-stock = สต็อกเฉพาะสำหรับ Amazon
    store.no-reason-given = ไม่ได้ระบุเหตุผล
    store.ship.parcel-other-address = (พัสดุเดียวกับ {1} ซึ่งส่งไปที่อยู่อื่น: ตั้งใจจัดส่งแบบนี้)
    store.ship.parcel-same-address = (พัสดุเดียวกับ {1}: ลูกค้าและที่อยู่เดียวกัน)
    # บรรทัดในบันทึกกิจกรรม
    store.activity.pending-cancelled = Amazon ยกเลิกคำสั่งซื้อที่รอชำระเงิน {1}: คืนสต็อกที่จองไว้แล้ว
    store.activity.blocked = นำเข้า {1} ไม่ได้: {2}
    store.activity.imported = นำเข้า {1} เป็นคำสั่งซื้อในระบบ #{2} ({3})
    store.activity.paid = Amazon ยืนยันการชำระเงินของ {1} แล้ว: เติมรายละเอียดแล้ว
    store.activity.status = คำสั่งซื้อในระบบ #{1} ตอนนี้เป็น {2} (Amazon: {3})
    store.activity.cancelled = ยกเลิก {1} ({2}) และคืนเงิน {3}
    store.activity.refund-failed = คืนเงิน {1} ไม่สำเร็จ: {2}
    store.activity.refunding = กำลังคืนเงิน {1} ให้ {2} ({3})
    store.activity.outbox-done = Amazon ยืนยันแล้ว: {1} ของ {2}
    store.activity.outbox-refused = Amazon ปฏิเสธ: {1} ของ {2}: {3}
    store.activity.no-reason = ไม่ได้ระบุเหตุผล
    store.activity.mapped = SKU {1} ของ Amazon ตัดสต็อกจาก {2} แล้ว
    store.activity.shipped = จัดส่ง {1} ด้วย {2} {3}{4}
    store.activity.shipped-part = จัดส่ง {1} บางส่วน ({2} ชิ้น) ด้วย {3} {4}{5}
    store.activity.connected = เชื่อมต่อบัญชี {1} ใน {2}
    """#
}
