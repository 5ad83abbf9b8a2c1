extension Catalogue {
    /// MerchantCore's refusals and explanations (the rules' own words).
    static let rulesEnglish = #"""
    """#
}
