import LateFees

/// The readable form of `overdue assess`.
struct AssessmentTable {
    let report: AssessmentReport

    var text: String {
        var out: [String] = []
        let c = report.currency
        out.append("Assessment as of \(report.as_of) (\(c))")
        out.append("")
        out.append(row("Invoice", "Due", "Amount", "Paid", "Open"))
        for i in report.invoices { out.append(row(i.number, i.due, i.amount, i.paid, i.open)) }
        out.append("")
        if !report.periods.isEmpty {
            out.append(row("Interest", "From", "To", "Days", "Rate %", "Base", "Interest"))
            for p in report.periods {
                out.append(row(p.invoice, p.from, p.to, String(p.days), p.rate + (p.provisional_rate ? "*" : ""), p.base, p.interest))
            }
            out.append("")
        }
        if !report.fee_lines.isEmpty {
            out.append(row("Fee", "", "Amount"))
            for f in report.fee_lines { out.append(row(f.invoice, f.label, f.amount)) }
            out.append("")
        }
        for (label, value) in [("Principal", report.principal), ("Paid", report.paid), ("Interest", report.interest),
                               ("Fees", report.fees), ("Total", report.total)] {
            out.append(label.padding(toLength: 12, withPad: " ", startingAt: 0) + pad(value, 14, right: true))
        }
        out.append("Deadline    \(report.deadline) (\(report.deadline_business_days) business days)")
        if report.periods.contains(where: \.provisional_rate) { out.append("* provisional rate") }
        return out.joined(separator: "\n") + "\n"
    }

    private func row(_ cells: String...) -> String {
        let widths = [12, 12, 12, 8, 8, 12, 10]
        return cells.enumerated().map { i, cell in
            let w = i < widths.count ? widths[i] : 10
            return i == 0 || i == 1 ? pad(cell, w, right: false) : pad(cell, w, right: true)
        }.joined(separator: " ").trimmingTrailingSpaces()
    }

    private func pad(_ s: String, _ w: Int, right: Bool) -> String {
        let fill = String(repeating: " ", count: max(0, w - s.count))
        return right ? fill + s : s + fill
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
