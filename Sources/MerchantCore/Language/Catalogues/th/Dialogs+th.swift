extension Catalogue {
    /// The dialogs: ship, ship the marked, cancel, refund, the blocked order's fix, the quit question, and what they share.
    static let dialogsThai = #"""
    # The keys of every dialog
    dialog.key.confirm = ยืนยัน (คำถาม: ทำเฉพาะเมื่อตอบใช่)
    dialog.key.confirm.hint = ยืนยัน
    dialog.key.close = ปิด ไม่มีอะไรเปลี่ยน
    dialog.key.close.hint = ปิด
    dialog.key.next = ช่องถัดไป
    dialog.key.next.hint = ถัดไป
    dialog.key.previous = ช่องก่อนหน้า
    dialog.key.left = ตัวเลือกก่อนหน้า ลดหนึ่งชิ้น
    dialog.key.right = ตัวเลือกถัดไป เพิ่มหนึ่งชิ้น
    dialog.key.right.hint = เลือก
    dialog.key.edit = ในช่องข้อความ: ←/→, Home และ End เลื่อนเคอร์เซอร์ พิมพ์แทรกที่เคอร์เซอร์ ^U ล้างช่อง
    dialog.closed = ปิดแล้ว: ไม่มีอะไรเปลี่ยน
    dialog.notice.close = กดปุ่มใดก็ได้เพื่อปิด
    # Fields (labels: at most 10 columns) and the question's answers (y and n stay the keys)
    dialog.field.carrier = ขนส่ง
    dialog.field.name = ชื่อ
    dialog.field.tracking = เลขพัสดุ
    dialog.field.date = วันที่จัดส่ง
    dialog.field.items = สินค้า
    dialog.field.reason = เหตุผล
    dialog.field.refund = คืนเงิน
    dialog.field.amount = จำนวนเงิน
    dialog.field.product = สินค้า
    dialog.field.on-hand = คงคลัง
    dialog.picker.hint = ←→ หรือตัวอักษร
    dialog.carrier.other = อื่นๆ
    dialog.tracking.valid = ถูกต้อง
    dialog.tracking.valid.as = ถูกต้อง: {1}
    dialog.tracking.not-valid = ไม่ถูกต้อง
    dialog.date.now = ตอนนี้
    dialog.date.utc = {1} UTC
    dialog.reason.choose = เลือกหนึ่งข้อ
    dialog.reason.first = เลือกเหตุผลของ Amazon ก่อน (เหตุผล, ←/→)
    dialog.buyer-gets = ลูกค้าได้รับเงินคืน {1}
    dialog.no = ไม่
    dialog.yes = ใช่
    dialog.answer.hint = ←→ หรือ y/n; Enter ตอบ
    # Why Enter did not go through: {1} is one of the "cannot" words below, {2} the reason
    dialog.cannot = {1}: {2}
    dialog.refused = ดำเนินการไม่ได้: {1} ไม่มีการเปลี่ยนแปลง
    dialog.refused.flash = ดำเนินการไม่ได้: {1} ไม่มีการเปลี่ยนแปลง
    # Ship one order
    dialog.ship.title = จัดส่งคำสั่งซื้อ · Enter จัดส่ง · Esc ปิด
    dialog.ship.heading = {1} · {2} · ต้องจัดส่ง {3} ชิ้น
    dialog.ship.cancel-instead = กด Esc แล้ว c เพื่อยกเลิกแทน
    dialog.ship.items = ชิ้นที่ส่งออกตอนนี้ ส่งน้อยกว่าคือจัดส่งบางส่วน
    dialog.ship.shipped = ส่งแล้ว
    dialog.ship.of = จาก {1}
    dialog.ship.reminder = ข้อความของลูกค้ามาถึงคุณใน Seller Central เท่านั้น ไม่ใช่ที่นี่
    dialog.ship.anyway.parcel = จัดส่งต่อไหม เฉพาะเมื่อเป็นพัสดุเดียวกับคำสั่งซื้อนั้นจริง ๆ
    dialog.ship.anyway.cancel = จัดส่งต่อไหม เฉพาะเมื่อต้องส่งแม้ลูกค้าขอยกเลิก
    dialog.ship.cannot = ยังจัดส่งไม่ได้
    dialog.not-shipped = ไม่ได้จัดส่ง: {1}
    # Ship the marked orders
    dialog.bulk.title = จัดส่งที่ทำเครื่องหมาย · Enter จัดส่งทั้งหมด · Esc ปิด
    dialog.bulk.heading = {1} คำสั่งซื้อที่ทำเครื่องหมาย จัดส่งตอนนี้ด้วยขนส่งเดียว: ทั้งหมดหรือไม่ส่งเลย
    dialog.bulk.column.order = คำสั่งซื้อ
    dialog.bulk.column.buyer = ลูกค้า
    dialog.bulk.column.tracking = เลขพัสดุ
    dialog.bulk.anyway = จัดส่งต่อไหม ลูกค้าขอยกเลิก: ส่งเฉพาะเมื่อจำเป็น
    dialog.bulk.not-shipped = ไม่ได้จัดส่ง: ลูกค้าของ {2} ขอยกเลิก กด Esc แล้ว Space เพื่อเลิกทำเครื่องหมาย
    # Cancel an order
    dialog.cancel.title = ยกเลิกคำสั่งซื้อ · Esc ปิด
    dialog.cancel.question = ยกเลิกคำสั่งซื้อ {1} ของ {2} บน Amazon หรือไม่
    dialog.cancel.facts = ยอดรวม {1} · {2} ชิ้น · ยังไม่ได้จัดส่ง
    # {1}: "buyer asks to cancel: reason"
    dialog.cancel.request = {1}
    dialog.cancel.stock.back = สินค้ากลับเข้าชั้นวาง
    dialog.cancel.stock.gone = สินค้าถูกตัดออกจากสต็อก: ไม่มีของจริง
    dialog.cancel.ask = การยกเลิกบน Amazon ย้อนกลับไม่ได้ ยกเลิกคำสั่งซื้อนี้หรือไม่
    dialog.cancel.no = ไม่ได้ยกเลิก: {1} ไม่เปลี่ยนแปลง
    dialog.cancel.cannot = ยังยกเลิกไม่ได้
    # Refund an order
    dialog.refund.title = คืนเงินคำสั่งซื้อ · Esc ปิด
    dialog.refund.question = คืนเงินคำสั่งซื้อ {1} ของ {2} หรือไม่
    dialog.refund.total = ยอดรวม {1} · คืนเงินโดยคอนโซล {2}
    dialog.refund.on-amazon = คืนเงินบน Amazon {1} (แยกไว้)
    dialog.refund.left = คืนเงินได้อีก {1}
    dialog.refund.arrived = ได้รับสินค้าคืนแล้ว
    dialog.refund.returning = สินค้ากำลังถูกส่งคืน
    dialog.refund.suggested = {1}: แนะนำ {2}
    dialog.refund.would-fail = จะล้มเหลว {1}
    dialog.refund.ask = แจ้ง Amazon ทันที คืนเงินคำสั่งซื้อนี้หรือไม่
    dialog.refund.no = ไม่ได้คืนเงิน: {1} ไม่เปลี่ยนแปลง
    dialog.refund.cannot = ยังคืนเงินไม่ได้
    # Fix a blocked order
    dialog.fix.title = นำเข้าไม่ได้ · {1} · Esc ปิด
    dialog.fix.heading = นำเข้าคำสั่งซื้อ {1} ไม่ได้:
    dialog.fix.action = Enter แก้ไข
    dialog.fix.action.map = Enter จับคู่
    dialog.fix.action.restock = Enter บันทึกสต็อก
    dialog.fix.action.enable = Enter เปิดใช้งาน
    dialog.fix.action.none = ไม่มีอะไรให้ทำที่นี่
    dialog.fix.map = จับคู่ Amazon SKU {1} กับสินค้าในแคตตาล็อก: คำสั่งซื้อจะใช้สต็อกของสินค้านั้น
    dialog.fix.disabled = (ปิดใช้งาน)
    dialog.fix.no-product.name = ไม่มีสินค้า
    dialog.fix.restock = เติมสต็อก {1}: ขาด {2} ชิ้น พิมพ์จำนวนคงคลังตอนนี้
    dialog.fix.enable = เปิดใช้งาน {1}: ขายได้อีกครั้ง ทั้งบน Amazon และในร้าน
    dialog.fix.asin = ตั้ง ASIN ของสินค้าในบรรทัดคำสั่ง: merchant catalog set SKU --asin ASIN
    dialog.fix.next-sync = เมื่อแก้แล้ว คำสั่งซื้อจะนำเข้าเมื่อซิงค์ครั้งถัดไป
    dialog.fix.no-product = แคตตาล็อกไม่มีสินค้าให้จับคู่
    dialog.fix.whole-number = พิมพ์จำนวนคงคลังเป็นจำนวนเต็ม เช่น 12
    dialog.fix.command-line = การบล็อกนี้แก้ในบรรทัดคำสั่ง: merchant catalog set SKU --asin ASIN
    dialog.fix.cannot = ยังแก้ไม่ได้
    dialog.fix.done.map = Amazon SKU {1} ใช้สต็อกจาก {2} แล้ว
    dialog.fix.done.stock = {1} มีคงคลัง {2}
    dialog.fix.done.enable = เปิดใช้งาน {1} แล้ว
    dialog.fix.fixed = แก้ไขแล้ว
    dialog.fix.fixed.text = {1} คำสั่งซื้อ {2} จะนำเข้าเมื่อซิงค์ครั้งถัดไป กด R เพื่อซิงค์ตอนนี้
    dialog.fix.saved = บันทึกแล้ว: {1} {2} จะนำเข้าเมื่อซิงค์ครั้งถัดไป
    # Quit while work would be lost
    dialog.quit.title = ออกไหม · Esc ทำงานต่อ
    dialog.quit.question = ออกจาก merchant ไหม {1} จะหายไป
    dialog.quit.marked.one = คำสั่งซื้อที่ทำเครื่องหมาย
    dialog.quit.marked = คำสั่งซื้อที่ทำเครื่องหมาย {1} รายการ
    dialog.quit.typed = สิ่งที่คุณพิมพ์ในหน้าต่าง
    """#
}
