internal import CHaru

/// The single-byte encodings text is cut into, and a reverse map from Unicode to (encoding, byte),
/// built once from libharu's own encoder tables so that what we encode is what it prints.
final class Encodings: Sendable {
    static let names = ["CP1252", "CP1250", "CP1257", "CP1251", "CP1253", "CP1254"]
    static let shared = Encodings()

    private let map: [UInt32: (Int, UInt8)]

    private init() {
        var map: [UInt32: (Int, UInt8)] = [:]
        if let doc = HPDF_New(nil, nil) {
            for (index, name) in Encodings.names.enumerated() {
                guard let encoder = HPDF_GetEncoder(doc, name) else { continue }
                for code in 0x20...0xFF {
                    let unicode = UInt32(HPDF_Encoder_GetUnicode(encoder, HPDF_UINT16(code)))
                    // Skip unmapped slots and control codes; keep the first (preferred) encoding.
                    guard unicode >= 0x20, unicode != 0x7F, !(0x80...0x9F).contains(unicode),
                          map[unicode] == nil else { continue }
                    map[unicode] = (index, UInt8(code))
                }
            }
            HPDF_Free(doc)
        }
        self.map = map
    }

    func index(for scalar: Unicode.Scalar) -> (Int, UInt8)? { map[scalar.value] }
}
