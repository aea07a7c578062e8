import InvoiceModel
import Journal

/// `journal.csv`: the debtor's whole history in date order: letters (withdrawn ones with their
/// reason), holds and their reasons, agreements, e-mail attempts and proofs of deposit.
enum JournalHistory {
    static let header = ["date", "event", "id", "kind", "invoices", "channel", "status", "sent_on", "tracking", "total", "until", "released_on", "reason"]

    static func csv(_ c: HandoverCase) throws -> [UInt8] {
        // (date, order within a day, row): stable, so the same journal gives the same bytes.
        var rows: [(String, Int, [String])] = []
        for l in c.letters {
            rows.append((l.date.description, 0, [l.date.description, "letter", "\(l.id)", l.letter, l.invoices.joined(separator: " "), l.channel.rawValue,
                                                 l.status.rawValue, l.sentOn?.description ?? "", l.tracking ?? "", Money.plain(l.total), l.deadline.description,
                                                 "", l.voidReason ?? ""]))
        }
        for h in c.holds {
            rows.append((h.from.description, 1, [h.from.description, "hold", "\(h.id)", h.debtor != nil ? "debtor" : "invoice", h.invoice ?? "", "",
                                                 h.releasedOn == nil ? "in force until \(h.until)" : "released", "", "", "", h.until.description,
                                                 h.releasedOn?.description ?? "", h.reason]))
        }
        for a in c.agreements {
            rows.append((a.agreedOn.description, 2, [a.agreedOn.description, "agreement", "\(a.id)", "\(a.instalments) \(a.interval.rawValue) instalments",
                                                     "", a.channel, "", "", "", Money.plain(a.total), a.first.description, "", a.disputed ?? ""]))
        }
        for m in c.mailings {
            rows.append((m.date, 3, [m.date, "e-mail", "\(m.letter)", "", "", "email", m.sent ? "sent" : "failed", m.sent ? m.date : "", "", "", "", "",
                                     m.sent ? m.command : "\(m.command): exit status \(m.exitStatus.map(String.init) ?? "none"): \(m.detail)"]))
        }
        for p in c.proofs {
            rows.append((p.addedOn, 4, [p.addedOn, "proof", "\(p.letter)", p.file.kind.rawValue, "", "", "", "", "", "", "", "",
                                        "\(p.file.name), sha256 \(p.sha256)"]))
        }
        let ordered = rows.enumerated().sorted { ($0.element.0, $0.element.1, $0.offset) < ($1.element.0, $1.element.1, $1.offset) }
        return try CSVText.bytes(header: header, rows: ordered.map(\.element.2))
    }
}
