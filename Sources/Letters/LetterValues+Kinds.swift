import Foundation
import InvoiceModel
import LateFees

/// Why a letter cannot be written from this claim.
public enum LetterError: Error, Equatable, CustomStringConvertible {
    case noCompromise
    case plan(String)
    /// A language Overdue has no templates for.
    case language(String)

    public var description: String {
        switch self {
        case .noCompromise: return "compromise: missing (the compromise letter confirms the claim's \"compromise\" section)"
        case .plan(let message): return "compromise.instalments: \(message)"
        case .language(let code): return "language \"\(code)\" is not supported (\(LocaleFormatter.languages.joined(separator: ", ")))"
        }
    }
}

extension LetterValues {
    /// Adds the values only one kind of letter uses; returns warnings for the sender and what
    /// the letter asks for (its figures, the payment block's amount and remittance text).
    mutating func add(kind: LetterKind, byEmail: Bool, to v: inout TemplateValues) throws -> (warnings: [String], ask: LetterAsk) {
        switch kind {
        case .notice:
            v["pay_amount"] = money(assessment.total)
            return ([], .notice(assessment))
        case .reminder, .secondReminder:
            let figures = LetterCharges.reminder(claim: claim, assessment: assessment, first: kind == .reminder, byEmail: byEmail)
            addReminder(figures, to: &v)
            v["pay_amount"] = money(figures.total)
            return (figures.warnings, .reminder(figures, assessment: assessment))
        case .compromise:
            guard let compromise = claim.compromise else { throw LetterError.noCompromise }
            let figures: CompromiseFigures
            do {
                figures = try LetterCharges.compromise(compromise, assessment: assessment)
            } catch let error as InstalmentPlanner.PlanError {
                throw LetterError.plan(error.description)
            }
            addCompromise(compromise, figures, to: &v)
            v["pay_amount"] = money(figures.instalments[0].amount)
            return ([], .compromise(figures, assessment: assessment))
        }
    }

    func addReminder(_ f: ReminderFigures, to v: inout TemplateValues) {
        v["reminder_open"] = money(f.open)
        v["reminder_fee"] = money(f.fee)
        v["has_reminder_fee"] = f.fee > 0
        v["reminder_total"] = money(f.total)
        v["reminder_deadline"] = format.date(f.deadline)
        let earlier = claim.history.filter { $0.letter == "reminder" && $0.date <= assessment.asOf }.map(\.date).max()
        v["previous_reminder_date"] = earlier.map(format.date) ?? ""
        v["has_previous_reminder"] = earlier != nil

        let consumer = f.consumer
        v["consumer_be"] = consumer != nil
        v["consumer_damages"] = money(consumer?.damagesIfUnpaid ?? 0)
        v["has_consumer_damages"] = (consumer?.damagesIfUnpaid ?? 0) > 0
        v["consumer_interest_rate"] = consumer?.interestRateIfUnpaid.map { format.percent($0) } ?? ""
        v["has_consumer_interest"] = consumer?.interestRateIfUnpaid != nil
        v["consumer_both"] = (consumer?.damagesIfUnpaid ?? 0) > 0 && consumer?.interestRateIfUnpaid != nil
        v["consumer_none"] = (consumer?.damagesIfUnpaid ?? 0) == 0 && consumer?.interestRateIfUnpaid == nil
        // Kept for templates written before: a clause above the commercial rate is now void, never capped (art. XIX.4 CEL).
        v["consumer_interest_capped"] = false
        // Only legal interest is announced: it is due by law, not under the terms and conditions.
        v["consumer_by_law_only"] = (consumer?.damagesIfUnpaid ?? 0) == 0 && consumer?.interestRateIfUnpaid != nil && interestIsLegal
        v["consumer_period_end"] = consumer.map { format.date($0.periodEnd) } ?? ""
        v["consumer_by_email"] = consumer?.byEmail == true
        v["consumer_by_post"] = consumer?.byEmail == false
        v["reminder_fee_in_compensation"] = f.feeWithinCompensation
        v["compensation_per_invoice"] = money(f.compensationPerInvoice)
        v["consumer_nl_fourteen_day"] = f.dutchFourteenDay != nil
        v["consumer_nl_collection_costs"] = money(f.dutchFourteenDay?.collectionCosts ?? 0)
        v["consumer_nl_total_with_costs"] = money(f.open + (f.dutchFourteenDay?.collectionCosts ?? 0))
        // Interest under Book XIX runs from the end of the waiting period (our cautious reading).
        v["consumer_interest_from"] = consumer.map { format.date($0.periodEnd.adding(days: 1)) } ?? ""
    }

    func addCompromise(_ c: Compromise, _ f: CompromiseFigures, to v: inout TemplateValues) {
        v["agreed_on"] = format.date(c.agreedOn)
        let channels = ["phone", "email", "meeting", "video", "letter"]
        for channel in channels { v["channel_\(channel)"] = c.channel == channel }
        v["channel_other"] = !channels.contains(c.channel)
        v["channel"] = c.channel
        v["disputed"] = c.disputed ?? ""
        v["has_disputed"] = c.disputed != nil
        v["original_total"] = money(f.originalTotal)
        v["agreed_total"] = money(f.agreedTotal)
        v["has_reduction"] = f.agreedTotal < f.originalTotal
        v["waive_interest"] = c.waiveInterest
        v["waive_fees"] = c.waiveFees
        v["waive_any"] = c.waiveInterest || c.waiveFees
        v["waive_both"] = c.waiveInterest && c.waiveFees
        v["instalments"] = f.instalments.enumerated().map { index, instalment in
            ["number": String(index + 1), "due": format.date(instalment.due), "amount": money(instalment.amount)] as TemplateValues
        }
        v["instalment_count"] = String(f.instalments.count)
        v["single_instalment"] = f.instalments.count == 1
        v["several_instalments"] = f.instalments.count > 1
        v["first_instalment_due"] = format.date(f.instalments[0].due)
        v["last_instalment_due"] = format.date(f.instalments[f.instalments.count - 1].due)
        // No deadline falls on a weekend or public holiday.
        let calendar = BusinessCalendar(country: claim.debtor.country, extraClosingDays: Set(claim.terms.closingDays ?? []))
        v["confirm_by"] = format.date(calendar.onOrAfter(assessment.asOf.adding(days: claim.terms.reminderDays ?? LetterCharges.defaultReminderDays)))
        v["has_concession"] = f.agreedTotal < f.originalTotal || c.waiveInterest || c.waiveFees
        v["concession_amount"] = money(max(0, f.originalTotal - f.agreedTotal))
    }

    /// "BE0987654394" -> "0987.654.394" (the Belgian enterprise number in its usual form).
    static func enterpriseNumber(_ vat: String) -> String {
        let digits = vat.filter(\.isNumber)
        guard vat.uppercased().hasPrefix("BE"), digits.count == 10 else { return vat }
        let d = Array(digits)
        return String(d[0..<4]) + "." + String(d[4..<7]) + "." + String(d[7..<10])
    }
}
