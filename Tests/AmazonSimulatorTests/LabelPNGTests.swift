@testable import AmazonSimulator
import Foundation
import SellingPartnerAPI
import Testing

/// The PNG label: a real PNG (signature, chunks with right CRCs, a zlib stream with its Adler-32) whose barcode's bars
/// read back as the tracking number, at the resolution asked for.
@Suite struct LabelPNGTests {
    let api = ShippingAPITests()

    /// The label of a fresh order bought as PNG at `dpi` (nil: the default).
    func pngLabel(dpi: Int?, buyer: String = "Jürgen Groß") async throws -> (png: Data, tracking: String) {
        let fixture = try SimulatorFixture()
        let id = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350", buyerName: buyer)
        let offered = try await api.rates(fixture, try await fixture.order(id))
        #expect(offered.rates.allSatisfy { $0.supportedDocumentSpecifications.map(\.format).contains(.png) })
        let dpiField = dpi.map { #","dpi":\#($0)"# } ?? ""
        let body = #"{"requestToken":"\#(offered.requestToken)","rateId":"\#(offered.rates[0].rateId)","requestedDocumentSpecification":{"format":"PNG","size":{"width":4,"length":6,"unit":"INCH"}\#(dpiField),"needFileJoining":false,"requestedDocumentTypes":["LABEL"]}}"#
        let response = try await fixture.send("POST", "/shipping/v2/shipments", json: body, headers: ["x-amzn-IdempotencyKey": "png"])
        #expect(response.status == 200, "\(String(decoding: response.body, as: UTF8.self))")
        let detail = try #require(try api.bought(response).packageDocumentDetails.first)
        #expect(detail.label?.format == .png)
        return (try #require(detail.label?.data), try #require(detail.trackingId))
    }

    @Test func aPNGLabelIsAValidPNGWhoseBarcodeReadsAsTheTrackingNumber() async throws {
        let (png, tracking) = try await pngLabel(dpi: 300)
        let image = try DecodedPNG(png)
        // 4 × 6 inches at 300 dpi, 1-bit greyscale, and the resolution said in pHYs (11,811 dots a metre).
        #expect(image.width == 1200 && image.height == 1800)
        #expect(image.chunkTypes == ["IHDR", "pHYs", "IDAT", "IEND"])
        #expect(image.dotsPerMetre == 11_811)

        // A row through the middle of the barcode (70 points high from 110 points above the bottom edge).
        let row = Int((432 - 145) * 300 / 72.0)
        let runs = image.runs(row: row)
        let module = try #require(runs.min())
        #expect(runs.allSatisfy { $0 % module == 0 }, "bars of whole modules")
        #expect(try Self.decodeCode128(runs.map { $0 / module }) == tracking)
    }

    @Test func theDefaultResolutionIs203AndAnUnsupportedOneIsRefused() async throws {
        let (png, _) = try await pngLabel(dpi: nil)
        let image = try DecodedPNG(png)
        #expect(image.width == 812 && image.height == 1218)

        let fixture = try SimulatorFixture()
        let id = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350")
        let offered = try await api.rates(fixture, try await fixture.order(id))
        let body = #"{"requestToken":"\#(offered.requestToken)","rateId":"\#(offered.rates[0].rateId)","requestedDocumentSpecification":{"format":"PNG","size":{"width":4,"length":6,"unit":"INCH"},"dpi":600,"needFileJoining":false,"requestedDocumentTypes":["LABEL"]}}"#
        let refused = try await fixture.send("POST", "/shipping/v2/shipments", json: body, headers: ["x-amzn-IdempotencyKey": "600"])
        #expect(refused.status == 400)
        #expect(try fixture.simulator.labels(orderId: id).isEmpty)
    }

    @Test func textInAnotherScriptIsNamedNeverASilentQuestionMark() async throws {
        #expect(LabelScript.forPDF("น้ำฝน ใจดี") == "[Thai script]")
        #expect(LabelScript.forPDF("千代田1-1") == "[Japanese script]1-1")
        #expect(LabelScript.forPDF("山田太郎 🎉") == "[Japanese script]")
        #expect(LabelScript.forPDF("Jürgen Groß") == "Jürgen Groß")
        #expect(LabelScript.forRaster("Jürgen Groß, Chloé") == "JUERGEN GROSS, CHLOE")
        #expect(LabelScript.forRaster("สมชาย ใจดี") == "[THAI SCRIPT]")

        // On the PDF itself: the Thai buyer's name is named, and no text of the label is a `?`.
        let fixture = try SimulatorFixture()
        let id = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350", buyerName: "สมชาย ใจดี")
        let shipment = try api.bought(try await api.purchase(fixture, try await api.rates(fixture, try await fixture.order(id)), key: "th"))
        let pdf = String(decoding: try #require(shipment.packageDocumentDetails.first?.label?.data), as: UTF8.self)
        #expect(pdf.contains("([Thai script]) Tj"))
        let shown = pdf.matches(of: /\((.*)\) Tj/).map { String($0.output.1) }
        #expect(shown.count > 8 && shown.allSatisfy { !$0.contains("?") }, "\(shown)")
    }

    /// Code 128 set B back to text: each symbol's six widths looked up, start B checked, the checksum checked.
    static func decodeCode128(_ modules: [Int]) throws -> String {
        let symbols = stride(from: 0, to: modules.count - 7, by: 6).map { modules[$0..<$0 + 6].map(String.init).joined() }
        #expect(modules.suffix(7).map(String.init).joined() == Code128.stop)
        let values = try symbols.map { try #require(Code128.patterns.firstIndex(of: $0)) }
        #expect(values.first == Code128.startB)
        let data = Array(values.dropFirst().dropLast())
        #expect(data.enumerated().reduce(Code128.startB) { $0 + ($1.offset + 1) * $1.element } % 103 == values.last)
        return String(data.map { Character(Unicode.Scalar(UInt8($0 + 32))) })
    }
}

/// A PNG read back by rules of its own (not the writer's code): chunks and their CRC-32, the zlib stream of stored
/// blocks and its Adler-32, the 1-bit rows.
struct DecodedPNG {
    var width = 0, height = 0, dotsPerMetre = 0
    var chunkTypes: [String] = []
    var rows: [[UInt8]] = []

    init(_ data: Data) throws {
        let bytes = [UInt8](data)
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var at = 8, idat: [UInt8] = []
        func be32(_ i: Int) -> Int { bytes[i..<i + 4].reduce(0) { $0 << 8 | Int($1) } }
        while at < bytes.count {
            let length = be32(at)
            let type = String(decoding: bytes[at + 4..<at + 8], as: UTF8.self)
            let body = Array(bytes[at + 8..<at + 8 + length])
            #expect(UInt32(be32(at + 8 + length)) == Self.crc32(Array(bytes[at + 4..<at + 8 + length])), "CRC of \(type)")
            chunkTypes.append(type)
            switch type {
            case "IHDR":
                width = be32(at + 8)
                height = be32(at + 12)
                #expect(Array(body[8...]) == [1, 0, 0, 0, 0], "1-bit greyscale, no interlace")
            case "pHYs": dotsPerMetre = be32(at + 8)
            case "IDAT": idat += body
            default: break
            }
            at += 12 + length
        }
        // zlib: CMF/FLG, stored blocks (BFINAL, LEN, NLEN, data), Adler-32 of the whole.
        #expect((Int(idat[0]) << 8 | Int(idat[1])) % 31 == 0 && idat[0] & 0x0F == 8)
        var raw: [UInt8] = [], p = 2, final = false
        while !final {
            final = idat[p] & 1 == 1
            #expect(idat[p] >> 1 & 3 == 0, "stored block")
            let length = Int(idat[p + 1]) | Int(idat[p + 2]) << 8
            #expect(length ^ 0xFFFF == Int(idat[p + 3]) | Int(idat[p + 4]) << 8)
            raw += idat[p + 5..<p + 5 + length]
            p += 5 + length
        }
        var a = 1, b = 0
        for byte in raw { a = (a + Int(byte)) % 65_521; b = (b + a) % 65_521 }
        #expect(idat[p..<p + 4].reduce(0) { $0 << 8 | Int($1) } == b << 16 | a, "Adler-32")
        let stride = (width + 7) / 8 + 1
        #expect(raw.count == stride * height)
        rows = (0..<height).map { y in
            #expect(raw[y * stride] == 0, "filter none")
            return Array(raw[y * stride + 1..<(y + 1) * stride])
        }
    }

    /// Whether pixel (x, y) is black (0 in greyscale).
    func black(_ x: Int, _ y: Int) -> Bool { rows[y][x / 8] & (0x80 >> UInt8(x % 8)) == 0 }

    /// Widths of alternating black and white runs across `row`, from its first black pixel to its last.
    func runs(row y: Int) -> [Int] {
        guard let first = (0..<width).first(where: { black($0, y) }), let last = (0..<width).last(where: { black($0, y) }) else { return [] }
        var runs: [Int] = [], current = black(first, y), count = 0
        for x in first...last {
            if black(x, y) == current { count += 1 } else { runs.append(count); current.toggle(); count = 1 }
        }
        return runs + [count]
    }

    /// CRC-32 bit by bit (ISO 3309), no table: a second way to the same number.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
