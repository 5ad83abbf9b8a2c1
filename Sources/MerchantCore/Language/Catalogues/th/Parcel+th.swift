extension Catalogue {
    /// Parcel facts, ship-from address, pick list, packing slip, scan to pack.
    static let parcelThai = #"""
    # ข้อมูลพัสดุที่ผู้ขายพิมพ์
    parcel.error.weight = "{1}" ไม่ใช่น้ำหนัก: ใส่หน่วยด้วย เช่น 350g, 0.35kg, 12oz หรือ 1.5lb
    parcel.error.grams = "{1}": เขียนกรัมเป็นจำนวนเต็ม เช่น 1200g หรือเขียนเป็นกิโลกรัม เช่น 1.2kg
    parcel.error.weight.range = น้ำหนักพัสดุต้องอยู่ระหว่าง 1 g ถึง 1000 kg
    parcel.error.size = "{1}" ไม่ใช่ขนาด: เขียน ยาว x กว้าง x สูง พร้อมหน่วย เช่น 20x15x10cm หรือ 8x6x4in
    parcel.error.size.range = พัสดุแต่ละด้านต้องยาว 1 mm ถึง 3 m
    parcel.error.gtin = "{1}" ไม่ใช่ GTIN: เลขบาร์โค้ดมี 8, 12, 13 หรือ 14 หลัก
    parcel.error.gtin.check = {1} ไม่ใช่ GTIN ที่ถูกต้อง: หลักสุดท้ายควรเป็น {2} ตรวจสอบเลขบนบาร์โค้ดอีกครั้ง
    parcel.error.gtin.taken = GTIN {1} เป็นของ {2} อยู่แล้ว: บาร์โค้ดหนึ่งใช้กับสินค้าได้รายการเดียว
    parcel.error.bin.empty = ตำแหน่งจัดเก็บเว้นว่างไม่ได้: พิมพ์ none เพื่อลบ
    parcel.error.bin.long = "{1}" ยาวเกินไปสำหรับตำแหน่งจัดเก็บ: ใช้ไม่เกิน 20 ตัวอักษร เช่น A-03-2
    parcel.error.bin.printable = ตำแหน่งจัดเก็บต้องเป็นข้อความธรรมดา: ตัวอักษร ตัวเลข และเครื่องหมาย ไม่มีอักขระควบคุม
    parcel.facts.bin = ที่เก็บ {1}
    # ที่อยู่ผู้ส่ง
    parcel.error.address.form = เขียนที่อยู่เป็น ชื่อ; ถนน; รหัสไปรษณีย์; เมือง; รหัสประเทศ (ตามด้วยเบอร์โทรศัพท์ได้)
    parcel.error.address.lines = ที่อยู่มีบรรทัดถนนได้ 1 ถึง 3 บรรทัด
    parcel.error.address.name = ที่อยู่ต้องมีชื่อ
    parcel.error.address.street = ที่อยู่ต้องมีถนน
    parcel.error.address.city = ที่อยู่ต้องมีเมือง
    parcel.error.address.long = แต่ละส่วนของที่อยู่ยาวได้ไม่เกิน 60 ตัวอักษร
    parcel.error.country = "{1}" ไม่ใช่รหัสประเทศ: ใช้ตัวอักษร 2 ตัว เช่น DE, GB หรือ JP
    parcel.error.postal = "{1}" ไม่ใช่รหัสไปรษณีย์ของ {2}
    parcel.error.postal.example = "{1}" ไม่ใช่รหัสไปรษณีย์ของ {2}: เขียนแบบ {3}
    parcel.error.phone = "{1}" ไม่ใช่เบอร์โทรศัพท์: ใช้ตัวเลข ช่องว่าง และเครื่องหมาย + นำหน้า
    parcel.shipfrom.label = ที่อยู่ผู้ส่ง:
    parcel.shipfrom.none = ไม่มี
    parcel.shipfrom.cleared = ที่อยู่ผู้ส่ง: ไม่มี ใบแพ็คสินค้าจะไม่แสดงผู้ส่ง
    # คอลัมน์ของใบหยิบสินค้าและใบแพ็คสินค้า
    parcel.column.qty = ชิ้น
    parcel.column.bin = ที่เก็บ
    parcel.column.title = ชื่อสินค้า
    parcel.column.item = สินค้า
    # ใบหยิบสินค้า
    parcel.picklist.title = ใบหยิบสินค้า: {1} ชิ้น จากสินค้า {2} รายการ สำหรับ {3} คำสั่งซื้อ
    parcel.picklist.empty = ไม่มีสินค้าให้หยิบ: ไม่มีคำสั่งซื้อที่รอให้คุณจัดส่ง
    # ใบแพ็คสินค้า
    parcel.slip.title = ใบแพ็คสินค้า
    parcel.slip.order = คำสั่งซื้อ {1}
    parcel.slip.ordered = สั่งซื้อเมื่อ {1}
    parcel.slip.shipto = ที่อยู่จัดส่ง
    parcel.slip.from = ผู้ส่ง: {1}
    parcel.slip.total = {1} ชิ้น ใน {2} รายการ
    parcel.slip.packedby = ผู้แพ็ค: ________
    parcel.slip.pending = คำสั่งซื้อ {1} ยังรอชำระเงิน: Amazon จะให้ที่อยู่เมื่อชำระเงินแล้ว
    parcel.slip.afn = Amazon จัดส่งคำสั่งซื้อ {1} จากคลังสินค้าของ Amazon: ไม่มีอะไรให้คุณแพ็ค
    parcel.slip.cancelled = คำสั่งซื้อ {1} ยกเลิกแล้ว: ไม่มีอะไรให้แพ็ค
    parcel.slip.noaddress = Amazon ยังไม่ได้ส่งที่อยู่ของคำสั่งซื้อ {1}: เรียก merchant sync แล้วลองอีกครั้ง
    parcel.slip.format = --format ใช้ได้แค่ a4 หรือ label ไม่ใช่ "{1}"
    # การพิมพ์ผ่าน lp
    parcel.print.nolp = ไม่พบคำสั่งพิมพ์ (ไม่มี lp): ติดตั้ง CUPS (apt-get install cups-client) แล้วสั่งพิมพ์อีกครั้ง
    parcel.print.refused = เครื่องพิมพ์ไม่รับงาน: {1}
    parcel.print.sent = ส่งไปที่เครื่องพิมพ์แล้ว {1}
    # --help
    parcel.help.weight = น้ำหนักสำหรับจัดส่ง: 350g, 0.35kg, 12oz, 1.5lb หรือ none
    parcel.help.size = ขนาดพัสดุ ยาว x กว้าง x สูง: 20x15x10cm, 200x150x100mm, 8x6x4in หรือ none
    parcel.help.gtin = เลขบาร์โค้ด (GTIN/EAN 8 ถึง 14 หลัก ตรวจหลักตรวจสอบให้) หรือ none
    parcel.help.bin = ตำแหน่งจัดเก็บบนชั้นวาง ไม่เกิน 20 ตัวอักษร (A-03-2) หรือ none
    parcel.help.picklist = สินค้าที่ต้องหยิบสำหรับคำสั่งซื้อที่คุณยังต้องจัดส่ง: จำนวนชิ้นตามสินค้า เรียงตามที่เก็บ พร้อมคำสั่งซื้อของแต่ละรายการ
    parcel.help.slip = ใบแพ็คสินค้าของคำสั่งซื้อ: ที่อยู่และรายการสินค้า เป็นข้อความสำหรับกระดาษ A4 หรือเครื่องพิมพ์ฉลาก
    parcel.help.slip.id = เลขที่คำสั่งซื้อ Amazon
    parcel.help.slip.format = a4 (80 คอลัมน์) หรือ label (100×150 mm, 48 คอลัมน์)
    parcel.help.print = ส่งไปที่เครื่องพิมพ์ (lp) แทนการแสดงที่นี่
    """#
}
