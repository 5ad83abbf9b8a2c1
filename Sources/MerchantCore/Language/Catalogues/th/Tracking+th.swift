extension Catalogue {
    /// Where a bought label's parcel is: `merchant track`.
    static let trackingThai = #"""
    # merchant track
    tracking.help.abstract = พัสดุของคำสั่งซื้ออยู่ที่ไหน: เหตุการณ์จากผู้ให้บริการขนส่งของใบปะหน้าที่ซื้อแล้ว
    tracking.help.discussion = ถาม Amazon ทันที (การติดตามพัสดุของ Buy Shipping) สำหรับใบปะหน้าทุกใบที่ซื้อและยังไม่ได้ยกเลิก แล้วแสดงเหตุการณ์จากผู้ให้บริการขนส่ง เก่าสุดก่อน
    tracking.none = {1} ยังไม่มีใบปะหน้าที่ซื้อแล้วให้ติดตาม: ซื้อด้วย merchant rates {1} แล้ว merchant label {1} --rate RATE_ID
    tracking.title = {1} เลขติดตามพัสดุ {2}
    tracking.status = ตอนนี้: {1}
    tracking.status.unknown = ผู้ให้บริการขนส่งยังไม่แจ้งอะไร
    tracking.status.pretransit = สร้างใบปะหน้าแล้ว ยังไม่ได้รับพัสดุ
    tracking.status.intransit = อยู่ระหว่างขนส่ง
    tracking.promised = สัญญาว่าจะส่งถึงภายใน {1} UTC
    tracking.noevents = ยังไม่มีเหตุการณ์จากผู้ให้บริการขนส่ง
    tracking.event.created = สร้างใบปะหน้าแล้ว รอรับพัสดุ
    tracking.event.pickedup = ผู้ให้บริการขนส่งรับพัสดุแล้ว
    tracking.event.departed = ออกจากศูนย์คัดแยกแล้ว
    tracking.event.arrived = ถึงศูนย์คัดแยกแล้ว
    tracking.event.outfordelivery = อยู่ระหว่างนำจ่าย
    tracking.event.delivered = ส่งถึงแล้ว
    tracking.event.attempted = พยายามนำจ่ายแล้ว ไม่มีผู้รับ
    tracking.event.lost = พัสดุสูญหาย
    tracking.event.rejected = ผู้ซื้อปฏิเสธการรับ
    tracking.event.undeliverable = นำจ่ายไม่ได้
    tracking.event.pickupcancelled = ยกเลิกการรับพัสดุ ใบปะหน้าถูกยกเลิกแล้ว
    tracking.event.returning = กำลังตีกลับมาหาคุณ
    tracking.event.collect = พร้อมให้ผู้ซื้อมารับ
    tracking.event.rescheduled = ผู้ซื้อขอเปลี่ยนเวลานำจ่าย
    """#
}
