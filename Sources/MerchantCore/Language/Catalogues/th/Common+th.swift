extension Catalogue {
    /// Words every part shares: time spans, lists, yes and no.
    static let commonThai = #"""
    common.span.seconds = {1}วิ
    common.span.minutes = {1}นาที
    common.span.hours = {1}ชม.
    common.span.days = {1}วัน
    common.ago = {1}ที่แล้ว
    common.in = ในอีก {1}
    common.overdue = เลยกำหนด {1}
    common.list = {1} และ {2}
    """#
}
