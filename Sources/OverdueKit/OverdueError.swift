import Foundation
import InvoiceReaders
import LateFees
import Letters
import HaruPDF
import Batch

/// Why Overdue could not read a claim, assess it or write a letter, worded for an app's user:
/// file, line and field where the input has them, and no command-line flags.
public enum OverdueError: Error, LocalizedError, Equatable {
    /// The claim, profile, rates or an export is malformed; `file`, `line` and `field` say where.
    case input(file: String, line: Int?, field: String?, message: String, hint: String?)
    /// The claim cannot be assessed (no rate known for a day, nothing overdue, ...).
    case assessment(String, hint: String)
    /// A template is missing, malformed, or names a value the letter does not have.
    case template(String)
    /// The letter cannot be written from this claim (e.g. no compromise for a compromise letter).
    case letter(String)
    /// The PDF library failed.
    case pdf(String)
    /// A language code Overdue does not write.
    case unsupportedLanguage(String)
    /// A resource the app gave (a templates folder or a rates file) cannot be read.
    case resource(path: String, message: String)
    /// A letter or the manifest could not be written (a missing folder, a full disk, no permission).
    case output(String)

    public var errorDescription: String? {
        switch self {
        case .input(let file, let line, let field, let message, _):
            let location = [file + (line.map { ":\($0)" } ?? ""), field].compactMap { $0 }.joined(separator: ": ")
            return "\(location): \(message)"
        case .assessment(let message, _): return message
        case .template(let message): return message
        case .letter(let message): return message
        case .pdf(let message): return "the PDF could not be written: \(message)"
        case .unsupportedLanguage(let code):
            return "\"\(code)\" is not a language Overdue writes (en, nl, fr, de)"
        case .resource(let path, let message): return "\(path): \(message)"
        case .output(let message): return message
        }
    }

    public var recoverySuggestion: String? {
        switch self {
        case .input(_, _, _, _, let hint): return hint.map(Self.withoutFlags)
        case .assessment(_, let hint): return Self.withoutFlags(hint)
        case .unsupportedLanguage: return "use Language.en, .nl, .fr or .de"
        default: return nil
        }
    }

    /// The file, line and field of an input error.
    public var location: (file: String, line: Int?, field: String?)? {
        if case .input(let file, let line, let field, _, _) = self { return (file, line, field) }
        return nil
    }

    /// Hints written for the command line, reworded for an app.
    static func withoutFlags(_ hint: String) -> String {
        hint.replacingOccurrences(of: "--rates FILE", with: "a rates file (Overdue(rates:))")
            .replacingOccurrences(of: "--as-of", with: "the letter date")
            .replacingOccurrences(of: "--rates", with: "a rates file (Overdue(rates:))")
    }

    /// Any error of the modules below, as an `OverdueError`.
    static func wrap(_ error: Error) -> Error {
        switch error {
        case let e as OverdueError: return e
        case let e as InputError: return OverdueError.input(file: e.file, line: e.line, field: e.field, message: e.message, hint: e.hint)
        case let e as AssessmentError: return OverdueError.assessment(e.description, hint: e.hint)
        case let e as TemplateError: return OverdueError.template(e.description)
        case LetterError.language(let code): return OverdueError.unsupportedLanguage(code)
        case let e as LetterError: return OverdueError.letter(e.description)
        case let e as HaruError: return OverdueError.pdf("\(e)")
        case let e as AtomicFile.Failure: return OverdueError.output(e.description)
        default: return error
        }
    }

    /// Runs `body`, turning the modules' errors into `OverdueError`s.
    static func wrapping<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw wrap(error) }
    }
}
