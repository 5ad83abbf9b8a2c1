extension Catalogue {
    /// Labels bought through Amazon Shipping: rates, labels, voids.
    static let labelsThai = #"""
    # Refusals (LabelRefusal)
    labels.refusal.missing.weight = {1} ยังไม่มีน้ำหนักพัสดุ: ระบุด้วย --weight (เช่น 350g)
    labels.refusal.missing.size = {1} ยังไม่มีขนาดพัสดุ: ระบุด้วย --size (เช่น 20x15x10cm)
    labels.refusal.missing.both = {1} ยังไม่มีน้ำหนักและขนาดพัสดุ: ระบุด้วย --weight (เช่น 350g) และ --size (เช่น 20x15x10cm)
    labels.refusal.weight = "{1}" ไม่ใช่น้ำหนัก: เขียนแบบ 350g หรือ 1.2kg
    labels.refusal.size = "{1}" ไม่ใช่ขนาดพัสดุ: เขียนแบบ 20x15x10cm หรือ 200x150x100mm
    labels.refusal.from.missing = ยังไม่มีที่อยู่ผู้ส่ง: merchant settings set ship-from "ชื่อ; ถนน 1; 10115; Berlin; DE" (หรือใช้ --from แบบเดียวกัน)
    labels.refusal.missing.products = ยังขอราคาค่าส่ง {1} ไม่ได้: {2} ยังไม่มีน้ำหนักหรือขนาด (merchant catalog set {3} --weight 350g --size 20x15x10cm)
    labels.refusal.norates = ยังไม่มีอัตราค่าจัดส่งสำหรับ {1}: เรียก `merchant rates {1}` ก่อน
    labels.refusal.expired = อัตราค่าจัดส่งเก่ากว่า 10 นาที: เรียก `merchant rates {1}` อีกครั้ง
    labels.refusal.unknownrate = {2} ไม่ใช่อัตราค่าจัดส่งของ {1}: ดูได้ด้วย `merchant rates {1}`
    labels.refusal.format = ใบปะหน้าของอัตรานี้มีเป็น {1} ไม่มีเป็น {2}
    labels.refusal.exists = {1} มีใบปะหน้าแล้ว เลขพัสดุ {2}: ยกเลิกใบปะหน้าก่อน (merchant label {1} --void)
    labels.refusal.buying = กำลังซื้อใบปะหน้าสำหรับ {1} อยู่
    labels.refusal.nolabel = {1} ไม่มีใบปะหน้าให้ยกเลิก
    labels.refusal.notbought = ยังไม่ได้ซื้อใบปะหน้าสำหรับ {1}: ยกเลิกได้เมื่อซื้อแล้ว
    labels.refusal.window = ยกเลิกใบปะหน้าของ {1} ไม่ได้แล้ว: บริษัทขนส่งให้ยกเลิกได้ภายใน 24 ชั่วโมง ซึ่งหมดเวลาเมื่อ {2} UTC
    labels.refusal.voidonly = --void ใช้กับเลขที่คำสั่งซื้อเท่านั้น
    labels.refusal.needsrate = label ต้องมี --rate RATE_ID (จาก merchant rates {1}) หรือ --void
    labels.refusal.badformat = --format ต้องเป็น pdf, zpl หรือ png ไม่ใช่ {1}
    # merchant rates
    labels.rates.title = อัตราค่าจัดส่งสำหรับ {1} ({2}) ใช้ได้ถึง {3} UTC:
    labels.rates.none = Amazon ไม่มีอัตราค่าจัดส่งสำหรับ {1}: ตรวจสอบน้ำหนักและขนาดพัสดุ
    labels.rates.by = ภายใน {1}
    labels.rates.nopromise = ไม่ระบุวันที่คาดว่าจะได้รับ
    labels.rates.protected = มีความคุ้มครอง
    labels.rates.cheapest = ถูกที่สุด
    labels.rates.fastest = เร็วที่สุด
    labels.rates.buy = ซื้อด้วย: merchant label {1} --rate RATE_ID
    # merchant label
    labels.bought = ซื้อใบปะหน้าแล้ว: {1} ราคา {2} เลขพัสดุ {3} บันทึกไว้ที่ {4}
    labels.bought.confirmed = Amazon ยืนยันการจัดส่ง {1} ด้วยใบปะหน้านี้แล้ว: ไม่ต้องส่งการยืนยันสำหรับพัสดุนี้
    labels.refused = Amazon ไม่ขายใบปะหน้าสำหรับ {1}: {2} ไม่มีการซื้อใดๆ
    labels.queued = รอซื้อใบปะหน้าสำหรับ {1}: ติดต่อ Amazon ไม่ได้ ({2}) จะซื้อเมื่อซิงค์ครั้งถัดไป (merchant sync)
    labels.voided = ยกเลิกใบปะหน้า {1} แล้ว: นำพัสดุออกจาก {2} แล้ว
    labels.void.refused = Amazon ไม่ยกเลิกใบปะหน้าของ {1}: {2} พัสดุยังอยู่กับคำสั่งซื้อ
    labels.void.queued = รอยกเลิกใบปะหน้าสำหรับ {1}: ติดต่อ Amazon ไม่ได้ ({2}) จะส่งเมื่อซิงค์ครั้งถัดไป
    labels.noreason = ไม่ระบุเหตุผล
    labels.noanswer = ไม่มีการตอบกลับ
    labels.print.failed = ไม่ได้พิมพ์ใบปะหน้า ({2}) บันทึกไว้ที่ {1}
    labels.print.failedmore = {1}; ใบปะหน้าอีก {2} ใบก็ไม่ได้พิมพ์เช่นกัน
    labels.print.nostart = เริ่ม lp ไม่ได้
    labels.print.exit = lp จบด้วยรหัส {1}
    # การตั้งค่าเครื่องพิมพ์
    labels.printer.invalid = "{1}" ไม่ใช่ชื่อเครื่องพิมพ์: พิมพ์ตามที่ lpstat -p แสดง หรือ none
    labels.printer.none = ไม่มี
    labels.printer.label = เครื่องพิมพ์:
    labels.printer.set = เครื่องพิมพ์: {1} ใบปะหน้า ใบแพ็คสินค้า และใบหยิบสินค้าจะพิมพ์ที่นี่
    labels.printer.auto = ใบปะหน้าที่ซื้อแล้วจะพิมพ์ทันทีที่บันทึก
    labels.printer.cleared = ไม่ได้ตั้งเครื่องพิมพ์: --print ใช้เครื่องพิมพ์เริ่มต้นของระบบ
    labels.activity.printer = เครื่องพิมพ์: {1} → {2}
    labels.activity.printfailed = {1}: ไม่ได้พิมพ์ใบปะหน้า ({2}) บันทึกไว้ที่ {3}
    # Activity and order history
    labels.activity.queued = {1}: รอซื้อใบปะหน้า {2} ราคา {3}
    labels.activity.voidqueued = {1}: รอยกเลิกใบปะหน้า {2}
    labels.activity.bought = {1}: ซื้อใบปะหน้าแล้ว {2} {3} ราคา {4}
    labels.history.voided = ยกเลิกใบปะหน้า {1} แล้ว: นำพัสดุกลับมา
    labels.history.shipped = จัดส่งแล้วด้วย {1} {2} (ซื้อใบปะหน้าผ่าน Amazon)
    # --help
    labels.help.rates.abstract = อัตราค่าจัดส่งที่ Amazon เสนอสำหรับพัสดุของคำสั่งซื้อ (Buy Shipping)
    labels.help.rates.discussion = แสดงขนส่ง บริการจัดส่ง ราคา วันที่คาดว่าจะได้รับ และความคุ้มครองของ Buy Shipping โดยทำเครื่องหมายอัตราที่ถูกที่สุดและเร็วที่สุด ซื้อได้ภายใน 10 นาที ด้วย merchant label ID --rate RATE_ID
    labels.help.weight = น้ำหนักพัสดุ เช่น 350g หรือ 1.2kg
    labels.help.size = ขนาดพัสดุ เช่น 20x15x10cm หรือ 200x150x100mm
    labels.help.from = ที่อยู่ผู้ส่ง หากไม่ใช้ที่อยู่ในการตั้งค่า: "ชื่อ; ถนน 1; 10115; Berlin; DE"
    labels.help.endpoint = URL ของ SP-API แทนตัวจำลองในโปรแกรม
    labels.help.json = แสดงผลเป็น JSON
    labels.help.label.abstract = ซื้อใบปะหน้าพัสดุของคำสั่งซื้อผ่าน Amazon (Buy Shipping) หรือยกเลิกใบปะหน้า
    labels.help.label.discussion = ซื้ออัตราจาก merchant rates ID (ภายใน 10 นาที) และบันทึกใบปะหน้าไว้ใน labels/ ของโฟลเดอร์ข้อมูล Amazon ยืนยันการจัดส่งเอง: คำสั่งซื้อได้พัสดุพร้อมเลขพัสดุของใบปะหน้า --void ยกเลิกใบปะหน้าที่ยังไม่ใช้ ภายใน 24 ชั่วโมงของบริษัทขนส่ง และนำพัสดุกลับมา
    labels.help.rate = อัตราที่จะซื้อ จาก merchant rates ID
    labels.help.format = pdf, zpl หรือ png ถ้าไม่ระบุ จะใช้การตั้งค่า label-format (ค่าเริ่มต้น pdf)
    labels.help.print = พิมพ์ใบปะหน้าด้วย lp ที่เครื่องพิมพ์ที่ตั้งไว้ หรือเครื่องพิมพ์เริ่มต้น
    labels.help.void = ยกเลิกใบปะหน้าของคำสั่งซื้อแทน
    labels.help.yes = ไม่ต้องถาม: ใบปะหน้าที่ซื้อจะเรียกเก็บเงินจากบัญชีผู้ขายของคุณ การยกเลิกใบปะหน้าจะนำพัสดุออกจากคำสั่งซื้อ
    labels.ask = ซื้อ {1} ราคา {2} สำหรับคำสั่งซื้อ {3}{4} หรือไม่ Amazon จะเรียกเก็บเงินจากบัญชีผู้ขายของคุณ
    labels.ask.to = ถึง {1}
    labels.confirm = ใบปะหน้าสำหรับ {1} มีค่าใช้จ่าย {2}: ยืนยันการซื้อด้วย --yes
    labels.declined = ยังไม่ได้ซื้ออะไร
    labels.void.ask = ยกเลิกใบปะหน้า {1} ของคำสั่งซื้อ {2} หรือไม่ พัสดุจะถูกนำออกจากคำสั่งซื้อ
    labels.void.confirm = การยกเลิกใบปะหน้าของ {1} จะนำพัสดุออกจากคำสั่งซื้อ: ยืนยันด้วย --yes
    labels.void.declined = ยังไม่ได้ยกเลิก ใบปะหน้ายังอยู่
    # The Outbox pane's kinds
    labels.outbox.kind.label = ใบปะหน้า
    labels.outbox.kind.void = ยกเลิกใบปะหน้า
    """#
}
