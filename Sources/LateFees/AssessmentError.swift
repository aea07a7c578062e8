import InvoiceModel

/// Why a claim cannot be assessed. Messages name what is wrong; `hint` says what to do.
public enum AssessmentError: Error, Equatable, CustomStringConvertible {
    case unknownSeries(String, known: [String])
    case rateUnknown(series: String, date: CalendarDate, knownFrom: CalendarDate?, knownUntil: CalendarDate?)
    case nothingDue(asOf: CalendarDate, firstDue: CalendarDate)
    case nothingOwed
    case noInvoices
    case mixedCurrencies([String])

    public var description: String {
        switch self {
        case .unknownSeries(let name, let known):
            return "unknown interest series \"\(name)\" (known: \(known.joined(separator: ", ")))"
        case .rateUnknown(let series, let date, let from, let until):
            let range = [from, until].compactMap { $0?.description }.joined(separator: " to ")
            return "no \(series) rate is known for \(date) (the series covers \(range))"
        case .nothingDue(let asOf, let due):
            return "nothing is overdue on \(asOf): the earliest due date is \(due)"
        case .nothingOwed:
            return "nothing is owed: every invoice is paid in full"
        case .noInvoices:
            return "the claim has no invoices"
        case .mixedCurrencies(let list):
            return "the invoices mix currencies (\(list.joined(separator: ", "))); one letter claims one currency"
        }
    }

    public var hint: String {
        switch self {
        case .unknownSeries: return "set terms.interest to { \"series\": NAME } with a known name, or { \"rate\": \"8.5\" }"
        case .rateUnknown: return "add the missing value with --rates FILE (series,valid_from,valid_to,rate_percent), use an earlier date, or a contractual rate"
        case .nothingDue: return "check the due dates and --as-of; a letter can only claim what is overdue"
        case .nothingOwed: return "remove the paid invoices from the claim"
        case .noInvoices: return "add at least one entry to \"invoices\""
        case .mixedCurrencies: return "split the claim into one claim per currency"
        }
    }
}
