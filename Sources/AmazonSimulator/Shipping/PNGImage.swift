import Foundation

/// A black-and-white PNG written by hand: signature, IHDR (1-bit greyscale), pHYs (the printer's resolution), IDAT
/// holding a zlib stream of stored (uncompressed) deflate blocks, which every reader accepts and need no zlib, and IEND;
/// each chunk with its CRC-32, the stream with its Adler-32.
enum PNGImage {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func make(_ raster: LabelRaster, dpi: Int) -> Data {
        // Each row: filter byte 0, then 8 pixels a byte from the most significant bit; in greyscale 1 is white.
        let rowBytes = (raster.width + 7) / 8
        var raw = [UInt8]()
        raw.reserveCapacity((rowBytes + 1) * raster.height)
        for y in 0..<raster.height {
            raw.append(0)
            var row = [UInt8](repeating: 0xFF, count: rowBytes)
            for x in 0..<raster.width where raster.inked(x: x, y: y) { row[x / 8] &= ~(0x80 >> UInt8(x % 8)) }
            raw += row
        }
        let perMetre = UInt32((Double(dpi) / 0.0254).rounded())
        var png = Data(signature)
        png += chunk("IHDR", be32(UInt32(raster.width)) + be32(UInt32(raster.height)) + [1, 0, 0, 0, 0])
        png += chunk("pHYs", be32(perMetre) + be32(perMetre) + [1])
        png += chunk("IDAT", zlibStored(raw))
        png += chunk("IEND", [])
        return png
    }

    /// A zlib stream (RFC 1950) of stored deflate blocks (RFC 1951, BTYPE 00) of at most 65,535 bytes each.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var start = 0
        repeat {
            let end = min(data.count, start + 65_535)
            let length = UInt16(end - start)
            out.append(end == data.count ? 1 : 0)
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            out += data[start..<end]
            start = end
        } while start < data.count
        return out + be32(adler32(data))
    }

    static func chunk(_ type: String, _ body: [UInt8]) -> Data {
        let typed = Array(type.utf8) + body
        return Data(be32(UInt32(body.count)) + typed + be32(crc32(typed)))
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    static let crcTable: [UInt32] = (0..<256).map { n in
        (0..<8).reduce(UInt32(n)) { c, _ in c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return b << 16 | a
    }

    static func be32(_ value: UInt32) -> [UInt8] { [24, 16, 8, 0].map { UInt8((value >> UInt32($0)) & 0xFF) } }
}
