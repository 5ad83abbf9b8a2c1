extension Catalogue {
    /// สิ่งที่ระบบบันทึกไว้ให้อ่านภายหลัง ในทุกภาษา: ประวัติคำสั่งซื้อ ข้อความแจ้ง และบรรทัดบันทึกกิจกรรม
    static let storedWordsThai = #"""
    # ประวัติของคำสั่งซื้อ
    store.history.received = ได้รับคำสั่งซื้อ สถานะ {1}
    store.history.imported = นำเข้าเป็นคำสั่งซื้อในระบบ #{1}
    store.history.no-longer-asks = ลูกค้าไม่ขอยกเลิกแล้ว
    store.history.cancelled = ผู้ขายยกเลิก ({1}) คืนเงิน {2}
    store.history.shipped = จัดส่งด้วย {1} {2}{3}
    store.history.shipped-part = จัดส่งบางส่วน ({1} ชิ้น) ด้วย {2} {3}{4}
    store.history.despite-request = แม้ลูกค้าขอยกเลิกไว้
    store.history.return-arrived = พัสดุ {1}: ได้รับสินค้าคืนแล้ว มีคำขอคืนเงิน
    store.history.return-on-its-way = พัสดุ {1}: สินค้ากำลังถูกส่งคืน มีคำขอคืนเงิน
    store.history.refund-failed = คืนเงินไม่สำเร็จ: {1}
    store.history.refunded-on-amazon = คืนเงิน {1} ใน Amazon (ไม่ใช่โดยคอนโซล)
    store.history.refund-not-sent = ไม่ได้ส่งการคืนเงิน: {1}
    store.history.refund-of-not-sent = ไม่ได้ส่งการคืนเงิน {1}: {2}
    store.history.refund-by-merchant = ผู้ขายคืนเงิน {1} ({2})
    # สถานะคำสั่งซื้อของ Amazon ในประวัติ
    store.amazon-status.pending-availability = พรีออเดอร์
    store.amazon-status.pending = รอชำระเงิน
    store.amazon-status.unshipped = ยังไม่จัดส่ง
    store.amazon-status.partially-shipped = จัดส่งบางส่วน
    store.amazon-status.shipped = จัดส่งแล้ว
    store.amazon-status.cancelled = ยกเลิกแล้ว
    store.amazon-status.unfulfillable = จัดส่งไม่ได้
    # ข้อความแจ้งของการคืนเงิน กล่องขาออก และคำสั่งซื้อจากร้านค้า
    store.notice.amazon-refused = Amazon ปฏิเสธ โดยแจ้งว่า “{1}”
    store.notice.refused-after-amazons-own = คืนเงินใน Amazon แล้ว (คืนที่นั่นโดยตรง {1}); ข้อความจาก Amazon: “{2}”
    store.notice.superseded = ไม่ต้องส่งแล้ว เพราะยกเลิกคำสั่งซื้อ
    store.notice.cancelled-before-sending = ยกเลิกก่อนส่ง
    store.notice.merchant-cancelled-fba = ผู้ขายยกเลิกการจัดส่งโดย Amazon แล้ว
    store.notice.fulfillment-status = คำสั่งจัดส่ง FBA ของ Amazon มีสถานะ {1}
    store.notice.amazon-cannot-fulfil = Amazon ดำเนินการจัดส่งไม่ได้: {1}
    store.notice.cancellation-failed = ยกเลิกไม่สำเร็จ: {1}
    # บรรทัดบันทึกกิจกรรม
    store.activity.ship-from = ที่อยู่ผู้ส่ง: {1} → {2}
    store.activity.fulfillment = คำสั่งจัดส่ง FBA {1} ของ Amazon มีสถานะ {2}
    store.activity.fulfillment-shipped = คำสั่งจัดส่ง FBA {1} ของ Amazon มีสถานะ {2} จัดส่งด้วย {3} {4}
    store.activity.shop-shipped = จัดส่ง {1} ด้วย {2} {3} วันที่ {4}
    store.activity.fba-not-sent = {1}: ยกเลิกการจัดส่งโดย Amazon ก่อนส่งไป
    store.activity.fba-cancel-asked = {1}: ขอให้ Amazon ยกเลิกคำสั่งจัดส่ง FBA
    store.activity.waits-for-merchant = {1} รอผู้ขายจัดส่งเอง: {2}
    store.activity.shop-order-fba = {1} ของ {2}: จะขอให้ Amazon จัดส่งให้ (FBA) เมื่อซิงค์ครั้งถัดไป
    store.activity.shop-order-merchant = {1} ของ {2}: ผู้ขายจัดส่งเอง
    store.activity.shop-order-merchant-why = {1} ของ {2}: ผู้ขายจัดส่งเอง ({3})
    store.activity.notifications-connected = เชื่อมต่อการแจ้งเตือนคำสั่งซื้อกับ {1} แล้ว
    store.activity.notifications-disconnected = ยกเลิกการเชื่อมต่อการแจ้งเตือนคำสั่งซื้อจาก {1} แล้ว
    # การเปลี่ยนแปลงของสินค้า: "สต็อก 3 → 5"
    store.diff.stock = สต็อก
    store.diff.enabled = เปิดใช้งาน
    store.diff.amazon-stock = สต็อกสำหรับ Amazon
    store.diff.amazon-price = ราคาสำหรับ Amazon
    store.diff.handling-days = ระยะเวลาเตรียมจัดส่ง (วัน)
    store.diff.weight = น้ำหนัก
    store.diff.size = ขนาด
    store.diff.bin = ตำแหน่งจัดเก็บ
    store.diff.on = เปิด
    store.diff.off = ปิด
    store.diff.none = ไม่มี
    """#
}
