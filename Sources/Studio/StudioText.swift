import DunningRun
import Foundation

/// Errors as one line for a page.
enum StudioText {
    static func message(_ error: Error) -> String {
        if let studio = error as? StudioError { return studio.message }
        if let failure = CLIFailure(error) { return failure.message + (failure.hint.map { " (\($0))" } ?? "") }
        return "\(error)"
    }
}
