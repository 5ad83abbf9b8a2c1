import Foundation
extension Console {
    /// Every key while a search is typed after `/`: Enter applies it to Orders, Esc drops it.
    static func searchKey(_ s: inout ConsoleState, _ key: Key) -> [Effect] {
        switch key {
        case .escape:
            s.searchInput = nil
        case .enter:
            let text = s.searchInput!.trimmingCharacters(in: .whitespaces)
            s.searchInput = nil
            s.orders.search = text.isEmpty ? nil : text
            return resetList(&s, .orders)
        case .backspace, .delete:
            if !s.searchInput!.isEmpty { s.searchInput!.removeLast() }
        case .control("u"):
            s.searchInput = ""
        case .character(let c):
            s.searchInput!.append(c)
        default:
            break
        }
        return []
    }
}
