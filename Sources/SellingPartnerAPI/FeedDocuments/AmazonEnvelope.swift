import Foundation

/// The `AmazonEnvelope` every XML feed and report is wrapped in (amzn-envelope.xsd):
/// `Header{DocumentVersion, MerchantIdentifier}`, `MessageType`, then `Message{MessageID, …}` elements.
enum AmazonEnvelope {
    static func build(messageType: String, merchantIdentifier: String, messages: [(id: Int, body: XMLNode)]) -> String {
        XMLNode("AmazonEnvelope", attributes: [
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:noNamespaceSchemaLocation", "amzn-envelope.xsd"),
        ], children: [
            XMLNode("Header", children: [
                XMLNode("DocumentVersion", text: "1.01"),
                XMLNode("MerchantIdentifier", text: merchantIdentifier),
            ]),
            XMLNode("MessageType", text: messageType),
        ] + messages.map { XMLNode("Message", children: [XMLNode("MessageID", text: String($0.id)), $0.body]) }).document
    }

    /// The merchant identifier and each message's id and body, checking the message type.
    static func parse(_ data: Data, messageType: String) throws(FeedDocumentError) -> (merchantIdentifier: String, messages: [(id: Int, body: XMLNode)]) {
        let root = try XMLNode.parse(data)
        guard root.name == "AmazonEnvelope" else { throw .unexpected(root.name, expected: "AmazonEnvelope") }
        let type = try root.required("MessageType")
        guard type == messageType else { throw .unexpected(type, expected: messageType) }
        let merchant = root.child("Header")?.value("MerchantIdentifier") ?? ""
        var messages: [(Int, XMLNode)] = []
        for message in root.all("Message") {
            let idText = try message.required("MessageID")
            guard let id = Int(idText) else { throw .unexpected(idText, expected: "a numeric MessageID") }
            guard let body = message.child(messageType) else { throw .missingElement(messageType, in: "Message \(id)") }
            messages.append((id, body))
        }
        return (merchant, messages)
    }
}
