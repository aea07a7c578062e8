import Foundation
import InvoiceReaders

/// Reads the profile: the one named, else `./overdue.yaml` when present, else none.
public enum ProfileLoader {
    /// The profile read when none is given (documented in the README).
    public static let implicitProfile = "overdue.yaml"

    public static func load(_ path: String?) throws -> Profile? {
        if let path {
            return try Profile.read(try UTF8Check.text(try Files.read(path, what: "profile"), file: path), file: path)
        }
        let local = implicitProfile
        guard FileManager.default.fileExists(atPath: local) else { return nil }
        return try Profile.read(try UTF8Check.text(try Files.read(local, what: "profile"), file: local), file: local)
    }
}
