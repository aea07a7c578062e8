import Foundation
import InvoiceModel
@testable import Dunning

func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
func money(_ text: String) -> Decimal { Decimal(string: text)! }

/// A claim as an export gives it: the debtor's open invoices, the profile's terms, no history.
func exportClaim(debtor id: String = "D1", kind: DebtorKind = .business, country: String = "BE", email: String? = "ap@example.be",
                 invoices: [Invoice], terms: Terms = Terms()) -> Claim {
    let creditor = Party(name: "Studio Vermeulen BV", address: ["Kerkstraat 12", "9000 Gent"], country: "BE", vat: "BE0987654394",
                         iban: "BE71096123456769")
    let debtor = Party(id: id, name: "Debtor \(id)", address: ["Markt 3", "2000 Antwerpen"], country: country, email: email, kind: kind)
    return Claim(asOf: nil, creditor: creditor, debtor: debtor, invoices: invoices, history: [], terms: terms)
}

func invoice(_ number: String, due: String, amount: String = "1000.00", paid: [(String, String)] = []) -> Invoice {
    Invoice(number: number, issued: nil, due: day(due), amount: money(amount), currency: "EUR",
            payments: paid.map { Payment(date: day($0.0), amount: money($0.1)) })
}

/// Records what the plan proposed as a journal would (the letter with its figures), with an id.
func recorded(_ entry: PlanEntry, id: Int64, on date: CalendarDate, sent: CalendarDate? = nil) -> LetterRecord {
    LetterRecord(id: id, date: date, debtor: entry.debtor, debtorName: entry.name, letter: entry.action.rawValue, invoices: entry.invoices,
                 open: entry.open, currency: entry.currency, principal: entry.principal, interest: entry.interest, fees: entry.fees,
                 total: entry.total, ownFee: entry.ownFee, deadline: entry.deadline!, channel: entry.channel!, file: "letter-\(id).pdf",
                 sha256: "", status: sent == nil ? .recorded : .sent, sentOn: sent)
}

/// Plays the month ends of `dates` over `claim`: plans, and records each proposed letter as the
/// journal would. Returns every plan line.
func play(_ claim: (CalendarDate) -> Claim, dates: [String], planner: DunningPlanner = DunningPlanner(),
          holds: [HoldRecord] = [], agreements: [AgreementRecord] = [], markSent: Bool = true) -> (lines: [PlanEntry], letters: [LetterRecord]) {
    var letters: [LetterRecord] = []
    var lines: [PlanEntry] = []
    for text in dates {
        let date = day(text)
        let entry = planner.plan(claim(date), facts: DunningFacts(letters: letters, holds: holds, agreements: agreements), asOf: date)
        lines.append(entry)
        if entry.action.isLetter {
            letters.append(recorded(entry, id: Int64(letters.count + 1), on: date, sent: markSent ? date : nil))
        }
    }
    return (lines, letters)
}
