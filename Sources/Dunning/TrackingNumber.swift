/// Tracking numbers of registered mail.
public enum TrackingNumber {
    /// Why `code` is not a tracking number, or `nil` when it is one: a UPU S10 identifier (two
    /// letters, eight digits, the check digit, the ISO country code, e.g. `RR123456785BE`) whose
    /// check digit is right, or a domestic numeric barcode (10 to 30 digits, as bpost prints).
    public static func problem(with code: String) -> String? {
        let bytes = Array(code.utf8)
        let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
        let isLetter = { (b: UInt8) in b >= 0x41 && b <= 0x5A }
        if !bytes.isEmpty, bytes.allSatisfy(isDigit) {
            return (10...30).contains(bytes.count) ? nil : "a numeric barcode has 10 to 30 digits, not \(bytes.count)"
        }
        guard bytes.count == 13, isLetter(bytes[0]), isLetter(bytes[1]), bytes[2..<11].allSatisfy(isDigit),
              isLetter(bytes[11]), isLetter(bytes[12]) else {
            return "not a UPU S10 identifier (two capital letters, nine digits, a country code, e.g. RR123456785BE) nor a numeric barcode"
        }
        let digits = bytes[2..<10].map { Int($0 - 0x30) }
        let expected = s10CheckDigit(digits)
        let given = Int(bytes[10] - 0x30)
        return given == expected ? nil : "the check digit is \(given), but the serial number \(String(decoding: bytes[2..<10], as: UTF8.self)) gives \(expected)"
    }

    /// UPU S10 (§ 5): weights 8 6 4 2 3 5 9 7 over the serial number, then 11 - (sum mod 11),
    /// where 10 becomes 0 and 11 becomes 5.
    public static func s10CheckDigit(_ serial: [Int]) -> Int {
        let weights = [8, 6, 4, 2, 3, 5, 9, 7]
        let sum = zip(serial, weights).reduce(0) { $0 + $1.0 * $1.1 }
        switch 11 - sum % 11 {
        case 10: return 0
        case 11: return 5
        case let digit: return digit
        }
    }
}
