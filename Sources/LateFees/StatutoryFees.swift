import Foundation
import InvoiceModel

/// The amounts of the statutory fee policies.
public enum StatutoryFees {
    /// The fee `policy` allows on `principal` (per invoice for `eu-b2b` and `uk-fixed`, on the
    /// claim's principal for `nl-wik` and `be-consumer`).
    public static func fee(_ policy: FeePolicy, principal: Decimal) -> Decimal {
        switch policy {
        case .euB2B:
            // Directive 2011/7/EU art. 6; BE Law 2 Aug 2002 art. 6; DE §288(5) BGB; FR D441-5 C. com.
            return 40
        case .ukFixed:
            // Late Payment of Commercial Debts (Interest) Act 1998 s. 5A.
            if principal < 1000 { return 40 }
            if principal < 10000 { return 70 }
            return 100
        case .nlWIK:
            return wik(principal)
        case .beConsumer:
            return BelgianConsumerRules.lumpSumCap(balance: principal)
        case .none:
            return 0
        }
    }

    /// Besluit vergoeding voor buitengerechtelijke incassokosten (art. 6:96 BW): 15 % of the first
    /// 2,500; 10 % of the next 2,500; 5 % of the next 5,000; 1 % of the next 190,000; 0.5 % of the
    /// rest; at least 40, at most 6,775.
    public static func wik(_ principal: Decimal) -> Decimal {
        let bands: [(width: Decimal?, percent: Decimal)] = [(2500, 15), (2500, 10), (5000, 5), (190_000, 1), (nil, Decimal(string: "0.5")!)]
        var left = max(0, principal)
        var fee: Decimal = 0
        for band in bands where left > 0 {
            let part = band.width.map { min(left, $0) } ?? left
            fee += part * band.percent / 100
            left -= part
        }
        return min(max(Money.round(fee), 40), 6775)
    }
}
