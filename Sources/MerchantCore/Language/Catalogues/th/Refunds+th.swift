extension Catalogue {
    /// The Refunds pane.
    static let refundsThai = #"""
    refunds.key.enter = คำขอ: คืนเงิน; รายการอื่น: เปิดคำสั่งซื้อ
    refunds.key.enter.hint = เปิด
    refunds.none = ไม่มีการคืนเงินที่นี่
    refunds.title = รายการคืนเงิน
    refunds.reading = กำลังอ่านการคืนเงิน…
    refunds.heading = รายการคืนเงิน · มีคำขอรอคุณ {1} รายการ
    refunds.heading.limit = แสดง {1} รายการแรกของแต่ละส่วน
    refunds.column.order = คำสั่งซื้อ
    refunds.column.buyer = ลูกค้า
    refunds.column.amount = ยอดเงิน
    refunds.column.age = ผ่านมา
    refunds.empty = ยังไม่มีการคืนเงิน การส่งคืนของลูกค้าจะแสดงที่นี่เป็นคำขอหลังการซิงค์ กด r บนคำสั่งซื้อเพื่อคืนเงิน
    # The sections of the queue, each with what it holds
    refunds.section.requested = มีคำขอ
    refunds.section.waiting = รอ Amazon
    refunds.section.failed = ล้มเหลว
    refunds.section.done = เสร็จแล้ว
    refunds.section.on-amazon = คืนเงินใน Amazon แล้ว
    refunds.section.requested.note = สินค้ากำลังถูกส่งคืน หรือได้รับคืนแล้ว: Enter หรือ r เพื่อคืนเงิน
    refunds.section.waiting.note = ส่งเมื่อซิงค์ครั้งถัดไป เสร็จเมื่อ Amazon ยืนยัน
    refunds.section.failed.note = ไม่ได้คืนเงิน เหตุผลอยู่ในแต่ละบรรทัด
    refunds.section.done.note = คืนเงินแล้ว Amazon ยืนยันแล้ว
    refunds.section.on-amazon.note = ทำที่ Amazon โดยตรง ไม่ใช่โดยคอนโซล: ไม่นับรวมในยอดรวม
    # Totals per currency: {1}.. are amounts without the currency, which leads the line
    refunds.totals.none = ยังไม่มีการคืนเงิน ทั้งในคอนโซลและบน Amazon
    refunds.totals.own.wide = คืนเงินโดยคอนโซล: เสร็จ {1} · รอ Amazon {2} · ล้มเหลว {3}
    refunds.totals.own = คอนโซล: เสร็จ {1} · รอ {2} · ล้มเหลว {3}
    refunds.totals.on-amazon.wide = คืนเงินบน Amazon ไม่ใช่โดยคอนโซล (ไม่นับรวม): {1}
    refunds.totals.on-amazon = บน Amazon: {1}
    # An entry's note
    refunds.entry.return-arrived = ได้รับสินค้าคืนแล้ว
    refunds.entry.return-coming = กำลังส่งคืน
    refunds.entry.suggested = จำนวนเงินที่แนะนำ · {1}
    refunds.entry.failed = ล้มเหลว
    refunds.entry.with-cancellation = พร้อมการยกเลิก · {1}
    refunds.entry.after-return-requested = หลังคำขอคืนสินค้า
    refunds.entry.after-return-arrived = หลังได้รับสินค้าคืน
    refunds.entry.on-amazon = บน Amazon {1} ไม่ใช่โดยคอนโซล
    # The selected entry in full, under the list
    refunds.summary.cancellation = {1}: คืนเงิน {2} พร้อมการยกเลิก ({3}); {4}
    refunds.summary.cancellation.done = Amazon ยืนยันการยกเลิกแล้ว
    refunds.summary.cancellation.failed = การยกเลิกล้มเหลว
    refunds.summary.cancellation.waiting = ส่งพร้อมการยกเลิกเมื่อซิงค์ครั้งถัดไป เสร็จเมื่อ Amazon ยืนยัน
    refunds.summary.arrived = ได้รับสินค้าคืนแล้ว
    refunds.summary.returning = สินค้ากำลังถูกส่งคืน
    refunds.summary.package = (พัสดุ {1})
    refunds.summary.requested = {1}: {2} กด Enter หรือ r เพื่อคืนเงิน: แนะนำ {3}, CustomerReturn
    refunds.summary.waiting = {1}: กำลังคืนเงิน {2} ({3}) ตั้งแต่ {4} Amazon ยืนยันหลังการซิงค์
    refunds.summary.failed = {1}: ไม่ได้คืนเงิน {2}: {3} Enter เปิดคำสั่งซื้อ r คืนเงินอีกครั้ง
    refunds.summary.no-reason = ไม่ระบุเหตุผล
    refunds.summary.done = {1}: คืนเงิน {2} แล้ว ({3}) Amazon ยืนยันเมื่อ {4}
    refunds.summary.on-amazon = {1}: คืนเงิน {2} บน Amazon เมื่อ {3}: ทำที่นั่นโดยตรง ไม่ใช่โดยคอนโซล และแยกจากยอดรวม
    # After the refund dialog
    refunds.flash.refunding = กำลังคืนเงิน {1} ของ {2} ({3}) แจ้ง Amazon ทันที กล่องขาออกแสดงรายการนี้จนกว่า Amazon จะยืนยัน
    refunds.failed.title = การคืนเงินล้มเหลว: {1}
    refunds.failed.text = การคืนเงิน {1} ไม่ได้ส่ง: {2} รายการนี้ยังอยู่ในคิวคืนเงิน (3 คืนเงิน) ในสถานะล้มเหลว
    refunds.flash.failed = คืนเงิน {1} ของ {2} ล้มเหลว: {3}
    """#
}
