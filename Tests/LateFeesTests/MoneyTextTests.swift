import Foundation
@testable import InvoiceModel
import Testing

/// `Money.plain` writes amounts in integer arithmetic; it must agree with Foundation's decimal
/// text for every value and scale, including the edges of its fast path.
@Suite struct MoneyTextTests {
    @Test func plainAgreesWithFoundationsDecimalText() {
        var generator = SystemRandomNumberGenerator()
        var values: [Decimal] = ["0", "-0", "0.004", "-0.004", "0.005", "-0.005", "1", "-1", "1210", "1210.5", "-3.5",
                                 "99999999999999.995", "99999999999999999", "100000000000000000", "123456789012345678.9",
                                 "-99999999999999999.99", "0.00001", "12.3456789", "1e20", "-1e-20"].map { Decimal(string: $0)! }
        for _ in 0..<2000 {
            let units = Int64.random(in: -10_000_000_000...10_000_000_000, using: &generator)
            let exponent = Int.random(in: -6...4, using: &generator)
            values.append(Decimal(sign: units < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(units.magnitude)))
        }
        for value in values {
            for scale in 0...4 {
                #expect(Money.plain(value, scale: scale) == Money.slowPlain(Money.round(value, scale: scale), scale: scale),
                        "\(value) at scale \(scale)")
            }
        }
        #expect(Money.plain(Decimal(string: "1234.5")!) == "1234.50")
        #expect(Money.plain(Decimal(string: "-0.005")!) == "-0.01")
        #expect(Money.plain(Decimal(string: "7")!, scale: 0) == "7")
    }
}
