import LateFees

/// A letter as a small document model, independent of the output format. The text and the
/// PDF writers both draw exactly this, so every figure is the same in both.
public struct LetterDocument: Sendable, Equatable {
    /// PDF metadata.
    public var title: String
    public var author: String
    public var language: String
    /// Sender block: the creditor's name (first line) and contact lines.
    public var sender: [Line]
    /// The one-line return address above the recipient in the window.
    public var returnAddress: [Line] = []
    /// Mailing notation above the address, e.g. "Registered mail".
    public var notation: [Line]
    /// The recipient's postal address, as it must appear in the envelope window.
    public var recipient: [Line]
    /// "Gent, 29 November 2026".
    public var dateLine: [Line]
    /// "Our reference", "Invoices" ... as a label/value table.
    public var references: [Block]
    public var subject: [Line]
    public var body: [Block]
    public var closing: [Block]
    public var signature: [Line]
    public var footer: [Line]
    /// The payment block: account, amount and reference, one per line.
    public var payment: [Line] = []
    /// The EPC QR code's content (EPC069-12), when the letter asks for a euro transfer to a valid IBAN.
    public var qrPayload: String?
    /// The words under the QR code.
    public var qrCaption: [Line] = []
    /// "Page n of m", with `pageNumberToken` and `pageCountToken` where the numbers go.
    public var pagination: [Line]

    /// Things the sender should check before sending (never printed in the letter).
    public var warnings: [String] = []
    /// What the letter asks for (set by `LetterComposer`; `nil` for a document built by hand).
    public var ask: LetterAsk?

    public static let pageNumberToken = "\u{E000}"
    public static let pageCountToken = "\u{E001}"

    public init(title: String = "", author: String = "", language: String = "en", sender: [Line] = [],
                notation: [Line] = [], recipient: [Line] = [], dateLine: [Line] = [], references: [Block] = [],
                subject: [Line] = [], body: [Block] = [], closing: [Block] = [], signature: [Line] = [],
                footer: [Line] = [], pagination: [Line] = []) {
        self.title = title; self.author = author; self.language = language; self.sender = sender
        self.notation = notation; self.recipient = recipient; self.dateLine = dateLine
        self.references = references; self.subject = subject; self.body = body; self.closing = closing
        self.signature = signature; self.footer = footer; self.pagination = pagination
    }
}

/// A run of text with one style.
public struct Run: Sendable, Hashable {
    public var text: String
    public var bold: Bool
    public var italic: Bool
    public init(_ text: String, bold: Bool = false, italic: Bool = false) {
        self.text = text; self.bold = bold; self.italic = italic
    }
}

/// One line (or one paragraph before wrapping): styled runs.
public typealias Line = [Run]

extension Array where Element == Run {
    /// The text without styles.
    public var plainText: String { map(\.text).joined() }
}

/// A block of the letter body.
public enum Block: Sendable, Equatable {
    /// A paragraph; its `lines` are hard line breaks, each wrapped on its own.
    case paragraph([Line])
    /// A bulleted list of items.
    case list([Line])
    case table(Table)
}

/// A table with an optional header row (repeated on every page it spans).
public struct Table: Sendable, Equatable {
    public enum Alignment: Sendable, Equatable { case left, right, center }
    public var header: [Line]?
    public var rows: [[Line]]
    public var alignments: [Alignment]
    public init(header: [Line]?, rows: [[Line]], alignments: [Alignment]) {
        self.header = header; self.rows = rows; self.alignments = alignments
    }
    public var columnCount: Int { max(header?.count ?? 0, rows.map(\.count).max() ?? 0) }
}
