/// A form whose Tab and Shift-Tab walk its fields in order, round from the last to the first.
protocol FieldOrder {
    associatedtype Field: Equatable
    /// The fields Tab walks through, top to bottom.
    var fields: [Field] { get }
    var focus: Field { get set }
}

extension FieldOrder {
    mutating func focus(by step: Int) {
        let list = fields
        let i = list.firstIndex(of: focus) ?? 0
        focus = list[(i + step + list.count) % list.count]
    }
}

extension FieldOrder where Field: CaseIterable, Field.AllCases == [Field] {
    var fields: [Field] { Field.allCases }
}
