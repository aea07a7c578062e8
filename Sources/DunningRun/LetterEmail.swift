import OverdueKit
import Crypto
import Foundation
import InvoiceModel
import Letters
import Mail

/// The `.eml` message that goes with a letter sent by e-mail: From the creditor (the profile's
/// address and name), To the debtor, the letter's subject and date, a cover line above the
/// letter's text, and the PDF attached.
public enum LetterEmail {
    /// The cover line above the letter's text, in the letter's language.
    static let cover: [String: String] = [
        "en": "Please find our letter attached (PDF). Its text follows below.",
        "nl": "In bijlage vindt u onze brief (PDF). De tekst ervan volgt hieronder.",
        "fr": "Veuillez trouver notre lettre en pièce jointe (PDF). Son texte suit ci-dessous.",
        "de": "Unser Schreiben finden Sie im Anhang (PDF). Sein Text folgt unten.",
    ]

    public static func message(claim: Claim, letter: LetterDocument, pdf: Data, fileName: String, date: CalendarDate) throws -> MailMessage {
        // Without creditor.email the draft has no From: the mail program that sends it fills it in.
        let from = claim.creditor.email?.trimmingCharacters(in: .whitespaces) ?? ""
        guard let to = claim.debtor.email?.trimmingCharacters(in: .whitespaces), !to.isEmpty else {
            throw CLIFailure("debtor \(claim.debtor.id ?? claim.debtor.name) has no e-mail address")
        }
        let subject = letter.subject.map(\.plainText).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        let text = (cover[letter.language] ?? cover["en"]!) + "\n\n" + PlainTextWriter(width: 76).write(letter)
        let bytes = [UInt8](pdf)
        let sender = from.isEmpty ? nil : MailAddress(name: claim.creditor.name, address: from)
        return MailMessage(from: sender, to: [MailAddress(name: claim.debtor.name, address: to)],
                           subject: subject.isEmpty ? letter.title : subject,
                           date: MailDate(year: date.year, month: date.month, day: date.day),
                           messageID: MailMessage.messageID(hash: SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined(),
                                                            domain: sender?.domain ?? ""),
                           text: text, attachments: [MailAttachment(fileName: fileName, contentType: "application/pdf", data: bytes)])
    }

    /// Writes `<stem>.eml` beside the PDF (temporary file, then rename).
    public static func write(claim: Claim, letter: LetterDocument, pdf: Data, folder: String, stem: String, date: CalendarDate) throws {
        let message = try message(claim: claim, letter: letter, pdf: pdf, fileName: stem + ".pdf", date: date)
        try AtomicFile.write(Data(try message.encoded()), to: (folder as NSString).appendingPathComponent(stem + ".eml"))
    }
}

