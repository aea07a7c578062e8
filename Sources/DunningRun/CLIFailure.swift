import OverdueKit
import Foundation
import InvoiceReaders
import Handover
import Journal
import Mail
import LateFees
import Letters

/// A failure reported to the user: one line saying what is wrong, then a hint.
public struct CLIFailure: Error {
    public var message: String
    public var hint: String?
    public var exitCode: Int32 = 1

    public init(_ message: String, hint: String? = nil, exitCode: Int32 = 1) {
        self.message = message; self.hint = hint; self.exitCode = exitCode
    }

    /// Maps the library errors the commands can meet; `nil` for argument-parser errors.
    public init?(_ error: Error) {
        switch error {
        case let e as CLIFailure: self = e
        case let e as InputError: self.init(e.description, hint: e.hint)
        case let e as AssessmentError: self.init(e.description, hint: e.hint)
        case let e as TemplateError: self.init(e.description, hint: e.hint)
        case let e as HaruError:
            switch e {
            case .unprintable:
                self.init(e.description, hint: "write the name as it should print, or use a font that has these characters")
            case .fontNotLoaded:
                self.init(e.description, hint: "check that the fonts are installed (apt-get install fonts-dejavu-core fonts-dejavu-extra)")
            case .library:
                self.init(e.description, hint: e.isFileError ? "check that the output folder is writable and has space" : nil)
            }
        case let e as LayoutError: self.init(e.description, hint: "shorten the address in the claim")
        case let e as OutputFolder.Failure: self.init(e.description, hint: "wait for the other batch to finish, or choose another --out")
        case let e as AtomicFile.Failure: self.init(e.description, hint: "check the free space and the permissions of that folder")
        case let e as JournalError: self.init(e.description, hint: e.hint)
        case let e as HandoverError: self.init(e.description, hint: e.hint)
        case let e as ProofError: self.init(e.description, hint: "give the post office's receipt as a PDF, PNG or JPEG file")
        case let e as MailError: self.init(e.description, hint: "correct the address or name in the profile or the export")
        default: return nil
        }
    }

    public var rendered: String {
        "error: \(message)\n" + (hint.map { "hint: \($0)\n" } ?? "")
    }
}
