import Foundation

// Amazon's feeds have been seen sending numbers as strings ("2" for 2); a robust client accepts both.
extension KeyedDecodingContainer {
    func decodeLenientInt(forKey key: Key) throws -> Int {
        if let value = try? decode(Int.self, forKey: key) { return value }
        let text = try decode(String.self, forKey: key)
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "expected an integer, got \"\(text)\"")
        }
        return value
    }

    func decodeLenientIntIfPresent(forKey key: Key) throws -> Int? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        return try decodeLenientInt(forKey: key)
    }
}
