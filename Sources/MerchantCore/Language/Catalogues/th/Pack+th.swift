extension Catalogue {
    /// Scan to pack: pack mode in the console.
    static let packThai = #"""
    # ปุ่มของโหมดนี้ และปุ่มที่เปิดโหมด
    pack.scope = โหมดแพ็คสินค้า (สิ่งที่พิมพ์จะอยู่ในช่องสแกน)
    pack.scope.place = โหมดแพ็คสินค้า
    pack.key.open = โหมดแพ็คสินค้า: สแกนคำสั่งซื้อ แล้วสแกนทีละชิ้นก่อนจัดส่ง
    pack.key.open.hint = แพ็ค
    pack.key.scan = ค้นหาสิ่งที่สแกนหรือพิมพ์: เลขที่คำสั่งซื้อ แล้วบาร์โค้ดหรือ SKU ของแต่ละชิ้น
    pack.key.scan.hint = สแกน
    pack.key.leave = ออกจากโหมดแพ็คสินค้า (ถามก่อนเมื่อมีชิ้นที่ติ๊กแล้ว)
    pack.key.leave.hint = ออก
    pack.key.erase = ลบตัวอักษรที่พิมพ์ล่าสุด (^U: ลบทั้งหมด)
    pack.whynot.nothing.typed = ยังไม่มีอะไรในช่องสแกน
    # หน้าจอ
    pack.title = โหมดแพ็คสินค้า
    pack.ask.order = สแกนหรือพิมพ์เลขที่คำสั่งซื้อ แล้วกด Enter
    pack.title.order = โหมดแพ็คสินค้า · {1} · {2}
    pack.title.ship-by = กำหนดส่ง {1}
    pack.progress = แพ็คแล้ว {1} จาก {2} ชิ้น
    pack.complete = ครบแล้ว: Enter เปิดหน้าต่างจัดส่ง
    pack.scan.prompt = สแกน:
    pack.scan.too-long = ยาวเกินกว่าจะเป็นรหัส
    pack.ticked = {1}: {2} ({3} จาก {4})
    pack.column.packed = แพ็คแล้ว
    pack.column.sku = SKU
    pack.column.product = สินค้า
    pack.hint = จะไม่มีการบันทึกหรือส่งอะไรถึง Amazon จนกว่าจะยืนยันในหน้าต่างจัดส่ง
    # การสแกนที่ถูกปฏิเสธ (แต่ละครั้งมีเสียงเตือน)
    pack.refusal.unknown = {1}: ไม่มีสินค้าที่มีบาร์โค้ดหรือ SKU นี้
    pack.refusal.not-in-order = {1} คือ {2} ซึ่งไม่อยู่ในคำสั่งซื้อ {3}: วางคืนที่เดิม
    pack.refusal.one-too-many = {1} คือ {2}: เกินจำนวน คำสั่งซื้อมี {3} ชิ้นและแพ็คครบแล้ว
    pack.refusal.too-long = สิ่งที่สแกนยาวกว่าบาร์โค้ด SKU หรือเลขที่คำสั่งซื้อใดๆ (ไม่เกิน {1} ตัวอักษร): ไม่ได้ค้นหาอะไร
    pack.empty.order = สแกนหรือพิมพ์เลขที่คำสั่งซื้อก่อน
    pack.empty.product = สแกนหรือพิมพ์บาร์โค้ดหรือ SKU ของสินค้าก่อน
    # การออก
    pack.left = ออกจากโหมดแพ็คสินค้าแล้ว: ไม่มีอะไรถูกจัดส่ง
    pack.left.ticks = ออกจากโหมดแพ็คสินค้าแล้ว: ลืมการติ๊กของ {1} ไม่มีอะไรถูกจัดส่ง
    pack.footer.leaving = Enter ตอบ · Esc แพ็คต่อ · ^C ออก
    pack.leave.title = ออกจากโหมดแพ็คสินค้าไหม
    pack.leave.question = ติ๊กแล้ว {1} ชิ้นของ {2} ถ้าออกจะลืมการติ๊กทั้งหมด ไม่มีอะไรถูกจัดส่ง
    pack.quit.lost = {1} ชิ้นที่ติ๊กไว้สำหรับ {2}
    """#
}
