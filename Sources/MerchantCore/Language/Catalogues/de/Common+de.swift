extension Catalogue {
    /// Words every part shares: time spans, lists, yes and no.
    static let commonGerman = #"""
    common.span.seconds = {1}s
    common.span.minutes = {1}min
    common.span.hours = {1}h
    common.span.days = {1}T
    common.ago = vor {1}
    common.in = in {1}
    common.overdue = {1} überfällig
    common.list = {1} und {2}
    """#
}
