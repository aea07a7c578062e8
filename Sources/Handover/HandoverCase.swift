import InvoiceModel
import Journal
import LateFees

/// Everything a hand-over pack is made of, gathered by the caller: the debtor's claim (from the
/// inputs, or the claim as last sent), its assessment on the pack's date, and the journal's history.
public struct HandoverCase: Sendable {
    public var debtorID: String
    /// The creditor, the debtor and the open invoices.
    public var claim: Claim
    /// The claim assessed on `asOf`; nil when it cannot be (the reason is in `assessmentProblem`).
    public var assessment: Assessment?
    public var assessmentProblem: String?
    public var asOf: CalendarDate
    /// Every letter of the debtor in the journal, withdrawn ones included, oldest first.
    public var letters: [LetterRecord]
    /// Every hold ever recorded on the debtor or one of its invoices.
    public var holds: [HoldRecord]
    public var agreements: [AgreementRecord]
    public var mailings: [MailingRecord]
    public var proofs: [ProofRecord]

    public init(debtorID: String, claim: Claim, assessment: Assessment?, assessmentProblem: String? = nil, asOf: CalendarDate,
                letters: [LetterRecord], holds: [HoldRecord], agreements: [AgreementRecord], mailings: [MailingRecord],
                proofs: [ProofRecord]) {
        self.debtorID = debtorID; self.claim = claim; self.assessment = assessment; self.assessmentProblem = assessmentProblem
        self.asOf = asOf; self.letters = letters; self.holds = holds; self.agreements = agreements; self.mailings = mailings
        self.proofs = proofs
    }

    /// The letters handed over: every one written to the debtor and not withdrawn.
    public var handedOver: [LetterRecord] { letters.filter { $0.status != .void } }

    /// A letter's name in the pack: its journal id, kind and date (never the debtor's id).
    public static func entryName(_ letter: LetterRecord) -> String {
        // The kind as the journal has it, kept to letters, digits and '-': no path ever comes from data.
        let kind = String(letter.letter.unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }.map(Character.init))
        return "letters/\(String(format: "%04lld", letter.id))-\(kind.isEmpty ? "letter" : kind)-\(letter.date).pdf"
    }

    public static func proofName(_ proof: ProofRecord) -> String {
        "proofs/\(String(format: "%04lld", proof.letter))-proof-\(proof.id).\(proof.file.kind.fileExtension)"
    }
}
