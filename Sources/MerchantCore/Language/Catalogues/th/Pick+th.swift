extension Catalogue {
    /// The Pick pane (7): the pick list in the console, and printing it.
    static let pickThai = #"""
    pick.pane = ใบหยิบสินค้า
    pick.tab = ใบหยิบ
    pick.reading = กำลังอ่านใบหยิบสินค้า…
    pick.title = ใบหยิบสินค้า · {1} ชิ้น จากสินค้า {2} รายการ สำหรับ {3} คำสั่งซื้อ
    pick.column.orders = คำสั่งซื้อ
    pick.orders.more = อีก {1}
    pick.orders.count = {1} คำสั่งซื้อ
    pick.bin.none = ไม่มีที่เก็บ
    pick.detail.text = {1}: {2} ชิ้น สำหรับ {3} คำสั่งซื้อ: {4}
    pick.nothing = ไม่มีสินค้าให้หยิบ: ไม่มีคำสั่งซื้อที่รอให้คุณจัดส่ง
    pick.key.enter = ทุกคำสั่งซื้อของสินค้านี้ พร้อมจำนวนชิ้น
    pick.key.enter.hint = คำสั่งซื้อ
    pick.key.print = พิมพ์ใบหยิบสินค้า (lp, A4) เหมือน merchant picklist --print
    pick.key.print.hint = พิมพ์
    pick.print.sending = กำลังส่งใบหยิบสินค้าไปที่เครื่องพิมพ์…
    pick.print.failed = ไม่ได้พิมพ์: {1}
    pick.print.unavailable = คอนโซลนี้ไม่มีเครื่องพิมพ์ให้ส่ง
    """#
}
