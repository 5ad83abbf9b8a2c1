import MerchantCore

/// The answer to a dialog's question: No until the merchant moves to Yes, so that Enter alone never
/// does what cannot be undone (R17).
enum YesNo {
    /// y or n answers as well as ←/→ (in German j answers yes too: `YesAnswer`). Only the answer of a yes/no
    /// question reads these keys, never a text field, so a scanned or typed j in a tracking number answers nothing.
    /// Nil for any other key.
    static func answer(_ key: Key) -> Bool? {
        guard case .character(let c) = key else { return nil }
        if YesAnswer.isYes(String(c)) { return true }
        return YesAnswer.isNo(String(c)) ? false : nil
    }
}
