extension Catalogue {
    /// The Shop pane and its dialogs.
    static let shopThai = #"""
    shop.key.ship = จัดส่งคำสั่งซื้อจากร้านค้าที่คุณจัดการเอง: ขนส่ง เลขพัสดุ วันที่ ทั้งคำสั่งซื้อ
    shop.key.ship.hint = จัดส่ง
    shop.key.cancel = ยกเลิกการจัดส่งโดย Amazon ของคำสั่งซื้อจากร้านค้า เพื่อจัดส่งเอง (ถามก่อน)
    shop.key.cancel.hint = ยกเลิก FBA
    shop.none = ไม่มีคำสั่งซื้อจากร้านค้าที่นี่
    shop.title = คำสั่งซื้อจากร้านค้า · ล่าสุดก่อน
    shop.title.counts = Amazon จัดส่ง {1}, คุณจัดส่ง {2}, จัดส่งแล้ว {3}
    shop.title.limit = {1} รายการล่าสุด
    shop.column.ref = อ้างอิง
    shop.column.age = ผ่านมา
    shop.column.buyer = ลูกค้า
    shop.column.items = สินค้า
    shop.column.who = ผู้จัดส่ง
    shop.reading = กำลังอ่านคำสั่งซื้อจากร้านค้า…
    shop.empty = ยังไม่มีคำสั่งซื้อจากร้านค้า: `merchant shop order` เพิ่มคำสั่งซื้อ และร้านค้าจำลองจะได้รับคำสั่งซื้อเมื่อเวลาผ่านไป (`merchant sim advance`)
    # Who ships an order (after "Amazon: " for Amazon's), and a shop order's own status
    shop.who.sending = กำลังส่ง
    shop.who.cancel-asked = ขอยกเลิกแล้ว
    shop.who.you = คุณจัดส่งเอง
    shop.who.shipped = คุณจัดส่งแล้ว
    shop.status.processing = กำลังดำเนินการ
    shop.status.shipped = จัดส่งแล้ว
    shop.status.cancelled = ยกเลิกแล้ว
    shop.status.refunded = คืนเงินแล้ว
    shop.status.partially-refunded = คืนเงินบางส่วน
    # The selected order in full: {1} of the first three is " (why you ship it)" or nothing; "updated" places are " 3h ago" or nothing
    shop.summary.you = คุณจัดส่งเอง{1} กด s เพื่อจัดส่งทั้งคำสั่งซื้อ: ขนส่ง เลขพัสดุ วันที่
    shop.summary.shipped = คุณจัดส่งแล้ว{1}
    shop.summary.status = สถานะ: {1}{2}
    shop.summary.fba.not-sent = จะส่งถึง Amazon (FBA) เมื่อซิงค์ครั้งถัดไป และไม่ใช้สต็อกของคุณเอง หาก Amazon จัดส่งไม่ได้ คุณจะต้องจัดส่งเอง
    shop.summary.fba.shipped.tracking = Amazon จัดส่งแล้วด้วย {1} {2}{3}
    shop.summary.fba.shipped = Amazon จัดส่งแล้ว{1}
    shop.summary.fba = Amazon จัดส่งให้ (FBA): {1}{2}
    shop.summary.cancel-asked = คุณขอให้ Amazon ยกเลิกแล้ว: คำขอจะส่งเมื่อซิงค์ครั้งถัดไป
    shop.summary.x = กด x เพื่อขอให้ Amazon ยกเลิก แล้วคุณจัดส่งเอง
    # s and x
    shop.refusal.ship.title = s จัดส่ง: ใช้ไม่ได้
    shop.refusal.ship.x = กด x เพื่อขอให้ Amazon ยกเลิกคำสั่งจัดส่ง FBA แล้วคุณจัดส่งเองได้
    shop.refusal.cancel.title = x ยกเลิกการจัดส่งโดย Amazon: ใช้ไม่ได้
    shop.ship.title = จัดส่งคำสั่งซื้อจากร้านค้า · Enter จัดส่ง · Esc ปิด
    shop.ship.heading = {1} · {2} · {3} ชิ้น จัดส่งทั้งคำสั่งซื้อ
    shop.ship.to = {1} · ถึง {2}
    shop.ship.note = คุณจัดส่งเอง ({1})
    shop.cancel.title = ยกเลิกการจัดส่งโดย Amazon · Esc ปิด
    shop.cancel.question = ยกเลิกการจัดส่งโดย Amazon ของ {1} สำหรับ {2} หรือไม่
    shop.cancel.not-sent = ยังไม่ได้ส่งถึง Amazon: จะไม่ส่ง และคุณจัดส่งเองได้ทันที (s) จากสต็อกของคุณ
    shop.cancel.sent = แจ้ง Amazon ทันที เมื่อ Amazon ยกเลิกแล้ว คุณจัดส่งเองได้ (s) จากสต็อกของคุณ
    shop.cancel.ask = ยกเลิกการจัดส่งคำสั่งซื้อนี้โดย Amazon หรือไม่
    shop.cancel.no = ไม่ได้ยกเลิก: Amazon ยังจัดส่ง {1}
    shop.flash.shipped = จัดส่ง {1} ด้วย {2} {3} แล้ว: ทั้งคำสั่งซื้อออกจากคลังของคุณแล้ว
    shop.flash.cancel-asked = ขอให้ Amazon ยกเลิกคำสั่งจัดส่ง FBA ของ {1} แล้ว: แจ้ง Amazon ทันที กล่องขาออกแสดงจนกว่า Amazon จะยืนยัน
    shop.flash.not-sent = {1} ไม่ได้ส่งถึง Amazon: คุณจัดส่งเองได้เลย (s)
    """#
}
