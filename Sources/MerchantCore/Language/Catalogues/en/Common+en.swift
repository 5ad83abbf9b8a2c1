extension Catalogue {
    /// Words every part shares: time spans, lists, yes and no.
    static let commonEnglish = #"""
    common.span.seconds = {1}s
    common.span.minutes = {1}m
    common.span.hours = {1}h
    common.span.days = {1}d
    common.ago = {1} ago
    common.in = in {1}
    common.overdue = overdue {1}
    # "a, b and c": {1} is all but the last, {2} the last
    common.list = {1} and {2}
    """#
}
