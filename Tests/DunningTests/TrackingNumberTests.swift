import Testing
@testable import Dunning

/// UPU S10: the check digit of an international registered item (weights 8 6 4 2 3 5 9 7, then
/// 11 - sum mod 11, 10 -> 0, 11 -> 5).
struct TrackingNumberTests {
    @Test func theIssueExamples() {
        #expect(TrackingNumber.problem(with: "RR123456785BE") == nil)
        #expect(TrackingNumber.problem(with: "RR123456784BE")?.contains("check digit") == true)
    }

    @Test(arguments: ["RR473124829GB", "EE876543216CA", "CP000000005BE", "RA000000014NL", "RR987654326DE"])
    func validIdentifiers(_ code: String) {
        #expect(TrackingNumber.problem(with: code) == nil)
    }

    /// Every serial has exactly one right check digit: the nine others are refused.
    @Test(arguments: [[1, 2, 3, 4, 5, 6, 7, 8], [0, 0, 0, 0, 0, 0, 0, 0], [4, 7, 3, 1, 2, 4, 8, 2], [9, 9, 9, 9, 9, 9, 9, 9], [0, 0, 0, 0, 0, 0, 0, 1]])
    func oneDigitIsRight(_ serial: [Int]) {
        let right = TrackingNumber.s10CheckDigit(serial)
        for digit in 0...9 {
            let code = "RR" + serial.map(String.init).joined() + String(digit) + "BE"
            #expect((TrackingNumber.problem(with: code) == nil) == (digit == right), "\(code)")
        }
    }

    @Test(arguments: ["rr123456785BE", "RR12345678BE", "RR1234567850BE", "R1123456785BE", "", "12345", "RR123456785B3"])
    func malformedCodesAreRefused(_ code: String) {
        #expect(TrackingNumber.problem(with: code) != nil)
    }

    @Test func domesticBarcodesAreDigits() {
        #expect(TrackingNumber.problem(with: "323299001234567890") == nil)
        #expect(TrackingNumber.problem(with: "123") != nil)
    }
}
