import Foundation
import Letters

/// A composed letter: its text and figures fixed, ready to be written as a PDF or as plain text
/// (both show exactly the same figures).
public struct Letter: Sendable {
    /// What the letter is.
    public let kind: LetterKind
    /// The language it is written in.
    public let language: Language
    /// The document model (sender, recipient, subject, body, payment block ...).
    public let document: LetterDocument
    /// The figures the letter states.
    public let assessment: Assessment
    /// Things the sender should check before sending (a provisional rate, a clause left out ...).
    public var warnings: [String] { assessment.warnings + document.warnings }
    /// The subject line.
    public var subject: String { document.title }
    /// What the letter asks for: amounts, deadline, the QR code's amount and the remittance text,
    /// as the PDF, the text and a batch's manifest state them.
    public var ask: LetterAsk {
        document.ask ?? LetterAsk(principal: assessment.principal - assessment.paid, interest: assessment.interest,
                                  fees: assessment.fees, total: assessment.total, deadline: assessment.deadline,
                                  amountDue: assessment.total, reference: nil, remittance: "")
    }

    let renderers: RendererPool

    /// The letter as a print-ready A4 PDF (fonts embedded, window-envelope address, EPC QR code).
    public func pdf() throws -> Data {
        try OverdueError.wrapping { try renderers.with { try $0.render(document) } }
    }

    /// The letter as plain text wrapped at `width` columns: for an e-mail or a messaging app.
    public func text(width: Int = 78) -> String {
        PlainTextWriter(width: width).write(document)
    }
}
