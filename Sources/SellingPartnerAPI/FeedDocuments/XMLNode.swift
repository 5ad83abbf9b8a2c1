import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small XML element tree: what the feed documents are built into and parsed from.
struct XMLNode: Equatable {
    var name: String
    var attributes: [(String, String)] = []
    var children: [XMLNode] = []
    var text: String = ""

    init(_ name: String, attributes: [(String, String)] = [], children: [XMLNode] = [], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    static func == (a: XMLNode, b: XMLNode) -> Bool {
        a.name == b.name && a.attributes.elementsEqual(b.attributes, by: ==) && a.children == b.children && a.text == b.text
    }

    /// A leaf with text, or nothing when the value is absent (optional elements are left out).
    static func leaf(_ name: String, _ value: String?, attributes: [(String, String)] = []) -> [XMLNode] {
        value.map { [XMLNode(name, attributes: attributes, text: $0)] } ?? []
    }

    func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }
    func all(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }
    func value(_ name: String) -> String? { child(name)?.text.trimmingCharacters(in: .whitespacesAndNewlines) }
    func attribute(_ name: String) -> String? { attributes.first { $0.0 == name }?.1 }

    func required(_ name: String) throws(FeedDocumentError) -> String {
        guard let value = value(name), !value.isEmpty else { throw .missingElement(name, in: self.name) }
        return value
    }

    /// The document as UTF-8 XML, with every text and attribute escaped.
    var document: String { "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + render(indent: 0) }

    private func render(indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent)
        let attrs = attributes.map { " \($0.0)=\"\(XMLNode.escape($0.1))\"" }.joined()
        if children.isEmpty { return "\(pad)<\(name)\(attrs)>\(XMLNode.escape(text))</\(name)>\n" }
        return "\(pad)<\(name)\(attrs)>\n" + children.map { $0.render(indent: indent + 1) }.joined() + "\(pad)</\(name)>\n"
    }

    /// Escapes markup characters; drops control characters XML 1.0 cannot carry at all.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Parses a document with Foundation's `XMLParser`.
    static func parse(_ data: Data) throws(FeedDocumentError) -> XMLNode {
        let builder = TreeBuilder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw .malformed(parser.parserError.map { "\($0.localizedDescription)" } ?? "no root element")
        }
        return root
    }
}

/// Collects `XMLParser` callbacks into an `XMLNode` tree.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    var stack: [XMLNode] = []
    var root: XMLNode?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        stack.append(XMLNode(name, attributes: attributes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !stack.isEmpty { stack[stack.count - 1].text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if !stack.isEmpty { stack[stack.count - 1].text += String(decoding: block, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard var node = stack.popLast() else { return }
        if !node.children.isEmpty { node.text = "" }   // whitespace between elements is not content
        if stack.isEmpty { root = node } else { stack[stack.count - 1].children.append(node) }
    }
}

/// Why a feed document could not be read.
public enum FeedDocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformed(String)
    case missingElement(String, in: String)
    case unexpected(String, expected: String)

    public var description: String {
        switch self {
        case .malformed(let why): "The feed document is not well-formed XML: \(why)."
        case .missingElement(let name, let parent): "The feed document lacks \(name) in \(parent)."
        case .unexpected(let found, let expected): "The feed document holds \(found) where \(expected) was expected."
        }
    }
}
