extension Catalogue {
    /// The Settings pane.
    static let settingsThai = #"""
    settings.key.toggle = เปิด/ปิด (บันทึกทันที)
    settings.key.toggle.hint = สลับ
    settings.key.shorter = รอบการซิงค์: สั้นลง
    settings.key.longer = รอบการซิงค์: นานขึ้น
    settings.key.stepped-only = ปุ่มนี้เปลี่ยนรอบการซิงค์: เลือกแถวนั้นก่อน
    settings.reading = กำลังอ่านการตั้งค่า…
    # The channel
    settings.channel = ช่องทางการขาย
    settings.seller = บัญชีผู้ขาย
    settings.marketplaces = มาร์เก็ตเพลส
    settings.connected = เชื่อมต่อตั้งแต่
    settings.connected.value = {1} ({2}) คำสั่งซื้อที่เก่ากว่านี้ไม่นำเข้า
    settings.last-sync = ซิงค์ล่าสุด
    settings.last-sync.never = ยังไม่เคย
    settings.last-attempt = ลองครั้งล่าสุด
    settings.last-attempt.failed = {1} ล้มเหลว: {2}
    settings.next-sync = ซิงค์ครั้งถัดไป
    settings.next-sync.running = กำลังซิงค์
    settings.next-sync.manual = เฉพาะเมื่อกด R หรือ `merchant sync`
    # The switches, each with what it does as it stands
    settings.switches = สวิตช์ · Space หรือ Enter เพื่อสลับ บันทึกทันที มีผลตั้งแต่ซิงค์ครั้งถัดไป
    settings.import-orders.on = คำสั่งซื้อ Amazon เข้าสู่คำสั่งซื้อในระบบ
    settings.import-orders.off = คำสั่งซื้อ Amazon อ่านอย่างเดียว
    settings.import-pending.on = คำสั่งซื้อที่รอชำระเงิน นำเข้าทันที
    settings.import-pending.off = คำสั่งซื้อที่รอชำระเงิน นำเข้าเมื่อชำระแล้ว
    settings.reserve-pending.on = คำสั่งซื้อที่รอชำระเงิน จองสต็อกไว้
    settings.reserve-pending.off = คำสั่งซื้อที่รอชำระเงิน ไม่จองสต็อก
    settings.demo-trading.on = ลูกค้าจำลองสั่งซื้อ ชำระเงิน และยกเลิกขณะที่คอนโซลเปิดอยู่
    settings.demo-trading.off = Amazon จำลองหยุดรอ: ไม่มีลูกค้าใหม่
    settings.interval.hint = ←/- สั้นลง, →/+ นานขึ้น
    settings.language.hint = ←/→ หรือ Space
    # {1} is the name of the language the environment (LANG) gives
    settings.language.auto = อัตโนมัติ ({1})
    settings.label-format.hint = ←/→ หรือ Space
    settings.value.on = เปิด
    settings.value.off = ปิด
    # The products and their FBA switch
    settings.products = สินค้า · Space สลับ FBA: Amazon จัดส่งคำสั่งซื้อของสินค้านี้
    settings.column.on-hand = คงคลัง
    settings.column.offered = ลงขาย
    settings.column.at-amazon = ที่ Amazon
    settings.column.product = สินค้า
    settings.product.no-asin = ไม่มี ASIN
    settings.products.at-amazon = ที่ Amazon: จำนวนที่ Amazon จัดส่งได้ (FBA); ? จนกว่าการซิงค์จะอ่านค่า
    # What was saved
    settings.saved = บันทึกแล้ว: {1} เป็น{2} มีผลเมื่อซิงค์ครั้งถัดไป
    settings.saved.language = บันทึกแล้ว: คอนโซลแสดงเป็นภาษา {1} แล้ว
    settings.saved.label-format = บันทึกแล้ว: จากนี้ใบปะหน้าจะซื้อเป็น {1} กด f ในหน้าต่างซื้อใบปะหน้าเพื่อเปลี่ยนเฉพาะใบนั้น
    settings.saved.fba.on = บันทึกแล้ว: {1} จัดส่งโดย Amazon (FBA)
    settings.saved.fba.off = บันทึกแล้ว: {1} คุณจัดส่งเอง (ไม่ใช้ FBA)
    # Asked before a switch that changes who ships a product, or stops the import
    settings.ask.fba.title = ใครจัดส่งสินค้านี้
    settings.ask.fba.on = เปลี่ยน {1} เป็น Fulfillment by Amazon (FBA) ใช่ไหม
    settings.ask.fba.on.what = ตั้งแต่ซิงค์ครั้งถัดไป Amazon จะจัดส่งคำสั่งซื้อ Amazon ของ {1} จากคลังสินค้าของ Amazon เอง และคำสั่งซื้อจากร้านของคุณสำหรับสินค้านี้จะส่งไปให้ Amazon เป็นคำสั่งจัดส่ง FBA สต็อกของคุณเองจะไม่เสนอขายบน Amazon อีก
    settings.ask.fba.off = เปลี่ยน {1} กลับมาจัดส่งเอง (ไม่ใช้ FBA) ใช่ไหม
    settings.ask.fba.off.what = ตั้งแต่ซิงค์ครั้งถัดไป คุณจะจัดส่งคำสั่งซื้อ Amazon และคำสั่งซื้อจากร้านของ {1} เอง และสต็อกของคุณจะกลับมาเสนอขายบน Amazon
    settings.ask.import.title = นำเข้าคำสั่งซื้อ Amazon
    settings.ask.import.off = หยุดนำเข้าคำสั่งซื้อ Amazon ใช่ไหม
    settings.ask.import.off.what = ตั้งแต่ซิงค์ครั้งถัดไป คำสั่งซื้อ Amazon ใหม่จะถูกเก็บและแสดงแบบอ่านอย่างเดียว: ไม่มีคำสั่งซื้อในระบบ ไม่ตัดสต็อก ไม่มีอะไรให้จัดส่งที่นี่ ให้จัดการใน Seller Central ส่วนคำสั่งซื้อที่นำเข้าแล้วยังคงเดิม
    """#
}
